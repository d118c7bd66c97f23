// GUI, issue 6 "Done when" through the menus and dialogs only: a new user on the local network
// creates a wallet, gets test TAO, stakes into a subnet (picking a validator by take and stake),
// sees the position with spot and exit value, unstakes a quarter by percentage, moves the rest
// to another subnet and sends TAO to a friend; History lists all of it from the store. A locked
// wallet asks for the password and a wrong one sends nothing. Saves flow-*.png of each dialog.

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>
#include "support/ModalDriver.h"

#include "support/LocalAppWindow.h"

#include "chainclient/crypto/Mnemonic.h"
#include "chainclient/crypto/Ss58.h"
#include "chainclient/local/LocalNode.h"
#include "models/CsvHistory.h"
#include "models/HistoryModel.h"
#include "models/PortfolioModel.h"
#include "models/WalletManager.h"
#include "models/sync/SyncService.h"
#include "ui/ConfirmSignDialog.h"
#include "ui/MainWindow.h"
#include "ui/StakeDialog.h"
#include "ui/WalletActions.h"
#include "ui/wallet/HistoryPage.h"
#include "ui/wallet/PortfolioPage.h"
#include "ui/wallet/TransferDialog.h"
#include "ui/wallet/WalletUi.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>

namespace {
using testsupport::saveShot;
using testsupport::ModalDriver;
const QString kPassword = QStringLiteral("correct horse");



void accept(QWidget* w) {
    qobject_cast<QDialog*>(w)->accept();
}
} // namespace

class TestUiWalletFlow : public QObject {
    Q_OBJECT
  private slots:
    void newUserDoesItAllThroughTheDialogs() {
        QTemporaryDir dir;
        testsupport::LocalAppWindow app(dir.filePath(QStringLiteral("local.sqlite")), 400);
        QVERIFY(app.showAndSync());
        models::SyncService& sync = app.sync;
        ui::MainWindow& window = app.window;
        auto* walletUi = window.findChild<ui::WalletUi*>(QStringLiteral("walletUi"));
        auto* actions = window.findChild<ui::WalletActions*>(QStringLiteral("walletActions"));
        QVERIFY(walletUi && actions);
        models::WalletManager* manager = walletUi->manager();
        auto action = [&](const char* name) { return window.findChild<QAction*>(QLatin1String(name)); };
        auto run = [&](const char* name, QList<ModalDriver::Step> steps) -> QStringList {
            ModalDriver driver(std::move(steps));
            action(name)->trigger();
            [&] { QTRY_VERIFY_WITH_TIMEOUT(driver.done(), 20000); }();
            QTest::qWait(50);
            return driver.messages;
        };

        // 1. A wallet (the create dialog's own test is tst_ui_portfolio) and test TAO.
        QVERIFY(manager->saveNew(QStringLiteral("alice"), chainclient::crypto::Mnemonic::generate(12).phrase(),
                                 kPassword)
                    .ok());
        const QString coldkey = manager->currentInfo()->coldkeySs58;
        QTRY_VERIFY_WITH_TIMEOUT(action("faucetAction")->isEnabled(), 5000);
        QSignalSpy funded(manager, &models::WalletManager::faucetFinished);
        action("faucetAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(funded.size(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(manager->account() && manager->account()->free == 100'000'000'000u, 15000);

        // 2. Stake while locked: the password is asked after the confirmation; a wrong one is
        //    named and nothing is sent.
        quint16 netuid = 0;
        QString validator;
        const auto stakeSteps = [&](bool shots) {
            return QList<ModalDriver::Step>{
                {QStringLiteral("stakeDialog"),
                 [&, shots](QWidget* w) {
                     auto* d = static_cast<ui::StakeDialog*>(w);
                     auto* subnets = d->findChild<QComboBox*>(QStringLiteral("subnet"));
                     QVERIFY(subnets->count() >= 2);
                     netuid = static_cast<quint16>(subnets->currentData().toUInt());
                     auto* hotkeys = d->findChild<QComboBox*>(QStringLiteral("hotkey"));
                     QVERIFY(hotkeys->currentText().contains(QStringLiteral("take")));
                     validator = d->order().hotkey;
                     d->findChild<QDoubleSpinBox*>(QStringLiteral("tolerance"))->setValue(5.0);
                     d->findChild<QLineEdit*>(QStringLiteral("amount"))->setText(QStringLiteral("20"));
                     QVERIFY2(d->canContinue(), qPrintable(d->errorText()));
                     if (shots)
                         saveShot(*d, QStringLiteral("flow-stake.png"));
                     d->findChild<QPushButton*>(QStringLiteral("review"))->click();
                 }},
                {QStringLiteral("confirmSignDialog"),
                 [shots](QWidget* w) {
                     auto* c = static_cast<ui::ConfirmSignDialog*>(w);
                     QVERIFY(c->summaryText().contains(QStringLiteral("Stake 20.000000000 TAO on subnet")));
                     if (shots) {
                         c->setAdvancedVisible(true);
                         saveShot(*c, QStringLiteral("flow-confirm.png"));
                     }
                     c->findChild<QPushButton*>(QStringLiteral("sign"))->click();
                 }},
            };
        };
        QList<ModalDriver::Step> locked = stakeSteps(false);
        locked << testsupport::passwordStep(QStringLiteral("not the password"))
               << testsupport::acceptStep(QStringLiteral("QMessageBox"));
        QVERIFY(!manager->isUnlocked());
        const QStringList refused = run("stakeAction", locked);
        QVERIFY2(refused.size() == 1 && refused[0].contains(QStringLiteral("password"), Qt::CaseInsensitive),
                 qPrintable(refused.join(QLatin1Char('|'))));
        manager->requestAccount();
        QTest::qWait(300);
        QCOMPARE(manager->account()->free, 100'000'000'000u);
        QVERIFY(manager->account()->positions.isEmpty());

        // Unlocked, the same goes through and the result is shown.
        QVERIFY(manager->unlock(kPassword).ok());
        QList<ModalDriver::Step> staking = stakeSteps(true);
        staking << ModalDriver::Step{QStringLiteral("QMessageBox"), accept};
        const QStringList staked = run("stakeAction", staking);
        QVERIFY2(staked.size() == 1 && staked[0].startsWith(QStringLiteral("Included in block")),
                 qPrintable(staked.join(QLatin1Char('|'))));

        // 3. The position with spot and exit value on the Portfolio page.
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("pages"));
        tabs->setCurrentWidget(walletUi->portfolio());
        models::PortfolioModel* pm = walletUi->portfolio()->model();
        QTRY_VERIFY_WITH_TIMEOUT(pm->rows().size() == 1, 20000);
        const models::PortfolioRow position = pm->rows().first();
        QCOMPARE(position.netuid, netuid);
        QCOMPARE(position.hotkey, validator);
        QVERIFY(position.spotValue > 0 && position.exitValue && *position.exitValue > 0);
        QVERIFY(*position.exitValue <= position.spotValue);

        // 4. Unstake a quarter by percentage; the dialog shows the position's exit value.
        const QStringList unstaked = run(
            "unstakeAction",
            {{QStringLiteral("unstakeDialog"),
              [&](QWidget* w) {
                  auto* d = static_cast<ui::StakeDialog*>(w);
                  QVERIFY(d->selectNetuid(netuid));
                  QVERIFY2(d->positionText().contains(QStringLiteral("exit value")), qPrintable(d->positionText()));
                  d->findChild<QDoubleSpinBox*>(QStringLiteral("tolerance"))->setValue(5.0);
                  d->findChild<QSpinBox*>(QStringLiteral("percent"))->setValue(25);
                  QVERIFY2(d->canContinue(), qPrintable(d->errorText()));
                  saveShot(*d, QStringLiteral("flow-unstake.png"));
                  d->findChild<QPushButton*>(QStringLiteral("review"))->click();
              }},
             {QStringLiteral("confirmSignDialog"),
              [](QWidget* w) { w->findChild<QPushButton*>(QStringLiteral("sign"))->click(); }},
             {QStringLiteral("QMessageBox"), accept}});
        QVERIFY2(unstaked.size() == 1 && unstaked[0].startsWith(QStringLiteral("Included")),
                 qPrintable(unstaked.join(QLatin1Char('|'))));

        // 5. Move the rest to another subnet.
        quint16 dest = 0;
        QTRY_VERIFY_WITH_TIMEOUT(manager->requestAccount() && manager->account() &&
                                     manager->account()->positions.size() == 1 &&
                                     manager->account()->positions.first().alpha < position.alpha,
                                 10000);
        const QStringList moved = run(
            "moveAction",
            {{QStringLiteral("moveDialog"),
              [&](QWidget* w) {
                  auto* d = static_cast<ui::StakeDialog*>(w);
                  QVERIFY(d->selectNetuid(netuid));
                  auto* to = d->findChild<QComboBox*>(QStringLiteral("destSubnet"));
                  for (int i = 0; i < to->count() && !dest; ++i)
                      if (to->itemData(i).toUInt() != netuid)
                          dest = static_cast<quint16>(to->itemData(i).toUInt());
                  QVERIFY(d->selectDestNetuid(dest));
                  d->findChild<QDoubleSpinBox*>(QStringLiteral("tolerance"))->setValue(5.0);
                  d->findChild<QPushButton*>(QStringLiteral("max"))->click();
                  QVERIFY2(d->canContinue(), qPrintable(d->errorText()));
                  saveShot(*d, QStringLiteral("flow-move.png"));
                  d->findChild<QPushButton*>(QStringLiteral("review"))->click();
              }},
             {QStringLiteral("confirmSignDialog"),
              [](QWidget* w) { w->findChild<QPushButton*>(QStringLiteral("sign"))->click(); }},
             {QStringLiteral("QMessageBox"), accept}});
        QVERIFY2(moved.size() == 1 && moved[0].startsWith(QStringLiteral("Included")),
                 qPrintable(moved.join(QLatin1Char('|'))));

        // 6. Send 5 TAO to a friend.
        const QString bob = chainclient::crypto::Ss58::encode(QByteArray(32, '\x5b'));
        const QStringList sent = run(
            "transferAction",
            {{QStringLiteral("transferDialog"),
              [&](QWidget* w) {
                  auto* d = static_cast<ui::TransferDialog*>(w);
                  d->findChild<QLineEdit*>(QStringLiteral("destination"))->setText(QStringLiteral("5Grwva"));
                  QVERIFY(!d->canContinue());
                  d->findChild<QLineEdit*>(QStringLiteral("destination"))->setText(bob);
                  d->findChild<QLineEdit*>(QStringLiteral("amount"))->setText(QStringLiteral("5"));
                  QVERIFY2(d->canContinue(), qPrintable(d->errorText()));
                  saveShot(*d, QStringLiteral("flow-transfer.png"));
                  d->findChild<QPushButton*>(QStringLiteral("review"))->click();
              }},
             {QStringLiteral("confirmSignDialog"),
              [&](QWidget* w) {
                  auto* c = static_cast<ui::ConfirmSignDialog*>(w);
                  QVERIFY(c->summaryText().contains(QStringLiteral("Send 5.000000000 TAO to ") + bob));
                  c->findChild<QPushButton*>(QStringLiteral("sign"))->click();
              }},
             {QStringLiteral("QMessageBox"), accept}});
        QVERIFY2(sent.size() == 1 && sent[0].startsWith(QStringLiteral("Included")),
                 qPrintable(sent.join(QLatin1Char('|'))));

        // 7. Portfolio: only the moved position; History: all five, the faucet credit and the
        //    transfer from the store's transfers table; the CSV has them too.
        QTRY_VERIFY_WITH_TIMEOUT(pm->rows().size() == 1 && pm->rows().first().netuid == dest, 20000);
        tabs->setCurrentWidget(walletUi->history());
        models::HistoryModel* hm = walletUi->history()->model();
        QTRY_COMPARE_WITH_TIMEOUT(hm->rowCount(), 5, 20000);
        using K = models::HistoryEntry::Kind;
        const auto& e = hm->entries();
        QCOMPARE(e[0].kind, K::Transfer);
        QVERIFY(e[0].outgoing);
        QCOMPARE(e[0].counterparty, bob);
        QCOMPARE(e[0].tao, 5'000'000'000u);
        QCOMPARE(e[1].kind, K::Move);
        QCOMPARE(*e[1].destNetuid, dest);
        QCOMPARE(e[2].kind, K::Unstake);
        QCOMPARE(e[3].kind, K::Stake);
        QCOMPARE(e[3].tao, 20'000'000'000u);
        QCOMPARE(e[4].kind, K::Faucet);
        const auto stored = models::HistoryModel::transfers(sync.dbPath(), coldkey);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0].kind, chainclient::TransferRecord::Kind::Faucet);
        QCOMPARE(stored[1].kind, chainclient::TransferRecord::Kind::Tao);
        QCOMPARE(stored[1].to, bob);
        QCOMPARE(stored[1].block, e[0].block);
        const QString csv = models::historyCsv(e);
        QVERIFY(csv.contains(QStringLiteral(",transfer,,,,5.000000000,,,,,out,") + bob));
        QCOMPARE(hm->index(0, models::HistoryModel::Tao).data().toString(), QStringLiteral("−5.0000 TAO"));
        QTest::qWait(300);
        saveShot(window, QStringLiteral("flow-history.png"));
        // 100 − 20 staked + what the unstake paid out − 5 sent; the move leaves the free balance.
        const quint64 expected = 100'000'000'000u - 20'000'000'000u + e[2].tao - 5'000'000'000u;
        QTRY_VERIFY_WITH_TIMEOUT(manager->requestAccount() && manager->account()->free == expected, 10000);
    }
};

QTEST_MAIN(TestUiWalletFlow)
#include "tst_ui_wallet_flow.moc"
