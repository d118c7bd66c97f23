#include "chainclient/economics/Pool.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace economics {
namespace {

// 1 − (base/(base+delta))^exponent, computed without cancellation for small deltas.
double oneMinusRatioPow(double base, double delta, double exponent) {
    const double logRatio = -std::log1p(delta / base); // log(base/(base+delta))
    return -std::expm1(exponent * logRatio);
}

std::string taoText(std::uint64_t rao) { return formatUnits(rao) + " TAO"; }

} // namespace

std::uint64_t Pool::feeFor(std::uint64_t amount, std::uint16_t feeRate) {
    return static_cast<std::uint64_t>(static_cast<u128>(amount) * feeRate / 65535U);
}

std::uint64_t Pool::buyOut(const PoolState& pool, std::uint64_t netTaoIn) {
    if (netTaoIn == 0 || pool.tao.isZero()) return 0;
    const double w2 = pool.taoWeight, w1 = 1.0 - w2;
    const double x = static_cast<double>(pool.alpha.rao());
    const double factor = std::min(1.0, oneMinusRatioPow(static_cast<double>(pool.tao.rao()),
                                                         static_cast<double>(netTaoIn), w2 / w1));
    return std::min(floorToRao(x * factor), pool.alpha.rao());
}

std::uint64_t Pool::sellOut(const PoolState& pool, std::uint64_t netAlphaIn) {
    if (netAlphaIn == 0 || pool.alpha.isZero()) return 0;
    const double w2 = pool.taoWeight, w1 = 1.0 - w2;
    const double y = static_cast<double>(pool.tao.rao());
    const double factor = std::min(1.0, oneMinusRatioPow(static_cast<double>(pool.alpha.rao()),
                                                         static_cast<double>(netAlphaIn), w1 / w2));
    return std::min(floorToRao(y * factor), pool.tao.rao());
}

std::uint64_t Pool::netInputToPrice(const PoolState& pool, SwapSide side, double target) {
    const double p = pool.price();
    if (p <= 0.0 || target <= 0.0) return 0;
    const double w2 = pool.taoWeight, w1 = 1.0 - w2;
    if (side == SwapSide::Buy) {
        if (target <= p) return 0;
        return floorToRao(static_cast<double>(pool.tao.rao()) * (std::pow(target / p, w1) - 1.0));
    }
    if (target >= p) return 0;
    return floorToRao(static_cast<double>(pool.alpha.rao()) * (std::pow(p / target, w2) - 1.0));
}

std::uint64_t Pool::maxAmountAtLimit(const PoolState& pool, SwapSide side, double limit) {
    const std::uint64_t net = netInputToPrice(pool, side, limit);
    if (net == 0) return 0;
    // gross = net + fee, with fee = net · f / (65535 − f) as the chain recomputes it (§4.4 step 3).
    const u128 fee = static_cast<u128>(net) * pool.feeRate / (65535U - pool.feeRate);
    const u128 gross = static_cast<u128>(net) + fee;
    return gross > UINT64_MAX ? UINT64_MAX : static_cast<std::uint64_t>(gross);
}

Result<SwapOutcome> Pool::swap(const PoolState& pool, const SwapRequest& req) {
    const bool buy = req.side == SwapSide::Buy;
    if (req.amount == 0) return makeError(ErrorCode::InvalidAmount, "The amount must be greater than zero.");
    if (req.limitPrice && (*req.limitPrice < kMinLimitPrice || *req.limitPrice > kMaxLimitPrice))
        return makeError(ErrorCode::InvalidPrice, "The limit price must be between 0.000001 and 1000000 TAO per Alpha.");
    const std::uint64_t inReserve = buy ? pool.tao.rao() : pool.alpha.rao();
    const std::uint64_t outReserve = buy ? pool.alpha.rao() : pool.tao.rao();
    if (outReserve < kMinimumReserveRao || inReserve == 0)
        return makeError(ErrorCode::ReservesTooLow, "The pool's reserves are too low to trade.");

    SwapOutcome out;
    out.priceBefore = pool.price();
    const std::uint16_t feeRate = req.dropFees ? 0 : pool.feeRate;
    std::uint64_t gross = req.amount;
    std::uint64_t fee = feeFor(gross, feeRate);
    std::uint64_t net = gross - fee;

    if (req.limitPrice) {
        const double limit = *req.limitPrice;
        const bool alreadyPast = buy ? out.priceBefore >= limit : out.priceBefore <= limit;
        const std::uint64_t netToLimit = alreadyPast ? 0 : netInputToPrice(pool, req.side, limit);
        if (net > netToLimit) {
            if (!req.allowPartial || netToLimit == 0)
                return makeError(ErrorCode::SlippageTooHigh,
                                 "The trade would move the price past your limit of " + std::to_string(limit) +
                                     " TAO per Alpha.");
            net = netToLimit;
            fee = static_cast<std::uint64_t>(static_cast<u128>(net) * feeRate / (65535U - feeRate));
            gross = net + fee;
        }
    }
    if (static_cast<u128>(net) > static_cast<u128>(inReserve) * kMaxInputReserveMultiplier)
        return makeError(ErrorCode::InputTooLarge,
                         "The amount is more than 1000 times the pool's " + std::string(buy ? "TAO" : "Alpha") +
                             " reserve.");

    const std::uint64_t got = buy ? buyOut(pool, net) : sellOut(pool, net);
    if (got == 0) return makeError(ErrorCode::ReservesTooLow, "The amount is too small to buy anything from this pool.");
    if (outReserve - got < kMinimumReserveRao)
        return makeError(ErrorCode::ReservesTooLow,
                         "The trade would drain the pool below its minimum reserve of " + taoText(kMinimumReserveRao) + ".");

    PoolState after = pool;
    if (buy) {
        after.tao = pool.tao + Rao::fromRao(net);
        after.alpha = pool.alpha - AlphaRao::fromRao(got);
        out.feeTaoValue = fee;
    } else {
        after.alpha = pool.alpha + AlphaRao::fromRao(net);
        after.tao = pool.tao - Rao::fromRao(got);
        // The Alpha fee is sold fee-less into the same pool; its TAO goes to the block author (§4.5).
        // If that sale would breach the minimum reserve, the Alpha still enters the pool
        // and the author simply gets nothing for it.
        if (fee > 0) {
            std::uint64_t feeTao = sellOut(after, fee);
            if (after.tao.rao() - feeTao < kMinimumReserveRao) feeTao = 0;
            after.alpha += AlphaRao::fromRao(fee);
            after.tao -= Rao::fromRao(feeTao);
            out.feeTaoValue = feeTao;
        }
    }
    out.amountIn = gross;
    out.fee = fee;
    out.netIn = net;
    out.amountOut = got;
    out.refund = req.amount - gross;
    out.after = after;
    out.priceAfter = after.price();
    return out;
}

} // namespace economics
