#include "models/QuoteService.h"

#include <cmath>
#include <string>

namespace models {

economics::Result<Quote> QuoteService::quote(const economics::PoolState& pool, const QuoteRequest& request) {
    using economics::SwapSide;
    if (!(request.tolerance >= 0.0 && request.tolerance < 1.0))
        return economics::makeError(economics::ErrorCode::InvalidAmount, "The tolerance must be at least 0 and below 1 (0.005 = 0.5%).");
    const bool buy = request.side == SwapSide::Buy;
    auto swapped = economics::Pool::swap(pool, {request.side, request.amount, std::nullopt, true, false});
    if (!swapped) return swapped.error();
    const economics::SwapOutcome& o = swapped.value();

    Quote q;
    q.side = request.side;
    q.amountIn = o.amountIn;
    q.fee = o.fee;
    q.amountOut = o.amountOut;
    q.priceBefore = o.priceBefore;
    q.priceAfter = o.priceAfter;
    q.priceImpact = o.priceBefore > 0.0 ? (o.priceAfter - o.priceBefore) / o.priceBefore : 0.0;
    // long double keeps the 19-digit rao amounts exact enough that flooring matches the integer result.
    const long double amount = static_cast<long double>(request.amount);
    const long double noSlippage = buy ? amount / static_cast<long double>(o.priceBefore)
                                       : amount * static_cast<long double>(o.priceBefore);
    q.amountOutNoSlippage = noSlippage >= 18446744073709551615.0L ? UINT64_MAX : static_cast<std::uint64_t>(noSlippage);
    q.limitPrice = o.priceBefore * (buy ? 1.0 + request.tolerance : 1.0 - request.tolerance);
    q.maxAmountInAtLimit = economics::Pool::maxAmountAtLimit(pool, request.side, q.limitPrice);
    return q;
}

Quote QuoteService::fromNode(const chainclient::SwapQuote& node, double tolerance, const std::optional<Quote>& estimate) {
    Quote q = estimate.value_or(Quote{});
    const bool buy = node.buys();
    q.side = node.side;
    q.amountIn = node.amountIn();
    q.fee = node.fee();
    q.amountOut = node.amountOut();
    if (node.priceBefore > 0) {
        q.priceBefore = node.priceBefore;
        const long double amount = static_cast<long double>(node.amount);
        const long double noSlippage = buy ? amount / static_cast<long double>(node.priceBefore)
                                           : amount * static_cast<long double>(node.priceBefore);
        q.amountOutNoSlippage = noSlippage >= 18446744073709551615.0L ? UINT64_MAX : static_cast<std::uint64_t>(noSlippage);
        q.limitPrice = node.priceBefore * (buy ? 1.0 + tolerance : 1.0 - tolerance);
        // The synced pool may lag the node: keep its relative impact, applied to the node's price.
        if (estimate)
            q.priceAfter = node.priceBefore * (1.0 + estimate->priceImpact);
    }
    return q;
}

economics::Result<economics::PoolState> QuoteService::poolOf(const chainclient::SubnetSnapshot& subnet) {
    const std::string name = "Subnet " + std::to_string(subnet.netuid);
    if (subnet.netuid == 0)
        return economics::makeError(economics::ErrorCode::NotSupported,
                                    "Root (netuid 0) has no pool: stake there converts 1:1 without a fee.");
    if (!subnet.started)
        return economics::makeError(economics::ErrorCode::SubnetNotActive,
                                    name + " has not been started yet; staking opens after its start call.");
    economics::PoolState pool;
    pool.tao = economics::Rao::fromRao(subnet.taoIn);
    pool.alpha = economics::AlphaRao::fromRao(subnet.alphaIn);
    pool.taoWeight = subnet.taoWeight;
    pool.feeRate = subnet.feeRate;
    return pool;
}

} // namespace models
