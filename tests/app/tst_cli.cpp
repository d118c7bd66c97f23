// Black-box tests of subnetscope-cli (shared/cli.md): run the real binary as a child process.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Run cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(SUBNETSCOPE_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(300000)) return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void version() {
        const Run r = cli({QStringLiteral("version"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.json().object().value(QStringLiteral("version")).toString().isEmpty());
    }

    void simThenSubnetsAreConsistent() {
        QTemporaryDir dir;
        const Run sim = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("sim"), QStringLiteral("--blocks"),
                             QStringLiteral("2000"), QStringLiteral("--json")});
        QCOMPARE(sim.exitCode, 0);
        const QJsonObject result = sim.json().object();
        QCOMPARE(result.value(QStringLiteral("block")).toInteger(), 2000);
        QVERIFY(result.value(QStringLiteral("state_hash")).toString().startsWith(QLatin1String("0x")));
        QVERIFY(result.value(QStringLiteral("subnets")).toInt() >= 8);

        const Run subnets = cli({QStringLiteral("subnets"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(subnets.exitCode, 0);
        const QJsonArray array = subnets.json().array();
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
                .json()
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
        QCOMPARE(again.json().object(), first.json().object());
    }

    void usageErrorsAreSpecific() {
        QTemporaryDir dir;
        const Run bad = cli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("sim"), QStringLiteral("--blocks"),
                             QStringLiteral("many"), QStringLiteral("--json")});
        QCOMPARE(bad.exitCode, 2);
        const QJsonObject error = bad.json().object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("Usage"));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("--blocks")));
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
