// The Stake / Unstake dialogs and the signing confirmation: live preview, a specific message for
// each bad input (and no way forward), and a confirmation showing exactly what will be signed.
// Saves screenshots of each dialog to <build>/tests/screenshots for a person to look at.

#include "chainclient/crypto/Ed25519Key.h"
#include "chainclient/crypto/SecretBuffer.h"
#include "chainclient/crypto/Ss58.h"
#include "ui/ConfirmSignDialog.h"
#include "ui/StakeDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QPushButton>
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
    }

    void stakeDialogNamesEachMistake() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        ui::StakeDialog d(&service_, account_, StakeOrder::Kind::Add);
        d.setAmountText(text);
        QVERIFY2(d.errorText().contains(message, Qt::CaseInsensitive), qPrintable(d.errorText()));
        QVERIFY(!d.canContinue());
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
        QCOMPARE(o.hotkey, validator_);
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
        screenshot(d, QStringLiteral("unstake-dialog"));
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
        auto prepared = service_.prepare(o, account_);
        QVERIFY(prepared.ok());
        ui::ConfirmSignDialog c(*prepared, account_.account, d.preview());
        QVERIFY(c.summaryText().contains(QStringLiteral("Move 10.000000000 α from subnet 1")));
        QVERIFY(c.summaryText().contains(QStringLiteral("to subnet 3")));
        screenshot(d, QStringLiteral("move-dialog"));
        d.setAmountText(QStringLiteral("31"));
        QVERIFY(!d.canContinue());
    }

    void confirmationShowsWhatWillBeSigned() {
        ui::StakeDialog d(&service_, account_, StakeOrder::Kind::Add);
        d.setAmountText(QStringLiteral("1.5"));
        auto prepared = service_.prepare(d.order(), account_);
        QVERIFY2(prepared.ok(), prepared.ok() ? "" : prepared.error().message.c_str());
        QVERIFY(prepared->extrinsic.isEmpty()); // nothing is signed before the confirmation
        ui::ConfirmSignDialog c(*prepared, account_.account, d.preview());
        QVERIFY(c.summaryText().contains(QStringLiteral("Stake 1.500000000 TAO on subnet 1")));
        QVERIFY(c.summaryText().contains(validator_));
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
};

QTEST_MAIN(TestWalletDialogs)
#include "tst_wallet_dialogs.moc"
