// `history` and `metagraph`: read-only views of a subnet's stored history (shared/cli.md).

#include "app/cli/Commands.h"
#include "models/Format.h"
#include "models/store/MarketQueries.h"
#include "models/store/StoreQueries.h"

#include <QJsonArray>
#include <QJsonObject>

namespace app::cli {
namespace {

QJsonValue rao(quint64 v) { return static_cast<qint64>(v); }

// Parses NETUID and checks it against the store: exit code 2 for a malformed one, 3 for a
// subnet the store does not know, 4 for a store that cannot be read.
int subnetArgument(CliContext& ctx, quint16* netuid) {
    if (ctx.args.isEmpty() || ctx.args.first().startsWith(QLatin1String("--")))
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("%1 needs a NETUID.").arg(ctx.command));
    bool ok = false;
    const uint value = ctx.args.takeFirst().toUInt(&ok);
    if (!ok || value > 0xFFFF) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("NETUID must be a whole number."));
    *netuid = static_cast<quint16>(value);
    if (!models::StoreQueries::status(ctx.storePath()))
        return fail(ctx, NodeOrIo, QStringLiteral("StoreUnreadable"),
                    QStringLiteral("The store %1 holds no synced blocks yet: run `subnetscope-cli sim` or `sync` first.").arg(ctx.storePath()));
    for (const auto& s : models::StoreQueries::latestSubnets(ctx.storePath()))
        if (s.netuid == *netuid) return Ok;
    return fail(ctx, Refused, QStringLiteral("UnknownSubnet"), QStringLiteral("There is no subnet %1.").arg(*netuid));
}

bool parseBlock(const QString& text, quint64* out) {
    bool ok = false;
    *out = text.toULongLong(&ok);
    return ok;
}

} // namespace

int commandHistory(CliContext& ctx) {
    bool missing = false;
    const QString fromText = ctx.takeOption(QStringLiteral("--from"), &missing);
    const QString toText = ctx.takeOption(QStringLiteral("--to"), &missing);
    const QString intervalText = ctx.takeOption(QStringLiteral("--interval"), &missing);
    if (missing) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("An option of history is missing its value."));
    const QString intervalName = intervalText.isNull() ? QStringLiteral("1h") : intervalText;
    const quint64 interval = models::MarketQueries::intervalBlocks(intervalName);
    if (interval == 0)
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--interval must be one of 5m, 1h, 4h, 1d, 1w."));
    quint16 netuid = 0;
    if (const int rc = subnetArgument(ctx, &netuid); rc != Ok) return rc;
    if (!ctx.args.isEmpty())
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("Unknown argument for history: %1").arg(ctx.args.first()));
    const quint64 synced = models::StoreQueries::status(ctx.storePath())->syncedBlock;
    quint64 to = synced, from = 0;
    if (!toText.isNull() && !parseBlock(toText, &to))
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--to must be a block number."));
    // Without --from: the last 200 candles up to --to.
    from = to > 200 * interval ? to - 200 * interval + 1 : 1;
    if (!fromText.isNull() && !parseBlock(fromText, &from))
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--from must be a block number."));
    if (from > to) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--from must not be after --to."));

    const auto candles = models::MarketQueries::candles(ctx.storePath(), netuid, from, to, interval);
    if (ctx.json) {
        QJsonArray array;
        for (const auto& c : candles)
            array.append(QJsonObject{{QStringLiteral("start_block"), rao(c.startBlock)},
                                     {QStringLiteral("open"), c.open},
                                     {QStringLiteral("high"), c.high},
                                     {QStringLiteral("low"), c.low},
                                     {QStringLiteral("close"), c.close},
                                     {QStringLiteral("volume"), rao(c.volume)}});
        printJson(array);
        return Ok;
    }
    printLine(QStringLiteral("%1  %2  %3  %4  %5  %6")
                  .arg(QStringLiteral("start block"), 11)
                  .arg(QStringLiteral("open"), 12)
                  .arg(QStringLiteral("high"), 12)
                  .arg(QStringLiteral("low"), 12)
                  .arg(QStringLiteral("close"), 12)
                  .arg(QStringLiteral("volume (TAO)"), 16));
    for (const auto& c : candles)
        printLine(QStringLiteral("%1  %2  %3  %4  %5  %6")
                      .arg(c.startBlock, 11)
                      .arg(models::formatAmount(c.open, 6), 12)
                      .arg(models::formatAmount(c.high, 6), 12)
                      .arg(models::formatAmount(c.low, 6), 12)
                      .arg(models::formatAmount(c.close, 6), 12)
                      .arg(models::formatAmount(static_cast<double>(c.volume) / 1e9, 3), 16));
    return Ok;
}

int commandMetagraph(CliContext& ctx) {
    quint16 netuid = 0;
    if (const int rc = subnetArgument(ctx, &netuid); rc != Ok) return rc;
    if (!ctx.args.isEmpty())
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("Unknown argument for metagraph: %1").arg(ctx.args.first()));
    quint64 epoch = 0;
    const auto rows = models::MarketQueries::metagraph(ctx.storePath(), netuid, &epoch);
    if (ctx.json) {
        QJsonArray array;
        for (const auto& r : rows)
            array.append(QJsonObject{{QStringLiteral("uid"), r.uid},
                                     {QStringLiteral("hotkey"), r.hotkey},
                                     {QStringLiteral("coldkey"), r.coldkey},
                                     {QStringLiteral("stake"), rao(r.stake)},
                                     {QStringLiteral("alpha_stake"), rao(r.alphaStake)},
                                     {QStringLiteral("tao_stake"), rao(r.taoStake)},
                                     {QStringLiteral("incentive"), r.incentive},
                                     {QStringLiteral("dividends"), r.dividends},
                                     {QStringLiteral("emission"), rao(r.emission)},
                                     {QStringLiteral("consensus"), r.consensus},
                                     {QStringLiteral("validator_trust"), r.validatorTrust},
                                     {QStringLiteral("validator_permit"), r.validatorPermit},
                                     {QStringLiteral("active"), r.active},
                                     {QStringLiteral("last_update"), rao(r.lastUpdate)},
                                     {QStringLiteral("registered_at"), rao(r.registeredAt)}});
        printJson(array);
        return Ok;
    }
    if (rows.isEmpty()) {
        printLine(QStringLiteral("Subnet %1 has not run an epoch in the stored history yet.").arg(netuid));
        return Ok;
    }
    printLine(QStringLiteral("subnet %1, epoch at block %2").arg(netuid).arg(epoch));
    printLine(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                  .arg(QStringLiteral("uid"), 4)
                  .arg(QStringLiteral("hotkey"), -14)
                  .arg(QStringLiteral("stake (α)"), 16)
                  .arg(QStringLiteral("incentive"), 9)
                  .arg(QStringLiteral("dividends"), 9)
                  .arg(QStringLiteral("emission (α)"), 14)
                  .arg(QStringLiteral("vtrust"), 7)
                  .arg(QStringLiteral("permit"), 6));
    for (const auto& r : rows)
        printLine(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                      .arg(r.uid, 4)
                      .arg(r.hotkey.left(6) + QStringLiteral("…") + r.hotkey.right(6), -14)
                      .arg(models::formatAmount(static_cast<double>(r.stake) / 1e9, 4), 16)
                      .arg(r.incentive, 9, 'f', 5)
                      .arg(r.dividends, 9, 'f', 5)
                      .arg(models::formatAmount(static_cast<double>(r.emission) / 1e9, 4), 14)
                      .arg(r.validatorTrust, 7, 'f', 4)
                      .arg(r.validatorPermit ? QStringLiteral("yes") : QStringLiteral("no"), 6));
    return Ok;
}

} // namespace app::cli
