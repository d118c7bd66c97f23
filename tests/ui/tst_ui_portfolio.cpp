// GUI: a new user on the local network creates a wallet through the Wallet menu (phrase shown
// once, three words typed back), gets test TAO, stakes and unstakes part, then finds the
// position on the Portfolio page (spot and exit value, cost, P&L, hidden on request) and the
// transactions on the History page (and in its CSV); exports the positions as CSV and the value
// chart as PNG. Saves portfolio.png and history.png.

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include "chainclient/crypto/Mnemonic.h"
#include "chainclient/local/LocalNode.h"
#include "models/CsvHistory.h"
#include "models/Format.h"
#include "models/HistoryModel.h"
#include "models/PortfolioModel.h"
#include "models/WalletManager.h"
#include "models/WalletService.h"
#include "models/store/StoreQueries.h"
#include "models/sync/SyncService.h"
#include "ui/MainWindow.h"
#include "ui/wallet/AddressDialog.h"
#include "ui/wallet/CreateWalletDialog.h"
#include "ui/wallet/HistoryPage.h"
#include "ui/wallet/ImportWalletDialog.h"
#include "ui/wallet/PortfolioPage.h"
#include "ui/wallet/WalletUi.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>
#include "support/ModalDriver.h"

#include "support/LocalAppWindow.h"

namespace {
using testsupport::saveShot;
const QString kPassword = QStringLiteral("correct horse");


// One RFC 4180 line (no line breaks inside fields) split into its fields.
QStringList csvFields(const QString& line) {
    QStringList out(QString{});
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"'))
            out.back() += c, ++i;
        else if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(',') && !quoted)
            out.append(QString{});
        else
            out.back() += c;
    }
    return out;
}
} // namespace

class TestUiPortfolio : public QObject {
    Q_OBJECT
  private slots:
    void newUserCreatesFundsStakesAndSeesItAll() {
        QTemporaryDir dir;
        testsupport::LocalAppWindow app(dir.filePath(QStringLiteral("local.sqlite")), 900);
        QVERIFY(app.showAndSync());
        models::SyncService& sync = app.sync;
        ui::MainWindow& window = app.window;

        auto* walletUi = window.findChild<ui::WalletUi*>(QStringLiteral("walletUi"));
        QVERIFY(walletUi);
        models::WalletManager* manager = walletUi->manager();
        QVERIFY(manager->current().isEmpty());

        // 1. Create a wallet through the menu: name and password, the phrase once, three words back.
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto* d = qobject_cast<ui::CreateWalletDialog*>(QApplication::activeModalWidget());
            QVERIFY(d);
            dialogSeen = true;
            // A failed check must not leave the modal dialog blocking the test.
            auto closeOnFailure = qScopeGuard([d] {
                if (QTest::currentTestFailed())
                    d->reject();
            });
            d->findChild<QLineEdit*>(QStringLiteral("walletName"))->setText(QStringLiteral("alice"));
            d->findChild<QLineEdit*>(QStringLiteral("password"))->setText(kPassword);
            d->findChild<QLineEdit*>(QStringLiteral("passwordRepeat"))->setText(QStringLiteral("typo"));
            auto* next = d->findChild<QPushButton*>(QStringLiteral("nextButton"));
            next->click();
            QCOMPARE(d->step(), 0);
            QVERIFY(d->errorText().contains(QStringLiteral("differ")));
            d->findChild<QLineEdit*>(QStringLiteral("passwordRepeat"))->setText(kPassword);
            next->click();
            QCOMPARE(d->step(), 1);
            QVERIFY(!next->isEnabled()); // not before "I have written the words down"
            QMap<int, QString> words;
            const QString shown = d->findChild<QLabel*>(QStringLiteral("mnemonicView"))->text();
            auto it = QRegularExpression(QStringLiteral("(\\d+)\\.</td><td[^>]*><b>([a-z]+)</b>"))
                          .globalMatch(shown);
            while (it.hasNext()) {
                const auto m = it.next();
                words[m.captured(1).toInt() - 1] = m.captured(2);
            }
            QCOMPARE(words.size(), 12);
            saveShot(*d, QStringLiteral("create-wallet-phrase.png"));
            d->findChild<QCheckBox*>(QStringLiteral("writtenDown"))->setChecked(true);
            next->click();
            QCOMPARE(d->step(), 2);
            const QVector<int> asked = d->challenge();
            for (int i = 0; i < 3; ++i)
                d->findChild<QLineEdit*>(QStringLiteral("word%1").arg(i))->setText(words[asked[(i + 1) % 3]]);
            next->click();
            QVERIFY(d->errorText().contains(QStringLiteral("do not match")));
            QVERIFY(manager->walletNames().isEmpty()); // nothing saved on a wrong answer
            for (int i = 0; i < 3; ++i)
                d->findChild<QLineEdit*>(QStringLiteral("word%1").arg(i))->setText(words[asked[i]]);
            saveShot(*d, QStringLiteral("create-wallet-check.png"));
            next->click();
        });
        window.findChild<QAction*>(QStringLiteral("newWalletAction"))->trigger();
        QVERIFY(dialogSeen);
        QCOMPARE(manager->current(), QStringLiteral("alice"));
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("walletCombo"));
        QCOMPARE(combo->currentText(), QStringLiteral("alice"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("lockState"))->text(), QStringLiteral("Locked"));
        const QString coldkey = manager->currentInfo()->coldkeySs58;

        // 2. Test TAO from the faucet.
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QAction*>(QStringLiteral("faucetAction"))->isEnabled(),
                                 5000);
        QSignalSpy funded(manager, &models::WalletManager::faucetFinished);
        window.findChild<QAction*>(QStringLiteral("faucetAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(funded.size(), 1, 15000);
        QVERIFY(funded.first().first().value<chainclient::SubmitResult>().ok);
        QTRY_VERIFY_WITH_TIMEOUT(manager->account() && manager->account()->free >= 100'000'000'000u, 15000);

        // 3. Unlock (the key stays in memory until lock) and stake, then unstake a part.
        QVERIFY(manager->unlock(kPassword).ok());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("lockState"))->text(), QStringLiteral("Unlocked"));
        models::WalletService service(sync.node());
        service.setSubnets(models::StoreQueries::latestSubnets(sync.dbPath()));
        const chainclient::SubnetSnapshot* target = nullptr;
        const chainclient::SubnetSnapshot* other = nullptr;
        for (const auto& s : service.subnets())
            if (s.netuid != 0 && s.started && !target)
                target = &s;
            else if (s.netuid != 0 && s.started && !other)
                other = &s;
        QVERIFY(target && other);
        const quint16 netuid = target->netuid;
        const QString hotkey = target->ownerHotkey;
        auto trade = [&](models::StakeOrder order) {
            std::optional<chainclient::AccountState> account;
            auto c = connect(&service, &models::WalletService::accountReady, this,
                             [&](const chainclient::AccountState& s) { account = s; });
            service.fetchAccount(coldkey);
            QTRY_VERIFY_WITH_TIMEOUT(account.has_value(), 10000);
            disconnect(c);
            auto prepared = service.prepare(order, *account, 1024);
            QVERIFY2(prepared.ok(), prepared.ok() ? "" : prepared.error().message.c_str());
            QSignalSpy done(&service, &models::WalletService::finished);
            service.submit(models::WalletService::signPrepared(*prepared, *manager->unlockedKey()).extrinsic);
            QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 15000);
            const auto r = done.first().first().value<chainclient::SubmitResult>();
            QVERIFY2(r.ok, qPrintable(r.message));
        };
        models::StakeOrder stake;
        stake.kind = models::StakeOrder::Kind::Add;
        stake.netuid = netuid, stake.hotkey = hotkey, stake.amount = 20'000'000'000, stake.tolerance = 0.05;
        trade(stake);
        if (QTest::currentTestFailed())
            return;
        models::StakeOrder unstake = stake;
        unstake.kind = models::StakeOrder::Kind::Remove;
        unstake.amount = 0;
        // A quarter of the Alpha the stake bought.
        QTRY_VERIFY_WITH_TIMEOUT(!walletUi->portfolio()->model()->rows().isEmpty(), 20000);
        unstake.amount = walletUi->portfolio()->model()->rows().first().alpha / 4;
        trade(unstake);
        if (QTest::currentTestFailed())
            return;
        // Then move another quarter to a second subnet (its owner's hotkey).
        models::StakeOrder move = unstake;
        move.kind = models::StakeOrder::Kind::Move;
        move.destNetuid = other->netuid;
        move.destHotkey = other->ownerHotkey;
        trade(move);
        if (QTest::currentTestFailed())
            return;
        window.findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
        QVERIFY(!manager->isUnlocked());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("lockState"))->text(), QStringLiteral("Locked"));

        // 4. Portfolio: the position with spot and exit value, cost basis and P&L; totals in TAO.
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("pages"));
        tabs->setCurrentWidget(walletUi->portfolio());
        models::PortfolioModel* pm = walletUi->portfolio()->model();
        QTRY_VERIFY_WITH_TIMEOUT(pm->rows().size() == 2 && pm->trades().size() == 4, 20000);
        const int first = pm->rows()[0].netuid == netuid ? 0 : 1;
        const models::PortfolioRow row = pm->rows()[first];
        const models::PortfolioRow moved = pm->rows()[1 - first];
        QCOMPARE(moved.netuid, other->netuid);
        QVERIFY(moved.costBasis > 0 && moved.exitValue && *moved.exitValue > 0);
        QCOMPARE(row.netuid, netuid);
        QCOMPARE(row.hotkey, hotkey);
        QVERIFY(row.exitValue && *row.exitValue > 0 && *row.exitValue <= row.spotValue);
        QVERIFY(row.costBasis > 9'500'000'000u && row.costBasis < 10'100'000'000u); // ½ of 20 TAO left
        QVERIFY(walletUi->portfolio()->chartPointCount() >= 2);
        // 100 test TAO − 20 staked + what the unstake returned (a move leaves the free balance alone).
        QTRY_VERIFY_WITH_TIMEOUT(
            manager->account()->free > 80'000'000'000u && manager->account()->free < 90'000'000'000u, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            walletUi->portfolio()->totalsText().contains(QStringLiteral("Free: ") +
                                                         models::formatTao(manager->account()->free, 4)),
            10000);
        const QString alphaCell = pm->index(0, models::PortfolioModel::Alpha).data().toString();
        QVERIFY2(alphaCell.endsWith(QStringLiteral(" Alpha")) && !alphaCell.contains(QLatin1Char('e')),
                 qPrintable(alphaCell));
        QVERIFY(
            pm->index(0, models::PortfolioModel::Exit).data().toString().endsWith(QStringLiteral(" TAO")));
        auto* hide = window.findChild<QCheckBox*>(QStringLiteral("hideBalances"));
        hide->setChecked(true);
        QVERIFY(!walletUi->portfolio()->totalsText().contains(QStringLiteral("TAO")));
        QVERIFY(!pm->index(0, models::PortfolioModel::Spot)
                     .data()
                     .toString()
                     .contains(QRegularExpression(QStringLiteral("\\d"))));
        QVERIFY(!walletUi->history()
                     ->model()
                     ->index(0, models::HistoryModel::Tao)
                     .data()
                     .toString()
                     .contains(QLatin1Char('.')));
        saveShot(window, QStringLiteral("portfolio-hidden.png"));
        hide->setChecked(false);
        QTest::qWait(300);
        saveShot(window, QStringLiteral("portfolio.png"));

        // Export: the positions table as CSV (header and the staked row, as shown) and the value
        // chart as PNG, behind the same buttons as the explorer's.
        QVERIFY(window.findChild<QToolButton*>(QStringLiteral("csv_portfolio")));
        QVERIFY(window.findChild<QToolButton*>(QStringLiteral("png_portfolio-value")));
        const QString portfolioCsv = dir.filePath(QStringLiteral("portfolio.csv"));
        // The chain kept producing blocks since `row` was read, and prices moved with them: the
        // export is compared with the rows as they stand now (no event runs in between).
        const int firstNow = pm->rows()[0].netuid == netuid ? 0 : 1;
        const models::PortfolioRow rowNow = pm->rows()[firstNow];
        QVERIFY(walletUi->portfolio()->exportCsv(portfolioCsv));
        QFile pf(portfolioCsv);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(pf.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header + two positions
        const QStringList header = csvFields(lines[0]);
        QCOMPARE(header.size(), int(models::PortfolioModel::ColumnCount));
        QCOMPARE(header[models::PortfolioModel::Subnet], QStringLiteral("Subnet"));
        QCOMPARE(header[models::PortfolioModel::Exit], QStringLiteral("Exit value (TAO)"));
        QCOMPARE(header[models::PortfolioModel::Cost], QStringLiteral("Cost basis (TAO)"));
        QStringList staked;
        for (const QString& line : lines.mid(1)) {
            const QStringList f = csvFields(line);
            if (f.value(models::PortfolioModel::Subnet).section(QStringLiteral(" · "), 0, 0) == QString::number(netuid))
                staked = f;
        }
        QCOMPARE(staked.size(), int(models::PortfolioModel::ColumnCount));
        QCOMPARE(staked[models::PortfolioModel::Hotkey], hotkey.left(6) + QStringLiteral("…") + hotkey.right(6));
        QCOMPARE(staked[models::PortfolioModel::Alpha], models::formatAlpha(rowNow.alpha, QStringLiteral("Alpha"), 4));
        QCOMPARE(staked[models::PortfolioModel::Spot], models::formatTao(rowNow.spotValue, 4));
        QCOMPARE(staked[models::PortfolioModel::Exit], models::formatTao(*rowNow.exitValue, 4));
        QCOMPARE(staked[models::PortfolioModel::Cost], models::formatTao(rowNow.costBasis, 4));
        const QString chartPng = dir.filePath(QStringLiteral("portfolio-value.png"));
        QVERIFY(walletUi->portfolio()->exportChartPng(chartPng));
        const QImage chartImage(chartPng);
        QVERIFY(!chartImage.isNull() && chartImage.width() > 100 && chartImage.height() > 100);
        bool drawn = false; // not one flat colour: the chart is in it
        for (int y = 0; y < chartImage.height() && !drawn; y += 4)
            for (int x = 0; x < chartImage.width() && !drawn; x += 4)
                drawn = chartImage.pixel(x, y) != chartImage.pixel(0, 0);
        QVERIFY(drawn);

        // 5. History: faucet, stake and unstake with amounts, price, fee and block; CSV export.
        tabs->setCurrentWidget(walletUi->history());
        models::HistoryModel* hm = walletUi->history()->model();
        QTRY_COMPARE_WITH_TIMEOUT(hm->rowCount(), 4, 10000);
        const auto& all = hm->entries();
        QCOMPARE(all[0].kind, models::HistoryEntry::Kind::Move);
        QCOMPARE(all[0].netuid, netuid);
        QCOMPARE(*all[0].destNetuid, other->netuid);
        QCOMPARE(all[0].alpha, move.amount);
        const auto e = all.mid(1);
        QCOMPARE(e[0].kind, models::HistoryEntry::Kind::Unstake);
        QCOMPARE(e[1].kind, models::HistoryEntry::Kind::Stake);
        QCOMPARE(e[1].tao, 20'000'000'000u);
        QVERIFY(e[1].fee > 0 && e[1].price > 0 && e[1].block > 900 && e[1].timeMs > 0);
        QCOMPARE(e[2].kind, models::HistoryEntry::Kind::Faucet);
        QCOMPARE(e[2].tao, models::WalletManager::kFaucetRao);
        QVERIFY(e[2].timeMs > 0 && e[2].timeMs <= e[1].timeMs); // the chain's clock, as for trades
        QCOMPARE(hm->index(2, models::HistoryModel::Kind).data().toString(), QStringLiteral("Stake"));
        const QString csvPath = dir.filePath(QStringLiteral("history.csv"));
        QVERIFY(walletUi->history()->exportTo(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readAll()), models::historyCsv(all));
        QTest::qWait(300);
        saveShot(window, QStringLiteral("history.png"));
    }

    void importDialogAndAddressCopy() {
        QTemporaryDir dir;
        models::WalletManager manager(dir.path(), nullptr);
        ui::ImportWalletDialog d(&manager);
        d.findChild<QLineEdit*>(QStringLiteral("walletName"))->setText(QStringLiteral("bob"));
        d.findChild<QPlainTextEdit*>(QStringLiteral("mnemonic"))
            ->setPlainText(QStringLiteral("abandon abandon zoo"));
        d.findChild<QLineEdit*>(QStringLiteral("password"))->setText(kPassword);
        d.tryImport();
        QVERIFY2(!d.errorText().isEmpty(), "a malformed phrase is refused");
        QVERIFY(manager.walletNames().isEmpty());
        const QString phrase = chainclient::crypto::Mnemonic::generate(12).phrase();
        d.findChild<QPlainTextEdit*>(QStringLiteral("mnemonic"))
            ->setPlainText(QStringLiteral("  ") + phrase + QStringLiteral("\n"));
        d.tryImport();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(manager.current(), QStringLiteral("bob"));
        QVERIFY(!manager.unlock(QStringLiteral("wrong")).ok());
        QVERIFY(manager.addHotkey(QStringLiteral("hk"), kPassword).ok());

        const auto info = manager.currentInfo();
        ui::AddressDialog a(*info);
        QCOMPARE(a.findChild<QLabel*>(QStringLiteral("coldkeyAddress"))->text(), info->coldkeySs58);
        a.findChild<QPushButton*>(QStringLiteral("coldkeyAddressCopy"))->click();
        QCOMPARE(QApplication::clipboard()->text(), info->coldkeySs58);
        QVERIFY(a.findChild<QLabel*>(QStringLiteral("hotkey_hk")));
        a.show();
        saveShot(a, QStringLiteral("address-dialog.png"));
    }

    void germanCoversTheWalletPages() {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("subnetscope"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        models::PortfolioModel portfolio;
        QCOMPARE(portfolio.headerData(models::PortfolioModel::Exit, Qt::Horizontal).toString(),
                 QStringLiteral("Ausstiegswert (TAO)"));
        models::HistoryModel history;
        QCOMPARE(history.headerData(models::HistoryModel::Fee, Qt::Horizontal).toString(),
                 QStringLiteral("Gebühr"));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestUiPortfolio)
#include "tst_ui_portfolio.moc"
