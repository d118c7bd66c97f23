// `sync [--follow]`: bring the store up to the selected network's head, and with --follow keep
// it there until interrupted. On the local network the embedded chain's head is the block the
// store was committed with, so plain `sync` only opens (and upgrades) the store; --follow
// resumes block production from that state.

#include "app/cli/Commands.h"
#include "chainclient/local/LocalNode.h"
#include "models/store/Database.h"
#include "models/store/StoreQueries.h"
#include "models/sync/SyncService.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>
#include <atomic>
#include <csignal>

namespace app::cli {
namespace {

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int) { interrupted = true; }

int printBlock(CliContext& ctx, quint64 block) {
    if (ctx.json) printJson(QJsonObject{{QStringLiteral("block"), static_cast<qint64>(block)}});
    else printLine(QStringLiteral("synced to block %1").arg(block));
    return Ok;
}

} // namespace

int commandSync(CliContext& ctx) {
    const bool follow = ctx.takeFlag(QStringLiteral("--follow"));
    bool missing = false;
    const QString blockTime = ctx.takeOption(QStringLiteral("--block-time"), &missing);
    if (missing) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--block-time needs milliseconds."));
    if (!ctx.args.isEmpty())
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("Unknown argument for sync: %1").arg(ctx.args.first()));
    bool ok = true;
    const int intervalMs = blockTime.isNull() ? 1000 : blockTime.toInt(&ok);
    if (!ok || intervalMs <= 0) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--block-time must be a positive number of ms."));
    if (ctx.network != QLatin1String("local")) return syncFromNetwork(ctx, follow);

    const QString db = ctx.storePath();
    {
        // Creates or upgrades the store and finishes any compaction a crash interrupted.
        const QString name = QStringLiteral("cli-sync-open");
        if (auto err = models::Database::open(db, name, models::Database::Mode::ReadWrite)) {
            models::Database::close(name);
            return fail(ctx, NodeOrIo, QStringLiteral("StoreUnreadable"), *err);
        }
        models::Database::close(name);
    }
    const auto before = models::StoreQueries::status(db);
    if (!follow) return printBlock(ctx, before ? before->syncedBlock : 0);

    QString failure;
    quint64 reached = before ? before->syncedBlock : 0;
    {
        models::SyncService sync(db, QStringLiteral("local"), [&](quint64 cursor, const QByteArray& state) -> chainclient::NodeClient* {
            chainclient::LocalNodeOptions options;
            options.initialState = state;
            options.blockIntervalMs = intervalMs;
            options.catchUpTo = cursor;
            return new chainclient::LocalNode(options);
        });
        QEventLoop loop;
        QObject::connect(&sync, &models::SyncService::committed, &loop, [&](quint64 block) {
            reached = block;
            progressLine(QStringLiteral("sync: block %1 (Ctrl+C to stop)").arg(block));
        });
        QObject::connect(&sync, &models::SyncService::failed, &loop, [&](const QString& message) {
            failure = message;
            loop.quit();
        });
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (interrupted) loop.quit();
        });
        poll.start(100);
        sync.start();
        loop.exec();
        sync.cancel();
        std::fputs("\n", stderr);
    }
    if (!failure.isEmpty()) return fail(ctx, NodeOrIo, QStringLiteral("SyncFailed"), failure);
    const auto after = models::StoreQueries::status(db);
    return printBlock(ctx, after ? after->syncedBlock : reached);
}

} // namespace app::cli
