#pragma once
// The embedded chain: state plus the rules that move it one block or one call at a time
// (economics.md Part A). Pure C++; LocalNode owns one on its worker thread.

#include "chainclient/economics/ChainEvents.h"
#include "chainclient/economics/Money.h"
#include "chainclient/economics/Result.h"
#include "chainclient/economics/Subnet.h"
#include "chainclient/economics/Types.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace economics {

inline constexpr std::uint64_t kDefaultMinStakeRao = 2'000'000; // 0.002 TAO
inline constexpr double kDefaultTaoWeight = 0.18;

struct ChainParams {
    double taoWeight = kDefaultTaoWeight;
    std::uint64_t minStakeRao = kDefaultMinStakeRao;
};

struct StakeReceipt {
    Rao tao;             // TAO paid (stake) or received (unstake)
    AlphaRao alpha;      // Alpha received (stake) or sold (unstake)
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

class Chain {
public:
    explicit Chain(ChainParams params = {});

    // --- genesis / set-up (used by scenarios and tests) ---
    void mint(const AccountId& account, Rao amount); // adds to issuance
    NetUid addGenesisSubnet(const std::string& name, const std::string& symbol, const AccountId& ownerColdkey,
                            const AccountId& ownerHotkey, Rao poolTao, AlphaRao poolAlpha, double movingPrice);
    Status registerNeuron(NetUid netuid, const AccountId& hotkey, const AccountId& coldkey);

    // --- calls (each returns a result or a typed error; a failure changes nothing) ---
    Result<StakeReceipt> addStake(const StakeCall& call);
    Result<StakeReceipt> removeStake(const StakeCall& call);
    Status transfer(const AccountId& from, const AccountId& to, Rao amount);

    // --- time ---
    void produceBlock();
    BlockNumber blockNumber() const { return block_; }

    // --- reads ---
    Rao totalIssuance() const { return totalIssuance_; }
    Rao freeBalance(const AccountId& account) const;
    AlphaRao stakeOf(NetUid netuid, const AccountId& hotkey, const AccountId& coldkey) const;
    const std::map<std::uint16_t, Subnet>& subnets() const { return subnets_; }
    const Subnet* subnet(NetUid netuid) const;
    Rao rootStakeTotal() const { return rootTotal_; }
    double rootProportion(const Subnet& subnet) const;
    const ChainParams& params() const { return params_; }
    Rao feeCollector() const { return feeCollector_; }

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
    Subnet* mutableSubnet(NetUid netuid);
    Result<Subnet*> tradableSubnet(NetUid netuid);
    void runCoinbase(std::uint64_t emission);
    void injectIntoPool(Subnet& s, Rao taoEmission, std::uint64_t alphaEmission);
    void splitAlphaOut(Subnet& s, AlphaRao alphaOut);
    void runEpoch(Subnet& s);
    void creditStake(Subnet& s, const AccountId& hotkey, const AccountId& coldkey, AlphaRao amount);
    void updateMovingPrices();

    ChainParams params_;
    BlockNumber block_ = 0;
    Rao totalIssuance_;
    Rao feeCollector_;  // block author account: swap fees (§4.5)
    Rao recycled_;      // TAO that left issuance accounting (kept for display)
    std::map<AccountId, Rao> balances_;
    std::map<std::uint16_t, Subnet> subnets_;
    std::map<StakeKey, Rao> rootStakes_;
    Rao rootTotal_;
    std::vector<ChainEvent> events_;
};

} // namespace economics
