// The node's own trade quote over the wire: SubtensorNode::requestSwapQuote → state_call
// SwapRuntimeApi_sim_swap_* → the loopback server, against LocalNode::requestSwapQuote on the
// very chain the server serves (paused, so both read the same block). Amounts and fees must be
// equal to the rao for stakes and unstakes of several sizes; what the runtime cannot quote (zero,
// more than the pool takes, no subnet) ends in a specific error on both paths.

#include "support/LoopbackNode.h"

#include "chainclient/local/LocalNode.h"
#include "chainclient/local/RpcServer.h"
#include "chainclient/subtensor/SubtensorNode.h"

#include <QSignalSpy>
#include <QTest>

using namespace chainclient;
using namespace chainclient::subtensor;
using economics::SwapSide;

namespace {

constexpr quint64 kHead = 40;

SubtensorNodeOptions nodeOptions(const QUrl& url) { return testsupport::loopbackNodeOptions(url); }

SwapQuote ask(NodeClient& node, quint16 netuid, SwapSide side, quint64 amount) {
    QSignalSpy spy(&node, &NodeClient::swapQuoted);
    const quint64 id = node.requestSwapQuote(netuid, side, amount);
    if (!spy.wait(20'000) && spy.isEmpty()) return {};
    auto q = spy.at(0).at(0).value<SwapQuote>();
    if (q.requestId != id) q.errorCode = QStringLiteral("WrongId");
    return q;
}

QByteArray describe(const SwapQuote& q) {
    return QStringLiteral("%1 %2: tao %3 alpha %4 fees %5/%6 at %7")
        .arg(q.errorCode, q.message)
        .arg(q.taoAmount)
        .arg(q.alphaAmount)
        .arg(q.taoFee)
        .arg(q.alphaFee)
        .arg(q.block)
        .toUtf8();
}

} // namespace

class TestRpcSwapQuote : public QObject {
    Q_OBJECT

    std::unique_ptr<RpcServer> server_;
    std::unique_ptr<LocalNode> local_;
    std::unique_ptr<SubtensorNode> remote_;

private slots:
    void initTestCase() {
        registerNodeMetaTypes();
        server_ = std::make_unique<RpcServer>();
        QVERIFY(server_->listen());
        LocalNodeOptions lo;
        lo.blockIntervalMs = 0; // no live blocks: the state stays at kHead for both paths
        lo.catchUpTo = kHead;
        lo.blockObserver = server_->blockObserver();
        local_ = std::make_unique<LocalNode>(lo);
        server_->setNode(local_.get());
        connect(local_.get(), &NodeClient::blocksReady, this,
                [this](const BlockBatch& b) { local_->acknowledge(b.last().number); });
        local_->startStreaming(0);
        QTRY_COMPARE_WITH_TIMEOUT(server_->head(), kHead, 60'000);
        remote_ = std::make_unique<SubtensorNode>(nodeOptions(server_->url()));
    }

    void cleanupTestCase() {
        remote_.reset();
        local_.reset();
        server_.reset();
    }

    void nodeQuoteEqualsEmbeddedChain_data() {
        QTest::addColumn<int>("netuid");
        QTest::addColumn<bool>("stake");
        QTest::addColumn<quint64>("amount");
        for (int netuid : {1, 2})
            for (bool stake : {true, false})
                for (quint64 amount : {quint64{5'000'000}, quint64{1'000'000'000}, quint64{37'123'456'789}})
                    QTest::addRow("sn%d %s %llu", netuid, stake ? "stake" : "unstake", static_cast<unsigned long long>(amount))
                        << netuid << stake << amount;
    }

    void nodeQuoteEqualsEmbeddedChain() {
        QFETCH(int, netuid);
        QFETCH(bool, stake);
        QFETCH(quint64, amount);
        const SwapSide side = stake ? SwapSide::Buy : SwapSide::Sell;
        const SwapQuote mine = ask(*local_, static_cast<quint16>(netuid), side, amount);
        const SwapQuote node = ask(*remote_, static_cast<quint16>(netuid), side, amount);
        QVERIFY2(mine.ok, describe(mine));
        QVERIFY2(node.ok, describe(node));
        QCOMPARE(node.block, kHead);
        QCOMPARE(mine.block, kHead);
        QCOMPARE(node.taoAmount, mine.taoAmount);
        QCOMPARE(node.alphaAmount, mine.alphaAmount);
        QCOMPARE(node.taoFee, mine.taoFee);
        QCOMPARE(node.alphaFee, mine.alphaFee);
        // The input side is what was asked, the fee is charged in it, and something comes out.
        QCOMPARE(node.amountIn(), amount);
        QVERIFY(node.fee() > 0);
        QVERIFY(node.amountOut() > 0);
        QCOMPARE(stake ? node.alphaFee : node.taoFee, quint64(0));
        // current_alpha_price travels in rao: equal to the chain's price within one rao.
        QVERIFY(node.priceBefore > 0);
        QVERIFY2(std::abs(node.priceBefore - mine.priceBefore) <= 1.5e-9, describe(node));
    }

    void rootConvertsOneToOne() {
        const SwapQuote node = ask(*remote_, 0, SwapSide::Buy, 2'000'000'000);
        QVERIFY2(node.ok, describe(node));
        QCOMPARE(node.alphaAmount, quint64(2'000'000'000));
        QCOMPARE(node.taoFee, quint64(0));
        QCOMPARE(node.priceBefore, 1.0);
    }

    void zeroAmountIsRefusedOnBothPaths() {
        for (bool stake : {true, false}) {
            const SwapSide side = stake ? SwapSide::Buy : SwapSide::Sell;
            const SwapQuote mine = ask(*local_, 1, side, 0);
            const SwapQuote node = ask(*remote_, 1, side, 0);
            QCOMPARE(mine.errorCode, QStringLiteral("InvalidAmount"));
            QCOMPARE(node.errorCode, QStringLiteral("InvalidAmount"));
            QVERIFY(!mine.ok && !node.ok);
        }
    }

    void whatThePoolCannotTakeIsRefused() {
        // More than 1000 × the input reserve: the chain refuses the swap; the runtime answers
        // zeros, which the client reports as a refused quote rather than as "0 out".
        const quint64 huge = 18'000'000'000'000'000'000ULL;
        for (bool stake : {true, false}) {
            const SwapSide side = stake ? SwapSide::Buy : SwapSide::Sell;
            const SwapQuote mine = ask(*local_, 1, side, huge);
            const SwapQuote node = ask(*remote_, 1, side, huge);
            QCOMPARE(mine.errorCode, QStringLiteral("InputTooLarge"));
            QCOMPARE(node.errorCode, QStringLiteral("QuoteRefused"));
            QVERIFY(node.message.contains(QStringLiteral("subnet 1")));
            QCOMPARE(node.taoAmount + node.alphaAmount, quint64(0));
        }
        const SwapQuote missingLocal = ask(*local_, 999, SwapSide::Buy, 1'000'000'000);
        const SwapQuote missingNode = ask(*remote_, 999, SwapSide::Buy, 1'000'000'000);
        QCOMPARE(missingLocal.errorCode, QStringLiteral("SubnetNotFound"));
        QCOMPARE(missingNode.errorCode, QStringLiteral("QuoteRefused"));
    }

    void servedAsStateCall() {
        QVERIFY(server_->requestCount(QStringLiteral("state_call SwapRuntimeApi_sim_swap_tao_for_alpha")) > 0);
        QVERIFY(server_->requestCount(QStringLiteral("state_call SwapRuntimeApi_sim_swap_alpha_for_tao")) > 0);
    }
};

QTEST_GUILESS_MAIN(TestRpcSwapQuote)
#include "tst_rpc_swap_quote.moc"
