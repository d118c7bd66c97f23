// Black-box tests of subnetscope-cli (shared/cli.md): run the real binary as a child process.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include "support/CliRun.h"

namespace {

using Run = testsupport::CliRun;
Run cli(const QStringList& args) { return testsupport::runCli(args); }

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void version() {
        const Run r = cli({QStringLiteral("version"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.object().value(QStringLiteral("version")).toString().isEmpty());
    }

    void simThenSubnetsAreConsistent() {
        QTemporaryDir dir;
        const Run sim = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("sim"), QStringLiteral("--blocks"),
                             QStringLiteral("2000"), QStringLiteral("--json")});
        QCOMPARE(sim.exitCode, 0);
        const QJsonObject result = sim.object();
        QCOMPARE(result.value(QStringLiteral("block")).toInteger(), 2000);
        QVERIFY(result.value(QStringLiteral("state_hash")).toString().startsWith(QLatin1String("0x")));
        QVERIFY(result.value(QStringLiteral("subnets")).toInt() >= 8);

        const Run subnets = cli({QStringLiteral("subnets"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(subnets.exitCode, 0);
        const QJsonArray array = subnets.array();
        QVERIFY(array.size() >= 8);
        for (const QJsonValue& v : array) {
            const QJsonObject s = v.toObject();
            for (const char* key : {"netuid", "name", "symbol", "owner_coldkey", "owner_hotkey", "registered_at", "price",
                                    "moving_price", "tao_in", "alpha_in", "alpha_out", "pool_tao_weight", "fee_rate",
                                    "market_cap", "emission_share", "tao_in_emission", "alpha_out_emission", "volume",
                                    "n_uids", "max_uids", "n_validators", "tempo", "stage", "pruning_rank", "immune_until"})
                QVERIFY2(s.contains(QLatin1String(key)), key);
            // price = (w1/w2)·(tao_in/alpha_in) within 1e-9 relative (economics.md §4.4).
            const double w2 = s.value(QStringLiteral("pool_tao_weight")).toDouble();
            const double expected = (1 - w2) / w2 * double(s.value(QStringLiteral("tao_in")).toInteger()) /
                                    double(s.value(QStringLiteral("alpha_in")).toInteger());
            const double price = s.value(QStringLiteral("price")).toDouble();
            QVERIFY2(std::abs(price - expected) / expected < 1e-9, qPrintable(QString::number(price)));
        }
    }

    void sameSeedSameStateHash() {
        QTemporaryDir a, b, c;
        auto hash = [](const QString& dir, const QString& seed) {
            return cli({QStringLiteral("--data-dir"), dir, QStringLiteral("sim"), QStringLiteral("--blocks"), QStringLiteral("300"),
                        QStringLiteral("--seed"), seed, QStringLiteral("--json")})
                .object()
                .value(QStringLiteral("state_hash"))
                .toString();
        };
        const QString h1 = hash(a.path(), QStringLiteral("11"));
        QVERIFY(!h1.isEmpty());
        QCOMPARE(hash(b.path(), QStringLiteral("11")), h1);
        QVERIFY(hash(c.path(), QStringLiteral("12")) != h1);
    }

    void toBlockIsIdempotent() {
        QTemporaryDir dir;
        const QStringList args{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("sim"), QStringLiteral("--to-block"),
                               QStringLiteral("200"), QStringLiteral("--json")};
        const Run first = cli(args);
        const Run again = cli(args);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.object(), first.object());
    }

    void historyMetagraphSyncAndStatusFollowCliMd() {
        QTemporaryDir dir;
        const QString d = dir.path();
        QCOMPARE(cli({QStringLiteral("--data-dir"), d, QStringLiteral("sim"), QStringLiteral("--to-block"), QStringLiteral("1500"),
                      QStringLiteral("--json")})
                     .exitCode,
                 0);
        const Run history = cli({QStringLiteral("--data-dir"), d, QStringLiteral("history"), QStringLiteral("1"),
                                 QStringLiteral("--interval"), QStringLiteral("1h"), QStringLiteral("--json")});
        QCOMPARE(history.exitCode, 0);
        const QJsonArray candles = history.array();
        QCOMPARE(candles.size(), 5); // blocks 1–1500 in 300-block hours
        qint64 expectedStart = 1;
        for (const QJsonValue& v : candles) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c.keys(), (QStringList{QStringLiteral("close"), QStringLiteral("high"), QStringLiteral("low"),
                                            QStringLiteral("open"), QStringLiteral("start_block"), QStringLiteral("volume")}));
            QCOMPARE(c.value(QStringLiteral("start_block")).toInteger(), expectedStart);
            expectedStart += 300;
            const double low = c.value(QStringLiteral("low")).toDouble(), high = c.value(QStringLiteral("high")).toDouble();
            for (const char* k : {"open", "close"}) {
                const double x = c.value(QLatin1String(k)).toDouble();
                QVERIFY(low <= x && x <= high && low > 0);
            }
        }
        const Run window = cli({QStringLiteral("--data-dir"), d, QStringLiteral("history"), QStringLiteral("1"), QStringLiteral("--from"),
                                QStringLiteral("301"), QStringLiteral("--to"), QStringLiteral("600"), QStringLiteral("--interval"),
                                QStringLiteral("5m"), QStringLiteral("--json")});
        QCOMPARE(window.exitCode, 0);
        QCOMPARE(window.array().size(), 12);
        QCOMPARE(window.array().first().toObject().value(QStringLiteral("start_block")).toInteger(), 301);

        const Run metagraph = cli({QStringLiteral("--data-dir"), d, QStringLiteral("metagraph"), QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(metagraph.exitCode, 0);
        const QJsonArray uids = metagraph.array();
        QVERIFY(uids.size() >= 8);
        for (int i = 0; i < uids.size(); ++i) {
            const QJsonObject u = uids[i].toObject();
            for (const char* key : {"uid", "hotkey", "coldkey", "stake", "alpha_stake", "tao_stake", "incentive", "dividends", "emission",
                                    "consensus", "validator_trust", "validator_permit", "active", "last_update", "registered_at"})
                QVERIFY2(u.contains(QLatin1String(key)), key);
            QCOMPARE(u.value(QStringLiteral("uid")).toInt(), i);
            QVERIFY(u.value(QStringLiteral("hotkey")).toString().startsWith(QLatin1Char('5')));
        }

        const Run sync = cli({QStringLiteral("--data-dir"), d, QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(sync.exitCode, 0);
        QCOMPARE(sync.object(), (QJsonObject{{QStringLiteral("block"), 1500}}));
        const Run status = cli({QStringLiteral("--data-dir"), d, QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.object().value(QStringLiteral("synced_block")).toInteger(), 1500);
        for (const char* key : {"network", "block", "synced_block", "subnets", "total_issuance", "db_path"})
            QVERIFY2(status.object().contains(QLatin1String(key)), key);

        // Exit codes: unknown subnet is refused (3), a bad interval is usage (2).
        const Run unknown = cli({QStringLiteral("--data-dir"), d, QStringLiteral("history"), QStringLiteral("999"), QStringLiteral("--json")});
        QCOMPARE(unknown.exitCode, 3);
        QCOMPARE(unknown.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("UnknownSubnet"));
        QCOMPARE(cli({QStringLiteral("--data-dir"), d, QStringLiteral("history"), QStringLiteral("1"), QStringLiteral("--interval"),
                      QStringLiteral("3m")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("--data-dir"), d, QStringLiteral("metagraph")}).exitCode, 2);
    }

    void syncFollowProducesBlocksUntilInterrupted() {
        QTemporaryDir dir;
        QCOMPARE(cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("sim"), QStringLiteral("--to-block"), QStringLiteral("50")})
                     .exitCode,
                 0);
        QProcess p;
        p.start(QStringLiteral(SUBNETSCOPE_CLI_PATH), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("sync"),
                                                        QStringLiteral("--follow"), QStringLiteral("--block-time"), QStringLiteral("20"),
                                                        QStringLiteral("--json")});
        QVERIFY(p.waitForStarted());
        QTest::qWait(1500);
        p.terminate(); // SIGTERM: stop following, report where the store stands
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const qint64 block = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("block")).toInteger();
        QVERIFY2(block > 50, qPrintable(QString::number(block)));
        const Run status = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.object().value(QStringLiteral("synced_block")).toInteger(), block);
    }

    void usageErrorsAreSpecific() {
        QTemporaryDir dir;
        const Run bad = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("sim"), QStringLiteral("--blocks"),
                             QStringLiteral("many"), QStringLiteral("--json")});
        QCOMPARE(bad.exitCode, 2);
        const QJsonObject error = bad.object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("Usage"));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("--blocks")));
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    }

    void caFileIsCheckedUpFront() {
        // --ca-file: a wrong path or a file without a certificate is a usage error naming the
        // file, before any node is contacted; a real PEM is accepted.
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        auto errorOf = [&](const QString& ca) {
            const Run r = cli({QStringLiteral("--data-dir"), data, QStringLiteral("--ca-file"), ca, QStringLiteral("--json"),
                               QStringLiteral("status")});
            return std::pair{r.exitCode, r.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString()};
        };
        const auto [missingCode, missing] = errorOf(dir.filePath(QStringLiteral("absent.pem")));
        QCOMPARE(missingCode, 2);
        QVERIFY2(missing.contains(QStringLiteral("absent.pem does not exist")), qPrintable(missing));
        QFile notPem(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("not a certificate\n");
        notPem.close();
        const auto [textCode, text] = errorOf(notPem.fileName());
        QCOMPARE(textCode, 2);
        QVERIFY2(text.contains(QStringLiteral("holds no PEM certificate")), qPrintable(text));

        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty()) QSKIP("the openssl command is not installed; cannot make a test CA");
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                          QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                          QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                          QStringLiteral("/CN=Subnetscope Test CA")});
        QVERIFY(p.waitForFinished(30'000) && p.exitCode() == 0);
        const Run ok = cli({QStringLiteral("--data-dir"), data, QStringLiteral("--ca-file"), dir.filePath(QStringLiteral("ca.pem")),
                            QStringLiteral("--json"), QStringLiteral("status")});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
