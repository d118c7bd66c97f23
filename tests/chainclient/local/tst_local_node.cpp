// LocalNode on its worker thread: pace, flow control and calls.

#include <QtTest>

#include "chainclient/local/LocalNode.h"
#include "chainclient/local/LocalNodeWorker.h"

class TestLocalNode : public QObject {
    Q_OBJECT
private slots:
    void liveProductionWaitsForAConsumerThatFallsBehind() {
        chainclient::LocalNodeOptions o;
        o.blockIntervalMs = 1; // far faster than anyone stores ~1 MB of state per block
        chainclient::LocalNode node(o);
        quint64 delivered = 0;
        QObject::connect(&node, &chainclient::NodeClient::blocksReady,
                         [&](const chainclient::BlockBatch& b) { delivered = b.back().number; });
        node.startStreaming(0);
        QTRY_VERIFY_WITH_TIMEOUT(delivered >= 5, 10000);
        QTest::qWait(300); // ~300 ticks: without flow control ~300 blocks would pile up
        QVERIFY2(delivered <= 1 + chainclient::LocalNodeWorker::kMaxLiveBlocksInFlight, qPrintable(QString::number(delivered)));
        node.acknowledge(delivered); // the consumer catches up: production resumes
        const quint64 before = delivered;
        QTRY_VERIFY_WITH_TIMEOUT(delivered > before, 10000);
        node.stop();
    }
};

QTEST_GUILESS_MAIN(TestLocalNode)
#include "tst_local_node.moc"
