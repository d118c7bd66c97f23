#pragma once
// Turns the embedded chain's state after a block into the node-neutral BlockSnapshot.

#include "chainclient/NodeTypes.h"
#include "chainclient/economics/Chain.h"

#include <functional>
#include <map>
#include <vector>

namespace chainclient {

class SnapshotBuilder {
public:
    // Genesis of the simulated timeline; blocks are 12 s apart from here.
    static constexpr qint64 kGenesisUnixMs = 1'767'225'600'000; // 2026-01-01T00:00:00Z

    // The stake positions a consumer was handed, per subnet. Every epoch pays dividends into
    // almost every position, so sending each subnet's whole set per epoch was the backfill's top
    // cost: once a subnet's whole set went out, only its changes do, each changed position once
    // per batch with the block of its last change. Changes are found exactly as the consumer
    // would merge block by block (a value equal to the known one is no change), so the store
    // ends up with the same rows.
    class SentPositions {
    public:
        void clear() { subnets_.clear(); }
        // Notes positions added to `snapshot` after build() (StakePosition::block 0, e.g. by a
        // stake transfer) for the subnets tracked here.
        void absorb(const BlockSnapshot& snapshot);
        // Hands every change not yet handed out to `last`, the last block of a batch.
        void handOut(BlockSnapshot& last);

    private:
        friend class SnapshotBuilder;
        struct Entry {
            QString coldkey, hotkey; // SS58, made once per position
            quint64 alpha = 0;       // 0: gone, kept until handed out
            quint64 block = 0;       // of the last change not handed out yet
            bool pending = false;
        };
        using Keyed = std::pair<economics::StakeKey, Entry>;
        struct Subnet {
            // Sorted by key. A flat array: each epoch walks all of them, and walking a tree of
            // thousands of positions per epoch was a sizeable part of a backfill's node thread.
            std::vector<Keyed> entries;
            std::vector<Keyed> added; // sorted, not in `entries` yet (note() between walks)
            qsizetype pending = 0;
        };
        bool knows(std::uint16_t netuid) const { return subnets_.count(netuid) > 0; }
        void reset(std::uint16_t netuid, const economics::Subnet& s);
        void diff(std::uint16_t netuid, const economics::Subnet& s, quint64 block, QVector<StakePosition>& fresh);
        void note(std::uint16_t netuid, const economics::StakeKey& key, quint64 alpha, quint64 block);
        static void mark(Subnet& sub, Entry& e, quint64 alpha, quint64 block);
        static void settle(Subnet& sub); // merges `added` into `entries`

        std::map<std::uint16_t, Subnet> subnets_; // subnets whose whole set went out
    };

    // `partial`: fill only what a consumer needs of a block whose snapshot rows it drops
    // (SubnetSnapshot::partial); trades, events, metagraph and positions stay whole.
    // `sent`: track positions there and send only changes (see SentPositions); without it every
    // epoch and lifecycle event sends the subnet's whole set.
    // `keepsMetagraph(netuid)`: whether the consumer keeps the rows of an epoch of that subnet
    // in this block (a backfill drops most); empty = always.
    static BlockSnapshot build(const economics::Chain& chain, const std::vector<economics::ChainEvent>& events,
                               bool partial = false, SentPositions* sent = nullptr,
                               const std::function<bool(std::uint16_t netuid)>& keepsMetagraph = {});
    // Puts the chain's whole Delegates map into `b` (BlockSnapshot::delegateTakes). build() does
    // it for the genesis block and blocks that changed a take; a node also does it on the first
    // block after a start, since the consumer may have missed changes.
    static void fillDelegateTakes(const economics::Chain& chain, BlockSnapshot& b);
    static qint64 timestampOf(quint64 block) { return kGenesisUnixMs + static_cast<qint64>(block) * 12'000; }
};

} // namespace chainclient
