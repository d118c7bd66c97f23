#pragma once
// The embedded chain's answer to "what would this trade give now": the very Pool::swap its
// add_stake / remove_stake run (no limit, fee charged), so LocalNode::requestSwapQuote and the
// loopback's SwapRuntimeApi_sim_swap_* can never disagree with what a stake then does. Root
// (netuid 0) converts 1:1 without a pool or fee, as the runtime's sim_swap does.

#include "chainclient/NodeClient.h"
#include "chainclient/economics/Chain.h"

namespace chainclient {

class LocalSwapQuote {
  public:
    // `pool` null: no such subnet. `started`: its start call is done (trading is open).
    static economics::Result<SwapQuote> fromPool(const economics::PoolState* pool, bool started, quint16 netuid,
                                                 economics::SwapSide side, quint64 amount);
    static economics::Result<SwapQuote> fromChain(const economics::Chain& chain, quint16 netuid,
                                                  economics::SwapSide side, quint64 amount);
};

} // namespace chainclient
