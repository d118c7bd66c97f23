#include "models/explorer/PoolDepth.h"

#include "chainclient/economics/Pool.h"

#include <cmath>

namespace models {

PoolDepthCurve PoolDepth::compute(const chainclient::SubnetSnapshot& subnet, int points, double maxFraction) {
    PoolDepthCurve out;
    economics::PoolState pool;
    pool.tao = economics::Rao::fromRao(subnet.taoIn);
    pool.alpha = economics::AlphaRao::fromRao(subnet.alphaIn);
    pool.taoWeight = subnet.taoWeight;
    pool.feeRate = subnet.feeRate;
    const double price = pool.price();
    if (price <= 0 || points < 2) return out;
    const double lo = 0.1, hi = std::max(1.0, static_cast<double>(subnet.taoIn) / 1e9 * maxFraction);
    for (int i = 0; i < points; ++i) {
        const double tao = lo * std::pow(hi / lo, static_cast<double>(i) / (points - 1));
        economics::SwapRequest buy{economics::SwapSide::Buy, static_cast<std::uint64_t>(tao * 1e9), std::nullopt, true, false};
        if (const auto r = economics::Pool::swap(pool, buy); r.ok())
            out.stake.push_back({tao, (r.value().priceAfter - price) / price * 100.0});
        economics::SwapRequest sell{economics::SwapSide::Sell, static_cast<std::uint64_t>(tao / price * 1e9), std::nullopt, true, false};
        if (const auto r = economics::Pool::swap(pool, sell); r.ok())
            out.unstake.push_back({tao, (r.value().priceAfter - price) / price * 100.0});
    }
    return out;
}

} // namespace models
