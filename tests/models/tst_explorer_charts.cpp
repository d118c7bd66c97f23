// Chart data of the explorer: candles and min/max reduction keep the extremes, pool depth
// follows the pool math, the stacked emission bands add up, and halving thresholds agree with
// the chain's block emission.

#include <QtTest>

#include "chainclient/economics/Issuance.h"
#include "chainclient/economics/Pool.h"
#include "models/Downsample.h"
#include "models/explorer/EmissionAllocation.h"
#include "models/explorer/HalvingProgress.h"
#include "models/explorer/PoolDepth.h"
#include "models/explorer/PriceChartData.h"
#include "models/store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>

class TestExplorerCharts : public QObject {
    Q_OBJECT
private slots:
    void candlesKeepOpenHighLowClose() {
        // Blocks 100..129, 10 per candle; a spike at block 113 and a dip at block 127.
        QVector<QPointF> points;
        QVector<quint64> blocks;
        for (int b = 100; b < 130; ++b) {
            double p = 1.0 + 0.001 * (b - 100);
            if (b == 113) p = 5.0;
            if (b == 127) p = 0.2;
            points.push_back({b * 12'000.0, p});
            blocks.push_back(b);
        }
        const auto c = models::PriceChartData::candles(points, blocks, 100, 10);
        QCOMPARE(c.size(), 3);
        QCOMPARE(c[0].open, 1.0);
        QCOMPARE(c[0].close, 1.009);
        QCOMPARE(c[1].open, c[0].close); // joined to the previous close
        QCOMPARE(c[1].high, 5.0);
        QCOMPARE(c[2].low, 0.2);
        QCOMPARE(c[2].close, 1.029);
        QCOMPARE(c[1].startMs, 110 * 12'000LL);
    }

    void chartCandlesComeFromTradesAndFallBackToBlockPrices() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("candles.sqlite"));
        QVERIFY(!models::Database::open(path, QStringLiteral("c"), models::Database::Mode::ReadWrite).has_value());
        {
            QSqlQuery q(models::Database::connection(QStringLiteral("c")));
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            // Every block closes at 1.0 TAO per Alpha; two trades move the price inside blocks 150 and 151.
            for (int b = 1; b <= 300; ++b) {
                QVERIFY(q.exec(QStringLiteral("INSERT INTO blocks VALUES (%1, %2, 0, 0)").arg(b).arg(qint64(b) * 12'000)));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO subnet_snapshots (netuid, block, tao_in, alpha_in, alpha_out, price,"
                                              " moving_price, tao_weight, tao_in_emission, alpha_in_emission, alpha_out_emission,"
                                              " emission_share, volume, n_uids, n_validators) VALUES (1, %1, 1, 1, 0, 1.0, 1.0,"
                                              " 0.5, 0, 0, 0, 0, 0, 1, 1)").arg(b)));
            }
            QVERIFY(q.exec(QStringLiteral("INSERT INTO trades (block, netuid, side, coldkey_id, hotkey_id, tao, alpha, fee, price)"
                                          " VALUES (150, 1, 0, 1, 1, 500, 400, 1, 1.5), (151, 1, 1, 1, 1, 700, 900, 1, 0.6)")));
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
        }
        models::Database::close(QStringLiteral("c"));

        const auto s = models::PriceChartData::load(path, 1, models::Timeframe::Hour, 100);
        QCOMPARE(s.candleMs, qint64(5 * 12'000)); // 1 min candles
        QVERIFY(s.candles.size() >= 50);
        int withTrades = 0;
        for (const auto& c : s.candles) {
            if (c.volume == 0) { // no trade: the block prices alone
                QCOMPARE(c.high, 1.0);
                QCOMPARE(c.low, 1.0);
                continue;
            }
            ++withTrades;
            QCOMPARE(c.close, 1.0);
            const bool up = c.high > 1.0;
            QCOMPARE(up ? c.high : c.low, up ? 1.5 : 0.6);
            QCOMPARE(c.volume, up ? 500ULL : 700ULL);
            QCOMPARE(c.startMs, qint64(up ? 146 : 151) * 12'000);
        }
        QCOMPARE(withTrades, 2);
        // The week view's hourly candles are the stored ones: the writer did not run here, so none.
        QVERIFY(models::PriceChartData::load(path, 1, models::Timeframe::Week, 100).candles.isEmpty());
    }

    void downsamplingKeepsExtremesOfAMillionPoints() {
        QVector<QPointF> points;
        points.reserve(1'000'000);
        for (int i = 0; i < 1'000'000; ++i) points.push_back({static_cast<double>(i), std::sin(i / 5000.0)});
        points[123'457].setY(9.0);
        points[876'543].setY(-9.0);
        const auto reduced = models::downsampleMinMax(points, 800);
        QVERIFY(reduced.size() <= 1'600);
        const auto [lo, hi] = std::minmax_element(reduced.begin(), reduced.end(), [](auto& a, auto& b) { return a.y() < b.y(); });
        QCOMPARE(hi->y(), 9.0);
        QCOMPARE(hi->x(), 123'457.0);
        QCOMPARE(lo->y(), -9.0);
        QCOMPARE(reduced.front().x(), 0.0);
        QVERIFY(std::is_sorted(reduced.begin(), reduced.end(), [](auto& a, auto& b) { return a.x() < b.x(); }));
    }

    void poolDepthMatchesPoolSwap() {
        chainclient::SubnetSnapshot s;
        s.taoIn = 10'000ULL * 1'000'000'000ULL;
        s.alphaIn = 400'000ULL * 1'000'000'000ULL;
        s.taoWeight = 0.18;
        s.feeRate = 33;
        const auto depth = models::PoolDepth::compute(s, 40, 0.5);
        QCOMPARE(depth.stake.size(), 40);
        QCOMPARE(depth.unstake.size(), 40);
        QVERIFY(std::abs(depth.stake.front().x() - 0.1) < 1e-9);
        QVERIFY(std::abs(depth.stake.back().x() - 5'000.0) < 1e-6);
        for (int i = 1; i < depth.stake.size(); ++i) {
            QVERIFY(depth.stake[i].y() > depth.stake[i - 1].y()); // bigger buys move the price more
            QVERIFY(depth.unstake[i].y() < depth.unstake[i - 1].y());
        }
        QVERIFY(depth.unstake.back().y() < 0 && depth.stake.front().y() > 0);
        // The last point is exactly what Pool::swap says for 5 000 TAO in.
        economics::PoolState pool{economics::Rao::fromRao(s.taoIn), economics::AlphaRao::fromRao(s.alphaIn), 0.18, 33};
        const auto r = economics::Pool::swap(pool, {economics::SwapSide::Buy, 5'000ULL * 1'000'000'000ULL, std::nullopt, true, false});
        QVERIFY(r.ok());
        QVERIFY(std::abs(depth.stake.back().y() - (r.value().priceAfter / pool.price() - 1) * 100) < 1e-6);
    }

    void emissionBandsStackToTheTotal() {
        models::NetworkHistory h;
        h.blocks = {10, 20, 30};
        h.timestampsMs = {1000, 2000, 3000};
        const double shares[4][3] = {{0.4, 0.4, 0.1}, {0.3, 0.3, 0.5}, {0.2, 0.2, 0.2}, {0.1, 0.1, 0.2}};
        for (int n = 0; n < 4; ++n) {
            models::SubnetHistory s;
            s.netuid = n + 1;
            s.name = QStringLiteral("s%1").arg(n + 1);
            for (int i = 0; i < 3; ++i) {
                models::LifecycleSample smp;
                smp.block = h.blocks[i];
                smp.emissionShare = shares[n][i];
                s.samples.push_back(smp);
            }
            h.subnets.push_back(s);
        }
        const auto bands = models::EmissionAllocation::stacked(h, 2);
        QCOMPARE(bands.size(), 3);
        QCOMPARE(bands[0].netuid, 2); // largest newest share first (0.5)
        QCOMPARE(bands[2].netuid, -1);
        QCOMPARE(bands[1].netuid, 3); // 0.2, tied with netuid 4: the earlier one stays first
        QCOMPARE(bands[2].latestShare, 0.1 + 0.2); // netuids 1 and 4
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(bands[0].lower[i].y(), 0.0);
            QCOMPARE(bands[1].lower[i].y(), bands[0].upper[i].y());
            QVERIFY(std::abs(bands[2].upper[i].y() - 100.0) < 1e-9);
        }
    }

    void halvingThresholdsAgreeWithTheChain() {
        const auto start = models::HalvingProgress::at(0);
        QCOMPARE(start.halvings, 0);
        QCOMPARE(start.blockEmission, 1'000'000'000ULL);
        QCOMPARE(start.nextThreshold, 10'500'000ULL * 1'000'000'000ULL);
        QCOMPARE(economics::blockEmissionForIssuance(start.nextThreshold - 1), 1'000'000'000ULL);
        QCOMPARE(economics::blockEmissionForIssuance(start.nextThreshold), 500'000'000ULL);
        const auto mid = models::HalvingProgress::at(5'250'000ULL * 1'000'000'000ULL);
        QVERIFY(std::abs(mid.fraction - 0.5) < 1e-12);
        QCOMPARE(mid.blocksToNext, 5'250'000ULL);
        const auto second = models::HalvingProgress::at(12'000'000ULL * 1'000'000'000ULL);
        QCOMPARE(second.halvings, 1);
        QCOMPARE(second.previousThreshold, 10'500'000ULL * 1'000'000'000ULL);
        QCOMPARE(economics::blockEmissionForIssuance(second.nextThreshold), 250'000'000ULL);
        QCOMPARE(economics::blockEmissionForIssuance(second.nextThreshold - 1), 500'000'000ULL);
    }
};

QTEST_GUILESS_MAIN(TestExplorerCharts)
#include "tst_explorer_charts.moc"
