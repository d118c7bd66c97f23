// The Stake / Unstake / Move / Transfer dialogs and the signing confirmation: live preview, a
// specific message for each bad input (and no way forward), validators with take and stake, a
// share of the position with its exit value, a limited move, and a confirmation showing exactly
// what will be signed.
// Saves screenshots of each dialog to <build>/tests/screenshots for a person to look at.

#include "chainclient/crypto/Ed25519Key.h"
#include "chainclient/crypto/SecretBuffer.h"
#include "chainclient/crypto/Ss58.h"
#include "models/HistoryModel.h"
#include "ui/ConfirmSignDialog.h"
#include "ui/StakeDialog.h"
#include "ui/wallet/TransferDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTranslator>
#include <QtTest>

using models::StakeOrder;

namespace {

QString addressOf(char fill) {
    auto k = chainclient::crypto::Ed25519Key::fromSeed(
        chainclient::crypto::SecretBuffer::fromByteArray(QByteArray(32, fill)));
    return chainclient::crypto::Ss58::encode(k->publicKey());
}

void screenshot(QWidget& w, const QString& name) {
    const QString dir = QStringLiteral(SUBNETSCOPE_BINARY_DIR "/tests/screenshots");
    QDir().mkpath(dir);
    w.show();
    QCoreApplication::processEvents();
    QVERIFY(w.grab().toImage().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestWalletDialogs : public QObject {
    Q_OBJECT

    models::WalletService service_{nullptr};
    chainclient::AccountState account_;
    QString validator_ = addressOf('\x44');
    QString second_ = addressOf('\x66');

  private slots:
    void initTestCase() {
        chainclient::SubnetSnapshot s;
        s.netuid = 1, s.name = QStringLiteral("apex"), s.symbol = QStringLiteral("α"), s.started = true;
        s.taoIn = 1'000'000'000'000, s.alphaIn = 50'000'000'000'000, s.taoWeight = 0.5, s.feeRate = 33;
        s.price = 0.02, s.ownerHotkey = validator_;
        chainclient::SubnetSnapshot idle = s;
        idle.netuid = 2, idle.name = QStringLiteral("not started"), idle.started = false;
        chainclient::SubnetSnapshot other = s;
        other.netuid = 3, other.name = QStringLiteral("beta"), other.price = 0.05,
        other.taoIn = 2'500'000'000'000;
        service_.setSubnets({s, idle, other});
        account_.ok = true;
        account_.account = addressOf('\x55');
        account_.free = 20'000'000'000;
        account_.nonce = 7;
        account_.block = 1234;
        account_.blockHash = QByteArray(32, '\x01');
        account_.genesisHash = QByteArray(32, '\x02');
        account_.specVersion = 425;
        account_.transactionVersion = 1;
        account_.positions.push_back({1, validator_, 30'000'000'000});
        QHash<quint16, QVector<models::ValidatorChoice>> validators;
        validators.insert(1, {{second_, 0.09, 700'000'000'000, false}, {validator_, 0.18, 400'000'000'000, false}});
        service_.setValidators(validators);
    }

    void cleanup() {
        service_.setTransactionFee(0);
    }

    void stakeDialogNamesEachMistake_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "Enter an amount";
        QTest::newRow("non-numeric") << "abc"
                                     << "abc";
        QTest::newRow("negative") << "-1"
                                  << "-1";
        QTest::newRow("too many decimals") << "1.0000000001"
                                           << "9 decimals";
        QTest::newRow("zero") << "0"
                              << "greater than zero";
        QTest::newRow("above balance") << "25"
                                       << "free balance";
        QTest::newRow("below minimum") << "0.001"
                                       << "minimum stake";
        QTest::newRow("no room for the fee") << "19.9999"
                                             << "transaction fee";
    }

    void stakeDialogNamesEachMistake() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        service_.setTransactionFee(125'000); // what a real network would charge for the call
        ui::StakeDialog d(&service_, account_, StakeOrder::Kind::Add);
        d.findChild<QLineEdit*>(QStringLiteral("amount"))->setText(text);
        QVERIFY2(d.errorText().contains(message, Qt::CaseInsensitive), qPrintable(d.errorText()));
        QVERIFY(!d.canContinue());
        QVERIFY(!d.findChild<QPushButton*>(QStringLiteral("review"))->isEnabled());
    }

    void stakeDialogOffersOnlyOpenSubnets() {
        ui::StakeDialog d(&service_, account_, StakeOrder::Kind::Add);
        auto* subnets = d.findChild<QComboBox*>(QStringLiteral("subnet"));
        QCOMPARE(subnets->count(), 2); // 1 and 3; 2 is not started, root is not a staking target
        QCOMPARE(subnets->findData(2), -1);
        QCOMPARE(subnets->findData(999), -1);
        // Typed by hand over the picker: an unknown subnet or a malformed hotkey is named.
        auto* hotkey = d.findChild<QComboBox*>(QStringLiteral("hotkey"));
        hotkey->setEditText(QStringLiteral("5NotAnAddress"));
        d.setAmountText(QStringLiteral("1"));
        QVERIFY2(d.errorText().contains(QStringLiteral("not a valid address")), qPrintable(d.errorText()));
        QVERIFY(!d.canContinue());
        StakeOrder unknown = d.order();
        unknown.hotkey = validator_;
        unknown.netuid = 999;
        QCOMPARE(service_.check(unknown, account_).error().code, economics::ErrorCode::SubnetNotFound);
        unknown.netuid = 2;
        QCOMPARE(service_.check(unknown, account_).error().code, economics::ErrorCode::SubnetNotActive);
    }

    void stakeDialogListsValidatorsWithTakeAndStake() {
        ui::StakeDialog d(&service_, account_, StakeOrder::Kind::Add);
        auto* hotkey = d.findChild<QComboBox*>(QStringLiteral("hotkey"));
        QCOMPARE(hotkey->count(), 2);
        QVERIFY2(hotkey->itemText(0).contains(QStringLiteral("take 9.00 %")), qPrintable(hotkey->itemText(0)));
        QVERIFY(hotkey->itemText(0).contains(QStringLiteral("stake 700.000000000 α")));
        QVERIFY(hotkey->itemText(1).contains(QStringLiteral("subnet owner")));
        QCOMPARE(d.order().hotkey, second_); // by stake: the largest first
        QVERIFY2(d.validatorText().contains(QStringLiteral("Take 9.00 %")), qPrintable(d.validatorText()));
        hotkey->setCurrentIndex(1);
        QCOMPARE(d.order().hotkey, validator_);
        QVERIFY(d.validatorText().contains(QStringLiteral("18.00 %")));
        QVERIFY(d.validatorText().contains(QStringLiteral("400.000000000 α")));
        d.setAmountText(QStringLiteral("1.5"));
        QVERIFY2(d.canContinue(), qPrintable(d.errorText()));
        hotkey->showPopup();
        screenshot(d, QStringLiteral("stake-dialog-validators"));
        hotkey->hidePopup();
    }

    void stakeDialogPreviewsLive() {
        ui::StakeDialog d(&service_, account_, StakeOrder::Kind::Add);
        d.setAmountText(QStringLiteral("1.5"));
        QVERIFY2(d.canContinue(), qPrintable(d.errorText()));
        QVERIFY(d.previewText().contains(QStringLiteral("You receive")));
        QVERIFY(d.preview());
        const quint64 small = d.preview()->quote.amountOut;
        d.setAmountText(QStringLiteral("3"));
        QVERIFY(d.preview()->quote.amountOut > small);
        const StakeOrder o = d.order();
        QCOMPARE(o.netuid, 1);
        QCOMPARE(o.amount, 3'000'000'000u);
        QCOMPARE(o.hotkey, second_);
        QCOMPARE(o.tolerance, 0.005);
        // Only started subnets are offered.
        QVERIFY(!d.selectNetuid(2));
        screenshot(d, QStringLiteral("stake-dialog"));
        // Max puts the free balance in.
        d.findChild<QPushButton*>(QStringLiteral("max"))->click();
        QCOMPARE(d.order().amount, account_.free);
    }

    void slippageNeedsToleranceOrPartial() {
        ui::StakeDialog d(&service_, account_, StakeOrder::Kind::Add);
        d.findChild<QDoubleSpinBox*>(QStringLiteral("tolerance"))->setValue(0.0);
        d.setAmountText(QStringLiteral("10"));
        QVERIFY2(d.errorText().contains(QStringLiteral("limit")), qPrintable(d.errorText()));
        QVERIFY(!d.canContinue());
        d.findChild<QCheckBox*>(QStringLiteral("partial"))->setChecked(true);
        QVERIFY2(d.canContinue(), qPrintable(d.errorText()));
    }

    void unstakeDialogUsesThePosition() {
        ui::StakeDialog d(&service_, account_, StakeOrder::Kind::Remove);
        d.setAmountText(QStringLiteral("31"));
        QVERIFY2(d.errorText().contains(QStringLiteral("30.000000000")), qPrintable(d.errorText()));
        QVERIFY(!d.canContinue());
        d.findChild<QPushButton*>(QStringLiteral("max"))->click();
        QVERIFY2(d.canContinue(), qPrintable(d.errorText()));
        QCOMPARE(d.order().amount, 30'000'000'000u);
        QVERIFY(d.previewText().contains(QStringLiteral("TAO")));
        // By share of the position: exact in rao, with the position's spot and exit value shown.
        d.setPercent(25);
        QCOMPARE(d.order().amount, 7'500'000'000u);
        QCOMPARE(d.findChild<QLineEdit*>(QStringLiteral("amount"))->text(), QStringLiteral("7.500000000"));
        const auto whole = service_.positions(account_);
        QVERIFY(d.positionText().contains(
            QStringLiteral("exit value %1 TAO").arg(QString::fromStdString(economics::formatUnits(whole[0].exitValue)))));
        QVERIFY(d.positionText().contains(QStringLiteral("spot value 0.600000000 TAO")));
        QVERIFY(d.previewText().contains(QStringLiteral("You receive about")));
        QVERIFY2(d.canContinue(), qPrintable(d.errorText()));
        screenshot(d, QStringLiteral("unstake-dialog"));
        d.setPercent(100);
        QCOMPARE(d.order().amount, 30'000'000'000u);
        // Typing by hand leaves the share behind.
        QTest::keyClicks(d.findChild<QLineEdit*>(QStringLiteral("amount")), QStringLiteral("1"));
        QCOMPARE(d.findChild<QSpinBox*>(QStringLiteral("percent"))->value(), 0);
        QVERIFY(!d.canContinue()); // 30.0000000001 has ten decimals
    }

    void moveDialogPreviewsBothLegs() {
        ui::StakeDialog d(&service_, account_, StakeOrder::Kind::Move);
        QVERIFY(d.selectDestNetuid(3));
        d.setAmountText(QStringLiteral("10"));
        QVERIFY2(d.canContinue(), qPrintable(d.errorText()));
        const StakeOrder o = d.order();
        QCOMPARE(o.destNetuid, 3);
        QCOMPARE(o.destHotkey, validator_);
        QVERIFY(d.previewText().contains(QStringLiteral("on subnet 3")));
        QVERIFY(d.preview()->quote.amountOut > 0);
        // Same hotkey on two subnets: a swap with a floor on the price ratio.
        QVERIFY(d.findChild<QDoubleSpinBox*>(QStringLiteral("tolerance"))->isEnabled());
        QVERIFY2(d.previewText().contains(QStringLiteral("Limit: origin/destination price ratio at least 0.398")),
                 qPrintable(d.previewText()));
        auto prepared = service_.prepare(o, account_);
        QVERIFY(prepared.ok());
        QCOMPARE(prepared->call.kind, chainclient::subtensor::CallKind::SwapStakeLimit);
        QCOMPARE(prepared->call.limitPrice, chainclient::subtensor::limitPriceToRao(0.02 / 0.05 * 0.995));
        ui::ConfirmSignDialog c(*prepared, account_.account, d.preview());
        QVERIFY(c.summaryText().contains(QStringLiteral("Move 10.000000000 α from subnet 1 to subnet 3")));
        QVERIFY(c.summaryText().contains(QStringLiteral("price ratio at least 0.398000000")));
        screenshot(d, QStringLiteral("move-dialog"));
        // No tolerance and a large move: the ratio would end under the limit.
        d.findChild<QDoubleSpinBox*>(QStringLiteral("tolerance"))->setValue(0.0);
        d.setAmountText(QStringLiteral("30"));
        QVERIFY2(d.errorText().contains(QStringLiteral("under your limit")), qPrintable(d.errorText()));
        QVERIFY(!d.canContinue());
        d.setAmountText(QStringLiteral("31"));
        QVERIFY(d.errorText().contains(QStringLiteral("30.000000000")));
        QVERIFY(!d.canContinue());
        // Another hotkey: move_stake, which has no limit on chain; the dialog says so.
        d.findChild<QComboBox*>(QStringLiteral("destHotkey"))->setEditText(second_);
        d.setAmountText(QStringLiteral("10"));
        QVERIFY2(d.canContinue(), qPrintable(d.errorText()));
        QVERIFY(!d.findChild<QDoubleSpinBox*>(QStringLiteral("tolerance"))->isEnabled());
        QVERIFY(d.previewText().contains(QStringLiteral("No limit")));
        QCOMPARE(service_.prepare(d.order(), account_)->call.kind, chainclient::subtensor::CallKind::MoveStake);
    }

    void transferDialogNamesEachMistake_data() {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("message");
        const QString bob = addressOf('\x77');
        QTest::newRow("no address") << "" << "1" << "Enter the address";
        QTest::newRow("malformed ss58") << "5Grwva" << "1" << "not a valid address";
        QTest::newRow("bad checksum") << bob.left(bob.size() - 1) + (bob.endsWith(QLatin1Char('a')) ? "b" : "a")
                                      << "1" << "not a valid address";
        QTest::newRow("own address") << addressOf('\x55') << "1" << "own address";
        QTest::newRow("empty") << bob << "" << "Enter an amount";
        QTest::newRow("zero") << bob << "0" << "greater than zero";
        QTest::newRow("negative") << bob << "-1" << "-1";
        QTest::newRow("non-numeric") << bob << "ten" << "ten";
        QTest::newRow("too many decimals") << bob << "1.0000000001" << "9 decimals";
        QTest::newRow("above balance") << bob << "20.5" << "free balance";
        QTest::newRow("no room for the fee") << bob << "20" << "transaction fee";
    }

    void transferDialogNamesEachMistake() {
        QFETCH(QString, to);
        QFETCH(QString, amount);
        QFETCH(QString, message);
        service_.setTransactionFee(125'000);
        ui::TransferDialog d(&service_, account_);
        d.findChild<QLineEdit*>(QStringLiteral("destination"))->setText(to);
        d.findChild<QLineEdit*>(QStringLiteral("amount"))->setText(amount);
        QVERIFY2(d.errorText().contains(message, Qt::CaseInsensitive), qPrintable(d.errorText()));
        QVERIFY(!d.canContinue());
    }

    void transferDialogConfirmsWhatWillBeSigned() {
        const QString bob = addressOf('\x77');
        service_.setTransactionFee(125'000);
        ui::TransferDialog d(&service_, account_);
        d.setDestination(bob);
        d.findChild<QPushButton*>(QStringLiteral("max"))->click();
        QCOMPARE(d.order().amount, 20'000'000'000u - 125'000u); // the fee stays behind
        QVERIFY2(d.canContinue(), qPrintable(d.errorText()));
        d.setAmountText(QStringLiteral("1.5"));
        QVERIFY2(d.canContinue(), qPrintable(d.errorText()));
        QVERIFY(d.summaryText().contains(QStringLiteral("Free balance afterwards: 18.499875000 TAO")));
        screenshot(d, QStringLiteral("transfer-dialog"));
        auto prepared = service_.prepareTransfer(d.order(), account_);
        QVERIFY2(prepared.ok(), prepared.ok() ? "" : prepared.error().message.c_str());
        QCOMPARE(prepared->call.kind, chainclient::subtensor::CallKind::TransferKeepAlive);
        QCOMPARE(prepared->call.amount, 1'500'000'000u);
        ui::ConfirmSignDialog c(*prepared, account_.account, std::nullopt);
        QVERIFY2(c.summaryText().contains(QStringLiteral("Send 1.500000000 TAO to %1").arg(bob)),
                 qPrintable(c.summaryText()));
        QVERIFY(c.advancedText().contains(QStringLiteral("call: Balances.transfer_keep_alive")));
        QVERIFY(c.advancedText().contains(QStringLiteral("nonce: 7")));
        c.setAdvancedVisible(true);
        screenshot(c, QStringLiteral("confirm-transfer-dialog"));
        d.findChild<QCheckBox*>(QStringLiteral("keepAlive"))->setChecked(false);
        QCOMPARE(service_.prepareTransfer(d.order(), account_)->call.kind,
                 chainclient::subtensor::CallKind::TransferAllowDeath);
    }

    void confirmationShowsWhatWillBeSigned() {
        ui::StakeDialog d(&service_, account_, StakeOrder::Kind::Add);
        d.setAmountText(QStringLiteral("1.5"));
        auto prepared = service_.prepare(d.order(), account_);
        QVERIFY2(prepared.ok(), prepared.ok() ? "" : prepared.error().message.c_str());
        QVERIFY(prepared->extrinsic.isEmpty()); // nothing is signed before the confirmation
        ui::ConfirmSignDialog c(*prepared, account_.account, d.preview());
        QVERIFY(c.summaryText().contains(QStringLiteral("Stake 1.500000000 TAO on subnet 1")));
        QVERIFY(c.summaryText().contains(second_));
        QVERIFY(c.summaryText().contains(QStringLiteral("Limit price: 0.020100000")));
        QVERIFY(c.advancedText().contains(QStringLiteral("nonce: 7")));
        QVERIFY(c.advancedText().contains(QStringLiteral("era: mortal, period 64, phase %1").arg(1234 % 64)));
        QVERIFY(c.advancedText().contains(QStringLiteral("limit_price: 20100000 rao")));
        QVERIFY(c.advancedText().contains(QStringLiteral("0x") +
                                          QString::fromLatin1(QByteArray(32, '\x02').toHex())));
        QVERIFY(c.advancedText().contains(QString::fromLatin1(prepared->call.encode().toHex())));
        c.setAdvancedVisible(true);
        screenshot(c, QStringLiteral("confirm-sign-dialog"));
    }

    void germanCoversTheNewDialogs() {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("subnetscope"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        ui::TransferDialog t(&service_, account_);
        QCOMPARE(t.windowTitle(), QStringLiteral("TAO senden"));
        QCOMPARE(t.errorText(), QStringLiteral("Geben Sie die Empfängeradresse ein."));
        ui::StakeDialog u(&service_, account_, StakeOrder::Kind::Remove);
        QVERIFY2(u.positionText().contains(QStringLiteral("Ausstiegswert")), qPrintable(u.positionText()));
        models::HistoryEntry sent;
        sent.kind = models::HistoryEntry::Kind::StakeTransfer;
        sent.outgoing = true;
        models::HistoryModel history;
        history.setEntries({sent});
        QCOMPARE(history.index(0, models::HistoryModel::Kind).data().toString(), QStringLiteral("Stake gesendet"));
    }
};

QTEST_MAIN(TestWalletDialogs)
#include "tst_wallet_dialogs.moc"
