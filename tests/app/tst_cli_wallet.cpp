// Black-box tests of the wallet commands (shared/cli.md): wallet, faucet and stake through the
// real binary, on a local network synced by `sim`, including refusals and their exit codes.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include "support/CliRun.h"

using Run = testsupport::CliRun;

class TestCliWallet : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString pw_;

    Run cli(QStringList args, const QByteArray& stdinText = {}) {
        args << QStringLiteral("--json") << QStringLiteral("--data-dir") << dir_.path() + QStringLiteral("/data");
        return testsupport::runCli(args, stdinText);
    }
    QStringList stake(const QString& sub, const QStringList& more) {
        return QStringList{QStringLiteral("stake"),           sub,
                           QStringLiteral("--wallet"),        QStringLiteral("alice"),
                           QStringLiteral("--password-file"), pw_} +
               more;
    }

  private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        pw_ = dir_.path() + QStringLiteral("/pw");
        QFile f(pw_);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("correct horse\n");
        f.close();
        QCOMPARE(cli({QStringLiteral("sim"), QStringLiteral("--blocks"), QStringLiteral("30")}).exitCode, 0);
    }

    void createFundStakeUnstakeMove() {
        const Run created = cli({QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--name"),
                                 QStringLiteral("alice"), QStringLiteral("--password-file"), pw_});
        QCOMPARE(created.exitCode, 0);
        const QString coldkey = created.object()[QStringLiteral("coldkey")].toString();
        QVERIFY(coldkey.startsWith(QLatin1Char('5')));
        QCOMPARE(created.object()[QStringLiteral("mnemonic")].toString().split(QLatin1Char(' ')).size(), 12);

        // The mnemonic is shown only by create.
        const Run shown = cli({QStringLiteral("wallet"), QStringLiteral("show"), QStringLiteral("--name"),
                               QStringLiteral("alice")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(!shown.object().contains(QStringLiteral("mnemonic")));
        QCOMPARE(shown.object()[QStringLiteral("coldkey")].toString(), coldkey);

        const Run funded = cli({QStringLiteral("faucet"), QStringLiteral("--wallet"), QStringLiteral("alice"),
                                QStringLiteral("--amount"), QStringLiteral("25.5")});
        QCOMPARE(funded.exitCode, 0);
        QCOMPARE(funded.object()[QStringLiteral("block")].toInteger(), 31);
        QCOMPARE(funded.object()[QStringLiteral("balance")].toInteger(), 25'500'000'000);

        const Run added = cli(stake(QStringLiteral("add"), {QStringLiteral("--netuid"), QStringLiteral("1"),
                                                            QStringLiteral("--tao"), QStringLiteral("3")}));
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.object()[QStringLiteral("block")].toInteger(), 32);
        QCOMPARE(added.object()[QStringLiteral("tao")].toInteger(), 3'000'000'000);
        const qint64 alpha = added.object()[QStringLiteral("alpha")].toInteger();
        QVERIFY(alpha > 0);
        QVERIFY(added.object()[QStringLiteral("fee")].toInteger() > 0);

        const Run balance = cli({QStringLiteral("wallet"), QStringLiteral("balance"),
                                 QStringLiteral("--name"), QStringLiteral("alice")});
        QCOMPARE(balance.object()[QStringLiteral("free")].toInteger(), 22'500'000'000);

        // --alpha takes whole Alpha; write the rao amount as an exact decimal.
        const QString half = QString::number(alpha / 2 / 1'000'000'000) + QLatin1Char('.') +
                             QStringLiteral("%1").arg(alpha / 2 % 1'000'000'000, 9, 10, QLatin1Char('0'));
        const Run un = cli(stake(QStringLiteral("remove"), {QStringLiteral("--netuid"), QStringLiteral("1"),
                                                            QStringLiteral("--alpha"), half}));
        QCOMPARE(un.exitCode, 0);
        QCOMPARE(un.object()[QStringLiteral("alpha")].toInteger(), alpha / 2);
        const Run moved =
            cli(stake(QStringLiteral("move"),
                      {QStringLiteral("--netuid"), QStringLiteral("1"), QStringLiteral("--dest-netuid"),
                       QStringLiteral("2"), QStringLiteral("--alpha"), half}));
        QCOMPARE(moved.exitCode, 0);

        const Run listed = cli({QStringLiteral("stake"), QStringLiteral("list"), QStringLiteral("--wallet"),
                                QStringLiteral("alice")});
        QCOMPARE(listed.exitCode, 0);
        QHash<int, qint64> byNetuid;
        for (const QJsonValue& v : listed.array()) {
            const QJsonObject p = v.toObject();
            for (const char* key : {"netuid", "hotkey", "alpha", "spot_value", "exit_value"})
                QVERIFY2(p.contains(QLatin1String(key)), key);
            QVERIFY(p[QStringLiteral("exit_value")].toInteger() <=
                    p[QStringLiteral("spot_value")].toInteger());
            byNetuid[p[QStringLiteral("netuid")].toInt()] = p[QStringLiteral("alpha")].toInteger();
        }
        QCOMPARE(byNetuid.value(1), alpha - 2 * (alpha / 2));
        QCOMPARE(byNetuid.value(2), moved.object()[QStringLiteral("alpha")].toInteger());
    }

    void refusalsChangeNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        const QString n = QStringLiteral("--netuid"), t = QStringLiteral("--tao");
        QTest::newRow("10 decimals") << QStringList{n, QStringLiteral("1"), t, QStringLiteral("1.0000000001")}
                                     << 2 << "InvalidAmount";
        QTest::newRow("negative") << QStringList{n, QStringLiteral("1"), t, QStringLiteral("-1")} << 2
                                  << "InvalidAmount";
        QTest::newRow("zero") << QStringList{n, QStringLiteral("1"), t, QStringLiteral("0")} << 2
                              << "InvalidAmount";
        QTest::newRow("text") << QStringList{n, QStringLiteral("1"), t, QStringLiteral("lots")} << 2
                              << "InvalidAmount";
        QTest::newRow("above balance")
            << QStringList{n, QStringLiteral("1"), t, QStringLiteral("1000")} << 3 << "InsufficientBalance";
        QTest::newRow("below minimum")
            << QStringList{n, QStringLiteral("1"), t, QStringLiteral("0.001")} << 3 << "BelowMinStake";
        QTest::newRow("unknown subnet")
            << QStringList{n, QStringLiteral("999"), t, QStringLiteral("1")} << 3 << "SubnetNotFound";
        QTest::newRow("slippage") << QStringList{n,
                                                 QStringLiteral("1"),
                                                 t,
                                                 QStringLiteral("5"),
                                                 QStringLiteral("--tolerance"),
                                                 QStringLiteral("0")}
                                  << 3 << "SlippageTooHigh";
        QTest::newRow("bad hotkey") << QStringList{n,
                                                   QStringLiteral("1"),
                                                   t,
                                                   QStringLiteral("1"),
                                                   QStringLiteral("--hotkey"),
                                                   QStringLiteral("5xyz")}
                                    << 2 << "InvalidAddress";
    }

    void refusalsChangeNothing() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        const qint64 before = cli({QStringLiteral("wallet"), QStringLiteral("balance"),
                                   QStringLiteral("--name"), QStringLiteral("alice")})
                                  .object()[QStringLiteral("free")]
                                  .toInteger();
        const Run r = cli(stake(QStringLiteral("add"), args));
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.errorCode(), code);
        const qint64 after = cli({QStringLiteral("wallet"), QStringLiteral("balance"),
                                  QStringLiteral("--name"), QStringLiteral("alice")})
                                 .object()[QStringLiteral("free")]
                                 .toInteger();
        QCOMPARE(after, before);
    }

    void secretsAreNeverArguments() {
        const Run r = cli({QStringLiteral("stake"), QStringLiteral("add"), QStringLiteral("--wallet"),
                           QStringLiteral("alice"), QStringLiteral("--netuid"), QStringLiteral("1"),
                           QStringLiteral("--tao"), QStringLiteral("1"), QStringLiteral("--password"),
                           QStringLiteral("correct horse")});
        QCOMPARE(r.exitCode, 2);
        const QString wrong = dir_.path() + QStringLiteral("/wrong");
        QFile f(wrong);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nope\n");
        f.close();
        const Run w =
            cli({QStringLiteral("stake"), QStringLiteral("add"), QStringLiteral("--wallet"),
                 QStringLiteral("alice"), QStringLiteral("--netuid"), QStringLiteral("1"),
                 QStringLiteral("--tao"), QStringLiteral("1"), QStringLiteral("--password-file"), wrong});
        QCOMPARE(w.exitCode, 3);
        QCOMPARE(w.errorCode(), QStringLiteral("WrongPassword"));
        // The prompt path reads stdin when no file is given.
        const Run prompted = cli({QStringLiteral("wallet"), QStringLiteral("create"),
                                  QStringLiteral("--name"), QStringLiteral("bob")},
                                 QByteArrayLiteral("s3cret\n"));
        QCOMPARE(prompted.exitCode, 0);
        // The log never holds the mnemonic.
        QFile log(dir_.path() + QStringLiteral("/data/logs/subnetscope.log"));
        const QString mnemonic = prompted.object()[QStringLiteral("mnemonic")].toString();
        QVERIFY(!mnemonic.isEmpty());
        QVERIFY2(log.open(QIODevice::ReadOnly), "the CLI writes a log");
        const QByteArray text = log.readAll();
        QVERIFY(!text.contains(mnemonic.toUtf8()));
        QVERIFY(!text.contains(mnemonic.split(QLatin1Char(' ')).mid(0, 3).join(QLatin1Char(' ')).toUtf8()));
        QVERIFY(!text.contains("correct horse"));
        QVERIFY(!text.contains("s3cret"));
    }
};

QTEST_GUILESS_MAIN(TestCliWallet)
#include "tst_cli_wallet.moc"
