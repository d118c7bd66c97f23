// Subnet/neuron lifecycle rules against economics.md §5, §6 and the vectors of §8.5.
#include <QtTest>

// moc (Qt 6.4) cannot parse some C++20 standard headers; it only needs the slots below.
#ifndef Q_MOC_RUN
#include "chainclient/economics/Registration.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <random>
#include <vector>
#endif

using namespace economics;

namespace {
constexpr std::uint64_t kTao = kRaoPerTao;
}

class TestRegistration : public QObject {
    Q_OBJECT

  private slots:
    // test_burn_decay: half-life 1000, mult 2, burn 1000 → register → 2000 → next block 1998.
    void burnDecayAfterBump() {
        Rao burn = Rao::fromRao(1000);
        burn = bumpBurn(burn, 2.0);
        QCOMPARE(burn.rao(), 2000u);
        burn = decayBurn(burn, 1000);
        QCOMPARE(burn.rao(), 1998u);
    }

    // test_burn_halves_every_half_life: Q32 flooring gives 511 after 2 blocks, 255 after 4.
    void burnHalvesEveryHalfLife() {
        Rao burn = Rao::fromRao(1024);
        burn = decayBurn(decayBurn(burn, 2), 2);
        QCOMPARE(burn.rao(), 511u);
        burn = decayBurn(decayBurn(burn, 2), 2);
        QCOMPARE(burn.rao(), 255u);
    }

    void burnBumpMultiplier() {
        QCOMPARE(bumpBurn(Rao::fromRao(1000), 3.0).rao(), 3000u);
        QCOMPARE(bumpBurn(Rao::fromRao(kTao)).rao(), 1'260'000'000u); // default ×1.26
        QCOMPARE(bumpBurn(Rao::fromRao(1000), 0.5).rao(), 1000u);     // never lowers the price
        QCOMPARE(bumpBurn(Rao::max(), 2.0), Rao::max());              // saturates
    }

    // test_update_registration_prices_for_networks: 1000 → 999 after one block at half-life 1000.
    void burnOneBlockDecay() {
        QCOMPARE(decayBurn(Rao::fromRao(1000), 1000).rao(), 999u);
        QCOMPARE(decayBurn(Rao::fromRao(1000), 0).rao(), 1000u); // half-life 0: no decay
        // The factor really is the largest Q32 value whose half-life power stays at or below 1/2.
        const std::uint64_t f = burnDecayFactorQ32(kDefaultBurnHalfLife);
        QVERIFY(std::abs(std::pow(static_cast<double>(f) / 4294967296.0, kDefaultBurnHalfLife) - 0.5) < 1e-6);
        QCOMPARE(burnDecayFactorQ32(0), std::uint64_t{1} << 32);
    }

    void burnClamp() {
        QCOMPARE(clampBurn(Rao::fromRao(1)), kDefaultMinBurn);
        QCOMPARE(clampBurn(Rao::fromRao(1000 * kTao)), kDefaultMaxBurn);
        QCOMPARE(clampBurn(Rao::fromRao(kTao)).rao(), kTao);
    }

    // test_migrate_network_lock_reduction_interval_and_decay: interval 57 600, last lock
    // 1 000 TAO → cost 2 000 TAO at the registration block.
    void lockCostDoublesAtRegistration() {
        const std::uint64_t r = effectiveLockReductionInterval(57'600, Rao::fromRao(kTao));
        QCOMPARE(r, std::uint64_t{57'600});
        QCOMPARE(networkLockCost(Rao::fromRao(1000 * kTao), 100, 100, kNetworkMinLock, r).rao(), 2000 * kTao);
    }

    // test_migrate_network_lock_cost_2500: last lock 1 250 TAO → 2 500 TAO, then one block later
    // 2·L − floor(L/R).
    void lockCostDecaysLinearly() {
        const Rao last = Rao::fromRao(1250 * kTao);
        const std::uint64_t r = 57'600;
        QCOMPARE(networkLockCost(last, 500, 500, kNetworkMinLock, r).rao(), 2500 * kTao);
        QCOMPARE(networkLockCost(last, 500, 501, kNetworkMinLock, r).rao(), 2 * last.rao() - last.rao() / r);
        // Back near L after R blocks, at the floor after 2R.
        QCOMPARE(networkLockCost(last, 500, 500 + r, kNetworkMinLock, r).rao(),
                 2 * last.rao() - (last.rao() / r) * r);
        QCOMPARE(networkLockCost(last, 500, 500 + 2 * r, kNetworkMinLock, r), kNetworkMinLock);
        QCOMPARE(networkLockCost(last, 500, 500 + 100 * r, kNetworkMinLock, r), kNetworkMinLock);
    }

    void lockCostBeforeAnyRegistrationAndHalvings() {
        // No registration yet (block 0): mult 1.
        QCOMPARE(networkLockCost(Rao::fromRao(3000 * kTao), 0, 0, kNetworkMinLock, 57'600).rao(),
                 3000 * kTao);
        // The interval halves with each TAO halving.
        QCOMPARE(effectiveLockReductionInterval(57'600, Rao::fromRao(500'000'000)), std::uint64_t{28'800});
        QCOMPARE(effectiveLockReductionInterval(57'600, Rao::fromRao(250'000'000)), std::uint64_t{14'400});
        // R = 0 (emission ended): no decay, no division by zero.
        QCOMPARE(networkLockCost(Rao::fromRao(2000 * kTao), 5, 10'000, kNetworkMinLock, 0).rao(),
                 4000 * kTao);
    }

    // dissolve_two_stakers_pro_rata_distribution: pot 10 000, stakers 300/700 → 3 000/7 000.
    void dissolutionProRata() {
        const std::vector<std::uint64_t> values{300, 700};
        const std::vector<Rao> out = distributeProRata(Rao::fromRao(10'000), values);
        QCOMPARE(out.size(), std::size_t{2});
        QCOMPARE(out[0].rao(), 3000u);
        QCOMPARE(out[1].rao(), 7000u);
    }

    // dissolve_rounding_remainder_distribution: pot 1, stakers 3/2 → the first gets the rao.
    void dissolutionRemainder() {
        const std::vector<std::uint64_t> values{3, 2};
        const std::vector<Rao> out = distributeProRata(Rao::fromRao(1), values);
        QCOMPARE(out[0].rao(), 1u);
        QCOMPARE(out[1].rao(), 0u);
    }

    void dissolutionLargestRemaindersAndTies() {
        // pot 10 over 3/3/3/1: floors 3,3,3,1 → exact. pot 11: remainders 0.3·3 → ties, earliest first.
        const std::vector<std::uint64_t> values{3, 3, 3, 1};
        const std::vector<Rao> out = distributeProRata(Rao::fromRao(11), values);
        QCOMPARE(out[0].rao(), 4u);
        QCOMPARE(out[1].rao(), 3u);
        QCOMPARE(out[2].rao(), 3u);
        QCOMPARE(out[3].rao(), 1u);
        // The largest remainder wins over an earlier smaller one: pot 10 over 1/2 (3.33/6.67).
        const std::vector<std::uint64_t> v2{1, 2};
        const std::vector<Rao> o2 = distributeProRata(Rao::fromRao(10), v2);
        QCOMPARE(o2[0].rao(), 3u);
        QCOMPARE(o2[1].rao(), 7u);
        // Zero-value entries get nothing; the whole pot is always handed out.
        const std::vector<std::uint64_t> v3{0, 5, 0, 7};
        const std::vector<Rao> o3 = distributeProRata(Rao::fromRao(1'000'000'007), v3);
        QCOMPARE(o3[0].rao(), 0u);
        QCOMPARE(o3[2].rao(), 0u);
        QCOMPARE(o3[1].rao() + o3[3].rao(), 1'000'000'007u);
        // Nothing to split.
        QCOMPARE(distributeProRata(Rao::fromRao(100), std::vector<std::uint64_t>{0, 0})[0].rao(), 0u);
        QCOMPARE(distributeProRata(Rao::zero(), std::vector<std::uint64_t>{1, 2})[1].rao(), 0u);
        // Huge values do not overflow.
        const std::vector<std::uint64_t> v4{UINT64_MAX, UINT64_MAX};
        const std::vector<Rao> o4 = distributeProRata(Rao::fromRao(UINT64_MAX), v4);
        QCOMPARE(o4[0].rao(), UINT64_MAX / 2 + 1);
        QCOMPARE(o4[1].rao(), UINT64_MAX / 2);
    }

    // register_network_seeds_new_subnet_from_even_median_snapshot and median_subnet_alpha_price_*.
    void medianPrice() {
        const std::vector<SubnetPrice> even{{NetUid{1}, 5.0}, {NetUid{2}, 2.0}};
        QCOMPARE(medianSubnetPrice(even), 3.5);
        QCOMPARE(seedAlphaIn(Rao::fromRao(1000 * kTao), 3.5).rao(),
                 static_cast<std::uint64_t>(1000.0 * kTao / 3.5));
        QCOMPARE(seedAlphaIn(Rao::fromRao(7), 3.5).rao(), 2u);

        QCOMPARE(medianSubnetPrice(std::vector<SubnetPrice>{}), 1.0);
        const std::vector<SubnetPrice> onlyIgnored{{NetUid{0}, 1.0}, {NetUid{3}, 0.0}};
        QCOMPARE(medianSubnetPrice(onlyIgnored), 1.0);

        const std::vector<SubnetPrice> odd{{NetUid{1}, 0.3}, {NetUid{2}, 0.1}, {NetUid{3}, 0.2}};
        QCOMPARE(medianSubnetPrice(odd), 0.2);

        // Root and zero prices are ignored; the rest {4, 1, 2, 8} → (2 + 4) / 2.
        const std::vector<SubnetPrice> mixed{{NetUid{0}, 100.0}, {NetUid{1}, 4.0}, {NetUid{2}, 0.0},
                                             {NetUid{3}, 1.0},   {NetUid{4}, 2.0}, {NetUid{5}, 8.0}};
        QCOMPARE(medianSubnetPrice(mixed), 3.0);
    }

    // prune_*: the lowest EMA price wins, immune subnets are skipped, ties go to the earlier registration.
    void subnetPruning() {
        const std::uint64_t immunity = 1000;
        const std::vector<SubnetPruneCandidate> subnets{
            {NetUid{0}, 0.0, 0},                             // root: never
            {NetUid{1}, 0.30, 10},  {NetUid{2}, 0.05, 5000}, // cheapest but still immune at block 5500
            {NetUid{3}, 0.10, 300}, {NetUid{4}, 0.10, 200},  // same price as 3, registered earlier
        };
        QCOMPARE(subnetToPrune(subnets, 5500, immunity), std::optional<NetUid>(NetUid{4}));
        QCOMPARE(subnetToPrune(subnets, 6000, immunity), std::optional<NetUid>(NetUid{2})); // immunity over
        QCOMPARE(subnetToPrune(subnets, 500, immunity), std::optional<NetUid>());           // all immune
        const std::vector<SubnetPruneCandidate> same{{NetUid{7}, 0.1, 10}, {NetUid{6}, 0.1, 10}};
        QCOMPARE(subnetToPrune(same, 5000, immunity), std::optional<NetUid>(NetUid{6}));
    }

    void neuronPruning() {
        const std::uint64_t immunity = 100;
        std::vector<NeuronPruneCandidate> uids;
        uids.push_back({0, AlphaRao::zero(), 0, true}); // owner: immortal even with 0 emission
        for (std::uint16_t u = 1; u <= 12; ++u)
            uids.push_back({u, AlphaRao::fromRao(1000u + u), 0, false});
        uids.push_back({13, AlphaRao::fromRao(1), 950, false}); // lowest, but immune at block 1000
        uids[5].emission = AlphaRao::fromRao(10);               // lowest non-immune
        uids[7].emission = AlphaRao::fromRao(10);               // tie on emission; uid 5 is first
        QCOMPARE(neuronToPrune(uids, 1000, immunity), std::optional<std::uint16_t>(5));
        uids[7].registeredAt = 0;
        uids[5].registeredAt = 1; // now uid 7 registered earlier
        QCOMPARE(neuronToPrune(uids, 1000, immunity), std::optional<std::uint16_t>(7));
        // Too few non-immune UIDs (≤ 10): choose among the immune ones.
        QCOMPARE(neuronToPrune(uids, 1000, immunity, 12), std::optional<std::uint16_t>(13));
        // Immunity over: uid 13 is the lowest.
        QCOMPARE(neuronToPrune(uids, 1050, immunity), std::optional<std::uint16_t>(13));
        // Only the owner: nothing to prune.
        QCOMPARE(neuronToPrune(std::vector<NeuronPruneCandidate>{uids[0]}, 1000, immunity),
                 std::optional<std::uint16_t>());
    }

    void validatorPermitsTopK() {
        const std::vector<double> stake{5, 0, 3, 9, 3, 1};
        QCOMPARE(validatorPermits(stake, 3), (std::vector<std::uint8_t>{1, 0, 0, 1, 1, 0}));
        // n < k: every non-zero stake.
        QCOMPARE(validatorPermits(stake, 64), (std::vector<std::uint8_t>{1, 0, 1, 1, 1, 1}));
        // k = n: the sort drops nothing, zero stakes still get none.
        QCOMPARE(validatorPermits(stake, 6), (std::vector<std::uint8_t>{1, 0, 1, 1, 1, 1}));
        QCOMPARE(validatorPermits(stake, 0), (std::vector<std::uint8_t>(6, 0)));
    }

    // Against the rule itself: a stable ascending sort by stake drops the first n − k, the rest
    // keep a permit when their stake is not zero. Miners' zeros, whale stakes, ties, negatives.
    void validatorPermitsMatchStableSort() {
        std::mt19937_64 rng(23);
        std::uniform_real_distribution<double> u(0, 1);
        for (int trial = 0; trial < 300; ++trial) {
            const std::size_t n = 1 + rng() % (trial % 2 ? 256 : 40);
            std::vector<double> stake(n);
            for (double& x : stake) {
                switch (trial % 4) {
                case 0: x = rng() % 3 ? 0.0 : std::pow(10.0, 9 * u(rng)); break;
                case 1: x = static_cast<double>(rng() % 4); break;
                case 2: x = static_cast<double>(rng() % 5) - 1.0; break;
                default: x = rng() % 2 ? 0.0 : std::floor(100 * u(rng)); break;
                }
            }
            std::vector<std::size_t> order(n);
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return stake[a] < stake[b]; });
            for (std::size_t k : {std::size_t{0}, std::size_t{1}, std::size_t{3}, n / 4, n / 2, n - 1, n, std::size_t{64}}) {
                std::vector<std::uint8_t> want(n);
                for (std::size_t i = 0; i < n; ++i) want[i] = stake[i] != 0.0 ? 1 : 0;
                for (std::size_t r = 0; k < n && r < n - k; ++r) want[order[r]] = 0;
                QCOMPARE(validatorPermits(stake, k), want);
            }
        }
    }

    // The branch-free selection agrees with a full sort for every k, ties and negatives included.
    void kthLargestMatchesSort() {
        std::mt19937_64 rng(5);
        for (int trial = 0; trial < 300; ++trial) {
            // Up to 300 values, the sizes validator permits and weight rows select from.
            const std::size_t n = 1 + rng() % (trial % 3 ? 60 : 300);
            std::vector<double> values(n);
            for (double& x : values)
                x = trial % 2 ? static_cast<double>(rng() % 7) - 2.0 : std::uniform_real_distribution<double>(-1, 1)(rng);
            checkKthLargest(values);
        }
    }

    // The histogram path (48 values and more) on the shapes it buckets differently: weight
    // scores in (0, 1.2], stakes spread over many orders of magnitude with a few whales, ties
    // at one value among spread ones, both zeros, infinities and the largest finite values.
    void kthLargestHistogramShapes() {
        std::mt19937_64 rng(11);
        std::uniform_real_distribution<double> u(0, 1);
        for (int trial = 0; trial < 240; ++trial) {
            const std::size_t n = 48 + rng() % (trial % 4 ? 260 : 700);
            std::vector<double> values(n);
            for (double& x : values) {
                switch (trial % 6) {
                case 0: x = std::clamp(u(rng), 0.0, 1.0) + 0.2 * (2 * u(rng) - 1); break;
                case 1: x = std::pow(10.0, 12 * u(rng)) * (rng() % 50 == 0 ? 1e6 : 1.0); break;
                case 2: x = rng() % 3 ? 0.5 : u(rng); break;
                case 3: // zeros of both signs next to their closest neighbours, or among spread values
                    x = rng() % 2 ? 0.0 : -0.0;
                    if (rng() % 5 == 0)
                        x = trial % 12 == 3 ? (rng() % 2 ? 1.0 : -1.0) * std::numeric_limits<double>::denorm_min() : u(rng) - 0.5;
                    break;
                case 4: {
                    const double pick[] = {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                                           std::numeric_limits<double>::max(), -std::numeric_limits<double>::max(),
                                           std::numeric_limits<double>::denorm_min(), 0.0, 1.0, -1.0};
                    x = rng() % 2 ? pick[rng() % 8] : u(rng) - 0.5;
                    break;
                }
                default: x = std::nextafter(1.0, 2.0 * static_cast<double>(rng() % 2)) * (1.0 + static_cast<double>(rng() % 3) * 0x1p-52); break;
                }
            }
            checkKthLargest(values);
        }
    }

    // keepLargest keeps what a stable sort by score (descending) puts first, in input order:
    // weight scores (the histogram path), heavy ties, negatives and both zeros, short rows.
    void keepLargestMatchesStableSort() {
        std::mt19937_64 rng(17);
        std::uniform_real_distribution<double> u(0, 1);
        for (int trial = 0; trial < 400; ++trial) {
            const std::size_t n = 1 + rng() % (trial % 3 ? 300 : 70);
            std::vector<double> values(n);
            for (double& x : values) {
                switch (trial % 4) {
                case 0: x = u(rng) + 0.2 * (2 * u(rng) - 1); break;
                case 1: x = static_cast<double>(rng() % 5); break;
                case 2: x = rng() % 4 ? u(rng) - 0.5 : (rng() % 2 ? 0.0 : -0.0); break;
                default: x = rng() % 10 ? 1e-3 * u(rng) : 1e6 * u(rng); break;
                }
            }
            std::vector<std::size_t> order(n);
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
            for (std::size_t k : {std::size_t{0}, std::size_t{1}, n / 5, std::size_t{48}, n - 1, n, n + 3}) {
                if (k > n + 3) continue;
                std::vector<std::size_t> want(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(std::min(k, n)));
                std::sort(want.begin(), want.end());
                std::vector<double> score = values, scratch(2 * n);
                std::vector<std::uint16_t> tag(n);
                std::iota(tag.begin(), tag.end(), std::uint16_t{0});
                const std::size_t kept = keepLargest(score.data(), tag.data(), n, k, scratch.data());
                QCOMPARE(kept, want.size());
                for (std::size_t i = 0; i < kept; ++i) {
                    QCOMPARE(static_cast<std::size_t>(tag[i]), want[i]);
                    QVERIFY(score[i] == values[want[i]]);
                }
                // The overload for known bounds keeps the same entries, with tight or loose bounds.
                const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
                for (const auto& [lowest, highest] : {std::pair{*lo, *hi}, std::pair{*lo - 2.5, *hi + 7.0}}) {
                    std::vector<double> bounded = values;
                    std::iota(tag.begin(), tag.end(), std::uint16_t{0});
                    QCOMPARE(keepLargest(bounded.data(), tag.data(), n, k, scratch.data(), lowest, highest), want.size());
                    for (std::size_t i = 0; i < want.size(); ++i) QCOMPARE(static_cast<std::size_t>(tag[i]), want[i]);
                }
            }
        }
    }

private:
    // Every k against a full sort: the value and how many are strictly larger.
    void checkKthLargest(const std::vector<double>& values) {
        const std::size_t n = values.size();
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        for (std::size_t k = 1; k <= n; ++k) {
            std::vector<double> v = values, tmp(n);
            const KthLargest got = kthLargest(v.data(), tmp.data(), n, k);
            QVERIFY2(got.value == sorted[k - 1], qPrintable(QString("n %1 k %2: %3 instead of %4").arg(n).arg(k).arg(got.value).arg(sorted[k - 1])));
            QCOMPARE(got.above, static_cast<std::size_t>(std::count_if(values.begin(), values.end(),
                                                                       [&](double x) { return x > sorted[k - 1]; })));
        }
    }
};

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
