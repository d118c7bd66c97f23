// `node --rpc 127.0.0.1:PORT [--paused] [--block-time MS] [--keep-blocks N]`: serve the embedded chain over
// subtensor-style JSON-RPC on loopback (the chain resumes from the local store, and the blocks
// it produces are stored as `sync --follow` would). Also the sync path for a real network:
// `--network finney|test|ws(s)://… sync [--follow]` reads through SubtensorNode.

#include "app/cli/Commands.h"
#include "chainclient/local/LocalNode.h"
#include "chainclient/local/RpcServer.h"
#include "chainclient/subtensor/SubtensorNode.h"
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

std::atomic<bool> stopRequested{false};

extern "C" void onStopSignal(int) { stopRequested = true; }

// Creates or upgrades the store so the node starts from a known cursor.
std::optional<QString> openStore(const QString& db) {
    const QString name = QStringLiteral("cli-node-open");
    auto err = models::Database::open(db, name, models::Database::Mode::ReadWrite);
    models::Database::close(name);
    return err;
}

// Runs `loop` until it quits or Ctrl+C / SIGTERM.
void runUntilStopped(QEventLoop& loop) {
    stopRequested = false;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (stopRequested) loop.quit();
    });
    poll.start(100);
    loop.exec();
}

} // namespace

int commandNode(CliContext& ctx) {
    bool missing = false;
    const QString listen = ctx.takeOption(QStringLiteral("--rpc"), &missing);
    if (missing || listen.isNull())
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("node needs --rpc HOST:PORT, e.g. --rpc 127.0.0.1:9944."));
    const bool paused = ctx.takeFlag(QStringLiteral("--paused"));
    const QString blockTime = ctx.takeOption(QStringLiteral("--block-time"), &missing);
    if (missing) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--block-time needs milliseconds."));
    const QString keep = ctx.takeOption(QStringLiteral("--keep-blocks"), &missing);
    if (missing) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--keep-blocks needs a number of blocks."));
    if (!ctx.args.isEmpty())
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("Unknown argument for node: %1").arg(ctx.args.first()));
    if (ctx.network != QLatin1String("local"))
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("node serves the embedded chain; use --network local."));
    bool ok = true;
    const int intervalMs = blockTime.isNull() ? 12'000 : blockTime.toInt(&ok);
    if (!ok || intervalMs <= 0) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--block-time must be a positive number of ms."));
    // 256 like a default pruning substrate node; each kept block costs ~100 KB on the default scenario.
    const int keepBlocks = keep.isNull() ? 256 : keep.toInt(&ok);
    if (!ok || keepBlocks <= 0) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--keep-blocks must be a positive number."));
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    const QHostAddress address(colon > 0 ? listen.left(colon) : QString());
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&ok) : 0;
    if (address.isNull() || !ok || port > 65535)
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--rpc takes an IP address and a port, e.g. 127.0.0.1:9944."));
    if (!address.isLoopback())
        std::fprintf(stderr, "warning: serving on %s, reachable from other machines; the server has no authentication\n",
                     qPrintable(address.toString()));

    const QString db = ctx.storePath();
    if (auto err = openStore(db)) return fail(ctx, NodeOrIo, QStringLiteral("StoreUnreadable"), *err);

    chainclient::RpcServerOptions so;
    so.address = address;
    so.port = static_cast<quint16>(port);
    so.keepBlocks = keepBlocks; // older blocks answer 4003, as on a pruning node
    chainclient::RpcServer server(so);
    QString error;
    if (!server.listen(&error))
        return fail(ctx, NodeOrIo, QStringLiteral("ListenFailed"), QStringLiteral("Cannot listen on %1: %2").arg(listen, error));

    QString failure;
    {
        models::SyncService sync(db, QStringLiteral("local"), [&](quint64 cursor, const QByteArray& state) -> chainclient::NodeClient* {
            chainclient::LocalNodeOptions options;
            options.initialState = state;
            options.blockIntervalMs = paused ? 0 : intervalMs;
            options.catchUpTo = cursor;
            options.blockObserver = server.blockObserver();
            auto* node = new chainclient::LocalNode(options);
            server.setNode(node);
            return node;
        });
        QEventLoop loop;
        bool announced = false;
        QObject::connect(&server, &chainclient::RpcServer::headChanged, &loop, [&](quint64 head) {
            if (!announced) {
                announced = true;
                if (ctx.json)
                    printJson(QJsonObject{{QStringLiteral("url"), server.url().toString()}, {QStringLiteral("block"), static_cast<qint64>(head)}});
                std::fprintf(stderr, "serving the local chain at %s (block %llu%s); Ctrl+C to stop\n",
                             qPrintable(server.url().toString()), static_cast<unsigned long long>(head), paused ? ", paused" : "");
            } else {
                progressLine(QStringLiteral("block %1").arg(head));
            }
        });
        QObject::connect(&sync, &models::SyncService::failed, &loop, [&](const QString& message) {
            failure = message;
            loop.quit();
        });
        sync.start();
        runUntilStopped(loop);
        sync.cancel();
    }
    if (!failure.isEmpty()) return fail(ctx, NodeOrIo, QStringLiteral("NodeFailed"), failure);
    return Ok;
}

int syncFromNetwork(CliContext& ctx, bool follow) {
    QString why;
    const auto profile = models::NetworkProfile::parse(ctx.network, &why);
    if (!profile) return fail(ctx, Usage, QStringLiteral("Usage"), why);
    const QUrl url = profile->url();
    const QString db = ctx.storePath();
    if (auto err = openStore(db)) return fail(ctx, NodeOrIo, QStringLiteral("StoreUnreadable"), *err);

    QString failure;
    quint64 reached = 0;
    {
        models::SyncService sync(db, ctx.network, [&](quint64, const QByteArray&) -> chainclient::NodeClient* {
            chainclient::subtensor::SubtensorNodeOptions options;
            options.network = ctx.network;
            options.rpc.url = url;
            options.rpc.caCertificatesFile = ctx.caFile;
            return new chainclient::subtensor::SubtensorNode(options);
        });
        QEventLoop loop;
        QObject::connect(&sync, &models::SyncService::committed, &loop, [&](quint64 block) {
            reached = block;
            progressLine(QStringLiteral("sync: block %1 of %2").arg(block).arg(sync.headBlock()));
            if (!follow && block >= sync.headBlock()) loop.quit();
        });
        QObject::connect(&sync, &models::SyncService::headChanged, &loop, [&](quint64 head) {
            if (!follow && head > 0 && sync.syncedBlock() >= head) loop.quit();
        });
        QObject::connect(&sync, &models::SyncService::failed, &loop, [&](const QString& message) {
            failure = message;
            loop.quit();
        });
        sync.start();
        runUntilStopped(loop);
        sync.cancel();
        std::fputs("\n", stderr);
    }
    if (!failure.isEmpty()) return fail(ctx, NodeOrIo, QStringLiteral("SyncFailed"), failure);
    const auto after = models::StoreQueries::status(db);
    const quint64 block = after ? after->syncedBlock : reached;
    if (ctx.json) printJson(QJsonObject{{QStringLiteral("block"), static_cast<qint64>(block)}});
    else printLine(QStringLiteral("synced to block %1").arg(block));
    return Ok;
}

} // namespace app::cli
