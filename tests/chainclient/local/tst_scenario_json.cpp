// The scenario JSON format (resources/scenarios/README.md) and the shipped default.

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "chainclient/local/ScenarioJson.h"

using chainclient::ScenarioJson;
using economics::ScenarioConfig;

class TestScenarioJson : public QObject {
    Q_OBJECT
private slots:
    void shippedDefaultEqualsBuiltIn() {
        const QString path = QStringLiteral(SUBNETSCOPE_SOURCE_DIR) + QStringLiteral("/resources/scenarios/default.json");
        auto parsed = ScenarioJson::load(path);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QVERIFY(parsed.value() == ScenarioConfig::defaults());
        // Every field is spelled out in the file, so changing a default without the file fails here.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject obj = QJsonDocument::fromJson(file.readAll()).object();
        ScenarioConfig c;
        int fields = 0;
        economics::forEachScenarioField(c, [&](const char* name, auto&) {
            ++fields;
            QVERIFY2(obj.contains(QString::fromLatin1(name)), name);
        });
        QCOMPARE(obj.size(), fields + 1); // + "_comment"
    }

    void roundTripsEveryField() {
        ScenarioConfig c;
        c.name = "custom";
        c.seed = 18'000'000'000'000'000'001ULL; // above 2^53: written as a string
        c.genesisSubnets = 5;
        c.subnetImmunityDays = 3.5;
        c.yieldFraction = 0.1;
        auto back = ScenarioJson::parse(ScenarioJson::toJson(c));
        QVERIFY(back.ok());
        QVERIFY(back.value() == c);
    }

    void validatorTakesAreOptionalAndRoundTrip() {
        // Left out when at the default, so the built-in scenario's JSON has no such key.
        QVERIFY(!ScenarioJson::toJson(ScenarioConfig::defaults()).contains("ValidatorTake"));
        auto parsed = ScenarioJson::parse(R"({"minValidatorTake": 0.05, "maxValidatorTake": 0.15})");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().minValidatorTake, 0.05);
        QCOMPARE(parsed.value().maxValidatorTake, 0.15);
        QVERIFY(parsed.value().validatorTakesSet());
        auto back = ScenarioJson::parse(ScenarioJson::toJson(parsed.value()));
        QVERIFY(back.ok());
        QVERIFY(back.value() == parsed.value());
    }

    void missingFieldsKeepDefaults() {
        auto parsed = ScenarioJson::parse(R"({"seed": 7, "genesisSubnets": 12})");
        QVERIFY(parsed.ok());
        ScenarioConfig expected;
        expected.seed = 7;
        expected.genesisSubnets = 12;
        QVERIFY(parsed.value() == expected);
    }

    void rejectsBadInput_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{") << "JSON";
        QTest::newRow("array") << QByteArray("[]") << "object";
        QTest::newRow("unknown field") << QByteArray(R"({"genesisSubnet": 3})") << "genesisSubnet";
        QTest::newRow("string for int") << QByteArray(R"({"traders": "many"})") << "traders";
        QTest::newRow("fractional int") << QByteArray(R"({"traders": 2.5})") << "traders";
        QTest::newRow("negative") << QByteArray(R"({"minPoolTao": -1})") << "minPoolTao";
        QTest::newRow("fraction above 1") << QByteArray(R"({"honestFraction": 1.5})") << "fraction";
        QTest::newRow("min above max") << QByteArray(R"({"minPrice": 1, "maxPrice": 0.5})") << "minPrice";
        QTest::newRow("bad seed") << QByteArray(R"({"seed": "12x"})") << "seed";
        QTest::newRow("too many miners") << QByteArray(R"({"maxMinersPerSubnet": 300})") << "miners";
        QTest::newRow("take above max") << QByteArray(R"({"maxValidatorTake": 0.2})") << "validator takes";
        QTest::newRow("take min above max") << QByteArray(R"({"minValidatorTake": 0.1, "maxValidatorTake": 0.05})") << "validator takes";
        QTest::newRow("take not a number") << QByteArray(R"({"minValidatorTake": "low"})") << "minValidatorTake";
    }

    void rejectsBadInput() {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        auto parsed = ScenarioJson::parse(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, economics::ErrorCode::InvalidState);
        QVERIFY2(QString::fromStdString(parsed.error().message).contains(mentions), parsed.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestScenarioJson)
#include "tst_scenario_json.moc"
