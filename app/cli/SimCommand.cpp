// `sim`: advance the embedded chain and sync every block into the store, through the very
// same LocalNode → SyncService path the GUI uses. --to-block is idempotent.

#include "app/cli/Commands.h"
#include "chainclient/economics/ChainCodec.h"
#include "chainclient/local/LocalNode.h"
#include "models/store/StoreQueries.h"
#include "models/sync/SyncService.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>

namespace app::cli {
namespace {

bool parseCount(const QString& text, quint64* out) {
    bool ok = false;
    *out = text.toULongLong(&ok);
    return ok;
}

QString stateHashOf(const QByteArray& state) {
    const auto* data = reinterpret_cast<const std::uint8_t*>(state.constData());
    return QString::fromStdString(economics::ChainCodec::digest(std::vector<std::uint8_t>(data, data + state.size())));
}

} // namespace

int commandSim(CliContext& ctx) {
    if (ctx.network != QLatin1String("local"))
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("sim only runs on the local network."));
    bool missing = false;
    const QString blocks = ctx.takeOption(QStringLiteral("--blocks"), &missing);
    const QString days = ctx.takeOption(QStringLiteral("--days"), &missing);
    const QString toBlock = ctx.takeOption(QStringLiteral("--to-block"), &missing);
    const QString seedText = ctx.takeOption(QStringLiteral("--seed"), &missing);
    // Blocks per store transaction while catching up (tests use small ones to get many commits).
    const QString batchText = ctx.takeOption(QStringLiteral("--batch"), &missing);
    if (missing) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("An option of sim is missing its value."));
    if (!ctx.args.isEmpty())
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("Unknown argument for sim: %1").arg(ctx.args.first()));
    if ((!blocks.isNull()) + (!days.isNull()) + (!toBlock.isNull()) > 1)
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("Give only one of --blocks, --days and --to-block."));

    economics::ScenarioConfig scenario = economics::ScenarioConfig::defaults();
    if (!seedText.isNull()) {
        quint64 seed = 0;
        if (!parseCount(seedText, &seed)) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--seed must be a whole number."));
        scenario.seed = seed;
    }

    // Blocks per transaction while backfilling; the per-batch costs (chain state, position and
    // delegate upserts) dominate small batches. `sim --days 90`, release, idle machine:
    // 2048 → 30.1 s / 240 MB peak RSS, 4096 → 21.9 s / 368 MB, 8192 → 17.9 s / 626 MB
    // (16384 gains nothing more). Since partial blocks carry only prices, 8192 peaks at ≈ 160 MB.
    // Lower it with --batch where memory is tight.
    quint64 batch = 8192;
    if (!batchText.isNull() && (!parseCount(batchText, &batch) || batch == 0 || batch > 100'000))
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--batch must be a whole number from 1 to 100000."));

    const QString db = ctx.storePath();
    const auto before = models::StoreQueries::status(db);
    const quint64 cursor = before ? before->syncedBlock : 0;
    quint64 target = cursor;
    quint64 n = 0;
    if (!blocks.isNull()) {
        if (!parseCount(blocks, &n)) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--blocks must be a whole number."));
        target = cursor + n;
    } else if (!days.isNull()) {
        if (!parseCount(days, &n)) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--days must be a whole number."));
        target = cursor + n * 7200;
    } else if (!toBlock.isNull()) {
        if (!parseCount(toBlock, &n)) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--to-block must be a whole number."));
        target = std::max(cursor, n);
    } else {
        target = cursor + 100;
    }

    QString failure;
    quint64 reached = cursor;
    if (target > cursor || !before) {
        models::SyncService sync(db, QStringLiteral("local"), [&](quint64, const QByteArray& state) -> chainclient::NodeClient* {
            chainclient::LocalNodeOptions options;
            options.scenario = scenario;
            options.initialState = state;
            options.blockIntervalMs = 0; // no live production: stop at the target
            options.catchUpTo = target;
            options.catchUpBatch = static_cast<int>(batch); // fewer, larger transactions while backfilling
            return new chainclient::LocalNode(options);
        });
        // The run ends exactly at target, so the backfill may skip rows retention drops there.
        sync.setTargetHint(target);
        QEventLoop loop;
        QObject::connect(&sync, &models::SyncService::committed, &loop, [&](quint64 block) {
            reached = block;
            progressLine(QStringLiteral("sim: block %1 / %2").arg(block).arg(target));
            if (block >= target) loop.quit();
        });
        QObject::connect(&sync, &models::SyncService::failed, &loop, [&](const QString& message) {
            failure = message;
            loop.quit();
        });
        sync.start();
        if (target > cursor) loop.exec();
        std::fputs("\n", stderr);
    }
    if (!failure.isEmpty()) return fail(ctx, NodeOrIo, QStringLiteral("SyncFailed"), failure);

    const auto after = models::StoreQueries::status(db);
    if (!after) return fail(ctx, NodeOrIo, QStringLiteral("StoreUnreadable"), QStringLiteral("The store %1 cannot be read.").arg(db));
    const QString hash = stateHashOf(after->chainState);
    if (ctx.json) {
        printJson(QJsonObject{{QStringLiteral("block"), static_cast<qint64>(after->syncedBlock)},
                              {QStringLiteral("state_hash"), hash},
                              {QStringLiteral("subnets"), after->subnets}});
    } else {
        printLine(QStringLiteral("block %1, %2 subnets, state %3").arg(after->syncedBlock).arg(after->subnets).arg(hash));
    }
    return Ok;
}

} // namespace app::cli
