// WalletService on a real network: the node's own quote of a stake or unstake (sim_swap) in
// place of the estimate from the synced pool, which may lag the chain by a few blocks and
// cannot know every detail of the runtime's swap. Split from WalletService.cpp for size.

#include "models/WalletService.h"

namespace models {

bool WalletService::requestSwapQuote(const StakeOrder& order) {
    if (!node_ || order.kind == StakeOrder::Kind::Move || order.netuid == 0 || order.amount == 0)
        return false;
    const auto side = order.kind == StakeOrder::Kind::Add ? economics::SwapSide::Buy : economics::SwapSide::Sell;
    swapQuoteId_ = node_->requestSwapQuote(order.netuid, side, order.amount);
    return true;
}

void WalletService::onSwapQuoted(const chainclient::SwapQuote& quote) {
    if (quote.requestId != swapQuoteId_ || swapQuoteId_ == 0)
        return;
    swapQuoteId_ = 0;
    emit swapQuoteReady(quote);
}

void WalletService::applyNodeQuote(const StakeOrder& order, StakePreview& p) const {
    if (!nodeQuote_ || !nodeQuote_->ok || order.kind == StakeOrder::Kind::Move)
        return;
    const bool buy = order.kind == StakeOrder::Kind::Add;
    const auto& n = *nodeQuote_;
    if (n.netuid != order.netuid || n.amount != order.amount || n.buys() != buy)
        return;
    // The limit stays the one the call carries (from the price the order was built with).
    const double limit = p.quote.limitPrice;
    const quint64 maxAtLimit = p.quote.maxAmountInAtLimit;
    p.quote = QuoteService::fromNode(n, order.tolerance, p.quote);
    p.quote.limitPrice = limit;
    p.quote.maxAmountInAtLimit = maxAtLimit;
    p.rate = buy ? (p.quote.priceBefore > 0 ? 1.0 / p.quote.priceBefore : 0) : p.quote.priceBefore;
    p.fromNode = true;
    p.nodeBlock = n.block;
    // The runtime's average price for this trade (net of its fee) lies between the price before
    // and after, so beyond the limit it means the end price is beyond it too.
    double average = 0;
    if (buy && n.alphaAmount > 0 && n.taoAmount > n.taoFee)
        average = static_cast<double>(n.taoAmount - n.taoFee) / static_cast<double>(n.alphaAmount);
    else if (!buy && n.alphaAmount > n.alphaFee)
        average = static_cast<double>(n.taoAmount) / static_cast<double>(n.alphaAmount - n.alphaFee);
    const bool beyond = limit > 0 && average > 0 && (buy ? average > limit : average < limit);
    p.exceedsLimit = p.exceedsLimit || (order.useLimit && beyond);
}

} // namespace models
