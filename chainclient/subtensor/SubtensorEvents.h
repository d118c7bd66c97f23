#pragma once
// A block's System.Events (Vec<EventRecord>), decoded with that block's metadata and mapped by
// pallet, event and field name into the node-neutral records: SubtensorModule StakeAdded /
// StakeRemoved → trades, StakeTransferred and same-subnet StakeMoved → stake transfers, Balances
// Transfer → TAO transfers, System ExtrinsicSuccess / ExtrinsicFailed → per-extrinsic outcomes,
// TakeDecreased / TakeIncreased → BlockEvents::takesChanged (the caller re-reads the takes).
// Every other event is decoded (SCALE cannot skip without the type) and ignored.
//
// SubtensorModule's events have unnamed fields in the real runtime (spec 343): their order is
// the one pallet_subtensor deposits them with, named in the comments of SubtensorEvents.cpp.
// What events do not carry is left for the caller: TradeRecord::priceAfter and the Alpha of
// stake transfers (see SubtensorNodeWorker).

#include "chainclient/NodeTypes.h"
#include "chainclient/subtensor/Metadata.h"
#include "chainclient/subtensor/SubtensorTypes.h"

#include <optional>
#include <span>
#include <vector>

namespace chainclient::subtensor {

// A (coldkey, hotkey, netuid) stake position an event changed.
struct StakeTouch {
    AccountId coldkey{};
    AccountId hotkey{};
    quint16 netuid = 0;
};

struct ExtrinsicOutcome {
    quint32 index = 0; // Phase::ApplyExtrinsic
    bool ok = true;
    QString errorCode; // the module error's variant name ("NotEnoughBalanceToStake"), or the DispatchError variant
    QString pallet;    // the module that raised it, when a module error
    // What the extrinsic's own trade events say (as SubmitResult reports it): TAO and Alpha of
    // its last leg (a move across subnets is an unstake then a stake: the intermediate TAO and
    // the Alpha received), fees of all legs, and the subnet of the last leg (0: no trade).
    // A TAO transfer reports its amount as `tao`.
    quint64 tao = 0;
    quint64 alpha = 0;
    quint64 fee = 0;
    quint16 netuid = 0;
};

struct BlockEvents {
    QVector<TradeRecord> trades;
    QVector<TransferRecord> transfers;
    std::vector<StakeTouch> touched;
    std::vector<ExtrinsicOutcome> outcomes;
    // A SubtensorModule TakeDecreased / TakeIncreased: some delegate's take changed here.
    bool takesChanged = false;
};

class SubtensorEvents {
public:
    // `bytes` empty optional = the storage value was absent (no events). A blob that does not
    // decode with the metadata is an error, never a partial result.
    static Result<BlockEvents> decode(const Metadata& md, std::optional<std::span<const std::uint8_t>> bytes, quint64 block);
    // The variant name of pallet `palletIndex`'s error enum for the ModuleError bytes.
    static std::optional<std::pair<QString, QString>> moduleError(const Metadata& md, std::uint8_t palletIndex,
                                                                  std::uint8_t errorIndex);
};

} // namespace chainclient::subtensor
