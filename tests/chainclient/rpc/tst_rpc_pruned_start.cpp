// A fresh store on a pruned node: the loopback RpcServer keeps the state of only the last
// kKeep blocks (older ones answer 4003, as a default substrate node does). An empty store must
// start near the head, say where it starts, and then follow the chain; a store that already
// has blocks must still refuse to skip any.

#include "support/LoopbackNode.h"

#include "chainclient/local/LocalNode.h"
#include "chainclient/local/RpcServer.h"
#include "chainclient/subtensor/SubtensorNode.h"
#include "models/store/StoreQueries.h"
#include "models/sync/StoreWriter.h"
#include "models/sync/SyncService.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace chainclient;

namespace {

constexpr quint64 kHistory = 400; // blocks the chain has made before anyone syncs
constexpr int kKeep = 40;         // blocks of state the server keeps

models::SyncService::NodeFactory remote(const QUrl& url) {
    return [url](quint64, const QByteArray&) -> NodeClient* {
        return new subtensor::SubtensorNode(testsupport::loopbackNodeOptions(url));
    };
}

} // namespace

class TestRpcPrunedStart : public QObject {
    Q_OBJECT
private slots:
    void freshStoreStartsNearHeadThenFollows() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath("pruned.sqlite");

        RpcServerOptions so;
        so.keepBlocks = kKeep;
        RpcServer server(so);
        QVERIFY(server.listen());
        LocalNodeOptions lo;
        lo.blockIntervalMs = 150; // live blocks after the history, so there is a chain to follow
        lo.catchUpTo = kHistory;
        lo.blockObserver = server.blockObserver();
        LocalNode chain(lo);
        connect(&chain, &NodeClient::blocksReady, this, [&](const BlockBatch& b) { chain.acknowledge(b.last().number); });
        chain.startStreaming(0);
        QTRY_VERIFY_WITH_TIMEOUT(server.head() >= kHistory, 60'000);
        const QUrl url = server.url();

        quint64 startHead = 0;
        {
            models::SyncService sync(db, url.toString(), remote(url));
            QString failure;
            connect(&sync, &models::SyncService::failed, this, [&](const QString& m) { failure = m; });
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(sync.syncedBlock() > 0 || !failure.isEmpty(), 60'000);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            startHead = sync.headBlock();
            // Following: the store passes the head it started from by a few live blocks.
            QTRY_VERIFY_WITH_TIMEOUT(sync.syncedBlock() >= startHead + 5 || !failure.isEmpty(), 60'000);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            sync.cancel();
        }
        const auto status = models::StoreQueries::status(db);
        QVERIFY(status);
        // Block 1 was long gone; the store begins inside the server's window, not at genesis.
        QVERIFY2(status->firstBlock > startHead - kKeep && status->firstBlock <= startHead,
                 qPrintable(QStringLiteral("first block %1, head %2").arg(status->firstBlock).arg(startHead)));
        QVERIFY(status->syncedBlock >= startHead + 5);
        QVERIFY(status->subnets > 1);
        QVERIFY(!models::StoreQueries::latestSubnets(db).isEmpty());

        // The node moves on further than it keeps: a store with blocks cannot jump the hole.
        const quint64 stoppedAt = status->syncedBlock;
        QTRY_VERIFY_WITH_TIMEOUT(server.head() > stoppedAt + kKeep + 5, 60'000);
        {
            models::SyncService sync(db, url.toString(), remote(url));
            QSignalSpy failed(&sync, &models::SyncService::failed);
            sync.start();
            QVERIFY(failed.wait(60'000));
            const QString message = failed.first().first().toString();
            QVERIFY2(message.contains(QString::number(stoppedAt + 1)), qPrintable(message));
            QCOMPARE(models::StoreQueries::status(db)->syncedBlock, stoppedAt);
        }
        chain.stop();
    }

    void storeWithBlocksRefusesGapEmptyStoreTakesAnyStart() {
        QTemporaryDir dir;
        const QString db = dir.filePath("gap.sqlite");
        models::StoreWriter writer(db, QStringLiteral("test-gap"));
        QSignalSpy opened(&writer, &models::StoreWriter::opened);
        QSignalSpy committed(&writer, &models::StoreWriter::committed);
        QSignalSpy failed(&writer, &models::StoreWriter::failed);
        writer.open();
        QCOMPARE(opened.size(), 1);
        auto block = [](quint64 n) {
            BlockSnapshot b;
            b.number = n;
            b.timestampMs = static_cast<qint64>(n) * 12'000;
            return BlockBatch{b};
        };
        writer.writeBatch(block(5'000)); // empty store: starts where the node could start
        QCOMPARE(failed.size(), 0);
        QCOMPARE(committed.size(), 1);
        writer.writeBatch(block(5'001));
        QCOMPARE(committed.size(), 2);
        writer.writeBatch(block(5'010)); // a hole after that is refused, nothing written
        QCOMPARE(committed.size(), 2);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("5001")));
        writer.closeConnection();
        const auto status = models::StoreQueries::status(db);
        QVERIFY(status);
        QCOMPARE(status->firstBlock, quint64(5'000));
        QCOMPARE(status->syncedBlock, quint64(5'001));
    }
};

QTEST_GUILESS_MAIN(TestRpcPrunedStart)
#include "tst_rpc_pruned_start.moc"
