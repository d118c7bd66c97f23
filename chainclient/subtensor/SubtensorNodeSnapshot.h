#pragma once
// Turns what SubtensorNode read for one block (runtime-API results and storage values, already
// decoded with that block's metadata) into the node-neutral BlockSnapshot the store consumes,
// the same shape LocalNode's SnapshotBuilder produces.
//
// Trades and transfers come from the block's System.Events (SubtensorEvents, addEvents()) and
// stake positions from a later, in-order stage (SubtensorNodePositions). Derived rather than
// read: a trade's priceAfter (the subnet's price at the end of its block) and a stake
// transfer's Alpha (the change of the sender's position). Faucet credits exist only on the
// embedded chain. Not carried over RPC (left at their defaults): nStakers, pool taoWeight and
// feeRate.

#include "chainclient/NodeTypes.h"
#include "chainclient/subtensor/Metadata.h"
#include "chainclient/subtensor/Metagraph.h"
#include "chainclient/subtensor/SubtensorEvents.h"
#include "chainclient/subtensor/SubtensorTypes.h"

#include <map>
#include <optional>
#include <vector>

namespace chainclient::subtensor {

struct SubtensorBlockData {
    quint64 number = 0;
    qint64 timestampMs = 0;
    quint64 totalIssuance = 0;
    quint64 rootStake = 0;
    std::vector<DynamicInfo> dynamic;
    std::map<quint16, Metagraph> metagraphs;
    std::map<quint16, std::vector<NeuronInfoLite>> neurons; // epoch blocks only
    std::map<quint16, quint64> alphaPrice;                  // SwapRuntimeApi, where the runtime has it
    std::map<quint16, bool> subtokenEnabled;
};

class SubtensorNodeSnapshot {
public:
    static BlockSnapshot build(const SubtensorBlockData& data);
    // The block's trades and transfers from its System.Events. Events carry no price: a trade's
    // priceAfter is the subnet's price at the end of the block. That is the price a subnet's
    // last trade of the block left when nothing moves the pool after it (subtensor injects
    // emission in on_initialize, before extrinsics; the embedded chain after its trades, which
    // is ~1e-5 off); earlier trades of the block get the later ones' effect included.
    static void addEvents(BlockSnapshot& b, const BlockEvents& events);
    // Subnet lifecycle events from the difference to the previous block ("registered",
    // "started", "dissolved"); "epoch" is set by build() from blocks_since_last_step.
    static void deriveEvents(BlockSnapshot& now, const BlockSnapshot& previous);
    // get_selective_metagraph field indexes for what build() reads, looked up by field name in
    // this runtime's metagraph type (per-UID columns only when `perUid`, i.e. on epoch blocks).
    static std::vector<std::uint16_t> selectiveIndexes(const Metadata& md, bool perUid);
    // An epoch ran in this block: the runtime resets blocks_since_last_step to 0.
    static bool epochRan(const DynamicInfo& d) { return d.blocksSinceLastStep == 0; }
};

} // namespace chainclient::subtensor
