#pragma once
// What happened inside a block, for the store: trades are the source of real candles.

#include "chainclient/economics/Types.h"

#include <cstdint>
#include <string>

namespace economics {

enum class ChainEventKind { Stake, Unstake, SubnetRegistered, SubnetStarted, SubnetDissolved, Epoch, NeuronRegistered,
                            TakeDecreased, TakeIncreased };

struct ChainEvent {
    ChainEventKind kind = ChainEventKind::Stake;
    BlockNumber block = 0;
    NetUid netuid;
    AccountId coldkey;
    AccountId hotkey;
    std::uint64_t tao = 0;    // rao
    std::uint64_t alpha = 0;  // rao
    std::uint64_t fee = 0;    // input units
    double priceAfter = 0;
    std::uint16_t take = 0;   // TakeDecreased / TakeIncreased: the new take (netuid stays 0)
};

const char* chainEventKindName(ChainEventKind kind);

} // namespace economics
