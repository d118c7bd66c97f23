#pragma once
// State of one subnet as the chain keeps it.

#include "chainclient/economics/Money.h"
#include "chainclient/economics/Pool.h"
#include "chainclient/economics/Types.h"

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

struct Neuron {
    AccountId hotkey;
    AccountId coldkey;
    BlockNumber registeredAt = 0;
    bool validatorPermit = false;
    double incentive = 0;  // last epoch, fraction
    double dividends = 0;  // last epoch, fraction
    AlphaRao emission;     // last epoch
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

    std::vector<Neuron> neurons;
    std::map<StakeKey, AlphaRao> stakes;

    bool started() const { return firstEmissionBlock.has_value(); }
    AlphaRao alphaIssuance() const { return pool.alpha + alphaOut; }
    AlphaRao totalStaked() const;
};

} // namespace economics
