// GUI: staking on a network that is not the embedded chain. The main window follows a node at a
// ws:// URL (the loopback RpcServer serving a local chain, as tst_network_switch does); Wallet ›
// Stake… and Send TAO… go through the same dialogs, and the confirmation names the network in red before
// anything is signed. The stake is read back from the serving chain itself. The faucet is off
// there and says why, and a node's refusal (1010, stale nonce) comes back in words. Saves remote-confirm.png
// (ws://) and remote-confirm-finney.png.

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include "chainclient/crypto/Mnemonic.h"
#include "chainclient/crypto/Ss58.h"
#include "chainclient/local/LocalNode.h"
#include "chainclient/local/RpcServer.h"
#include "chainclient/subtensor/SubtensorNode.h"
#include "models/WalletManager.h"
#include "models/WalletService.h"
#include "models/store/StoreQueries.h"
#include "models/sync/SyncService.h"
#include "ui/ConfirmSignDialog.h"
#include "ui/MainWindow.h"
#include "ui/StakeDialog.h"
#include "ui/wallet/TransferDialog.h"
#include "ui/wallet/WalletUi.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include "support/ModalDriver.h"
#include <functional>

namespace {
using testsupport::saveShot;
using testsupport::ModalDriver;

const QString kPassword = QStringLiteral("correct horse");



std::optional<chainclient::AccountState> accountOn(chainclient::NodeClient& node, const QString& ss58) {
    std::optional<chainclient::AccountState> out;
    QObject ctx;
    QObject::connect(&node, &chainclient::NodeClient::accountStateReady, &ctx,
                     [&](const chainclient::AccountState& a) { out = a; });
    node.requestAccountState(ss58);
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return std::nullopt;
    return out;
}

} // namespace

class TestUiRemoteWallet : public QObject {
    Q_OBJECT
  private slots:
    void confirmationNamesTheNetwork() {
        models::SignedOrder order;
        order.call = chainclient::subtensor::Call::addStake(QByteArray(32, '\x07'), 1, 2'000'000'000);
        order.context.specVersion = 300;
        order.context.genesisHash = QByteArray(32, '\x01');
        order.context.birthHash = QByteArray(32, '\x02');
        order.fee = 124'873; // the node's estimate, shown as is
        const QString signer = QStringLiteral("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
        {
            ui::ConfirmSignDialog local(order, signer, std::nullopt);
            QVERIFY(local.networkWarning().isEmpty());
            QVERIFY(!local.findChild<QLabel*>(QStringLiteral("networkWarning"))->isVisibleTo(&local));
        }
        ui::ConfirmSignDialog finney(order, signer, std::nullopt, nullptr, QStringLiteral("finney"));
        QCOMPARE(finney.networkWarning(), QStringLiteral("You are signing on finney: real TAO."));
        QVERIFY(finney.findChild<QLabel*>(QStringLiteral("networkWarning"))->isVisibleTo(&finney));
        QVERIFY(finney.windowTitle().contains(QStringLiteral("finney")));
        QCOMPARE(finney.findChild<QPushButton*>(QStringLiteral("sign"))->text(),
                 QStringLiteral("Sign and send on finney"));
        QVERIFY2(finney.advancedText().contains(QStringLiteral("fee: 124873 rao network fee")), qPrintable(finney.advancedText()));
        QVERIFY(finney.findChild<QLabel*>(QStringLiteral("summary"))->text().contains(QStringLiteral("Network fee: 0.000124873 TAO")));
        finney.show();
        QVERIFY(QTest::qWaitForWindowExposed(&finney));
        saveShot(finney, QStringLiteral("remote-confirm-finney.png"));
        ui::ConfirmSignDialog test(order, signer, std::nullopt, nullptr, QStringLiteral("test"));
        QVERIFY2(test.networkWarning().contains(QStringLiteral("testnet")),
                 qPrintable(test.networkWarning()));
    }

    // Off the local network the confirmation waits for the node's quote without blocking: it
    // says it is asking, holds the Sign button, and then shows the node's numbers, or why there
    // are none and that the figures shown are an estimate; a failed check keeps signing blocked.
    void confirmationWaitsForTheNodesQuote() {
        models::SignedOrder order;
        order.call = chainclient::subtensor::Call::removeStake(QByteArray(32, '\x07'), 3, 5'000'000'000);
        order.context.genesisHash = QByteArray(32, '\x01');
        const QString signer = QStringLiteral("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
        models::StakePreview preview;
        preview.quote.side = economics::SwapSide::Sell;
        preview.quote.amountOut = 61'000'000;
        preview.quote.fee = 2'500'000;
        ui::ConfirmSignDialog d(order, signer, preview, nullptr, QStringLiteral("finney"));
        QVERIFY2(d.summaryText().contains(QStringLiteral("Estimate from the synced pool: about 0.061000000 TAO out, "
                                                         "pool fee 0.002500000 α")),
                 qPrintable(d.summaryText()));
        QVERIFY(d.canSign());
        d.setNodeQuotePending();
        QCOMPARE(d.nodeQuoteText(), QStringLiteral("Getting the node's quote…"));
        QVERIFY(!d.canSign());

        chainclient::SwapQuote q;
        q.ok = true;
        q.netuid = 3;
        q.side = economics::SwapSide::Sell;
        q.amount = 5'000'000'000;
        q.alphaAmount = 5'000'000'000;
        q.alphaFee = 2'500'000;
        q.taoAmount = 60'912'345;
        q.priceBefore = 0.0122;
        q.block = 4'321'000;
        d.showNodeQuote(q);
        QVERIFY2(d.nodeQuoteText().startsWith(QStringLiteral("The node's quote at block 4321000: 0.060912345 TAO out for "
                                                             "5.000000000 α in, pool fee 0.002500000 α.")),
                 qPrintable(d.nodeQuoteText()));
        QVERIFY(d.canSign());

        d.showNodeQuote(q, QStringLiteral("This trade would move the price past the limit."));
        QVERIFY(!d.canSign());
        QVERIFY(d.nodeQuoteText().endsWith(QStringLiteral("past the limit.")));

        chainclient::SwapQuote refused;
        refused.errorCode = QStringLiteral("QuoteRefused");
        refused.message = QStringLiteral("The node's runtime cannot make this trade on subnet 3.");
        d.showNodeQuote(refused);
        QVERIFY(d.canSign());
        QVERIFY2(d.nodeQuoteText().contains(QStringLiteral("The node could not quote this trade: The node's runtime "
                                                           "cannot make this trade on subnet 3.")) &&
                     d.nodeQuoteText().contains(QStringLiteral("estimate from the synced pool, not the node's")),
                 qPrintable(d.nodeQuoteText()));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        saveShot(d, QStringLiteral("remote-confirm-no-quote.png"));
    }

    void stakesThroughTheDialogsOnAWsNode() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // The "remote" chain: paused (a block only when a transaction arrives) behind RPC.
        chainclient::RpcServerOptions so;
        so.keepBlocks = 2000;
        chainclient::RpcServer server(so);
        QVERIFY(server.listen());
        chainclient::LocalNodeOptions lo;
        lo.blockIntervalMs = 0;
        lo.catchUpTo = 60;
        lo.blockObserver = server.blockObserver();
        chainclient::LocalNode chain(lo);
        server.setNode(&chain);
        connect(&chain, &chainclient::NodeClient::blocksReady, this,
                [&](const chainclient::BlockBatch& b) { chain.acknowledge(b.last().number); });
        chain.startStreaming(0);
        QTRY_VERIFY_WITH_TIMEOUT(server.head() >= 60, 60'000);

        const QString url = server.url().toString();
        models::SyncService sync(dir.filePath(QStringLiteral("ws_remote.sqlite")), url,
                                 [url](quint64, const QByteArray&) -> chainclient::NodeClient* {
                                     chainclient::subtensor::SubtensorNodeOptions o;
                                     o.network = url;
                                     o.rpc.url = QUrl(url);
                                     return new chainclient::subtensor::SubtensorNode(o);
                                 });
        ui::MainWindow window(&sync);
        window.resize(1400, 820);
        window.show();
        sync.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(sync.syncedBlock() >= 60, 120'000);

        auto* walletUi = window.findChild<ui::WalletUi*>(QStringLiteral("walletUi"));
        QVERIFY(walletUi);
        models::WalletManager* manager = walletUi->manager();
        QVERIFY(manager
                    ->saveNew(QStringLiteral("alice"), chainclient::crypto::Mnemonic::generate(12).phrase(),
                              kPassword)
                    .ok());
        const QString coldkey = manager->currentInfo()->coldkeySs58;
        auto action = [&](const char* name) { return window.findChild<QAction*>(QLatin1String(name)); };

        // No faucet here, and the menu says why.
        QTest::qWait(300);
        QVERIFY(!action("faucetAction")->isEnabled());
        QVERIFY2(action("faucetAction")->toolTip().contains(QStringLiteral("local network")),
                 qPrintable(action("faucetAction")->toolTip()));

        // Funds arrive as they would on finney: from outside this app (here the serving chain's faucet).
        QSignalSpy funded(&chain, &chainclient::NodeClient::submitted);
        chain.faucet(coldkey, 100'000'000'000);
        QTRY_COMPARE_WITH_TIMEOUT(funded.count(), 1, 20'000);
        const quint64 fundedAt = server.head();
        QTRY_VERIFY_WITH_TIMEOUT(sync.syncedBlock() >= fundedAt, 60'000);

        QString warning, title, quoted;
        ModalDriver driver({
            {QStringLiteral("stakeDialog"),
             [&](QWidget* w) {
                 auto* d = static_cast<ui::StakeDialog*>(w);
                 auto* subnets = d->findChild<QComboBox*>(QStringLiteral("subnet"));
                 QVERIFY(subnets->count() >= 2);
                 d->findChild<QDoubleSpinBox*>(QStringLiteral("tolerance"))->setValue(5.0);
                 d->findChild<QLineEdit*>(QStringLiteral("amount"))->setText(QStringLiteral("10"));
                 QVERIFY2(d->canContinue(), qPrintable(d->errorText()));
                 d->findChild<QPushButton*>(QStringLiteral("review"))->click();
             }},
            {QStringLiteral("confirmSignDialog"),
             [&](QWidget* w) {
                 auto* c = static_cast<ui::ConfirmSignDialog*>(w);
                 warning = c->networkWarning();
                 title = c->windowTitle();
                 QVERIFY(c->summaryText().contains(QStringLiteral("Stake 10.000000000 TAO on subnet")));
                 // The node's own quote arrives while the dialog is open; signing waits for it.
                 QTRY_VERIFY_WITH_TIMEOUT(c->nodeQuoteText().startsWith(QStringLiteral("The node's quote at block")), 20'000);
                 quoted = c->nodeQuoteText();
                 QVERIFY(c->canSign());
                 saveShot(*c, QStringLiteral("remote-confirm.png"));
                 c->findChild<QPushButton*>(QStringLiteral("sign"))->click();
             }},
            testsupport::passwordStep(kPassword),
            testsupport::acceptStep(QStringLiteral("QMessageBox")),
        });
        action("stakeAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(driver.done(), 30'000);
        QVERIFY2(!warning.isEmpty(), qPrintable(driver.messages.join(QLatin1Char('|'))));
        QVERIFY2(warning.startsWith(QStringLiteral("You are signing on %1").arg(url)), qPrintable(warning));
        QVERIFY(title.contains(url));
        QCOMPARE(driver.messages.size(), 1);
        // The node reports the inclusion block and (from the block's events) what the chain applied.
        QVERIFY2(
            driver.messages.first().startsWith(QStringLiteral("Included in block %1").arg(fundedAt + 1)) &&
                driver.messages.first().contains(QStringLiteral("TAO: 10.000000000")),
            qPrintable(driver.messages.first()));

        // The node quoted at the head the call then landed on (the chain is paused): what it
        // said is exactly what the chain applied, to the rao.
        static const QRegularExpression quoteLine(
            QStringLiteral("^The node's quote at block (\\d+): ([0-9.]+) α out for 10\\.000000000 TAO in, pool fee ([0-9.]+) TAO\\."));
        const auto m = quoteLine.match(quoted);
        QVERIFY2(m.hasMatch(), qPrintable(quoted));
        QCOMPARE(m.captured(1).toULongLong(), fundedAt);
        QVERIFY2(driver.messages.first().contains(QStringLiteral("Alpha: ") + m.captured(2)),
                 qPrintable(quoted + QLatin1Char('|') + driver.messages.first()));
        QVERIFY2(driver.messages.first().contains(QStringLiteral("Fee: ") + m.captured(3)),
                 qPrintable(quoted + QLatin1Char('|') + driver.messages.first()));

        // The serving chain itself: 10 TAO fewer, one position on a subnet.
        const auto after = accountOn(chain, coldkey);
        QVERIFY(after && after->ok);
        QCOMPARE(after->free, quint64(90'000'000'000));
        QCOMPARE(after->positions.size(), 1);
        QVERIFY(after->positions.first().alpha > 0);
        QCOMPARE(after->nonce, quint64(1));

        // Send TAO goes the same way: the confirmation names the network, the chain pays out.
        const QString friendAddress = chainclient::crypto::Ss58::encode(QByteArray(32, '\x5c'));
        QString sendWarning;
        ModalDriver sending({
            {QStringLiteral("transferDialog"),
             [&](QWidget* w) {
                 auto* d = static_cast<ui::TransferDialog*>(w);
                 d->setDestination(friendAddress);
                 d->setAmountText(QStringLiteral("5"));
                 QVERIFY2(d->canContinue(), qPrintable(d->errorText()));
                 d->findChild<QPushButton*>(QStringLiteral("review"))->click();
             }},
            {QStringLiteral("confirmSignDialog"),
             [&](QWidget* w) {
                 auto* c = static_cast<ui::ConfirmSignDialog*>(w);
                 sendWarning = c->networkWarning();
                 c->findChild<QPushButton*>(QStringLiteral("sign"))->click();
             }},
            testsupport::passwordStep(kPassword),
            testsupport::acceptStep(QStringLiteral("QMessageBox")),
        });
        action("transferAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(sending.done(), 30'000);
        QVERIFY2(sendWarning.startsWith(QStringLiteral("You are signing on %1").arg(url)),
                 qPrintable(sending.messages.join(QLatin1Char('|'))));
        QVERIFY2(sending.messages.size() == 1 &&
                     sending.messages.first().startsWith(QStringLiteral("Included in block")),
                 qPrintable(sending.messages.join(QLatin1Char('|'))));
        QCOMPARE(accountOn(chain, friendAddress)->free, quint64(5'000'000'000));
        QCOMPARE(accountOn(chain, coldkey)->free, quint64(85'000'000'000));

        // The node's own refusal comes back in words: the same nonce again is 1010 (stale).
        auto key = chainclient::crypto::WalletStore(manager->dataDir())
                       .unlockColdkey(QStringLiteral("alice"), kPassword);
        QVERIFY(key.ok());
        models::WalletService service(sync.node());
        service.setSubnets(models::StoreQueries::latestSubnets(sync.dbPath()));
        auto stale = *after;
        stale.nonce = 0;
        models::TransferOrder send;
        send.destination = chainclient::crypto::Ss58::encode(QByteArray(32, '\x5b'));
        send.amount = 1'000'000'000;
        auto prepared = service.prepareTransfer(send, stale);
        QVERIFY2(prepared.ok(), prepared.ok() ? "" : prepared.error().message.c_str());
        QSignalSpy refused(&service, &models::WalletService::finished);
        service.submit(models::WalletService::signPrepared(*prepared, *key).extrinsic);
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 20'000);
        const auto r = refused.at(0).at(0).value<chainclient::SubmitResult>();
        QVERIFY(!r.ok);
        QCOMPARE(r.errorCode, QStringLiteral("InvalidTransaction"));
        QVERIFY2(
            r.message.startsWith(QStringLiteral("Another transaction from this wallet used the same nonce")),
            qPrintable(r.message));
        QCOMPARE(accountOn(chain, coldkey)->free, quint64(85'000'000'000));

        sync.cancel();
        chain.stop();
    }
};

QTEST_MAIN(TestUiRemoteWallet)
#include "tst_ui_remote_wallet.moc"
