#pragma once
// What the loopback server can answer about one block of the embedded chain, captured on the
// node's thread right after the block is produced (the Simulation only ever holds the newest
// state). Kept typed so the server encodes only what is asked for, in the metadata's layout.

#include "chainclient/NodeTypes.h"
#include "chainclient/economics/Chain.h"
#include "chainclient/subtensor/Metagraph.h"

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace chainclient {

struct RpcServerBlock {
    using Hash = std::array<std::uint8_t, 32>;

    quint64 number = 0;
    Hash hash{};
    Hash parentHash{};
    quint64 timestampMs = 0;
    quint64 totalIssuance = 0;
    quint64 rootStake = 0; // SubnetTAO(0)
    std::vector<std::optional<subtensor::DynamicInfo>> dynamicInfo;
    std::map<quint16, subtensor::Metagraph> metagraphs; // per-UID columns: see capture()
    std::map<quint16, std::vector<quint16>> validatorTrust; // u16-normalised, per uid
    std::map<quint16, quint64> alphaPrice;                  // rao of TAO per Alpha
    std::map<quint16, bool> subtokenEnabled;
    std::map<quint16, economics::PoolState> pools; // for SwapRuntimeApi_sim_swap_* (LocalSwapQuote)
    // What System.Events reports for this block (encoded on request, see RpcServer).
    QVector<TradeRecord> trades;
    QVector<TransferRecord> transfers;
    // Every subnet's stake positions as of this block, ordered by (hotkey, coldkey). A subnet
    // whose set did not change shares the previous block's vector, so a window of blocks costs
    // little more than its changes.
    struct Stake {
        subtensor::AccountId hotkey{};
        subtensor::AccountId coldkey{};
        std::uint64_t alpha = 0;
        bool operator==(const Stake&) const = default;
    };
    std::map<quint16, std::shared_ptr<const std::vector<Stake>>> stakes;

    // The chain's Delegates map (hotkeys whose take was set) with the owner and the subnets each
    // hotkey is registered on (and holds a permit on), ordered by hotkey; and the takes that
    // changed since the previous block, reported as TakeDecreased / TakeIncreased events.
    struct Delegate {
        subtensor::AccountId hotkey{};
        subtensor::AccountId owner{};
        quint16 take = kDefaultDelegateTake;
        std::vector<std::uint16_t> registrations, permits;
        bool operator==(const Delegate&) const = default;
    };
    std::shared_ptr<const std::vector<Delegate>> delegates;
    struct TakeChange {
        subtensor::AccountId coldkey{};
        subtensor::AccountId hotkey{};
        quint16 take = 0;
        bool increased = false;
    };
    std::vector<TakeChange> takeChanges;

    // The embedded chain's hash of block `number` (LocalNodeExtrinsics::blockHash, which
    // signed extrinsics commit to), so a wallet signing over RPC signs what the node checks.
    static Hash hashOf(quint64 seed, quint64 number);
    // Per-UID columns are kept only for subnets that ran their epoch in this block, or for
    // every subnet when `everyUid` (the first block a server sees, e.g. a paused chain).
    // `previous`: the block before, whose unchanged stake sets are shared.
    static RpcServerBlock capture(const economics::Chain& chain, quint64 seed, const BlockSnapshot& snapshot, bool everyUid,
                                  const RpcServerBlock* previous = nullptr);

    static void captureDelegates(RpcServerBlock& b, const economics::Chain& chain, const RpcServerBlock* previous);
    const subtensor::Metagraph* metagraph(quint16 netuid) const;
    std::vector<subtensor::NeuronInfoLite> neuronsLite(quint16 netuid) const;
    // DelegateInfoRuntimeApi: every delegate, or only `hotkey`; nominators from `stakes`.
    std::vector<subtensor::DelegateInfo> delegateInfo(const subtensor::AccountId* hotkey = nullptr) const;
};

} // namespace chainclient
