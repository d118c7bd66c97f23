// TAO block emission as a function of issuance: economics.md §1 and the table of §8.1.
#include <QtTest>

// moc (Qt 6.4) cannot parse some C++20 standard headers; it only needs the slots below.
#ifndef Q_MOC_RUN
#include "chainclient/economics/Issuance.h"
#include "chainclient/economics/Money.h"

#include <cmath>
#include <cstdint>
#endif

using namespace economics;

namespace {
constexpr std::uint64_t tao(double t) {
    return static_cast<std::uint64_t>(t * 1e9);
}
} // namespace

class TestIssuance : public QObject {
    Q_OBJECT

  private slots:
    void table_data() {
        QTest::addColumn<quint64>("issuance");
        QTest::addColumn<quint64>("emission");
        QTest::newRow("0") << quint64{0} << quint64{1'000'000'000};
        QTest::newRow("5M") << quint64{tao(5'000'000)} << quint64{1'000'000'000};
        QTest::newRow("10 499 999") << quint64{tao(10'499'999)} << quint64{1'000'000'000};
        QTest::newRow("10.5M - 1 rao") << quint64{tao(10'500'000) - 1} << quint64{1'000'000'000};
        QTest::newRow("10.5M") << quint64{tao(10'500'000)} << quint64{500'000'000};
        QTest::newRow("15.75M") << quint64{tao(15'750'000)} << quint64{250'000'000};
        QTest::newRow("18.375M") << quint64{tao(18'375'000)} << quint64{125'000'000};
        QTest::newRow("19.6875M") << quint64{tao(19'687'500)} << quint64{62'500'000};
        QTest::newRow("20.34375M") << quint64{tao(20'343'750)} << quint64{31'250'000};
        QTest::newRow("20.671875M") << quint64{tao(20'671'875)} << quint64{15'625'000};
        QTest::newRow("20.8359375M") << quint64{tao(20'835'937.5)} << quint64{7'812'500};
        QTest::newRow("cap - 1 rao") << quint64{kTotalSupplyRao - 1} << quint64{1'000'000'000ULL >> 54};
        QTest::newRow("cap") << quint64{kTotalSupplyRao} << quint64{0};
        QTest::newRow("above cap") << quint64{kTotalSupplyRao + 12345} << quint64{0};
        QTest::newRow("u64 max") << quint64{UINT64_MAX} << quint64{0};
    }
    void table() {
        QFETCH(quint64, issuance);
        QFETCH(quint64, emission);
        QCOMPARE(quint64{blockEmissionForIssuance(issuance)}, emission);
    }

    // Away from the thresholds the integer count agrees with the chain's log2 formula.
    void matchesLog2Formula() {
        for (std::uint64_t i = 0; i < 2000; ++i) {
            const std::uint64_t issuance = (kTotalSupplyRao / 2000) * i + 987'654'321;
            const double residual = std::log2(1.0 / (1.0 - static_cast<double>(issuance) / 21e15));
            const auto k = static_cast<int>(std::floor(residual));
            if (std::abs(residual - std::round(residual)) < 1e-9)
                continue; // too close to call in double
            const auto expected = static_cast<std::uint64_t>(std::floor(1e9 / std::ldexp(1.0, k)));
            QCOMPARE(blockEmissionForIssuance(issuance), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestIssuance)
#include "tst_issuance.moc"
