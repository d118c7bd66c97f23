#pragma once
// A subnet's TAO/Alpha pool: the Balancer weighted-product AMM of spec ≥ 423
// (economics.md §4.4, §4.5). Weight 0.5 on both sides is plain constant product.
// The math runs in double (a port that matches the chain's tests to ±2 rao, §10); amounts
// in and out are integer rao, floored as the chain floors.

#include "chainclient/economics/Money.h"
#include "chainclient/economics/Result.h"

#include <cstdint>
#include <optional>

namespace economics {

inline constexpr std::uint64_t kMinimumReserveRao = 1'000'000;      // MinimumReserve
inline constexpr std::uint64_t kMaxInputReserveMultiplier = 1000;   // input ≤ 1000 × input reserve
inline constexpr std::uint16_t kDefaultFeeRate = 33;                // of 65535 (≈ 0.05 %)
inline constexpr std::uint16_t kMaxFeeRate = 10'000;
inline constexpr double kMinLimitPrice = 1e-6;                      // TAO per Alpha
inline constexpr double kMaxLimitPrice = 1e6;
inline constexpr double kMinPoolWeight = 0.01;

enum class SwapSide { Buy /* TAO → Alpha (stake) */, Sell /* Alpha → TAO (unstake) */ };

struct PoolState {
    Rao tao;                 // y, SubnetTAO
    AlphaRao alpha;          // x, SubnetAlphaIn
    double taoWeight = 0.5;  // w2, the quote (TAO-side) weight; Alpha side is 1 − w2
    std::uint16_t feeRate = kDefaultFeeRate;

    // p = (w1 / w2) · (y / x), TAO per Alpha. 0 for an empty pool. Inline: every block reads it.
    double price() const {
        if (alpha.isZero() || taoWeight <= 0.0) return 0.0;
        const double w1 = 1.0 - taoWeight;
        return (w1 / taoWeight) * (static_cast<double>(tao.rao()) / static_cast<double>(alpha.rao()));
    }
};

struct SwapOutcome {
    std::uint64_t amountIn = 0;    // gross input actually taken from the caller (excludes refund)
    std::uint64_t fee = 0;         // in input units (TAO for buys, Alpha for sells)
    std::uint64_t netIn = 0;       // amountIn − fee, what the pool curve saw
    std::uint64_t amountOut = 0;   // Alpha for buys, TAO for sells
    std::uint64_t refund = 0;      // part of the request not executed because of the limit
    std::uint64_t feeTaoValue = 0; // fee expressed in TAO (sell: the alpha fee sold fee-less)
    double priceBefore = 0;
    double priceAfter = 0;
    PoolState after;               // the pool once the swap (and, for sells, the fee sale) is done
};

struct SwapRequest {
    SwapSide side = SwapSide::Buy;
    std::uint64_t amount = 0;              // gross, in input units
    std::optional<double> limitPrice;      // buy: max price; sell: min price (TAO per Alpha)
    bool allowPartial = true;              // with a limit: execute up to it, refund the rest
    bool dropFees = false;                 // chain buys and moves' second leg
};

class Pool {
public:
    // Pure: computes the outcome without touching any state. Every guard of §4.4 applies.
    static Result<SwapOutcome> swap(const PoolState& pool, const SwapRequest& request);

    // Curve only, no fee and no guards (economics.md §4.4 formulas), floored.
    static std::uint64_t buyOut(const PoolState& pool, std::uint64_t netTaoIn);
    static std::uint64_t sellOut(const PoolState& pool, std::uint64_t netAlphaIn);

    // Net input that moves the price exactly to `target` (0 if on the wrong side).
    static std::uint64_t netInputToPrice(const PoolState& pool, SwapSide side, double target);

    // Largest gross amount whose execution stays within `limit` (fee included).
    static std::uint64_t maxAmountAtLimit(const PoolState& pool, SwapSide side, double limit);

    // floor(amount · fee / 65535).
    static std::uint64_t feeFor(std::uint64_t amount, std::uint16_t feeRate);

    // Protocol liquidity injection keeping the price: the new TAO-side weight, or nullopt if
    // it would leave [0.01, 0.99] (then nothing is injected, §3.2).
    static std::optional<double> weightAfterInjection(const PoolState& pool, Rao taoIn, AlphaRao alphaIn) {
        return weightAfterInjection(pool, static_cast<double>(taoIn.rao()), static_cast<double>(alphaIn.rao()));
    }
    // The same with the amounts converted by the caller (the coinbase knows cheaper conversions).
    static std::optional<double> weightAfterInjection(const PoolState& pool, double taoIn, double alphaIn) {
        return weightAfterInjection(pool.taoWeight, static_cast<double>(pool.tao.rao()), static_cast<double>(pool.alpha.rao()),
                                    taoIn, alphaIn);
    }
    // And with the reserves y (TAO) and x (Alpha) converted too, for weight w2.
    static std::optional<double> weightAfterInjection(double w2, double y, double x, double taoIn, double alphaIn) {
        const double w1 = 1.0 - w2;
        const double q1 = w1 * y * (x + alphaIn);
        const double q2 = w2 * x * (y + taoIn);
        const double w = (q1 + q2) == 0.0 ? 0.5 : q2 / (q1 + q2);
        if (w < kMinPoolWeight || w > 1.0 - kMinPoolWeight) return std::nullopt;
        return w;
    }
};

} // namespace economics
