#pragma once
// State of one subnet as the chain keeps it.

#include "chainclient/economics/Money.h"
#include "chainclient/economics/Pool.h"
#include "chainclient/economics/Types.h"

#include <bit>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace economics {

inline constexpr std::uint16_t kDefaultTempo = 360;
inline constexpr std::uint16_t kDefaultMaxUids = 256;
inline constexpr std::uint16_t kSubnetOwnerCutU16 = 11'796; // ≈ 18 % of 65535
inline constexpr double kSubnetMovingAlpha = 0.000003;
inline constexpr double kEmaPriceHalvingBlocks = 201'600.0;
inline constexpr std::uint16_t kDefaultNeuronImmunity = 5'000; // ImmunityPeriod on new subnets
inline constexpr std::uint16_t kDefaultMaxValidators = 64;
inline constexpr std::uint16_t kDefaultValidatorTakeU16 = 11'796; // Delegates default ≈ 18 %

// One entry of a sparse u16 row (weights a validator set, or bonds it holds), sorted by uid.
struct WeightEntry {
    std::uint16_t uid = 0;
    std::uint16_t value = 0;
    auto operator<=>(const WeightEntry&) const = default;
};

struct Neuron {
    AccountId hotkey;
    AccountId coldkey;
    BlockNumber registeredAt = 0;
    bool validatorPermit = false;
    double incentive = 0;  // last epoch, fraction
    double dividends = 0;  // last epoch, fraction
    AlphaRao emission;     // last epoch
    double consensus = 0;      // last epoch, fraction
    double validatorTrust = 0; // last epoch, Σ clipped weights
    double trust = 0;          // last epoch, clipped rank / unclipped rank (legacy display)
    bool active = false;       // set weights within the activity cutoff at the last epoch
    AlphaRao stake;            // Alpha staked on this hotkey at the last epoch
    BlockNumber lastUpdate = 0; // block of the last set_weights
    std::vector<WeightEntry> weights; // as set, u16, sorted by uid
    std::vector<WeightEntry> bonds;   // stored after the last epoch, u16 proportions
};

// (hotkey, coldkey) → staked Alpha on this subnet.
using StakeKey = std::pair<AccountId, AccountId>;

struct Subnet {
    NetUid netuid;
    std::string name;
    std::string symbol;
    AccountId ownerColdkey;
    AccountId ownerHotkey;
    BlockNumber registeredAt = 0;
    std::optional<BlockNumber> firstEmissionBlock; // set by the start call
    bool emissionEnabled = true;
    std::uint16_t tempo = kDefaultTempo;
    std::uint16_t maxUids = kDefaultMaxUids;

    PoolState pool;
    AlphaRao alphaOut;        // SubnetAlphaOut: all Alpha outside the pool
    AlphaRao protocolAlpha;   // chain-bought Alpha (spec ≥ 413)
    double movingPrice = 0;   // SubnetMovingPrice (EMA, ≤ 1)

    // Pending between epochs (§3.4).
    AlphaRao pendingServer, pendingValidator, pendingRoot, pendingOwner;
    BlockNumber lastEpochBlock = 0;

    // Last block's injection, for display (§3.2 step 5).
    Rao taoInEmission;
    AlphaRao alphaInEmission, alphaOutEmission;
    double emissionShare = 0;
    u128 volume = 0;          // Σ TAO in on buys + TAO out on sells

    AlphaRao burnedAlpha;     // owner-owned miner incentive burned (still counts as issued)
    AlphaRao alphaIssued;     // minted − recycled; must equal pool.alpha + alphaOut
    double minerBurned = 0;   // MinerBurned of the last epoch, in [0, 1] (§2.2)
    Rao lockedTao;            // lock paid at registration; it sits inside pool.tao (spec ≥ 401)
    Rao burn = Rao::fromRao(kRaoPerTao); // neuron registration price (§6.1), starts at 1 TAO
    std::uint16_t immunityPeriod = kDefaultNeuronImmunity;
    std::uint16_t maxValidators = kDefaultMaxValidators;

    std::vector<Neuron> neurons;
    std::map<StakeKey, AlphaRao> stakes;

    // Set after an epoch has checked every neuron's weight and bond rows (ascending UIDs
    // below neurons.size()). From then on only setWeights (which checks), the epoch (which
    // writes bonds in UID order) and registration (which only erases entries) change the rows,
    // and neurons never shrink, so later epochs skip the check. A loaded subnet starts unchecked.
    bool epochRowsChecked = false;

    // pool.price() with the reserves and weight it was computed for: the coinbase needs the
    // price the moving average read at the end of the previous block, and most pools do not
    // trade in between. Keyed by the pool's contents, so copies and loads stay correct.
    // The weight is compared bit for bit: price() is a function of those bits, so a hit is
    // exact (NaN included) and the test is integer compares without a NaN branch.
    struct PriceMemo {
        std::uint64_t tao = 0, alpha = 0;
        std::uint64_t taoWeightBits = std::bit_cast<std::uint64_t>(-1.0); // no pool's weight: the first use computes
        double price = 0;
    };
    PriceMemo priceMemo;
    double poolPrice() {
        const std::uint64_t weightBits = std::bit_cast<std::uint64_t>(pool.taoWeight);
        if (((priceMemo.tao ^ pool.tao.rao()) | (priceMemo.alpha ^ pool.alpha.rao()) | (priceMemo.taoWeightBits ^ weightBits)) != 0)
            priceMemo = {pool.tao.rao(), pool.alpha.rao(), weightBits, pool.price()};
        return priceMemo.price;
    }
    // poolPrice() without the test, for a caller whose pool has almost always just changed
    // (the moving price after the coinbase's injection).
    double refreshPoolPrice() {
        priceMemo = {pool.tao.rao(), pool.alpha.rao(), std::bit_cast<std::uint64_t>(pool.taoWeight), pool.price()};
        return priceMemo.price;
    }

    bool started() const { return firstEmissionBlock.has_value(); }
    AlphaRao alphaIssuance() const { return pool.alpha + alphaOut; }
    AlphaRao totalStaked() const;
    const Neuron* neuronByHotkey(const AccountId& hotkey) const;
    int uidOf(const AccountId& hotkey) const; // -1 when not registered

    // Hotkey → UID hash index behind uidOf (staking calls, weights and epochs look hotkeys up
    // constantly). Whoever changes `neurons` re-indexes: indexHotkey(uid) after appending or
    // replacing that one UID, indexHotkeys() after anything else. An index that does not
    // cover every UID is ignored and uidOf scans instead.
    void indexHotkeys();
    void indexHotkey(std::size_t uid);
    std::vector<std::uint16_t> hotkeyIndex; // open addressing, kNoUid = empty
    std::size_t indexedUids = 0;
    static constexpr std::uint16_t kNoUid = 0xffff;

    // Per UID: Alpha staked on its hotkey (Σ over coldkeys) and its own (hotkey, coldkey)
    // position in `stakes`, kept up to date by the Chain's stake writes so an epoch need not
    // walk the whole map. Built by the first epoch; re-indexing drops it (an appended or
    // replaced UID is recomputed instead), and a copy starts without it, since it points into
    // this map's elements.
    // Also per UID, filled on demand by the epoch's dividend payout: every position of its
    // hotkey in map order (validators have dozens of nominators, and walking the map for them
    // every epoch was a visible share). A UID's list is dropped (positionsKnown = 0) whenever
    // a position of its hotkey is created or erased; amounts are read through the pointers.
    struct UidStakeCache {
        std::vector<AlphaRao> alpha;
        std::vector<AlphaRao*> own; // nullptr = no own position (yet)
        std::vector<std::vector<AlphaRao*>> positions;
        std::vector<std::uint8_t> positionsKnown; // may be shorter than the UIDs: unknown
        bool valid = false;
        UidStakeCache() = default;
        UidStakeCache(const UidStakeCache&) {}
        UidStakeCache& operator=(const UidStakeCache&) {
            alpha.clear();
            own.clear();
            positions.clear();
            positionsKnown.clear();
            valid = false;
            return *this;
        }
        void dropPositions(std::size_t uid) {
            if (uid < positionsKnown.size()) positionsKnown[uid] = 0;
        }
    };
    UidStakeCache uidStakes;
    // Keeps uidStakes in step with a change of `amount` to (hotkey, coldkey)'s position
    // `position` (nullptr once erased); adding = credit, otherwise debit.
    void noteStake(const AccountId& hotkey, const AccountId& coldkey, AlphaRao amount, bool adding, AlphaRao* position);
    void refreshUidStake(std::size_t uid); // recomputes (or appends) uid's entry from `stakes`
};

} // namespace economics
