// Yuma consensus against the vectors of economics.md §8.4 (subtensor epoch.rs / math.rs).
#include <QtTest>

// moc (Qt 6.4) cannot parse some C++20 standard headers; it only needs the slots below.
#ifndef Q_MOC_RUN
#include "chainclient/economics/Yuma.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <random>
#include <vector>
#endif

using namespace economics;

namespace {

// Runs one epoch and feeds the stored (u16-quantised) bonds and the new permits back, as the
// chain does between epochs.
struct Driver {
    EpochInput in;
    EpochResult last;

    void setRow(std::size_t row, std::initializer_list<std::pair<std::size_t, double>> entries) {
        std::fill_n(in.weights.begin() + static_cast<std::ptrdiff_t>(row * in.n), in.n, 0.0);
        for (auto [col, w] : entries)
            in.weights[row * in.n + col] = w;
    }
    void epoch() {
        last = runEpoch(in);
        in.bonds = bondsFromU16(bondsToU16(last.bonds));
        in.validatorPermits = last.validatorPermits;
    }
    int storedBond(std::size_t i, std::size_t j) const { return toU16Proportion(last.bonds[i * in.n + j]); }
    std::int64_t emission(std::size_t uid, std::uint64_t total = 1'000'000'000) const {
        return static_cast<std::int64_t>(splitEmission(last, AlphaRao::fromRao(total)).combined[uid].rao());
    }
};

// Reference for the κ-quantile, written independently of the partition search: sort the
// votes and return the first score whose cumulative stake passes the minority point.
double referenceQuantile(const std::vector<double>& stake, const std::vector<double>& score,
                         double majority) {
    std::vector<std::pair<double, double>> v; // (score, stake)
    double total = 0.0;
    for (std::size_t i = 0; i < stake.size(); ++i)
        if (stake[i] > 0.0)
            total += stake[i];
    for (std::size_t i = 0; i < stake.size(); ++i)
        if (stake[i] > 0.0)
            v.emplace_back(score[i], stake[i] / total);
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    double sum = 0.0;
    for (const auto& x : v)
        sum += x.second;
    const double minority = sum - majority;
    double below = 0.0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        below += v[i].second;
        const bool lastOfGroup = i + 1 == v.size() || v[i + 1].first != v[i].first;
        if (lastOfGroup && below > minority + 1e-9)
            return v[i].first;
    }
    return v.back().first;
}

} // namespace

class TestYuma : public QObject {
    Q_OBJECT

  private:
    // The chain truncates in I32F32 and drifts a bond down by one u16 step on some epochs;
    // double precision does not, so the stored values are compared within one step.
    static void compareBonds(const Driver& d, std::size_t col, std::array<int, 4> expected) {
        for (std::size_t i = 0; i < 4; ++i) {
            const int got = d.storedBond(i, col);
            if (std::abs(got - expected[i]) > 1)
                QFAIL(qPrintable(
                    QString("bond[%1][%2] = %3, expected %4").arg(i).arg(col).arg(got).arg(expected[i])));
        }
    }
    static void compareEmissions(const Driver& d, std::array<std::int64_t, 8> expected) {
        for (std::size_t i = 0; i < 8; ++i) {
            const std::int64_t got = d.emission(i);
            if (std::llabs(got - expected[i]) > 10)
                QFAIL(qPrintable(QString("E[%1] = %2, expected %3").arg(i).arg(got).arg(expected[i])));
        }
    }

  private slots:
    void weightedMedianColMatchesChain() {
        const std::vector<double> stake{0, .75, .25, 0};
        const std::vector<double> w{0, .1, 0, 0, .2, .4, 0, .3, .1, 0, .4, .5};
        auto check = [](const std::vector<double>& got, std::array<double, 3> want) {
            QCOMPARE(got.size(), std::size_t{3});
            for (std::size_t j = 0; j < 3; ++j)
                QVERIFY2(std::abs(got[j] - want[j]) < 1e-12, qPrintable(QString::number(j)));
        };
        check(weightedMedianCol(stake, w, 3, 0.24), {0, .3, .4});
        check(weightedMedianCol(stake, w, 3, 0.26), {0, .2, .4});
        check(weightedMedianCol(stake, w, 3, 0.76), {0, .2, .1});

        const std::vector<double> stake2{0, .3, .2, .5};
        const std::vector<double> w2{0, .1, 0, 0, .2, .4, 0, .3, .1, 0, 0, .5};
        check(weightedMedianCol(stake2, w2, 3, 0.51), {0, 0, .4});
    }

    void weightedMedianMatchesChain() {
        QCOMPARE(weightedMedian(std::vector<double>{.49, .51}, std::vector<double>{.5, 1}, .51), 1.0);
        QCOMPARE(weightedMedian(std::vector<double>{.51, .49}, std::vector<double>{.5, 1}, .51), .5);
        // Zero-stake voters do not count.
        QCOMPARE(weightedMedian(std::vector<double>{0, 1}, std::vector<double>{.9, .2}, .51), .2);
        QCOMPARE(weightedMedian(std::vector<double>{0, 0}, std::vector<double>{.9, .2}, .51), 0.0);
    }

    // Random small cases with many ties, zero stakes and boundary majorities.
    void weightedMedianMatchesReference() {
        std::mt19937_64 rng(42);
        for (int t = 0; t < 20'000; ++t) {
            const std::size_t m = 1 + rng() % 12;
            const std::uint64_t levels = 1 + rng() % 5;
            std::vector<double> stake(m);
            std::vector<double> score(m);
            for (std::size_t i = 0; i < m; ++i) {
                stake[i] = rng() % 4 == 0 ? 0.0 : static_cast<double>(1 + rng() % 5);
                score[i] = static_cast<double>(rng() % levels) / static_cast<double>(levels);
            }
            const double majority = static_cast<double>(rng() % 11) / 10.0;
            const double got = weightedMedian(stake, score, majority);
            const double want = referenceQuantile(stake, score, majority);
            if (got != want)
                QFAIL(qPrintable(QString("case %1: got %2, want %3").arg(t).arg(got).arg(want)));
            // The column form agrees with the single-column one.
            std::vector<double> matrix(m * 2);
            for (std::size_t i = 0; i < m; ++i) {
                matrix[i * 2] = score[i];
                matrix[i * 2 + 1] = 1.0 - score[i];
            }
            const std::vector<double> cols = weightedMedianCol(stake, matrix, 2, majority);
            QCOMPARE(cols[0], got);
        }
    }

    // test_bonds: classic Yuma, BMA 900 000, penalty 1, 4 validators and 4 servers.
    void classicBonds() {
        Driver d;
        d.in.n = 8;
        d.in.stakes = {1, 2, 3, 4, 0, 0, 0, 0};
        d.in.weights.assign(64, 0.0);
        d.in.validatorPermits = {true, true, true, true, false, false, false, false};
        d.in.variant = YumaVariant::Classic;
        d.in.bondsMovingAverage = 900'000;
        d.in.bondsPenalty = 1.0;
        d.in.maxValidators = 8;
        for (std::size_t v = 0; v < 4; ++v)
            d.setRow(v, {{4, 16383}, {5, 32767}, {6, 49149}, {7, 65535}});

        // Epoch 1: bonds follow stake; emission splits half to validators, half to servers.
        d.epoch();
        compareBonds(d, 4, {16383, 32767, 49151, 65535});
        compareEmissions(d, {49'999'998, 99'999'999, 150'000'000, 200'000'001, 49'998'779, 100'000'610,
                             149'996'337, 200'004'272});
        QVERIFY(std::abs(d.last.consensus[4] - 0.0999975584) < 1e-6);
        QVERIFY(std::abs(d.last.validatorTrust[0] - 1.0) < 1e-6);

        // Epoch 2: validator 0 only weights itself (masked), so its bonds decay.
        d.setRow(0, {{0, 65535}});
        d.epoch();
        compareBonds(d, 4, {14582, 32767, 49151, 65535});
        const std::array<double, 4> div2{0.0899967, 0.2022211, 0.3033344, 0.4044477};
        for (std::size_t i = 0; i < 4; ++i)
            QVERIFY2(std::abs(d.last.dividends[i] - div2[i]) < 1e-5, qPrintable(QString::number(i)));

        // Epoch 3: validator 1 too.
        d.setRow(1, {{1, 65535}});
        d.epoch();
        compareBonds(d, 4, {12603, 28321, 49151, 65535});

        // Epoch 4: validator 2 too; validator 3 alone is below κ, so there is no consensus and
        // validators take the whole emission by stake.
        d.setRow(2, {{2, 65535}});
        d.epoch();
        compareBonds(d, 7, {12602, 28320, 49150, 65535});
        for (std::size_t j = 4; j < 8; ++j)
            QCOMPARE(d.last.consensus[j], 0.0);
        compareEmissions(d, {99'999'999, 199'999'999, 299'999'999, 399'999'999, 0, 0, 0, 0});

        // Epoch 5: validator 2 moves to server 7 only.
        d.setRow(2, {{7, 65535}});
        d.epoch();
        compareBonds(d, 7, {10951, 24609, 49150, 65535});
        QVERIFY(std::abs(d.last.incentive[7] - 1.0) < 1e-9);
        QVERIFY(std::llabs(d.emission(7) - 500'000'000) <= 10);

        // Epoch 6: same weights, bonds keep moving toward validators 2 and 3.
        d.epoch();
        compareBonds(d, 7, {9559, 21482, 49150, 65535});
    }

    // test_yuma_3_kappa_moves_first: Yuma3 with liquid alpha (0.1, 0.3), steepness 1000,
    // BMA 975 000, κ 0.5, penalty 0. Validators A (0.8), B, C (0.1 each); servers 3 and 4.
    void yuma3KappaMovesFirst() {
        Driver d;
        d.in.n = 5;
        d.in.stakes = {8, 1, 1, 0, 0};
        d.in.weights.assign(25, 0.0);
        d.in.validatorPermits = {true, true, true, false, false};
        d.in.variant = YumaVariant::Yuma3;
        d.in.bondsMovingAverage = 975'000;
        d.in.bondsPenalty = 0.0;
        d.in.kappa = 32767.0 / 65535.0;
        d.in.liquidAlpha = LiquidAlpha{0.1, 0.3, 1000.0};
        d.in.maxValidators = 3;

        struct Expect {
            std::array<std::array<double, 2>, 3> bonds;
            std::array<double, 3> dividends;
        };
        const std::array<Expect, 6> expect{{
            {{{{.1013, 0}, {.1013, 0}, {.1013, 0}}}, {.8000, .1000, .1000}},
            {{{{.0908, .1013}, {.3697, 0}, {.3697, 0}}}, {1.0, 0, 0}},
            {{{{.0815, .1924}, {.3170, .1013}, {.5580, 0}}}, {.9382, .0618, 0}},
            {{{{.0731, .2742}, {.2765, .1924}, {.4306, .1013}}}, {.8819, .0773, .0407}},
            {{{{.0656, .3478}, {.2435, .2742}, {.3589, .1924}}}, {.8564, .0844, .0592}},
            {{{{.0588, .4139}, {.2157, .3478}, {.3089, .2742}}}, {.8418, .0884, .0697}},
        }};
        const std::pair<std::size_t, double> s3{3, 65535};
        const std::pair<std::size_t, double> s4{4, 65535};
        for (std::size_t e = 0; e < expect.size(); ++e) {
            if (e == 0) {
                for (std::size_t v = 0; v < 3; ++v)
                    d.setRow(v, {s3});
            } else if (e == 1) {
                d.setRow(0, {s4});
                d.setRow(1, {s3});
                d.setRow(2, {s3});
            } else if (e == 2) {
                d.setRow(1, {s4});
            } else if (e == 3) {
                d.setRow(2, {s4});
            }
            d.epoch();
            for (std::size_t v = 0; v < 3; ++v) {
                for (std::size_t s = 0; s < 2; ++s) {
                    const double got = d.in.bonds[v * 5 + 3 + s]; // as stored and read back
                    QVERIFY2(
                        std::abs(got - expect[e].bonds[v][s]) <= 1e-3,
                        qPrintable(QString("epoch %1 bond[%2][S%3] = %4").arg(e).arg(v).arg(s + 3).arg(got)));
                }
                QVERIFY2(std::abs(d.last.dividends[v] - expect[e].dividends[v]) <= 1e-3,
                         qPrintable(QString("epoch %1 D[%2] = %3").arg(e).arg(v).arg(d.last.dividends[v])));
            }
        }
    }

    void emissionSplitFollowsIncentiveAndDividends() {
        EpochResult r;
        r.n = 3;
        r.incentive = {0, 0, 1};
        r.dividends = {.25, .75, 0};
        r.stake = {.5, .5, 0};
        r.activeStake = {.5, .5, 0};
        const EmissionSplit s = splitEmission(r, AlphaRao::fromRao(1'000));
        QCOMPARE(s.server[2].rao(), 500u);
        QCOMPARE(s.validator[0].rao(), 125u);
        QCOMPARE(s.validator[1].rao(), 375u);
        QCOMPARE(s.combined[1].rao(), 375u);

        // Nobody earned: validators share E by active stake.
        r.incentive = {0, 0, 0};
        r.dividends = {0, 0, 0};
        r.activeStake = {0, 1, 0};
        const EmissionSplit z = splitEmission(r, AlphaRao::fromRao(1'000));
        QCOMPARE(z.validator[1].rao(), 1000u);
        QCOMPARE(z.validator[0].rao(), 0u);
        QCOMPARE(z.server[2].rao(), 0u);
        // …or by stake when nobody is active.
        r.activeStake = {0, 0, 0};
        QCOMPARE(splitEmission(r, AlphaRao::fromRao(1'000)).validator[0].rao(), 500u);
    }

    void ownerKeepsSelfWeightAndPermit() {
        EpochInput in;
        in.n = 3;
        in.stakes = {1, 0, 0};
        in.weights = {65535, 0, 65535, 0, 0, 0, 0, 0, 0};
        in.ownerUid = 0;
        const EpochResult r = runEpoch(in);
        QVERIFY(r.validatorPermits[0]);
        QVERIFY(std::abs(r.incentive[0] - 0.5) < 1e-12);
        QVERIFY(std::abs(r.incentive[2] - 0.5) < 1e-12);
    }

    void losingPermitClearsBonds() {
        EpochInput in;
        in.n = 3;
        in.stakes = {1, 2, 0};
        in.weights = {0, 0, 1, 0, 0, 1, 0, 0, 0};
        in.bonds = {0, 0, .5, 0, 0, .5, 0, 0, 0};
        in.validatorPermits = {true, true, false};
        in.maxValidators = 1; // only UID 1 keeps its permit
        const EpochResult r = runEpoch(in);
        QVERIFY(!r.validatorPermits[0]);
        QCOMPARE(r.bonds[0 * 3 + 2], 0.0);
        QVERIFY(r.bonds[1 * 3 + 2] > 0.0);
    }

    void outdatedWeightsAndNewColumnsAreMasked() {
        EpochInput in;
        in.n = 3;
        in.stakes = {1, 0, 0};
        in.weights = {0, 1, 1, 0, 0, 0, 0, 0, 0};
        in.validatorPermits = {true, false, false};
        in.weightsSetAt = {10, 0, 0};
        in.registeredAt = {0, 5, 20}; // UID 2 registered after the weights were set
        in.bonds = {0, .5, .5, 0, 0, 0, 0, 0, 0};
        in.recentlyRegistered = {false, false, true};
        in.liquidAlpha.reset();
        in.bondsMovingAverage = 900'000;
        const EpochResult r = runEpoch(in);
        QVERIFY(std::abs(r.incentive[1] - 1.0) < 1e-12);
        QCOMPARE(r.incentive[2], 0.0);
        QCOMPARE(r.bonds[2], 0.0);                                // column reset, no new weight
        QVERIFY(std::abs(r.bonds[1] - (0.9 * .5 + 0.1)) < 1e-12); // Yuma3 EMA toward W = 1
    }

    // The chain reads stored bonds through this table; it must equal the division bit for bit.
    void u16ProportionTableEqualsDivision() {
        const double* table = u16ProportionTable();
        int differing = 0;
        for (unsigned u = 0; u <= 65535; ++u) {
            const double want = static_cast<double>(u) / 65535.0;
            differing += std::memcmp(&table[u], &want, sizeof want) != 0 ? 1 : 0;
        }
        QCOMPARE(differing, 0);
        QCOMPARE(table[65535], 1.0);
    }
};

QTEST_GUILESS_MAIN(TestYuma)
#include "tst_yuma.moc"
