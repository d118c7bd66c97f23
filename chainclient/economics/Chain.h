#pragma once
// The embedded chain: state plus the rules that move it one block or one call at a time
// (economics.md Part A). Pure C++; LocalNode owns one on its worker thread.
// The member functions live in several files by topic: Chain.cpp (blocks, coinbase, reads,
// invariants), ChainStaking.cpp (stake calls), ChainEpoch.cpp (Yuma and distribution),
// ChainRegistration.cpp (subnet and neuron lifecycle), ChainDelegates.cpp (delegate take).

#include "chainclient/economics/ChainEvents.h"
#include "chainclient/economics/Money.h"
#include "chainclient/economics/Result.h"
#include "chainclient/economics/Subnet.h"
#include "chainclient/economics/Types.h"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace economics {

inline constexpr std::uint64_t kDefaultMinStakeRao = 2'000'000; // 0.002 TAO
inline constexpr double kDefaultTaoWeight = 0.18;
// Delegate take bounds of the finney runtime: MinDelegateTake 0, MaxDelegateTake = the default
// take (kDefaultValidatorTakeU16), TxDelegateTakeRateLimit 216 000 blocks (30 days).
inline constexpr std::uint16_t kMinDelegateTakeU16 = 0;
inline constexpr std::uint16_t kMaxDelegateTakeU16 = 11'796;
inline constexpr std::uint64_t kDelegateTakeRateLimit = 216'000;

// A hotkey's entry in the Delegates map; `lastChange` is LastTxBlockDelegateTake (0 = never).
struct DelegateTake {
    std::uint16_t take = 11'796;
    std::uint64_t lastChange = 0;
    auto operator<=>(const DelegateTake&) const = default;
};

struct ChainParams {
    double taoWeight = kDefaultTaoWeight;
    std::uint64_t minStakeRao = kDefaultMinStakeRao;
    // NominatorMinRequiredStake: a nominator left under this (TAO value) is force-unstaked.
    std::uint64_t nominatorMinStakeRao = 10 * kDefaultMinStakeRao;
    std::uint16_t subnetLimit = 128;                   // SubnetLimit (root excluded)
    std::uint64_t networkRateLimit = 28'800;           // blocks between subnet registrations
    std::uint64_t subnetImmunityPeriod = 864'000;      // NetworkImmunityPeriod (120 d)
    std::uint64_t startCallDelay = 0;                  // StartCallDelay
    std::uint64_t minLockRao = 1'000ULL * kRaoPerTao;  // NetworkMinLockCost
    std::uint64_t lockReductionInterval = 57'600;      // NetworkLockReductionInterval
    std::uint64_t activityCutoff = 5'000;              // blocks; weights older than this are inactive
    std::uint16_t burnHalfLife = 360;                  // BurnHalfLife
    bool yuma3 = true;                                 // Yuma3 (default) or classic Yuma
    bool liquidAlpha = false;
    auto operator<=>(const ChainParams&) const = default;
};

struct StakeReceipt {
    Rao tao;             // TAO paid (stake) or received (unstake); the intermediate TAO of a move
    AlphaRao alpha;      // Alpha received (stake, move) or sold (unstake)
    std::uint64_t fee = 0; // in input units
    double priceAfter = 0;
};

struct StakeCall {
    AccountId coldkey;
    AccountId hotkey;
    NetUid netuid;
    std::uint64_t amount = 0;              // TAO rao for add, Alpha rao for remove
    std::optional<double> limitPrice;      // TAO per Alpha
    bool allowPartial = false;
};

// move_stake / swap_stake / transfer_stake in one shape (§4.6): Alpha leaves
// (coldkey, originHotkey, originNetuid) and arrives at (destColdkey, destHotkey, destNetuid).
struct MoveStakeCall {
    AccountId coldkey;
    AccountId destColdkey;
    AccountId originHotkey;
    AccountId destHotkey;
    NetUid originNetuid;
    NetUid destNetuid;
    std::uint64_t amount = 0;          // origin Alpha rao
    std::optional<double> limitPrice;  // minimum origin/destination price ratio
    bool allowPartial = false;         // with a limit: move as much as keeps the ratio, not fail
};

struct SubnetRegistrationCall {
    AccountId coldkey;
    AccountId hotkey;
    std::string name;
    std::string symbol;
    std::optional<Rao> maxLockCost; // fail instead of paying more
};

class Chain {
public:
    explicit Chain(ChainParams params = {});

    // --- genesis / set-up (used by scenarios and tests) ---
    void mint(const AccountId& account, Rao amount); // adds to issuance
    NetUid addGenesisSubnet(const std::string& name, const std::string& symbol, const AccountId& ownerColdkey,
                            const AccountId& ownerHotkey, Rao poolTao, AlphaRao poolAlpha, double movingPrice);
    // Free registration for genesis; fails only if the subnet is missing or full.
    Status addGenesisNeuron(NetUid netuid, const AccountId& hotkey, const AccountId& coldkey);

    // --- calls (each returns a result or a typed error; a failure changes nothing) ---
    Result<StakeReceipt> addStake(const StakeCall& call);
    Result<StakeReceipt> removeStake(const StakeCall& call);
    Result<StakeReceipt> moveStake(const MoveStakeCall& call);
    Result<StakeReceipt> swapStake(const AccountId& coldkey, const AccountId& hotkey, NetUid origin, NetUid dest,
                                   std::uint64_t amount, std::optional<double> limitPrice = std::nullopt,
                                   bool allowPartial = false);
    Result<StakeReceipt> transferStake(const AccountId& coldkey, const AccountId& destColdkey, const AccountId& hotkey,
                                       NetUid origin, NetUid dest, std::uint64_t amount);
    Status transfer(const AccountId& from, const AccountId& to, Rao amount);
    Status setWeights(NetUid netuid, const AccountId& hotkey, std::vector<WeightEntry> weights);
    // For callers that know the hotkey's UID (the simulation's validators): skips the lookup when
    // neurons[uid] holds the hotkey, else behaves as the call above.
    Status setWeights(NetUid netuid, std::uint16_t uid, const AccountId& hotkey, std::vector<WeightEntry> weights);
    Result<NetUid> registerSubnet(const SubnetRegistrationCall& call);
    Status startSubnet(const AccountId& coldkey, NetUid netuid);
    // burned_register: pays the subnet's burn price; returns the UID.
    Result<std::uint16_t> registerNeuron(NetUid netuid, const AccountId& hotkey, const AccountId& coldkey,
                                         std::optional<Rao> maxBurn = std::nullopt);

    // Delegate take (ChainDelegates.cpp), signed by the hotkey's owner coldkey. A decrease may
    // come at any time; an increase must wait kDelegateTakeRateLimit blocks after the last change.
    Status decreaseTake(const AccountId& coldkey, const AccountId& hotkey, std::uint16_t take);
    Status increaseTake(const AccountId& coldkey, const AccountId& hotkey, std::uint16_t take);
    // Genesis: sets a take without the rules (scenarios and tests); fails only above the maximum.
    Status setGenesisTake(const AccountId& hotkey, std::uint16_t take);

    // --- time ---
    void produceBlock();
    BlockNumber blockNumber() const { return block_; }
    // The netuids (in netuid order) whose epoch is due in the next block, i.e. started subnets
    // with blockNumber() + 1 >= lastEpochBlock + tempo, as the last produceBlock left them;
    // nullopt when a registration, dissolution, start or load may have changed that set since.
    std::optional<std::span<const std::uint16_t>> epochsDueNextBlock() const;

    // --- reads ---
    Rao totalIssuance() const { return totalIssuance_; }
    Rao freeBalance(const AccountId& account) const;
    AlphaRao stakeOf(NetUid netuid, const AccountId& hotkey, const AccountId& coldkey) const;
    AlphaRao hotkeyAlpha(const Subnet& s, const AccountId& hotkey) const; // Σ over coldkeys
    Rao hotkeyRootStake(const AccountId& hotkey) const;
    // The take the epoch charges on the hotkey's dividends (the default without an entry).
    std::uint16_t delegateTake(const AccountId& hotkey) const {
        if (takes_.empty()) return kDefaultValidatorTakeU16;
        const auto it = takes_.find(hotkey);
        return it == takes_.end() ? kDefaultValidatorTakeU16 : it->second.take;
    }
    const std::map<AccountId, DelegateTake>& delegateTakes() const { return takes_; }
    const std::map<std::uint16_t, Subnet>& subnets() const { return subnets_; }
    // The index-th subnet in netuid order (index < subnets().size()), without walking the map.
    const Subnet& subnetAt(std::size_t index) const { return *subnetOrder()[index]; }
    const Subnet* subnet(NetUid netuid) const;
    Rao rootStakeTotal() const { return rootTotal_; }
    double rootProportion(const Subnet& subnet) const;
    const ChainParams& params() const { return params_; }
    Rao feeCollector() const { return feeCollector_; }
    Rao burned() const { return burned_; }
    Rao recycled() const { return recycled_; }
    Rao networkLockCost() const;                    // what registerSubnet would take now
    BlockNumber lastNetworkRegistration() const { return lastLockBlock_; }
    std::uint64_t dissolvedCount() const { return dissolvedCount_; }

    // Signed-extrinsic nonces (System.Account nonce): the next nonce each account must use.
    std::uint64_t accountNonce(const AccountId& account) const {
        const auto it = nonces_.find(account);
        return it == nonces_.end() ? 0 : it->second;
    }
    void bumpNonce(const AccountId& account) { ++nonces_[account]; }

    // Events since the last take: trades, registrations, epochs. The caller (sync) drains them.
    std::vector<ChainEvent> takeEvents();

    // Invariants of economics.md §A.2; returns the first violation as a sentence.
    std::optional<std::string> checkInvariants() const;

    // Serialization of the whole state; load(save()) reproduces the same stateHash().
    std::vector<std::uint8_t> save() const;
    static Result<Chain> load(const std::vector<std::uint8_t>& bytes);
    std::string stateHash() const; // "0x" + 32 hex digits

private:
    friend class ChainCodec;
    struct Leg; // one side of a stake move, computed before anything is written
    Subnet* mutableSubnet(NetUid netuid);
    Result<Subnet*> tradableSubnet(NetUid netuid);
    void runCoinbase(std::uint64_t emission);
    // `root` is taoWeight · root stake total (rootProportion's numerator), the same for every
    // subnet of a block, so the coinbase computes it once.
    // InRange: the sums are proven to fit and skip their overflow checks (see runCoinbase).
    template <bool InRange>
    Rao injectIntoPool(Subnet& s, Rao taoEmission, std::uint64_t alphaEmission, double root, std::uint64_t issuance);
    template <bool InRange>
    void splitAlphaOut(Subnet& s, AlphaRao alphaOut, bool rootSells, double rootProportion);
    void runEpoch(Subnet& s);
    void creditStake(Subnet& s, const AccountId& hotkey, const AccountId& coldkey, AlphaRao amount);
    void debitStake(Subnet& s, const AccountId& hotkey, const AccountId& coldkey, AlphaRao amount);
    void creditHotkey(Subnet& s, const AccountId& hotkey, const AccountId& ownerColdkey, AlphaRao amount);
    void payRootDividends(Subnet& s, const std::vector<std::pair<AccountId, AlphaRao>>& perHotkey,
                          const std::vector<AccountId>& owners);
    void forceUnstakeSmallNominator(Subnet& s, const AccountId& hotkey, const AccountId& coldkey);
    void dissolveSubnet(std::uint16_t netuid);
    void updateMovingPrice(Subnet& s, double alpha);
    std::uint64_t burnDecayFactor() const; // Q32 per-block factor of the neuron burn (decayed by the coinbase)
    void debugCheck(const char* where) const;
    // subnets_ in netuid order as plain pointers: the coinbase and the epoch loop walk every
    // subnet every block, and a pointer array is cheaper than the map's node walk.
    // Inline when valid: advance() asks for every subnet by index every block.
    const std::vector<Subnet*>& subnetOrder() const { return order_.valid ? order_.subnets : rebuildSubnetOrder(); }
    const std::vector<Subnet*>& rebuildSubnetOrder() const;
    void subnetsChanged() { order_.valid = order_.scheduleValid = false; }

    ChainParams params_;
    BlockNumber block_ = 0;
    Rao totalIssuance_;
    Rao feeCollector_;  // block author account: swap fees (§4.5)
    Rao recycled_;      // TAO that left issuance (kept for display)
    Rao burned_;        // burn account: TAO burned, still part of issuance
    std::map<AccountId, Rao> balances_;
    std::map<std::uint16_t, Subnet> subnets_;
    std::map<StakeKey, Rao> rootStakes_;
    Rao rootTotal_;
    Rao lastLock_;                 // NetworkLastLockCost
    BlockNumber lastLockBlock_ = 0; // block of the last subnet registration (0 = none yet)
    std::uint64_t dissolvedCount_ = 0;
    std::vector<ChainEvent> events_;
    std::map<AccountId, std::uint64_t> nonces_; // signed-call nonces (LocalNode's extrinsics)
    std::map<AccountId, DelegateTake> takes_;   // Delegates: only hotkeys whose take was set
    // Pointers into this chain's own map: a copy starts invalid and rebuilds on first use.
    struct SubnetOrder {
        std::vector<Subnet*> subnets;
        bool valid = false;
        // epochsDueNextBlock's list for block `scheduleBlock`; subnetsChanged and the start call
        // clear scheduleValid.
        std::vector<std::uint16_t> due;
        std::size_t dueCount = 0;
        BlockNumber scheduleBlock = 0;
        bool scheduleValid = false;
        SubnetOrder() = default;
        SubnetOrder(const SubnetOrder&) {}
        SubnetOrder& operator=(const SubnetOrder&) {
            subnets.clear();
            valid = scheduleValid = false;
            return *this;
        }
    };
    mutable SubnetOrder order_;
};

} // namespace economics
