// models::AmountParser: decimal TAO/Alpha text to rao, exactly (shared/cli.md conventions).

#include "models/AmountParser.h"

#include <QtTest>

using economics::ErrorCode;
using models::AmountParser;

class TestAmountParser : public QObject {
    Q_OBJECT
private slots:
    void parsesExactly_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint64>("rao");
        QTest::newRow("integer") << QStringLiteral("12") << quint64(12'000'000'000);
        QTest::newRow("one and a half") << QStringLiteral("1.5") << quint64(1'500'000'000);
        QTest::newRow("min stake") << QStringLiteral("0.002") << quint64(2'000'000);
        QTest::newRow("one rao") << QStringLiteral("0.000000001") << quint64(1);
        QTest::newRow("nine decimals") << QStringLiteral("123.456789012") << quint64(123'456'789'012);
        QTest::newRow("leading point") << QStringLiteral(".5") << quint64(500'000'000);
        QTest::newRow("trailing point") << QStringLiteral("7.") << quint64(7'000'000'000);
        QTest::newRow("zero") << QStringLiteral("0") << quint64(0);
        QTest::newRow("zeros") << QStringLiteral("000.000000000") << quint64(0);
        QTest::newRow("blanks") << QStringLiteral("  3.25\t") << quint64(3'250'000'000);
        // 0.1 + 0.2 style values that a double would get wrong.
        QTest::newRow("0.3") << QStringLiteral("0.3") << quint64(300'000'000);
        QTest::newRow("binary-unfriendly") << QStringLiteral("1.000000007") << quint64(1'000'000'007);
        QTest::newRow("u64 max") << QStringLiteral("18446744073.709551615") << quint64(18'446'744'073'709'551'615ULL);
        QTest::newRow("21M") << QStringLiteral("21000000") << quint64(21'000'000'000'000'000);
    }
    void parsesExactly() {
        QFETCH(QString, text);
        QFETCH(quint64, rao);
        const auto r = AmountParser::parse(text);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(quint64(r.value()), rao);
    }

    void rejectsWithSpecificMessage_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
        QTest::newRow("ten decimals") << QStringLiteral("1.0000000001") << QStringLiteral("more than 9 decimals");
        QTest::newRow("ten zero decimals") << QStringLiteral("1.0000000000") << QStringLiteral("more than 9 decimals");
        QTest::newRow("negative") << QStringLiteral("-1") << QStringLiteral("negative");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("sign");
        QTest::newRow("exponent") << QStringLiteral("1e9") << QStringLiteral("'e'");
        QTest::newRow("comma") << QStringLiteral("1,5") << QStringLiteral("','");
        QTest::newRow("inner blank") << QStringLiteral("1 000") << QStringLiteral("' '");
        QTest::newRow("two points") << QStringLiteral("1.2.3") << QStringLiteral("more than one decimal point");
        QTest::newRow("only point") << QStringLiteral(".") << QStringLiteral("no digits");
        QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("not a decimal number");
        QTest::newRow("nan") << QStringLiteral("nan") << QStringLiteral("not a decimal number");
        QTest::newRow("u64 max + 1") << QStringLiteral("18446744073.709551616") << QStringLiteral("too large");
        QTest::newRow("huge") << QStringLiteral("99999999999999999999999999999999999999999999") << QStringLiteral("too large");
        QTest::newRow("huge then junk") << QStringLiteral("99999999999999999999999999999x") << QStringLiteral("'x'");
    }
    void rejectsWithSpecificMessage() {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto r = AmountParser::parse(text, u"Alpha");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidAmount);
        const QString message = QString::fromStdString(r.error().message);
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Alpha")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestAmountParser)
#include "tst_amount_parser.moc"
