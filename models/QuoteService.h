#pragma once
// What a stake or unstake would do right now, computed with the chain's own pool code
// (economics::Pool) so the CLI's `quote`, the GUI's stake dialog and the embedded chain can
// never disagree. Pure: no store access; callers hand in the pool they read.

#include "chainclient/NodeClient.h"
#include "chainclient/NodeTypes.h"
#include "chainclient/economics/Pool.h"
#include "chainclient/economics/Result.h"

#include <cstdint>
#include <optional>

namespace models {

inline constexpr double kDefaultTolerance = 0.005; // btcli's safe-staking default (economics.md §9.2)

struct QuoteRequest {
    economics::SwapSide side = economics::SwapSide::Buy; // Buy = stake TAO, Sell = unstake Alpha
    std::uint64_t amount = 0;                            // gross, rao of the input currency
    double tolerance = kDefaultTolerance;                // limit = price·(1 ± tolerance), in [0, 1)
};

// The quote object of shared/cli.md.
struct Quote {
    economics::SwapSide side = economics::SwapSide::Buy;
    std::uint64_t amountIn = 0;            // gross input, as requested
    std::uint64_t fee = 0;                 // in input units
    std::uint64_t amountOut = 0;
    std::uint64_t amountOutNoSlippage = 0; // amountIn at the spot price: amount/price or amount·price
    double priceBefore = 0;
    double priceAfter = 0;
    double priceImpact = 0;                // (after − before) / before
    double limitPrice = 0;                 // before·(1 + tol) for stakes, before·(1 − tol) for unstakes
    std::uint64_t maxAmountInAtLimit = 0;  // largest gross input that keeps the price within the limit
};

class QuoteService {
public:
    // Runs Pool::swap without a limit (the trade as it would execute now) plus the limit
    // figures. Errors are the pool's own (InvalidAmount, ReservesTooLow, InputTooLarge, …),
    // or InvalidAmount for a tolerance outside [0, 1).
    static economics::Result<Quote> quote(const economics::PoolState& pool, const QuoteRequest& request);

    // The pool as the store last saw it. Fails with SubnetNotActive before the start call and
    // NotSupported for root (netuid 0), which converts 1:1 without a pool.
    static economics::Result<economics::PoolState> poolOf(const chainclient::SubnetSnapshot& subnet);

    // A real network's quote: the node's own amounts (sim_swap: amount in, fee, amount out) and
    // its price, with what follows from that price (amount without slippage, limit price).
    // The runtime reports no price after the trade, so the impact and the largest amount within
    // the limit come from `estimate` (the synced pool; its impact applied to the node's price
    // gives the price after) when there is one, else they stay 0. `node` must be ok.
    static Quote fromNode(const chainclient::SwapQuote& node, double tolerance, const std::optional<Quote>& estimate);
};

} // namespace models
