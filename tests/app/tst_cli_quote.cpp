// Black-box tests of `subnetscope-cli quote` and `epoch` (shared/cli.md) against the vectors of
// economics.md §8.2 and §8.4: the real binary runs as a child process.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString errorCode() const { return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
};

// Runs use a scratch data dir unless the test names one, so nothing touches the user's store.
Run cli(QStringList args) {
    static QTemporaryDir dataDir;
    args << QStringLiteral("--json");
    if (!args.contains(QStringLiteral("--data-dir"))) args << QStringLiteral("--data-dir") << dataDir.path();
    QProcess p;
    p.start(QStringLiteral(SUBNETSCOPE_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(60000)) return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

const QString kPool = QStringLiteral("tao=1000000000,alpha=4000000000"); // §8.2: y = 1e9, x = 4e9, w = 0.5, fee 33

Run quote(const QString& side, const QString& amount, const QString& pool = kPool, QStringList extra = {}) {
    QStringList args{QStringLiteral("quote"), side, side == QLatin1String("stake") ? QStringLiteral("--tao") : QStringLiteral("--alpha"),
                     amount, QStringLiteral("--pool"), pool};
    return cli(args + extra);
}

qint64 integer(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toInteger(-1); }
double number(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toDouble(NAN); }

// Rao to the decimal text a person would type.
QString units(qint64 rao) {
    return QStringLiteral("%1.%2").arg(rao / 1'000'000'000).arg(rao % 1'000'000'000, 9, 10, QLatin1Char('0'));
}

bool near(double got, double want, double tolerance) { return std::abs(got - want) <= tolerance; }

QString writeJson(QTemporaryDir& dir, const QJsonObject& o) {
    const QString path = dir.filePath(QStringLiteral("epoch.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(QJsonDocument(o).toJson());
    return path;
}

QJsonArray row(std::initializer_list<double> values) {
    QJsonArray a;
    for (double v : values) a.append(v);
    return a;
}

} // namespace

class TestCliQuote : public QObject {
    Q_OBJECT
private slots:
    void stakeMatchesSwapVectors_data() {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<qint64>("fee");
        QTest::addColumn<qint64>("out");
        QTest::newRow("1e3 rao") << QStringLiteral("0.000001") << qint64(0) << qint64(3999);
        QTest::newRow("123456 rao") << QStringLiteral("0.000123456") << qint64(62) << qint64(493515);
        QTest::newRow("1 TAO") << QStringLiteral("1") << qint64(503547) << qint64(1999496326);
        QTest::newRow("10 TAO") << QStringLiteral("10.0") << qint64(5035477) << qint64(3636197098);
    }
    void stakeMatchesSwapVectors() {
        QFETCH(QString, amount);
        QFETCH(qint64, fee);
        QFETCH(qint64, out);
        const Run r = quote(QStringLiteral("stake"), amount);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject q = r.json();
        QCOMPARE(q.value(QStringLiteral("side")).toString(), QStringLiteral("stake"));
        QCOMPARE(integer(q, "fee"), fee);
        QVERIFY2(std::abs(integer(q, "amount_out") - out) <= 1, qPrintable(QString::number(integer(q, "amount_out"))));
        QCOMPARE(number(q, "price_before"), 0.25);
        // No slippage: the whole amount at 0.25 TAO per Alpha.
        QCOMPARE(integer(q, "amount_out_no_slippage"), integer(q, "amount_in") * 4);
        // The price after follows from the reserves once the net input went in.
        const double taoAfter = 1e9 + double(integer(q, "amount_in") - fee);
        const double alphaAfter = 4e9 - double(integer(q, "amount_out"));
        QVERIFY(near(number(q, "price_after"), taoAfter / alphaAfter, 1e-9 * taoAfter / alphaAfter));
        QVERIFY(near(number(q, "price_impact"), (number(q, "price_after") - 0.25) / 0.25, 1e-12));
        QVERIFY(number(q, "price_impact") > 0);
    }

    void oneTaoExact() {
        const QJsonObject q = quote(QStringLiteral("stake"), QStringLiteral("1")).json();
        QCOMPARE(integer(q, "amount_in"), qint64(1'000'000'000));
        QCOMPARE(q.keys().size(), 10);
        for (const char* key : {"side", "amount_in", "fee", "amount_out", "amount_out_no_slippage", "price_before", "price_after",
                                "price_impact", "limit_price", "max_amount_in_at_limit"})
            QVERIFY2(q.contains(QLatin1String(key)), key);
    }

    void unstakeMatchesSwapVectors_data() {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<qint64>("fee");
        QTest::addColumn<qint64>("out");
        QTest::newRow("1000") << QStringLiteral("0.000001") << qint64(0) << qint64(249);
        QTest::newRow("2000") << QStringLiteral("0.000002") << qint64(1) << qint64(499);
        QTest::newRow("123456") << QStringLiteral("0.000123456") << qint64(62) << qint64(30847);
    }
    void unstakeMatchesSwapVectors() {
        QFETCH(QString, amount);
        QFETCH(qint64, fee);
        QFETCH(qint64, out);
        const Run r = quote(QStringLiteral("unstake"), amount);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject q = r.json();
        QCOMPARE(q.value(QStringLiteral("side")).toString(), QStringLiteral("unstake"));
        QCOMPARE(integer(q, "fee"), fee);
        QVERIFY2(std::abs(integer(q, "amount_out") - out) <= 1, qPrintable(QString::number(integer(q, "amount_out"))));
        QCOMPARE(integer(q, "amount_out_no_slippage"), integer(q, "amount_in") / 4);
        QVERIFY(number(q, "price_after") < 0.25);
        QVERIFY(number(q, "price_impact") < 0);
    }

    void limitPriceFollowsTolerance() {
        QVERIFY(near(number(quote(QStringLiteral("stake"), QStringLiteral("1")).json(), "limit_price"), 0.25 * 1.005, 1e-15));
        QVERIFY(near(number(quote(QStringLiteral("unstake"), QStringLiteral("1")).json(), "limit_price"), 0.25 * 0.995, 1e-15));
        const QStringList tol{QStringLiteral("--tolerance"), QStringLiteral("0.1")};
        QVERIFY(near(number(quote(QStringLiteral("stake"), QStringLiteral("1"), kPool, tol).json(), "limit_price"), 0.275, 1e-15));
        QVERIFY(near(number(quote(QStringLiteral("unstake"), QStringLiteral("1"), kPool, tol).json(), "limit_price"), 0.225, 1e-15));
        // A wider tolerance allows a larger trade.
        QVERIFY(integer(quote(QStringLiteral("stake"), QStringLiteral("1"), kPool, tol).json(), "max_amount_in_at_limit") >
                integer(quote(QStringLiteral("stake"), QStringLiteral("1")).json(), "max_amount_in_at_limit"));
    }

    // Trading exactly max_amount_in_at_limit lands on the limit price; a bit more goes past it.
    // For unstakes the curve step is what the limit bounds: the Alpha fee is sold into the pool
    // afterwards (§4.5), so the reported price_after sits that much lower.
    void maxAmountLandsOnLimit_data() {
        QTest::addColumn<QString>("side");
        QTest::addColumn<double>("tao");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("weight");
        QTest::addColumn<int>("fee");
        QTest::newRow("stake w=0.5") << QStringLiteral("stake") << 1e9 << 4e9 << 0.5 << 33;
        QTest::newRow("unstake w=0.5") << QStringLiteral("unstake") << 1e9 << 4e9 << 0.5 << 33;
        QTest::newRow("stake w=0.3 fee=1000") << QStringLiteral("stake") << 5e12 << 2e13 << 0.3 << 1000;
        QTest::newRow("unstake w=0.8 fee=1000") << QStringLiteral("unstake") << 5e12 << 2e13 << 0.8 << 1000;
    }
    void maxAmountLandsOnLimit() {
        QFETCH(QString, side);
        QFETCH(double, tao);
        QFETCH(double, alpha);
        QFETCH(double, weight);
        QFETCH(int, fee);
        const QString pool = QStringLiteral("tao=%1,alpha=%2,weight=%3,fee=%4").arg(qint64(tao)).arg(qint64(alpha)).arg(weight).arg(fee);
        const QStringList tol{QStringLiteral("--tolerance"), QStringLiteral("0.02")};
        const QJsonObject first = quote(side, QStringLiteral("1"), pool, tol).json();
        const double limit = number(first, "limit_price");
        const qint64 max = integer(first, "max_amount_in_at_limit");
        QVERIFY(max > 0);
        const QJsonObject atMax = quote(side, units(max), pool, tol).json();
        QCOMPARE(integer(atMax, "amount_in"), max);
        const double net = double(max - integer(atMax, "fee"));
        const double out = double(integer(atMax, "amount_out"));
        const bool stake = side == QLatin1String("stake");
        const double curvePrice = (1 - weight) / weight * (stake ? (tao + net) / (alpha - out) : (tao - out) / (alpha + net));
        QVERIFY2(near(curvePrice, limit, limit * 1e-6), qPrintable(QStringLiteral("%1 vs %2").arg(curvePrice, 0, 'g', 12).arg(limit, 0, 'g', 12)));
        if (stake) QVERIFY(near(number(atMax, "price_after"), limit, limit * 1e-6));
        else QVERIFY(number(atMax, "price_after") <= limit);
        const QJsonObject past = quote(side, units(max + max / 100), pool, tol).json();
        if (stake) QVERIFY(number(past, "price_after") > limit * (1 + 1e-4));
        else QVERIFY(number(past, "price_after") < limit * (1 - 1e-4));
    }

    void weightedPool() {
        // w2 = 0.2: price = (0.8/0.2)·(y/x) = 4 · 1e9/4e9 = 1.
        const QJsonObject q = quote(QStringLiteral("stake"), QStringLiteral("1"), QStringLiteral("tao=1000000000000,alpha=4000000000000,weight=0.2,fee=0")).json();
        QVERIFY(near(number(q, "price_before"), 1.0, 1e-12));
        QCOMPARE(integer(q, "fee"), qint64(0));
        // x·(1 − (y/(y+Δy))^(w2/w1)) with Δy = 1e9.
        const double want = 4e12 * (1 - std::pow(1e12 / (1e12 + 1e9), 0.25));
        QVERIFY(std::abs(double(integer(q, "amount_out")) - want) <= 2);
    }

    void poolGuardsAreRefusals() {
        // Alpha reserve below MinimumReserve (1e6 rao).
        Run r = quote(QStringLiteral("stake"), QStringLiteral("1"), QStringLiteral("tao=1000000000,alpha=500000"));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errorCode(), QStringLiteral("ReservesTooLow"));
        // More than 1000 × the TAO reserve.
        r = quote(QStringLiteral("stake"), QStringLiteral("2000"), QStringLiteral("tao=1000000,alpha=4000000000"));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errorCode(), QStringLiteral("InputTooLarge"));
        // Draining the TAO side below its minimum reserve.
        r = quote(QStringLiteral("unstake"), QStringLiteral("1000"), QStringLiteral("tao=1500000,alpha=1000000000"));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errorCode(), QStringLiteral("ReservesTooLow"));
        r = quote(QStringLiteral("stake"), QStringLiteral("0"));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errorCode(), QStringLiteral("InvalidAmount"));
    }

    void unknownSubnetIsRefused() {
        const Run r = cli({QStringLiteral("quote"), QStringLiteral("stake"), QStringLiteral("--netuid"), QStringLiteral("77"),
                           QStringLiteral("--tao"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errorCode(), QStringLiteral("SubnetNotFound"));
    }

    void quoteAgainstSimulatedSubnet() {
        QTemporaryDir dir;
        const Run sim = cli({QStringLiteral("sim"), QStringLiteral("--blocks"), QStringLiteral("50"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(sim.exitCode, 0);
        const Run subnets = cli({QStringLiteral("subnets"), QStringLiteral("--data-dir"), dir.path()});
        const QJsonArray list = QJsonDocument::fromJson(subnets.out).array();
        QJsonObject started;
        for (const QJsonValue& v : list)
            if (v.toObject().value(QStringLiteral("netuid")).toInt() > 0 && v.toObject().value(QStringLiteral("tao_in")).toInteger() > 0) {
                started = v.toObject();
                break;
            }
        QVERIFY(!started.isEmpty());
        const QString netuid = QString::number(started.value(QStringLiteral("netuid")).toInt());
        const Run viaStore = cli({QStringLiteral("quote"), QStringLiteral("stake"), QStringLiteral("--netuid"), netuid, QStringLiteral("--tao"),
                                  QStringLiteral("5"), QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(viaStore.exitCode, 0);
        // The same figures as an explicit pool with the subnet's reserves, weight and fee.
        const QString pool = QStringLiteral("tao=%1,alpha=%2,weight=%3,fee=%4")
                                 .arg(started.value(QStringLiteral("tao_in")).toInteger())
                                 .arg(started.value(QStringLiteral("alpha_in")).toInteger())
                                 .arg(started.value(QStringLiteral("pool_tao_weight")).toDouble(), 0, 'g', 17)
                                 .arg(started.value(QStringLiteral("fee_rate")).toInt());
        const QJsonObject viaPool = quote(QStringLiteral("stake"), QStringLiteral("5"), pool).json();
        QCOMPARE(integer(viaStore.json(), "amount_out"), integer(viaPool, "amount_out"));
        QCOMPARE(integer(viaStore.json(), "fee"), integer(viaPool, "fee"));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        const QString q = QStringLiteral("quote");
        const QString s = QStringLiteral("stake");
        const QString tao = QStringLiteral("--tao");
        const QString pool = QStringLiteral("--pool");
        QTest::newRow("10 decimals") << QStringList{q, s, tao, QStringLiteral("1.0000000001"), pool, kPool};
        QTest::newRow("junk") << QStringList{q, s, tao, QStringLiteral("1.5x"), pool, kPool};
        QTest::newRow("negative") << QStringList{q, s, tao, QStringLiteral("-1"), pool, kPool};
        QTest::newRow("exponent") << QStringList{q, s, tao, QStringLiteral("1e3"), pool, kPool};
        QTest::newRow("no side") << QStringList{q};
        QTest::newRow("bad side") << QStringList{q, QStringLiteral("buy"), tao, QStringLiteral("1"), pool, kPool};
        QTest::newRow("no pool or netuid") << QStringList{q, s, tao, QStringLiteral("1")};
        QTest::newRow("both pool and netuid") << QStringList{q, s, tao, QStringLiteral("1"), pool, kPool, QStringLiteral("--netuid"), QStringLiteral("1")};
        QTest::newRow("alpha on stake") << QStringList{q, s, QStringLiteral("--alpha"), QStringLiteral("1"), pool, kPool};
        QTest::newRow("no amount") << QStringList{q, QStringLiteral("unstake"), pool, kPool};
        QTest::newRow("pool missing alpha") << QStringList{q, s, tao, QStringLiteral("1"), pool, QStringLiteral("tao=1000000000")};
        QTest::newRow("pool bad weight") << QStringList{q, s, tao, QStringLiteral("1"), pool, kPool + QStringLiteral(",weight=1.5")};
        QTest::newRow("pool bad fee") << QStringList{q, s, tao, QStringLiteral("1"), pool, kPool + QStringLiteral(",fee=70000")};
        QTest::newRow("pool unknown key") << QStringList{q, s, tao, QStringLiteral("1"), pool, kPool + QStringLiteral(",depth=3")};
        QTest::newRow("tolerance 1") << QStringList{q, s, tao, QStringLiteral("1"), pool, kPool, QStringLiteral("--tolerance"), QStringLiteral("1")};
        QTest::newRow("tolerance junk") << QStringList{q, s, tao, QStringLiteral("1"), pool, kPool, QStringLiteral("--tolerance"), QStringLiteral("x")};
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    }

    void tooManyDecimalsSaysSo() {
        const Run r = quote(QStringLiteral("stake"), QStringLiteral("0.0000000001"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("9 decimals")));
    }

    // test_yuma_3_kappa_moves_first, epoch 0: all three validators weight server 3 (§8.4).
    void epochYuma3KappaMovesFirst() {
        QTemporaryDir dir;
        const QJsonArray weights{row({0, 0, 0, 65535, 0}), row({0, 0, 0, 65535, 0}), row({0, 0, 0, 65535, 0}),
                                 row({0, 0, 0, 0, 0}), row({0, 0, 0, 0, 0})};
        const QJsonObject input{{QStringLiteral("stakes"), row({8, 1, 1, 0, 0})},
                                {QStringLiteral("weights"), weights},
                                {QStringLiteral("validator_permits"), QJsonArray{true, true, true, false, false}},
                                {QStringLiteral("kappa"), 0.5},
                                {QStringLiteral("bonds_moving_average"), 0.975},
                                {QStringLiteral("bonds_penalty"), 0.0},
                                {QStringLiteral("yuma"), QStringLiteral("yuma3")},
                                {QStringLiteral("liquid_alpha"), QJsonObject{{QStringLiteral("low"), 0.1}, {QStringLiteral("high"), 0.3},
                                                                             {QStringLiteral("steepness"), 1000}}}};
        const Run r = cli({QStringLiteral("epoch"), QStringLiteral("--input"), writeJson(dir, input)});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        const QJsonArray d = o.value(QStringLiteral("dividends")).toArray();
        QCOMPARE(d.size(), 5);
        QVERIFY(near(d[0].toDouble(), .8, 1e-3) && near(d[1].toDouble(), .1, 1e-3) && near(d[2].toDouble(), .1, 1e-3));
        const QJsonArray bonds = o.value(QStringLiteral("bonds")).toArray();
        QCOMPARE(bonds.size(), 5);
        for (int v = 0; v < 3; ++v) {
            QCOMPARE(bonds[v].toArray().size(), 5);
            QVERIFY(near(bonds[v].toArray()[3].toDouble(), .1013, 1e-3));
            QVERIFY(near(bonds[v].toArray()[4].toDouble(), 0, 1e-3));
        }
        const QJsonArray incentive = o.value(QStringLiteral("incentive")).toArray();
        QVERIFY(near(incentive[3].toDouble(), 1.0, 1e-6));
        QVERIFY(near(o.value(QStringLiteral("consensus")).toArray()[3].toDouble(), 1.0, 1e-6));
        QVERIFY(near(o.value(QStringLiteral("validator_trust")).toArray()[0].toDouble(), 1.0, 1e-6));
    }

    // test_bonds, epoch 1 (classic Yuma): bonds and dividends follow stake (§8.4).
    void epochClassicBonds() {
        QTemporaryDir dir;
        QJsonArray weights;
        for (int i = 0; i < 8; ++i)
            weights.append(i < 4 ? row({0, 0, 0, 0, 16383, 32767, 49149, 65535}) : row({0, 0, 0, 0, 0, 0, 0, 0}));
        const QJsonObject input{{QStringLiteral("stakes"), row({1, 2, 3, 4, 0, 0, 0, 0})},
                                {QStringLiteral("weights"), weights},
                                {QStringLiteral("bonds_moving_average"), 0.9},
                                {QStringLiteral("bonds_penalty"), 1.0},
                                {QStringLiteral("yuma"), QStringLiteral("classic")},
                                {QStringLiteral("liquid_alpha"), QJsonValue::Null}};
        const Run r = cli({QStringLiteral("epoch"), QStringLiteral("--input"), writeJson(dir, input)});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        const QJsonArray d = o.value(QStringLiteral("dividends")).toArray();
        const QJsonArray inc = o.value(QStringLiteral("incentive")).toArray();
        const double wantD[] = {.1, .2, .3, .4};
        const double wantI[] = {.0999976, .2000012, .2999927, .4000085}; // E_j / 5e8 of the test
        for (int i = 0; i < 4; ++i) {
            QVERIFY(near(d[i].toDouble(), wantD[i], 1e-3));
            QVERIFY(near(inc[i + 4].toDouble(), wantI[i], 1e-3));
            QVERIFY(near(inc[i].toDouble(), 0, 1e-9));
        }
        const QJsonArray bonds = o.value(QStringLiteral("bonds")).toArray();
        const double wantB[] = {16383 / 65535., 32767 / 65535., 49151 / 65535., 1.0};
        for (int i = 0; i < 4; ++i) QVERIFY(near(bonds[i].toArray()[4].toDouble(), wantB[i], 1e-3));
        QVERIFY(near(o.value(QStringLiteral("consensus")).toArray()[4].toDouble(), 0.0999975584, 1e-5));
    }

    void epochMalformedInput_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{stakes: [1]") << QStringLiteral("JSON");
        QTest::newRow("missing stakes") << QByteArray(R"({"weights": [[0]]})") << QStringLiteral("stakes");
        QTest::newRow("missing weights") << QByteArray(R"({"stakes": [1, 2]})") << QStringLiteral("weights");
        QTest::newRow("ragged weights") << QByteArray(R"({"stakes": [1, 2], "weights": [[0, 1], [1]]})") << QStringLiteral("row 1");
        QTest::newRow("too few rows") << QByteArray(R"({"stakes": [1, 2], "weights": [[0, 1]]})") << QStringLiteral("rows");
        QTest::newRow("negative stake") << QByteArray(R"({"stakes": [1, -2], "weights": [[0, 1], [1, 0]]})") << QStringLiteral("non-negative");
        QTest::newRow("negative weight") << QByteArray(R"({"stakes": [1, 2], "weights": [[0, -1], [1, 0]]})") << QStringLiteral("non-negative");
        QTest::newRow("string weight") << QByteArray(R"({"stakes": [1, 2], "weights": [[0, "a"], [1, 0]]})") << QStringLiteral("number");
        QTest::newRow("bond above 1") << QByteArray(R"({"stakes": [1, 2], "weights": [[0, 1], [1, 0]], "bonds": [[0, 2], [0, 0]]})")
                                      << QStringLiteral("at most 1");
        QTest::newRow("bad yuma") << QByteArray(R"({"stakes": [1, 2], "weights": [[0, 1], [1, 0]], "yuma": "yuma2"})") << QStringLiteral("yuma");
        QTest::newRow("permits length") << QByteArray(R"({"stakes": [1, 2], "weights": [[0, 1], [1, 0]], "validator_permits": [true]})")
                                        << QStringLiteral("validator_permits");
        QTest::newRow("kappa above 1") << QByteArray(R"({"stakes": [1, 2], "weights": [[0, 1], [1, 0]], "kappa": 2})") << QStringLiteral("kappa");
        QTest::newRow("liquid alpha order") << QByteArray(R"({"stakes": [1, 2], "weights": [[0, 1], [1, 0]], "liquid_alpha": {"low": 0.9, "high": 0.1}})")
                                            << QStringLiteral("low");
        QTest::newRow("unknown field") << QByteArray(R"({"stakes": [1], "weights": [[0]], "kapa": 0.5})") << QStringLiteral("kapa");
    }
    void epochMalformedInput() {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        const Run r = cli({QStringLiteral("epoch"), QStringLiteral("--input"), path});
        QCOMPARE(r.exitCode, 2);
        const QString message = r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(mentions), qPrintable(message));
    }

    void epochMissingFileIsIoError() {
        const Run r = cli({QStringLiteral("epoch"), QStringLiteral("--input"), QStringLiteral("/nonexistent/epoch.json")});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(cli({QStringLiteral("epoch")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliQuote)
#include "tst_cli_quote.moc"
