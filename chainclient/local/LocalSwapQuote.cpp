#include "chainclient/local/LocalSwapQuote.h"

namespace chainclient {

using economics::ErrorCode;
using economics::makeError;
using economics::SwapSide;

economics::Result<SwapQuote> LocalSwapQuote::fromPool(const economics::PoolState* pool, bool started, quint16 netuid,
                                                      SwapSide side, quint64 amount) {
    SwapQuote q;
    q.netuid = netuid;
    q.side = side;
    q.amount = amount;
    if (amount == 0) return makeError(ErrorCode::InvalidAmount, "The amount must be greater than zero.");
    if (netuid == 0) {
        q.ok = true;
        q.taoAmount = q.alphaAmount = amount;
        q.priceBefore = 1.0;
        return q;
    }
    if (!pool) return makeError(ErrorCode::SubnetNotFound, "Subnet " + std::to_string(netuid) + " does not exist.");
    if (!started)
        return makeError(ErrorCode::SubnetNotActive,
                         "Subnet " + std::to_string(netuid) + " has not been started yet; staking opens after its start call.");
    auto o = economics::Pool::swap(*pool, {side, amount, std::nullopt, false, false});
    if (!o) return o.error();
    q.ok = true;
    q.priceBefore = o->priceBefore;
    if (side == SwapSide::Buy) {
        q.taoAmount = o->amountIn;
        q.alphaAmount = o->amountOut;
        q.taoFee = o->fee;
    } else {
        q.alphaAmount = o->amountIn;
        q.taoAmount = o->amountOut;
        q.alphaFee = o->fee;
    }
    return q;
}

economics::Result<SwapQuote> LocalSwapQuote::fromChain(const economics::Chain& chain, quint16 netuid, SwapSide side,
                                                       quint64 amount) {
    const auto* s = netuid == 0 ? nullptr : chain.subnet(economics::NetUid{netuid});
    auto q = fromPool(s ? &s->pool : nullptr, s && s->started(), netuid, side, amount);
    if (!q) return q.error();
    SwapQuote out = q.value();
    out.block = chain.blockNumber();
    return out;
}

} // namespace chainclient
