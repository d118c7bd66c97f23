// Read-only commands over the store: version, status, subnets.

#include "app/cli/Commands.h"
#include "models/Format.h"
#include "models/explorer/ExplorerQueries.h"
#include "models/store/StoreQueries.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace app::cli {
namespace {

QJsonValue rao(quint64 v) { return static_cast<qint64>(v); } // JSON amounts are integers in rao

QJsonObject subnetJson(const models::SubnetOverview& o) {
    const chainclient::SubnetSnapshot& s = o.snapshot;
    const double supply = static_cast<double>(s.alphaIn) + static_cast<double>(s.alphaOut);
    return QJsonObject{
        {QStringLiteral("netuid"), s.netuid},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("symbol"), s.symbol},
        {QStringLiteral("owner_coldkey"), s.ownerColdkey},
        {QStringLiteral("owner_hotkey"), s.ownerHotkey},
        {QStringLiteral("registered_at"), rao(s.registeredAt)},
        {QStringLiteral("price"), s.price},
        {QStringLiteral("moving_price"), s.movingPrice},
        {QStringLiteral("tao_in"), rao(s.taoIn)},
        {QStringLiteral("alpha_in"), rao(s.alphaIn)},
        {QStringLiteral("alpha_out"), rao(s.alphaOut)},
        {QStringLiteral("pool_tao_weight"), s.taoWeight},
        {QStringLiteral("fee_rate"), s.feeRate},
        {QStringLiteral("market_cap"), rao(static_cast<quint64>(std::floor(supply * s.price)))},
        {QStringLiteral("emission_share"), s.emissionShare},
        {QStringLiteral("tao_in_emission"), rao(s.taoInEmission)},
        {QStringLiteral("alpha_out_emission"), rao(s.alphaOutEmission)},
        {QStringLiteral("volume"), rao(s.volume)},
        {QStringLiteral("n_uids"), s.nUids},
        {QStringLiteral("max_uids"), s.maxUids},
        {QStringLiteral("n_validators"), s.nValidators},
        {QStringLiteral("tempo"), s.tempo},
        {QStringLiteral("stage"), models::lifecycleStageKey(o.stage)},
        {QStringLiteral("pruning_rank"), o.pruning.rank ? QJsonValue(*o.pruning.rank) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("immune_until"), rao(o.pruning.immuneUntil)},
    };
}

} // namespace

int commandVersion(CliContext& ctx) {
    const QString version = QStringLiteral(SUBNETSCOPE_VERSION);
    if (ctx.json) printJson(QJsonObject{{QStringLiteral("version"), version}});
    else printLine(QStringLiteral("subnetscope-cli %1 (Qt %2)").arg(version, QString::fromLatin1(qVersion())));
    return Ok;
}

int commandStatus(CliContext& ctx) {
    const QString db = ctx.storePath();
    const auto status = models::StoreQueries::status(db);
    const quint64 block = status ? status->syncedBlock : 0;
    if (ctx.json) {
        printJson(QJsonObject{{QStringLiteral("network"), ctx.network},
                              {QStringLiteral("block"), rao(block)}, // the embedded chain stands where the store does
                              {QStringLiteral("synced_block"), rao(block)},
                              {QStringLiteral("first_block"), rao(status ? status->firstBlock : 0)},
                              {QStringLiteral("subnets"), status ? status->subnets : 0},
                              {QStringLiteral("total_issuance"), rao(status ? status->totalIssuance : 0)},
                              {QStringLiteral("db_path"), db}});
    } else {
        printLine(QStringLiteral("network        %1").arg(ctx.network));
        printLine(QStringLiteral("synced block   %1").arg(block));
        if (status && status->firstBlock > 1) // began on a pruned node: no history before this
            printLine(QStringLiteral("first block    %1").arg(status->firstBlock));
        printLine(QStringLiteral("subnets        %1").arg(status ? status->subnets : 0));
        printLine(QStringLiteral("total issuance %1").arg(models::formatTao(status ? status->totalIssuance : 0)));
        printLine(QStringLiteral("store          %1").arg(db));
    }
    return Ok;
}

int commandSubnets(CliContext& ctx) {
    const auto subnets = models::StoreQueries::latestSubnets(ctx.storePath());
    if (ctx.json) {
        QJsonArray array;
        if (const auto overview = models::ExplorerQueries::overview(ctx.storePath()))
            for (const auto& o : overview->subnets) array.append(subnetJson(o));
        printJson(array);
        return Ok;
    }
    if (subnets.isEmpty()) {
        printLine(QStringLiteral("No subnets in the store yet: run `subnetscope-cli sim` first."));
        return Ok;
    }
    printLine(QStringLiteral("%1  %2  %3  %4  %5").arg(QStringLiteral("netuid"), 6).arg(QStringLiteral("name"), -16)
                  .arg(QStringLiteral("price (TAO/α)"), 16).arg(QStringLiteral("TAO in pool"), 20).arg(QStringLiteral("emission"), 10));
    for (const auto& s : subnets) {
        printLine(QStringLiteral("%1  %2  %3  %4  %5")
                      .arg(s.netuid, 6)
                      .arg((s.symbol + QLatin1Char(' ') + s.name).left(16), -16)
                      .arg(models::formatAmount(s.price, 6), 16)
                      .arg(models::formatAmount(static_cast<double>(s.taoIn) / 1e9, 2), 20)
                      .arg(models::formatPercent(s.emissionShare), 10));
    }
    return Ok;
}

} // namespace app::cli
