#pragma once
// Stake positions over RPC, kept block by block in block order (the worker runs this stage
// sequentially, after a block's other reads).
//
// A real node has no "positions changed in this block" query, so this tracks the pairs it knows
// per subnet and re-reads values with StakeInfoRuntimeApi_get_stake_info_for_coldkeys (the
// runtime turns Alpha shares into amounts; one batched call per block):
//  - the first block after a start reads every subnet's whole set: the coldkeys come from the
//    keys of SubtensorModule.Alpha (state_getKeysPaged; heavy on finney), unless the consumer
//    seeded the positions it stored as of the block before (a restart then reads only changes);
//  - a block's stake events name the (coldkey, hotkey, netuid) positions they changed: those are
//    re-read and handed out as single changes;
//  - an epoch pays into every position of its subnet, so that subnet's whole set is re-read from
//    the coldkeys known on it plus the metagraph's (hotkey, owner coldkey) pairs (incentive lands
//    there without a stake event); a subnet new since the last block (or registered in this
//    one) is read whole as well.
// Requests per block: one state_call per 256 coldkeys, in one JSON-RPC batch.

#include "chainclient/NodeTypes.h"
#include "chainclient/subtensor/SubtensorEvents.h"
#include "chainclient/subtensor/SubtensorTypes.h"

#include <map>
#include <set>
#include <utility>
#include <vector>

namespace chainclient::subtensor {

class SubtensorNodePositions {
public:
    using Pair = std::pair<AccountId, AccountId>; // (hotkey, coldkey)

    struct Plan {
        std::vector<AccountId> coldkeys; // to read with get_stake_info_for_coldkeys
        std::set<quint16> whole;         // subnets handed out as a whole set
    };

    void reset() {
        known_.clear();
        complete_ = false;
    }
    // Whether a whole set was read (or seeded) since reset(); until then plan() needs every
    // coldkey with stake.
    bool hasWholeSet() const { return complete_; }
    // Starts from what a consumer stored as of the block before the first one to read (every
    // position of the network), as if this had read it: later blocks bring changes only.
    void seed(const QVector<KnownStakePosition>& positions);

    // `extra`: pairs per subnet that may hold stake without an event (metagraph owners on epoch
    // blocks); `allColdkeys`: every staking coldkey, needed until hasWholeSet().
    Plan plan(const BlockSnapshot& snap, const BlockEvents& events, const std::set<quint16>& epochs,
              const std::map<quint16, std::vector<Pair>>& extra, const std::vector<AccountId>& allColdkeys) const;
    // Fills snap's positions from what the node returned for plan.coldkeys, fills the Alpha of
    // stake transfers and moves from the change of the sender's position, and updates what is known.
    void apply(BlockSnapshot& snap, const Plan& plan, const BlockEvents& events, const std::vector<StakeInfo>& stakes);

private:
    std::map<quint16, std::map<Pair, quint64>> known_;
    bool complete_ = false;
};

} // namespace chainclient::subtensor
