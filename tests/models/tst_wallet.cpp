// WalletService on a real LocalNode: previews equal what the chain then does, the signed bytes
// go through the node, and every user mistake is refused with its own code before signing.

#include "chainclient/crypto/Ed25519Key.h"
#include "chainclient/crypto/SecretBuffer.h"
#include "chainclient/crypto/Ss58.h"
#include "chainclient/local/LocalNode.h"
#include "chainclient/subtensor/Extrinsic.h"
#include "models/NodeRefusal.h"
#include "chainclient/crypto/Mnemonic.h"
#include "chainclient/crypto/WalletStore.h"
#include "models/AmountParser.h"
#include "models/WalletManager.h"
#include "models/WalletService.h"

#include <QTemporaryDir>

#include <QSignalSpy>
#include <QtTest>

using namespace chainclient;
using models::StakeOrder;
using models::WalletService;

namespace {
// The embedded chain behind a node that answers fee estimates the way a real network does, with
// a fee the test sets (the local chain itself charges none, so LocalNode answers 0).
class ChargingNode : public NodeClient {
  public:
    ChargingNode(LocalNode* inner, quint64 fee) : inner_(inner), fee_(fee) {
        connect(inner_, &NodeClient::newHead, this, &NodeClient::newHead);
        connect(inner_, &NodeClient::submitted, this, &NodeClient::submitted);
        connect(inner_, &NodeClient::accountStateReady, this, &NodeClient::accountStateReady);
    }
    QString networkName() const override { return inner_->networkName(); }
    void startStreaming(quint64 afterBlock) override { inner_->startStreaming(afterBlock); }
    void stop() override { inner_->stop(); }
    void acknowledge(quint64 block) override { inner_->acknowledge(block); }
    quint64 submitStake(const StakeRequest& r) override { return inner_->submitStake(r); }
    quint64 submitExtrinsic(const QByteArray& x) override {
        ++submissions;
        return inner_->submitExtrinsic(x);
    }
    quint64 requestAccountState(const QString& a) override { return inner_->requestAccountState(a); }
    quint64 requestFeeEstimate(const QByteArray& extrinsic) override {
        asked.push_back(extrinsic);
        const quint64 id = 1000 + static_cast<quint64>(asked.size());
        QMetaObject::invokeMethod(this, [this, id] { emit feeEstimated({id, true, {}, {}, fee_}); }, Qt::QueuedConnection);
        return id;
    }
    QVector<QByteArray> asked;
    int submissions = 0;

  private:
    LocalNode* inner_;
    quint64 fee_;
};
} // namespace

class TestWallet : public QObject {
    Q_OBJECT

    std::unique_ptr<LocalNode> node_;
    BlockSnapshot last_;
    crypto::Ed25519Key key_ = [] {
        auto k = crypto::Ed25519Key::fromSeed(crypto::SecretBuffer::fromByteArray(QByteArray(32, '\x33')));
        if (!k)
            qFatal("key");
        return std::move(k).value();
    }();
    QString address_ = crypto::Ss58::encode(key_.publicKey());

    const SubnetSnapshot* startedSubnet(quint16 skip = 0) const {
        for (const auto& s : last_.subnets)
            if (s.netuid != 0 && s.netuid != skip && s.started)
                return &s;
        return nullptr;
    }

    // A stake of `rao` TAO on the subnet's owner hotkey.
    static StakeOrder stakeOn(const SubnetSnapshot& s, quint64 rao) {
        StakeOrder order;
        order.hotkey = s.ownerHotkey;
        order.netuid = s.netuid;
        order.amount = rao;
        return order;
    }

    AccountState account(WalletService& ws) {
        QSignalSpy spy(&ws, &WalletService::accountReady);
        ws.fetchAccount(address_);
        if (!spy.wait(5000))
            qFatal("no account state");
        return spy.takeFirst().at(0).value<AccountState>();
    }

    SubmitResult run(WalletService& ws, const StakeOrder& order) {
        QSignalSpy spy(&ws, &WalletService::finished);
        ws.execute(order, key_);
        if (spy.isEmpty() && !spy.wait(5000))
            qFatal("no result");
        return spy.takeFirst().at(0).value<SubmitResult>();
    }

  private slots:
    void nodeRefusalsAreExplained() {
        // Each spelling a node uses for a reason gets the same sentence, with the node's own text kept.
        const QString fee = models::explainNodeRefusal(QStringLiteral("Invalid Transaction: Inability to pay some fees"));
        QVERIFY2(fee.startsWith(QStringLiteral("The free balance cannot pay the transaction fee.")), qPrintable(fee));
        QVERIFY(fee.endsWith(QStringLiteral("[Invalid Transaction: Inability to pay some fees]")));
        for (const char* nonce : {"Transaction is outdated", "BadNonce: nonce 3 is behind", "Stale"})
            QVERIFY(models::explainNodeRefusal(QString::fromLatin1(nonce)).startsWith(QStringLiteral("Another transaction")));
        QVERIFY(models::explainNodeRefusal(QStringLiteral("BadEra")).startsWith(QStringLiteral("The transaction expired")));
        QCOMPARE(models::explainNodeRefusal(QStringLiteral("Custom error: 7")),
                 QStringLiteral("The node refused the transaction: Custom error: 7"));
    }

    void init() {
        LocalNodeOptions options;
        options.blockIntervalMs = 0;
        options.catchUpTo = 30;
        node_ = std::make_unique<LocalNode>(options);
        QObject::connect(node_.get(), &NodeClient::blocksReady, node_.get(), [this](const BlockBatch& b) {
            last_ = b.back();
            node_->acknowledge(last_.number);
        });
        QSignalSpy heads(node_.get(), &NodeClient::newHead);
        node_->startStreaming(0);
        QTRY_COMPARE_WITH_TIMEOUT(last_.number, 30u, 10000);
        QSignalSpy funded(node_.get(), &NodeClient::submitted);
        node_->faucet(address_, 50'000'000'000);
        QVERIFY(funded.wait(5000));
        QVERIFY(funded.first().at(0).value<SubmitResult>().ok);
    }

    void stakeMatchesPreviewThenIsIncluded() {
        WalletService ws(node_.get());
        ws.setSubnets(last_.subnets);
        const SubnetSnapshot* s = startedSubnet();
        QVERIFY(s);
        StakeOrder order = stakeOn(*s, 2'000'000'000);
        auto preview = ws.preview(order);
        QVERIFY2(preview.ok(), preview.ok() ? "" : preview.error().message.c_str());
        QVERIFY(preview->quote.amountOut > 0);
        QVERIFY(preview->quote.amountOut < preview->quote.amountOutNoSlippage);
        QCOMPARE(preview->quote.limitPrice, s->price * 1.005);
        QVERIFY(!preview->exceedsLimit);

        QSignalSpy signedSpy(&ws, &WalletService::signedOrder);
        QSignalSpy included(&ws, &WalletService::included);
        const SubmitResult r = run(ws, order);
        QVERIFY2(r.ok, qPrintable(r.errorCode + ": " + r.message));
        QCOMPARE(r.tao, order.amount);
        QCOMPARE(r.alpha, preview->quote.amountOut); // the chain ran the same pool code on the same state
        QCOMPARE(r.fee, preview->quote.fee);
        QCOMPARE(signedSpy.size(), 1);
        const auto so = signedSpy.first().at(0).value<models::SignedOrder>();
        QCOMPARE(so.call.kind, subtensor::CallKind::AddStakeLimit);
        QCOMPARE(so.context.nonce, 0u);

        node_->extendTo(31);
        QVERIFY(included.wait(5000));
        QCOMPARE(included.first().at(0).value<SubmitResult>().block, 31u);

        const AccountState after = account(ws);
        QCOMPARE(after.nonce, 1u);
        QCOMPARE(after.free, 48'000'000'000u);
        QCOMPARE(after.positions.size(), 1);
        ws.setSubnets(last_.subnets);
        const auto positions = ws.positions(after);
        QCOMPARE(positions.front().alpha, r.alpha);
        QVERIFY(positions.front().exitValue > 0);
        QVERIFY(positions.front().exitValue < positions.front().spotValue); // slippage and fee
    }

    // On a real network previews and checks take the node's own quote (sim_swap) for the order it
    // answered: its amounts and fee, and its execution price against the call's limit. LocalNode
    // quotes with the chain's own pool code, so here it equals the estimate to the rao.
    void nodeQuoteReplacesTheEstimate() {
        WalletService ws(node_.get());
        ws.setSubnets(last_.subnets);
        const SubnetSnapshot* s = startedSubnet();
        QVERIFY(s);
        StakeOrder order = stakeOn(*s, 2'000'000'000);
        const auto estimate = ws.preview(order);
        QVERIFY(estimate.ok());
        QVERIFY(!estimate->fromNode);

        QSignalSpy quotes(&ws, &WalletService::swapQuoteReady);
        QVERIFY(ws.requestSwapQuote(order));
        QVERIFY(quotes.wait(5000));
        auto q = quotes.first().at(0).value<SwapQuote>();
        QVERIFY2(q.ok, qPrintable(q.errorCode + ": " + q.message));
        QCOMPARE(q.block, 30u);
        QCOMPARE(q.alphaAmount, estimate->quote.amountOut);
        QCOMPARE(q.taoFee, estimate->quote.fee);

        ws.setNodeQuote(q);
        auto fromNode = ws.preview(order);
        QVERIFY(fromNode.ok());
        QVERIFY(fromNode->fromNode);
        QCOMPARE(fromNode->nodeBlock, 30u);
        QCOMPARE(fromNode->quote.amountOut, q.alphaAmount);
        QCOMPARE(fromNode->quote.limitPrice, estimate->quote.limitPrice); // the call's limit stays
        QVERIFY(!fromNode->exceedsLimit);
        const AccountState acct = account(ws);
        QVERIFY(ws.check(order, acct).ok());

        // A node whose pool moved since the last sync: its price for this trade is past the limit,
        // so the check refuses although the synced pool's estimate is within it.
        auto moved = q;
        moved.alphaAmount = static_cast<quint64>(static_cast<double>(q.taoAmount - q.taoFee) / (estimate->quote.limitPrice * 1.01));
        ws.setNodeQuote(moved);
        QVERIFY(ws.preview(order)->exceedsLimit);
        const auto refused = ws.check(order, acct);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, economics::ErrorCode::SlippageTooHigh);
        order.allowPartial = true;
        QVERIFY(ws.check(order, acct).ok());
        order.allowPartial = false;

        // A quote for another amount or side is not this order's: the estimate stands.
        order.amount = 3'000'000'000;
        QVERIFY(!ws.preview(order)->fromNode);
        order.amount = 2'000'000'000;
        order.kind = StakeOrder::Kind::Remove;
        QVERIFY(!ws.preview(order)->fromNode);
        ws.setNodeQuote(std::nullopt);
        order.kind = StakeOrder::Kind::Add;
        QVERIFY(!ws.preview(order)->fromNode);
        order.kind = StakeOrder::Kind::Move; // moves have no node quote
        QVERIFY(!ws.requestSwapQuote(order));
    }

    void unstakePartThenMoveTheRest() {
        WalletService ws(node_.get());
        ws.setSubnets(last_.subnets);
        const SubnetSnapshot* s = startedSubnet();
        const SubnetSnapshot* other = startedSubnet(s->netuid);
        if (!other)
            QSKIP("the scenario has one started subnet");
        StakeOrder add;
        add.hotkey = s->ownerHotkey, add.netuid = s->netuid, add.amount = 5'000'000'000;
        const SubmitResult staked = run(ws, add);
        QVERIFY(staked.ok);
        StakeOrder remove;
        remove.kind = StakeOrder::Kind::Remove;
        remove.hotkey = s->ownerHotkey, remove.netuid = s->netuid, remove.amount = staked.alpha / 2;
        const SubmitResult un = run(ws, remove);
        QVERIFY2(un.ok, qPrintable(un.message));
        QCOMPARE(un.alpha, staked.alpha / 2);
        StakeOrder move;
        move.kind = StakeOrder::Kind::Move;
        move.hotkey = s->ownerHotkey, move.netuid = s->netuid, move.amount = staked.alpha - staked.alpha / 2;
        move.destHotkey = other->ownerHotkey, move.destNetuid = other->netuid;
        const SubmitResult mv = run(ws, move);
        QVERIFY2(mv.ok, qPrintable(mv.errorCode + ": " + mv.message));
        const AccountState after = account(ws);
        QCOMPARE(after.nonce, 3u);
        QCOMPARE(after.positions.size(), 1);
        QCOMPARE(after.positions.front().netuid, other->netuid);
        QCOMPARE(after.positions.front().alpha, mv.alpha);
    }

    void prepareConfirmSignSubmit() {
        WalletService ws(node_.get());
        ws.setSubnets(last_.subnets);
        const SubnetSnapshot* s = startedSubnet();
        StakeOrder order = stakeOn(*s, 1'000'000'000);
        const AccountState before = account(ws);
        auto prepared = ws.prepare(order, before);
        QVERIFY2(prepared.ok(), prepared.ok() ? "" : prepared.error().message.c_str());
        QVERIFY(prepared->extrinsic.isEmpty());
        const auto signedOrder = WalletService::signPrepared(*prepared, key_);
        QSignalSpy done(&ws, &WalletService::finished);
        ws.submit(signedOrder.extrinsic);
        QVERIFY(done.wait(5000));
        QVERIFY(done.first().at(0).value<SubmitResult>().ok);
        // The same bytes again are a replay.
        done.clear();
        ws.submit(signedOrder.extrinsic);
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).value<SubmitResult>().errorCode, QStringLiteral("BadNonce"));
        // A key that is not the account's cannot sign for it.
        auto other =
            crypto::Ed25519Key::fromSeed(crypto::SecretBuffer::fromByteArray(QByteArray(32, '\x44')));
        QCOMPARE(WalletService::sign(prepared->call, before, *other).error().code,
                 economics::ErrorCode::InvalidKey);
    }

    void networkFeeIsCheckedAndShown() {
        constexpr quint64 kFee = 1'234'567;
        ChargingNode charging(node_.get(), kFee);
        WalletService ws(&charging);
        ws.setSubnets(last_.subnets);
        const SubnetSnapshot* s = startedSubnet();
        QVERIFY(s);
        const AccountState before = account(ws);
        QCOMPARE(before.free, 50'000'000'000u);

        // The whole balance: the node's fee for the signed bytes is counted before sending.
        StakeOrder all;
        all.hotkey = s->ownerHotkey, all.netuid = s->netuid, all.amount = before.free;
        all.useLimit = false; // the whole balance moves the price past any tolerance
        const SubmitResult r = run(ws, all);
        QCOMPARE(r.errorCode, QStringLiteral("InsufficientBalance"));
        QVERIFY2(r.message.contains(QStringLiteral("0.001234567 TAO for the transaction fee")), qPrintable(r.message));
        QCOMPARE(charging.asked.size(), 1);
        QVERIFY(subtensor::Extrinsic::decode(charging.asked.front()).ok());
        QCOMPARE(charging.submissions, 0);
        QCOMPARE(ws.transactionFee(), kFee);

        // The GUI/CLI path: prepare, ask for the fee of a zero-signed twin, prepare again.
        StakeOrder one = all;
        one.amount = 1'000'000'000;
        ws.setTransactionFee(0);
        auto prepared = ws.prepare(one, before);
        QVERIFY(prepared.ok());
        QSignalSpy fee(&ws, &WalletService::feeReady);
        ws.requestFee(*prepared, address_);
        QVERIFY(fee.wait(5000));
        QCOMPARE(fee.first().at(0).value<FeeEstimate>().fee, kFee);
        QCOMPARE(ws.transactionFee(), kFee);
        const QByteArray twin = charging.asked.back();
        QCOMPARE(twin.size(), WalletService::signPrepared(*prepared, key_).extrinsic.size());
        QCOMPARE(subtensor::Extrinsic::decode(twin)->signature, QByteArray(64, '\0'));
        auto shown = ws.prepare(one, before);
        QVERIFY(shown.ok());
        QCOMPARE(shown->fee, kFee);
        QCOMPARE(ws.prepare(all, before).error().code, economics::ErrorCode::InsufficientBalance);
        // Within balance, the order still goes through the node with the fee counted.
        const SubmitResult ok = run(ws, one);
        QVERIFY2(ok.ok, qPrintable(ok.errorCode + ": " + ok.message));
        QCOMPARE(charging.submissions, 1);
    }

    void badInputIsRefusedBeforeSigning_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("hotkey");
        QTest::addColumn<int>("netuid");
        QTest::addColumn<quint64>("amount");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<QString>("code");
        QTest::newRow("zero") << 0 << QString() << -1 << quint64(0) << 0.005 << "InvalidAmount";
        QTest::newRow("above balance")
            << 0 << QString() << -1 << quint64(60'000'000'000) << 0.005 << "InsufficientBalance";
        QTest::newRow("below minimum")
            << 0 << QString() << -1 << quint64(1'000'000) << 0.005 << "BelowMinStake";
        QTest::newRow("slippage") << 0 << QString() << -1 << quint64(49'000'000'000) << 0.0
                                  << "SlippageTooHigh";
        QTest::newRow("unknown subnet")
            << 0 << QString() << 999 << quint64(1'000'000'000) << 0.005 << "SubnetNotFound";
        QTest::newRow("malformed ss58") << 0 << QStringLiteral("5Notanaddress") << -1
                                        << quint64(1'000'000'000) << 0.005 << "InvalidAddress";
        QTest::newRow("unstake without stake")
            << 1 << QString() << -1 << quint64(1'000'000'000) << 0.005 << "InsufficientBalance";
        QTest::newRow("inactive subnet")
            << 0 << QString() << -2 << quint64(1'000'000'000) << 0.005 << "SubnetNotActive";
        QTest::newRow("no room for the fee")
            << 0 << QString() << -1 << quint64(50'000'000'000) << 0.5 << "InsufficientBalance";
        QTest::newRow("move to unknown subnet")
            << 2 << QString() << 999 << quint64(1'000'000'000) << 0.005 << "SubnetNotFound";
    }

    void badInputIsRefusedBeforeSigning() {
        QFETCH(int, kind);
        QFETCH(QString, hotkey);
        QFETCH(int, netuid);
        QFETCH(quint64, amount);
        QFETCH(double, tolerance);
        QFETCH(QString, code);
        WalletService ws(node_.get());
        QVector<SubnetSnapshot> subnets = last_.subnets;
        const SubnetSnapshot* s = startedSubnet();
        if (netuid == -2) // the subnet as the store shows it before its start call
            for (auto& sn : subnets)
                if (sn.netuid == s->netuid)
                    sn.started = false;
        ws.setSubnets(subnets);
        ws.setTransactionFee(125'000); // as a real network would charge
        StakeOrder order;
        order.kind = static_cast<StakeOrder::Kind>(kind);
        order.hotkey = hotkey.isNull() ? s->ownerHotkey : hotkey;
        order.netuid = netuid < 0 ? s->netuid : static_cast<quint16>(netuid);
        if (order.kind == StakeOrder::Kind::Move) {
            order.netuid = s->netuid;
            order.destNetuid = static_cast<quint16>(netuid);
        }
        order.amount = amount;
        order.tolerance = tolerance;
        QSignalSpy signedSpy(&ws, &WalletService::signedOrder);
        const SubmitResult r = run(ws, order);
        QVERIFY(!r.ok);
        QCOMPARE(r.errorCode, code);
        QVERIFY(!r.message.isEmpty());
        QCOMPARE(signedSpy.size(), 0);
        const AccountState after = account(ws);
        QCOMPARE(after.nonce, 0u);
        QCOMPARE(after.free, 50'000'000'000u);
        QVERIFY(after.positions.isEmpty());
    }

    void typedAmountsAreRefusedBeforeAnOrderExists_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("negative") << "-1" << "negative";
        QTest::newRow("non-numeric") << "ten" << "not a decimal number";
        QTest::newRow("ten decimals") << "1.0000000001" << "more than 9 decimals";
    }

    void typedAmountsAreRefusedBeforeAnOrderExists() {
        // Dialogs and the CLI read every amount through the parser; what it refuses never
        // becomes an order, so nothing can be signed from it.
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto parsed = models::AmountParser::parse(text, u"TAO");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, economics::ErrorCode::InvalidAmount);
        QVERIFY2(QString::fromStdString(parsed.error().message).contains(message),
                 parsed.error().message.c_str());
    }

    void transfersAreCheckedThenSent_data() {
        QTest::addColumn<QString>("to");
        QTest::addColumn<quint64>("amount");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QString bob = crypto::Ss58::encode(QByteArray(32, '\x5a'));
        QTest::newRow("zero") << bob << quint64(0) << "InvalidAmount" << "greater than zero";
        QTest::newRow("above balance") << bob << quint64(60'000'000'000) << "InsufficientBalance"
                                       << "free balance";
        QTest::newRow("no room for the fee")
            << bob << quint64(50'000'000'000) << "InsufficientBalance" << "transaction fee";
        QTest::newRow("malformed ss58") << QStringLiteral("5Grwva") << quint64(1'000'000'000) << "InvalidAddress"
                                        << "not a valid address";
        QTest::newRow("empty address") << QString() << quint64(1'000'000'000) << "InvalidAddress" << "Enter";
    }

    void transfersAreCheckedThenSent() {
        QFETCH(QString, to);
        QFETCH(quint64, amount);
        QFETCH(QString, code);
        QFETCH(QString, message);
        WalletService ws(node_.get());
        ws.setTransactionFee(125'000);
        const AccountState before = account(ws);
        auto refused = ws.prepareTransfer({to, amount, true}, before);
        QVERIFY(!refused.ok());
        QCOMPARE(QString::fromLatin1(economics::errorCodeName(refused.error().code).data()), code);
        QVERIFY2(QString::fromStdString(refused.error().message).contains(message),
                 refused.error().message.c_str());
        // The same order with a right amount and address goes through the node.
        const QString bob = crypto::Ss58::encode(QByteArray(32, '\x5a'));
        auto prepared = ws.prepareTransfer({bob, 2'000'000'000, true}, before);
        QVERIFY2(prepared.ok(), prepared.ok() ? "" : prepared.error().message.c_str());
        QSignalSpy done(&ws, &WalletService::finished);
        ws.submit(WalletService::signPrepared(*prepared, key_).extrinsic);
        QVERIFY(done.wait(5000));
        QVERIFY(done.first().at(0).value<SubmitResult>().ok);
        const AccountState after = account(ws);
        QCOMPARE(after.free, 48'000'000'000u);
        QCOMPARE(after.nonce, 1u);
    }

    void lockedWalletAndWrongPasswordSignNothing() {
        QTemporaryDir dir;
        models::WalletManager manager(dir.path(), nullptr);
        QVERIFY(manager.saveNew(QStringLiteral("alice"), crypto::Mnemonic::generate(12).phrase(),
                                QStringLiteral("pw"))
                    .ok());
        // Locked: no key to sign with, and a sentence that says how to get one.
        auto locked = manager.signingKey();
        QVERIFY(!locked.ok());
        QCOMPARE(locked.error().code, economics::ErrorCode::WalletLocked);
        QVERIFY(QString::fromStdString(locked.error().message).contains(QStringLiteral("locked")));
        // A wrong password leaves it locked; the store names the mistake.
        auto wrong = manager.unlock(QStringLiteral("nope"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, economics::ErrorCode::WrongPassword);
        QVERIFY(!manager.signingKey().ok());
        auto fromStore = crypto::WalletStore(dir.path()).unlockColdkey(QStringLiteral("alice"), QStringLiteral("nope"));
        QCOMPARE(fromStore.error().code, economics::ErrorCode::WrongPassword);
        QVERIFY(manager.unlock(QStringLiteral("pw")).ok());
        QVERIFY(manager.signingKey().ok());
        manager.lock();
        QCOMPARE(manager.signingKey().error().code, economics::ErrorCode::WalletLocked);
        // Nothing reached the node meanwhile.
        WalletService ws(node_.get());
        const AccountState after = account(ws);
        QCOMPARE(after.nonce, 0u);
        QCOMPARE(after.free, 50'000'000'000u);
    }
};

QTEST_GUILESS_MAIN(TestWallet)
#include "tst_wallet.moc"
