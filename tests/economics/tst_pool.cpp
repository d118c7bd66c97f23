// Balancer pool math against the chain's own test vectors (economics.md §8.2).

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "chainclient/economics/Pool.h"

#include <cmath>

using namespace economics;

namespace {
PoolState pool(std::uint64_t tao, std::uint64_t alpha, double w = 0.5, std::uint16_t fee = 33) {
    return PoolState{Rao::fromRao(tao), AlphaRao::fromRao(alpha), w, fee};
}
} // namespace

class TestPool : public QObject {
    Q_OBJECT
private slots:
    void initialPrice() {
        QCOMPARE(pool(1'000'000'000, 4'000'000'000).price(), 0.25);
        // test_swap_initialization_with_price: w2 = 1e9/(0.2·4e9 + 1e9) gives price 0.2.
        const double w2 = 1e9 / (0.2 * 4e9 + 1e9);
        QVERIFY(std::abs(w2 - 0.5556) < 1e-4);
        QVERIFY(std::abs(pool(1'000'000'000, 4'000'000'000, w2).price() - 0.2) < 1e-12);
    }

    void swapBasic_data() {
        QTest::addColumn<bool>("buy");
        QTest::addColumn<qulonglong>("amount");
        QTest::addColumn<qulonglong>("fee");
        QTest::addColumn<qulonglong>("out");
        QTest::newRow("buy 1000") << true << 1000ULL << 0ULL << 3999ULL;
        QTest::newRow("buy 2000") << true << 2000ULL << 1ULL << 7995ULL;
        QTest::newRow("buy 123456") << true << 123456ULL << 62ULL << 493515ULL;
        QTest::newRow("buy 1e9") << true << 1000000000ULL << 503547ULL << 1999496326ULL;
        QTest::newRow("buy 1e10") << true << 10000000000ULL << 5035477ULL << 3636197098ULL;
        QTest::newRow("sell 1000") << false << 1000ULL << 0ULL << 249ULL;
        QTest::newRow("sell 2000") << false << 2000ULL << 1ULL << 499ULL;
        QTest::newRow("sell 123456") << false << 123456ULL << 62ULL << 30847ULL;
    }
    void swapBasic() {
        QFETCH(bool, buy);
        QFETCH(qulonglong, amount);
        QFETCH(qulonglong, fee);
        QFETCH(qulonglong, out);
        const PoolState p = pool(1'000'000'000, 4'000'000'000);
        SwapRequest req{buy ? SwapSide::Buy : SwapSide::Sell, amount, buy ? 1000.0 : 0.0001, true, false};
        auto r = Pool::swap(p, req);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r->fee, fee);
        QCOMPARE(r->netIn, amount - fee);
        QVERIFY2(std::llabs(static_cast<long long>(r->amountOut) - static_cast<long long>(out)) <= 1,
                 qPrintable(QString::number(r->amountOut)));
    }

    void convertDeltas_data() {
        QTest::addColumn<double>("y");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("w2");
        QTest::addColumn<double>("delta");
        QTest::addColumn<qulonglong>("sell");
        QTest::addColumn<qulonglong>("buy");
        QTest::newRow("w .5 d 1e4") << 1500.0 << 1000.0 << 0.5 << 1e4 << 1363ULL << 869ULL;
        QTest::newRow("w .1 d 1e4") << 1500.0 << 1000.0 << 0.1 << 1e4 << 1499ULL << 202ULL;
        QTest::newRow("w .9 d 1e4") << 1500.0 << 1000.0 << 0.9 << 1e4 << 350ULL << 999ULL;
        QTest::newRow("w .1 d 1e6") << 1500.0 << 1000.0 << 0.1 << 1e6 << 1500ULL << 514ULL;
    }
    void convertDeltas() {
        QFETCH(double, y);
        QFETCH(double, x);
        QFETCH(double, w2);
        QFETCH(double, delta);
        QFETCH(qulonglong, sell);
        QFETCH(qulonglong, buy);
        const PoolState p = pool(static_cast<std::uint64_t>(y), static_cast<std::uint64_t>(x), w2, 0);
        const auto d = static_cast<std::uint64_t>(delta);
        QVERIFY(std::llabs(static_cast<long long>(Pool::sellOut(p, d)) - static_cast<long long>(sell)) <= 2);
        QVERIFY(std::llabs(static_cast<long long>(Pool::buyOut(p, d)) - static_cast<long long>(buy)) <= 2);
    }

    void deltaInToPrice() {
        // test_calculate_quote_delta_in: w1 = 0.75 (w2 = 0.25), price 0.1 → 0.2, y = 1e9.
        PoolState p = pool(1'000'000'000, 0, 0.25, 0);
        p.alpha = AlphaRao::fromRao(static_cast<std::uint64_t>(std::llround((0.75 / 0.25) * 1e9 / 0.1)));
        QVERIFY(std::abs(p.price() - 0.1) < 1e-12);
        QVERIFY(std::llabs(static_cast<long long>(Pool::netInputToPrice(p, SwapSide::Buy, 0.2)) - 681'792'830LL) <= 2);
        // test_calculate_base_delta_in: w2 = 0.25, price 0.2 → 0.1, x = 1e9 → Δx = 189 207 115.
        PoolState q = pool(0, 1'000'000'000, 0.25, 0);
        q.tao = Rao::fromRao(static_cast<std::uint64_t>(std::llround(0.2 * 1e9 * 0.25 / 0.75)));
        QVERIFY(std::abs(q.price() - 0.2) < 1e-9);
        QVERIFY(std::llabs(static_cast<long long>(Pool::netInputToPrice(q, SwapSide::Sell, 0.1)) - 189'207'115LL) <= 2);
        // The impossible direction returns 0.
        QCOMPARE(Pool::netInputToPrice(p, SwapSide::Buy, 0.05), 0ULL);
        QCOMPARE(Pool::netInputToPrice(q, SwapSide::Sell, 0.3), 0ULL);
    }

    void reverseSwapLandsOnTarget() {
        const PoolState p = pool(1'000'000'000'000, 4'000'000'000'000, 0.5, 0);
        const std::uint64_t dy = Pool::netInputToPrice(p, SwapSide::Buy, 0.3);
        auto r = Pool::swap(p, {SwapSide::Buy, dy, std::nullopt, true, true});
        QVERIFY(r.ok());
        QVERIFY(std::abs(r->priceAfter / 0.3 - 1.0) < 1e-9);
    }

    void injectionKeepsPrice_data() {
        QTest::addColumn<qulonglong>("dy");
        QTest::addColumn<qulonglong>("dx");
        QTest::newRow("0,0") << 0ULL << 0ULL;
        QTest::newRow("1e12,1e12") << 1'000'000'000'000ULL << 1'000'000'000'000ULL;
        QTest::newRow("odd") << 1'234'567ULL << 2'432'765'890ULL;
    }
    void injectionKeepsPrice() {
        QFETCH(qulonglong, dy);
        QFETCH(qulonglong, dx);
        PoolState p = pool(1'000'000'000'000, 4'000'000'000'000);
        const double before = p.price();
        auto w = Pool::weightAfterInjection(p, Rao::fromRao(dy), AlphaRao::fromRao(dx));
        QVERIFY(w.has_value());
        const double y = 1e12 + static_cast<double>(dy), x = 4e12 + static_cast<double>(dx);
        QVERIFY(std::abs(*w - y / (before * x + y)) < 1e-12);
        p.tao += Rao::fromRao(dy);
        p.alpha += AlphaRao::fromRao(dx);
        p.taoWeight = *w;
        QVERIFY(std::abs(p.price() / before - 1.0) < 1e-12);
    }

    void inputLimitIsExactly1000xReserve() {
        const PoolState p = pool(10'000'000, 10'000'000'000'000, 0.5, 0);
        QVERIFY(Pool::swap(p, {SwapSide::Buy, 10'000'000ULL * 1000, std::nullopt, true, false}).ok());
        auto over = Pool::swap(p, {SwapSide::Buy, 10'000'000ULL * 1000 + 1, std::nullopt, true, false});
        QVERIFY(!over.ok());
        QCOMPARE(over.error().code, ErrorCode::InputTooLarge);
    }

    void guards() {
        const PoolState p = pool(1'000'000'000, 4'000'000'000);
        auto zero = Pool::swap(p, {SwapSide::Buy, 0, std::nullopt, true, false});
        QCOMPARE(zero.error().code, ErrorCode::InvalidAmount);
        auto dust = Pool::swap(p, {SwapSide::Sell, 1, std::nullopt, true, false});
        QCOMPARE(dust.error().code, ErrorCode::ReservesTooLow); // rounds to 0 TAO out
        auto drain = Pool::swap(pool(2'000'000, 1'000'000'000'000), {SwapSide::Sell, 1'000'000'000'000'000, std::nullopt, true, false});
        QVERIFY(!drain.ok());
        QCOMPARE(drain.error().code, ErrorCode::ReservesTooLow);
    }

    void limitWithAndWithoutPartial() {
        const PoolState p = pool(1'000'000'000'000, 4'000'000'000'000); // price 0.25
        const double limit = 0.26;
        auto strict = Pool::swap(p, {SwapSide::Buy, 100'000'000'000, limit, false, false});
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().code, ErrorCode::SlippageTooHigh);
        auto partial = Pool::swap(p, {SwapSide::Buy, 100'000'000'000, limit, true, false});
        QVERIFY(partial.ok());
        QVERIFY(partial->refund > 0);
        QCOMPARE(partial->amountIn + partial->refund, 100'000'000'000ULL);
        QVERIFY(partial->priceAfter <= limit * (1 + 1e-9));
        QCOMPARE(Pool::maxAmountAtLimit(p, SwapSide::Buy, limit), partial->amountIn);
    }

    void sellFeeGoesToAuthorAndPoolKeepsAlpha() {
        const PoolState p = pool(1'000'000'000'000, 4'000'000'000'000);
        auto r = Pool::swap(p, {SwapSide::Sell, 10'000'000'000, std::nullopt, true, false});
        QVERIFY(r.ok());
        QVERIFY(r->fee > 0 && r->feeTaoValue > 0);
        QCOMPARE(r->after.alpha.rao(), p.alpha.rao() + 10'000'000'000ULL);
        QCOMPARE(r->after.tao.rao(), p.tao.rao() - r->amountOut - r->feeTaoValue);
    }
};

QTEST_GUILESS_MAIN(TestPool)
#include "tst_pool.moc"
