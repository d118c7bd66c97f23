#pragma once
// Turns the embedded chain's state after a block into the node-neutral BlockSnapshot.

#include "chainclient/NodeTypes.h"
#include "chainclient/economics/Chain.h"

namespace chainclient {

class SnapshotBuilder {
public:
    // Genesis of the simulated timeline; blocks are 12 s apart from here.
    static constexpr qint64 kGenesisUnixMs = 1'767'225'600'000; // 2026-01-01T00:00:00Z

    // `partial`: fill only what a consumer needs of a block whose snapshot rows it drops
    // (SubnetSnapshot::partial); trades, events, metagraph and positions stay whole.
    static BlockSnapshot build(const economics::Chain& chain, const std::vector<economics::ChainEvent>& events,
                               bool partial = false);
    static qint64 timestampOf(quint64 block) { return kGenesisUnixMs + static_cast<qint64>(block) * 12'000; }
};

} // namespace chainclient
