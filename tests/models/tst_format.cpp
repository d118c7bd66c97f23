// Display rules: labelled units, sensible rounding, never scientific notation; downsampling.

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "models/Downsample.h"
#include "models/Format.h"


class TestFormat : public QObject {
    Q_OBJECT
private slots:
    void taoAndAlpha() {
        QCOMPARE(models::formatTao(1'234'567'890'123ULL), QStringLiteral("1,234.57 TAO"));
        QCOMPARE(models::formatTao(0), QStringLiteral("0.00 TAO"));
        QCOMPARE(models::formatAlpha(1'500'000'000ULL, QStringLiteral("β")), QStringLiteral("1.50 β"));
    }
    void pricesNeverUseExponents() {
        QCOMPARE(models::formatPrice(0.25), QStringLiteral("0.25000 TAO"));
        QCOMPARE(models::formatPrice(0.0000123), QStringLiteral("0.000012300 TAO"));
        QCOMPARE(models::formatPrice(1234.5), QStringLiteral("1,234.5000 TAO"));
        QVERIFY(!models::formatPrice(1e-9).contains(QLatin1Char('e')));
        QCOMPARE(models::formatPercent(0.12345), QStringLiteral("12.35 %"));
    }
    void downsampleKeepsExtremesAndBounds() {
        QVector<QPointF> pts;
        for (int i = 0; i < 100000; ++i) pts.push_back({double(i), std::sin(i / 500.0)});
        pts[31337].setY(5.0);
        pts[77777].setY(-5.0);
        const auto out = models::downsampleMinMax(pts, 300);
        QVERIFY(out.size() <= 600);
        QVERIFY(out.size() >= 300);
        bool hasMax = false, hasMin = false;
        for (int i = 1; i < out.size(); ++i) QVERIFY(out[i].x() > out[i - 1].x());
        for (const auto& p : out) {
            hasMax |= p.y() == 5.0;
            hasMin |= p.y() == -5.0;
        }
        QVERIFY(hasMax && hasMin);
        QCOMPARE(out.front().x(), 0.0);
        QCOMPARE(models::downsampleMinMax(pts.mid(0, 10), 300).size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
