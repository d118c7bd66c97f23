#pragma once
// Pure rules of the subnet and neuron lifecycle (economics.md §5, §6): lock cost, neuron burn
// price, pool seeding price, pruning choices, dissolution shares and validator permits.
// The Chain owns the state; these functions only compute.

#include "chainclient/economics/Money.h"
#include "chainclient/economics/Types.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace economics {

inline constexpr Rao kNetworkMinLock = Rao::fromRao(1'000ULL * kRaoPerTao);
// On-chain value set by migrate_network_lock_reduction_interval (runtime default 100 800).
inline constexpr std::uint64_t kNetworkLockReductionInterval = 57'600;
inline constexpr std::uint16_t kDefaultBurnHalfLife = 360;
inline constexpr double kDefaultBurnIncreaseMult = 1.26;
inline constexpr Rao kDefaultMinBurn = Rao::fromRao(500'000);          // 0.0005 TAO
inline constexpr Rao kDefaultMaxBurn = Rao::fromRao(100 * kRaoPerTao); // 100 TAO
inline constexpr std::uint16_t kDefaultMinNonImmuneUids = 10;

// --- Subnet lock cost (§5.1) ---

// The reduction interval shrinks with each TAO halving: floor(interval · blockEmission / 1e9).
std::uint64_t effectiveLockReductionInterval(std::uint64_t interval, Rao blockEmission);

// max(minLock, mult·L − floor(L/R)·(now − lastLockBlock)), mult = 2 once any registration
// happened (lastLockBlock ≠ 0), else 1. R is the effective interval; R = 0 means no decay.
Rao networkLockCost(Rao lastLock, BlockNumber lastLockBlock, BlockNumber now, Rao minLock,
                    std::uint64_t effectiveInterval);

// --- Neuron burn price (§6.1) ---

// Per-block factor f in Q32 with f^halfLife = 1/2, found by the chain's binary search
// (largest f whose Q32 power does not exceed 1/2). halfLife 0 means no decay (f = 1).
std::uint64_t burnDecayFactorQ32(std::uint16_t halfLife);
// One block of decay: floor(burn · f). Not clamped; see clampBurn.
Rao decayBurn(Rao burn, std::uint16_t halfLife);
// After a registration: floor(burn · max(mult, 1)), with mult held exactly as the chain's
// U64F64 conversion of the double. Not clamped.
Rao bumpBurn(Rao burn, double mult = kDefaultBurnIncreaseMult);
Rao clampBurn(Rao burn, Rao minBurn = kDefaultMinBurn, Rao maxBurn = kDefaultMaxBurn);

// --- New subnet pool seeding (§5.2) ---

struct SubnetPrice {
    NetUid netuid;
    double price = 0.0; // spot price, TAO per Alpha
};
// Median spot price over non-root subnets with a positive price (mean of the two middle
// values for an even count); 1.0 when there is none.
double medianSubnetPrice(std::span<const SubnetPrice> prices);
// SubnetAlphaIn for a new pool holding poolTao at the given price: floor(poolTao / price).
AlphaRao seedAlphaIn(Rao poolTao, double price);

// --- Subnet pruning (§5.3) ---

struct SubnetPruneCandidate {
    NetUid netuid;
    double emaPrice = 0.0;
    BlockNumber registeredAt = 0;
};
// Lowest EMA price among non-root subnets past immunity (now ≥ registeredAt + period);
// ties go to the earlier registration, then the lower netuid. None if all are immune.
std::optional<NetUid> subnetToPrune(std::span<const SubnetPruneCandidate> subnets, BlockNumber now,
                                    std::uint64_t immunityPeriod);

// --- Neuron pruning (§6.3) ---

struct NeuronPruneCandidate {
    std::uint16_t uid = 0;
    AlphaRao emission; // last epoch's Emission
    BlockNumber registeredAt = 0;
    bool immortal = false; // owner hotkey (within ImmuneOwnerUidsLimit): never pruned
};
// Lowest emission, then earlier registration, then lower UID, among UIDs out of immunity
// (now − registeredAt ≥ period). Falls back to immune UIDs when no more than minNonImmune
// non-immune ones remain. None if every UID is immortal.
std::optional<std::uint16_t> neuronToPrune(std::span<const NeuronPruneCandidate> neurons, BlockNumber now,
                                           std::uint64_t immunityPeriod,
                                           std::uint16_t minNonImmune = kDefaultMinNonImmuneUids);

// --- Validator permits (§6.4) ---

// Top-k by stake among non-zero stakes. With n < k every non-zero stake gets a permit;
// otherwise a stable ascending sort drops the first n − k (so on ties the earlier UIDs lose).
// One byte (0 or 1) per UID; the second form reuses `permit` (every epoch runs it).
std::vector<std::uint8_t> validatorPermits(std::span<const double> stake, std::size_t k);
void validatorPermits(std::span<const double> stake, std::size_t k, std::vector<std::uint8_t>& permit);

// --- Selection ---

struct KthLargest {
    double value;      // the k-th largest of the multiset
    std::size_t above; // how many are strictly larger
};

// The k-th largest (1 ≤ k ≤ n) of v[0, n), no NaN among them. A histogram pass over 256
// buckets (equal widths in the doubles' bit order) finds the bucket holding it and only that
// bucket is searched further; short inputs go to branch-free mid-pivot partitions. `v` is
// clobbered; `tmp` holds n values of scratch.
KthLargest kthLargest(double* v, double* tmp, std::size_t n, std::size_t k);

// Keeps the k largest of score[0, n) with their tags, in place and in their order; on ties the
// earlier entries (the set a stable sort by score, descending, would put first). Returns how
// many were kept, min(k, n). No NaN; `scratch` holds 2n values.
std::size_t keepLargest(double* score, std::uint16_t* tag, std::size_t n, std::size_t k, double* scratch);
// The same for scores known to lie in [lowest, highest], which saves their min/max pass.
std::size_t keepLargest(double* score, std::uint16_t* tag, std::size_t n, std::size_t k, double* scratch, double lowest,
                        double highest);

// --- Dissolution (§5.4, §8.5) ---

// Splits pot pro rata to values: each share is floored, then the leftover rao go one each to
// the largest remainders (ties: earlier entry first). Entries with value 0 get nothing.
// The caller lists stakers first and the protocol last, as the chain does.
std::vector<Rao> distributeProRata(Rao pot, std::span<const std::uint64_t> values);

} // namespace economics
