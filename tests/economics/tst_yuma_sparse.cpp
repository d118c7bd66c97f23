// The sparse Yuma epoch (the chain's path) against the dense reference on random sparse
// inputs: every output agrees to 1e-9 over several epochs of fed-back bonds and permits.
#include <QtTest>

// moc (Qt 6.4) cannot parse some C++20 standard headers; it only needs the slots below.
#ifndef Q_MOC_RUN
#include "chainclient/economics/Registration.h"
#include "chainclient/economics/Yuma.h"

#include <algorithm>
#include <numeric>

#include <array>
#include <cmath>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>
#endif

using namespace economics;

namespace {

constexpr double kTol = 1e-9;

SparseRows toSparse(const std::vector<double>& dense, const std::vector<std::size_t>& rowUids, std::size_t n,
                    bool denseIsFull) {
    SparseRows s;
    for (std::size_t k = 0; k < rowUids.size(); ++k) {
        const std::size_t src = denseIsFull ? rowUids[k] : k;
        for (std::size_t j = 0; j < n; ++j)
            if (dense[src * n + j] != 0.0)
                s.push(static_cast<std::uint32_t>(j), dense[src * n + j]);
        s.endRow();
    }
    return s;
}

// The chain's form of a dense input: compressed rows of `rowUids` (weights, and the n×n stored
// bonds when there are any), nothing dense.
EpochInput sparseInputOf(const EpochInput& dense, const std::vector<std::size_t>& rowUids, const std::vector<double>& fullBonds) {
    EpochInput sparse = dense;
    sparse.weights.clear();
    sparse.bonds.clear();
    sparse.sparse = true;
    sparse.rowUids = rowUids;
    sparse.sparseWeights = toSparse(dense.weights, rowUids, dense.n, true);
    if (!fullBonds.empty())
        sparse.sparseBonds = toSparse(fullBonds, rowUids, dense.n, true);
    return sparse;
}

// Dense bonds (n×n) from a sparse result, to feed the reference the same stored bonds.
std::vector<double> densify(const EpochResult& r, std::size_t n) {
    std::vector<double> d(n * n, 0.0);
    for (std::size_t t = 0; t < r.bondRows.size(); ++t)
        for (std::uint32_t e = r.sparseBonds.start[t]; e < r.sparseBonds.start[t + 1]; ++e)
            d[r.bondRows[t] * n + r.sparseBonds.col[e]] = r.sparseBonds.value[e];
    return d;
}

bool near(const std::vector<double>& a, const std::vector<double>& b, std::string& why, const char* what) {
    if (a.size() != b.size()) {
        why = std::string(what) + ": size differs";
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::abs(a[i] - b[i]) > kTol) {
            why = std::string(what) + "[" + std::to_string(i) + "]: dense " + std::to_string(a[i]) + " sparse " +
                  std::to_string(b[i]);
            return false;
        }
    return true;
}

EpochInput randomInput(std::mt19937_64& rng, std::size_t n, double density) {
    std::uniform_real_distribution<double> u(0.0, 1.0);
    EpochInput in;
    in.n = n;
    in.stakes.resize(n);
    in.validatorPermits.resize(n);
    in.active.resize(n);
    in.recentlyRegistered.resize(n);
    in.weightsSetAt.resize(n);
    in.registeredAt.resize(n);
    in.weights.assign(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        in.stakes[i] = u(rng) < 0.2 ? 0.0 : std::floor(1e6 * u(rng) * u(rng));
        in.validatorPermits[i] = u(rng) < 0.5;
        in.active[i] = u(rng) < 0.9;
        in.recentlyRegistered[i] = u(rng) < 0.05;
        in.registeredAt[i] = static_cast<std::uint64_t>(100 * u(rng));
        in.weightsSetAt[i] = 20 + static_cast<std::uint64_t>(100 * u(rng));
        if (u(rng) < 0.6) // a validator-like row
            for (std::size_t j = 0; j < n; ++j)
                if (u(rng) < density)
                    in.weights[i * n + j] = u(rng) < 0.05 ? 0.0 : std::floor(65535.0 * u(rng));
    }
    in.maxValidators = 1 + n / 3;
    if (u(rng) < 0.5)
        in.ownerUid = static_cast<std::size_t>(u(rng) * static_cast<double>(n));
    in.stakeThreshold = u(rng) < 0.3 ? 1000.0 : 0.0;
    in.bondsPenalty = u(rng) < 0.3 ? 0.0 : u(rng);
    in.kappa = u(rng) < 0.7 ? 32767.0 / 65535.0 : 0.3 + 0.4 * u(rng);
    return in;
}

} // namespace

class TestYumaSparse : public QObject {
    Q_OBJECT

private slots:
    void sparseMatchesDense_data() {
        QTest::addColumn<int>("variant");
        QTest::addColumn<bool>("liquid");
        QTest::addColumn<bool>("subsetRows");
        QTest::newRow("yuma3") << 0 << false << false;
        QTest::newRow("yuma3 liquid alpha") << 0 << true << false;
        QTest::newRow("yuma3 compact subset") << 0 << false << true;
        QTest::newRow("classic") << 1 << false << false;
        QTest::newRow("classic compact subset") << 1 << false << true;
    }

    void sparseMatchesDense() {
        QFETCH(int, variant);
        QFETCH(bool, liquid);
        QFETCH(bool, subsetRows);
        std::mt19937_64 rng(1234 + static_cast<unsigned>(variant) * 7 + (liquid ? 1 : 0) + (subsetRows ? 3 : 0));
        int compared = 0;
        for (int trial = 0; trial < 60; ++trial) {
            const std::size_t n = 2 + rng() % 40;
            const double density = std::array<double, 4>{0.05, 0.2, 0.6, 1.0}[rng() % 4];
            EpochInput dense = randomInput(rng, n, density);
            dense.variant = variant == 0 ? YumaVariant::Yuma3 : YumaVariant::Classic;
            if (liquid)
                dense.liquidAlpha = LiquidAlpha{};
            std::vector<double> fullBonds; // n×n, what the chain has stored
            for (int epoch = 0; epoch < 4; ++epoch) {
                // Rows passed: every UID, or (compact) those with weights or bonds, as the chain does.
                std::vector<std::size_t> rowUids;
                for (std::size_t i = 0; i < n; ++i) {
                    bool any = !subsetRows;
                    for (std::size_t j = 0; j < n && !any; ++j)
                        any = dense.weights[i * n + j] != 0.0 || (!fullBonds.empty() && fullBonds[i * n + j] != 0.0);
                    if (any)
                        rowUids.push_back(i);
                }
                if (rowUids.empty())
                    break;
                const EpochInput sparse = sparseInputOf(dense, rowUids, fullBonds);
                EpochInput ref = dense;
                if (subsetRows) {
                    ref.rowUids = rowUids;
                    ref.weights.assign(rowUids.size() * n, 0.0);
                    ref.bonds.clear();
                    if (!fullBonds.empty())
                        ref.bonds.assign(rowUids.size() * n, 0.0);
                    for (std::size_t k = 0; k < rowUids.size(); ++k)
                        for (std::size_t j = 0; j < n; ++j) {
                            ref.weights[k * n + j] = dense.weights[rowUids[k] * n + j];
                            if (!fullBonds.empty())
                                ref.bonds[k * n + j] = fullBonds[rowUids[k] * n + j];
                        }
                } else {
                    ref.bonds = fullBonds;
                }
                const EpochResult a = runEpoch(ref);
                const EpochResult b = runEpoch(sparse);
                std::vector<double> aBonds(n * n, 0.0);
                if (subsetRows) {
                    for (std::size_t k = 0; k < a.bondRows.size(); ++k)
                        for (std::size_t j = 0; j < n; ++j)
                            aBonds[a.bondRows[k] * n + j] = a.bonds[k * n + j];
                } else {
                    aBonds = a.bonds;
                }
                std::string why;
                const bool same = near(a.stake, b.stake, why, "stake") && near(a.activeStake, b.activeStake, why, "activeStake") &&
                                  near(a.consensus, b.consensus, why, "consensus") && near(a.incentive, b.incentive, why, "incentive") &&
                                  near(a.dividends, b.dividends, why, "dividends") &&
                                  near(a.validatorTrust, b.validatorTrust, why, "validatorTrust") &&
                                  near(a.trust, b.trust, why, "trust") && near(aBonds, densify(b, n), why, "bonds");
                QVERIFY2(same, qPrintable(QString("trial %1 epoch %2 n %3: %4").arg(trial).arg(epoch).arg(n).arg(why.c_str())));
                QCOMPARE(a.validatorPermits, b.validatorPermits);
                ++compared;
                // Feed back as the chain stores them: u16 proportions, the new permits, new weights.
                fullBonds = bondsFromU16(bondsToU16(densify(b, n)));
                dense.validatorPermits = b.validatorPermits;
                std::uniform_real_distribution<double> u(0.0, 1.0);
                for (double& w : dense.weights)
                    if (w != 0.0 && u(rng) < 0.3)
                        w = std::floor(65535.0 * u(rng));
                for (std::size_t i = 0; i < n; ++i)
                    dense.recentlyRegistered[i] = u(rng) < 0.05;
            }
        }
        QVERIFY(compared > 100);
    }

    // Above 2^18 voter slots (n × voters) the consensus gathers votes column by column through
    // prefix sums instead of a dense table; the chain's 256 UIDs never get there, so it is
    // checked here against the dense reference on a network of 1200 UIDs with ~570 voters.
    void manyVotersMatchDense() {
        std::mt19937_64 rng(4242);
        const std::size_t n = 1200;
        EpochInput dense = randomInput(rng, n, 0.7); // dense enough that most columns reach consensus
        // Every UID with stake votes and holds a permit, so a column's weight carries a majority.
        dense.maxValidators = n;
        dense.validatorPermits.assign(n, 1);
        dense.active.assign(n, 1);
        std::size_t voters = 0;
        for (std::size_t i = 0; i < n; ++i) {
            bool weights = false;
            for (std::size_t j = 0; j < n && !weights; ++j) weights = dense.weights[i * n + j] != 0.0;
            if (!weights) dense.stakes[i] = 0.0;
            voters += dense.stakes[i] > dense.stakeThreshold ? 1 : 0;
        }
        QVERIFY2(n * voters > (std::size_t{1} << 18), "the input must take the prefix-sum path");
        std::vector<std::size_t> all(n);
        std::iota(all.begin(), all.end(), std::size_t{0});
        std::vector<double> fullBonds;
        for (int epoch = 0; epoch < 2; ++epoch) {
            const EpochInput sparse = sparseInputOf(dense, all, fullBonds);
            EpochInput ref = dense;
            ref.bonds = fullBonds;
            const EpochResult a = runEpoch(ref);
            const EpochResult b = runEpoch(sparse);
            std::string why;
            const bool same = near(a.consensus, b.consensus, why, "consensus") && near(a.incentive, b.incentive, why, "incentive") &&
                              near(a.dividends, b.dividends, why, "dividends") && near(a.bonds, densify(b, n), why, "bonds");
            QVERIFY2(same, qPrintable(QString("epoch %1: %2").arg(epoch).arg(why.c_str())));
            QVERIFY(std::count_if(b.consensus.begin(), b.consensus.end(), [](double c) { return c > 0.0; }) > 100);
            fullBonds = bondsFromU16(bondsToU16(densify(b, n)));
            dense.validatorPermits = b.validatorPermits;
        }
    }

    // Permits go to the top k by (stake, index); the selection must match a stable sort, ties included.
    void permitsMatchStableSort() {
        std::mt19937_64 rng(99);
        for (int trial = 0; trial < 500; ++trial) {
            const std::size_t n = rng() % 40;
            const std::size_t k = rng() % 45;
            std::vector<double> stake(n);
            for (double& st : stake)
                st = static_cast<double>(rng() % 6) / 4.0; // few distinct values: many ties, some zeros
            std::vector<std::size_t> order(n);
            std::iota(order.begin(), order.end(), std::size_t{0});
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return stake[a] < stake[b]; });
            std::vector<std::uint8_t> expect(n);
            for (std::size_t i = 0; i < n; ++i)
                expect[i] = stake[i] != 0.0 ? 1 : 0;
            if (n >= k)
                for (std::size_t i = 0; i < n - k; ++i)
                    expect[order[i]] = 0;
            QCOMPARE(validatorPermits(stake, k), expect);
        }
    }

    void sparseRejectsBadShapes() {
        EpochInput in;
        in.n = 3;
        in.stakes = {1, 1, 1};
        in.sparse = true;
        in.rowUids = {0, 1};
        in.sparseWeights.push(2, 1.0);
        in.sparseWeights.endRow(); // only one row for two row UIDs
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runEpoch(in));
        in.sparseWeights.push(1, 1.0);
        in.sparseWeights.push(0, 1.0); // columns out of order
        in.sparseWeights.endRow();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, runEpoch(in));
    }
};

QTEST_GUILESS_MAIN(TestYumaSparse)
#include "tst_yuma_sparse.moc"
