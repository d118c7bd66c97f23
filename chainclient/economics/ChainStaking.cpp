// Staking calls of the embedded chain (economics.md §4.6). Every call validates and computes
// on copies first and writes only once nothing can fail, so a failed call changes nothing.

#include "chainclient/economics/Chain.h"

#include "chainclient/economics/Pool.h"

#include <algorithm>

namespace economics {
namespace {

std::string netuidText(NetUid n) { return std::to_string(n.value); }

Error belowMin(std::uint64_t minRao) {
    return makeError(ErrorCode::BelowMinStake, "The minimum stake is " + formatUnits(minRao) + " TAO.");
}

// Root is a stable 1:1 subnet: a limit allows everything or nothing (§4.6).
std::optional<Error> rootLimitCheck(const std::optional<double>& limit, bool buy) {
    if (!limit) return std::nullopt;
    if (*limit < kMinLimitPrice || *limit > kMaxLimitPrice)
        return makeError(ErrorCode::InvalidPrice, "The limit price must be between 0.000001 and 1000000 TAO per Alpha.");
    if (buy ? *limit < 1.0 : *limit > 1.0)
        return makeError(ErrorCode::SlippageTooHigh, "Root stake trades at exactly 1 TAO; your limit excludes it.");
    return std::nullopt;
}

} // namespace

// One computed side of a move: what leaves the origin or arrives at the destination.
struct Chain::Leg {
    bool root = false;
    SwapOutcome swap; // unused on root
};

Result<StakeReceipt> Chain::addStake(const StakeCall& call) {
    if (call.amount == 0) return makeError(ErrorCode::InvalidAmount, "The TAO amount must be greater than zero.");
    if (call.amount < params_.minStakeRao) return belowMin(params_.minStakeRao);
    const Rao amount = Rao::fromRao(call.amount);
    if (freeBalance(call.coldkey) < amount)
        return makeError(ErrorCode::InsufficientBalance, "The free balance of " + formatUnits(freeBalance(call.coldkey).rao()) +
                                                             " TAO is less than " + formatUnits(call.amount) + " TAO.");
    if (call.netuid.isRoot()) {
        if (auto e = rootLimitCheck(call.limitPrice, true)) return *e;
        balances_[call.coldkey] -= amount;
        rootStakes_[{call.hotkey, call.coldkey}] += amount;
        rootTotal_ += amount;
        debugCheck("addStake");
        return StakeReceipt{amount, AlphaRao::fromRao(call.amount), 0, 1.0};
    }
    auto subnetOr = tradableSubnet(call.netuid);
    if (!subnetOr) return subnetOr.error();
    Subnet& s = *subnetOr.value();
    if (s.uidOf(call.hotkey) < 0)
        return makeError(ErrorCode::HotkeyNotRegistered,
                         "The hotkey " + call.hotkey.hex() + " is not registered on subnet " + netuidText(s.netuid) + ".");
    auto swapped = Pool::swap(s.pool, {SwapSide::Buy, call.amount, call.limitPrice, call.allowPartial, false});
    if (!swapped) return swapped.error();
    const SwapOutcome& o = swapped.value();
    if (o.netIn < params_.minStakeRao)
        return makeError(ErrorCode::BelowMinStake, "Only " + formatUnits(o.netIn) + " TAO would be staked; the minimum is " +
                                                       formatUnits(params_.minStakeRao) + " TAO.");
    balances_[call.coldkey] -= Rao::fromRao(o.amountIn);
    feeCollector_ += Rao::fromRao(o.fee);
    s.pool = o.after;
    s.alphaOut += AlphaRao::fromRao(o.amountOut);
    creditStake(s, call.hotkey, call.coldkey, AlphaRao::fromRao(o.amountOut));
    s.volume += o.amountIn;
    events_.push_back({ChainEventKind::Stake, block_ + 1, s.netuid, call.coldkey, call.hotkey, o.amountIn, o.amountOut, o.fee, o.priceAfter});
    debugCheck("addStake");
    return StakeReceipt{Rao::fromRao(o.amountIn), AlphaRao::fromRao(o.amountOut), o.fee, o.priceAfter};
}

Result<StakeReceipt> Chain::removeStake(const StakeCall& call) {
    if (call.amount == 0) return makeError(ErrorCode::InvalidAmount, "The Alpha amount must be greater than zero.");
    if (!call.netuid.isRoot() && !subnet(call.netuid))
        return makeError(ErrorCode::SubnetNotFound, "Subnet " + netuidText(call.netuid) + " does not exist.");
    const AlphaRao held = stakeOf(call.netuid, call.hotkey, call.coldkey);
    if (held.rao() < call.amount)
        return makeError(ErrorCode::InsufficientBalance, "You have " + formatUnits(held.rao()) + " staked on this hotkey, less than " +
                                                             formatUnits(call.amount) + ".");
    if (call.netuid.isRoot()) {
        if (auto e = rootLimitCheck(call.limitPrice, false)) return *e;
        const Rao amount = Rao::fromRao(call.amount);
        if (call.amount < held.rao() && call.amount < params_.minStakeRao)
            return makeError(ErrorCode::BelowMinStake, "The minimum unstake is " + formatUnits(params_.minStakeRao) + " TAO.");
        auto it = rootStakes_.find({call.hotkey, call.coldkey});
        it->second -= amount;
        if (it->second.isZero()) rootStakes_.erase(it);
        rootTotal_ -= amount;
        balances_[call.coldkey] += amount;
        debugCheck("removeStake");
        return StakeReceipt{amount, AlphaRao::fromRao(call.amount), 0, 1.0};
    }
    auto subnetOr = tradableSubnet(call.netuid);
    if (!subnetOr) return subnetOr.error();
    Subnet& s = *subnetOr.value();
    auto swapped = Pool::swap(s.pool, {SwapSide::Sell, call.amount, call.limitPrice, call.allowPartial, false});
    if (!swapped) return swapped.error();
    const SwapOutcome& o = swapped.value();
    const bool wholePosition = o.amountIn == held.rao();
    if (!wholePosition && o.amountOut < params_.minStakeRao)
        return makeError(ErrorCode::BelowMinStake, "The unstake would pay out " + formatUnits(o.amountOut) +
                                                       " TAO; the minimum is " + formatUnits(params_.minStakeRao) +
                                                       " TAO unless you remove the whole position.");
    debitStake(s, call.hotkey, call.coldkey, AlphaRao::fromRao(o.amountIn));
    s.alphaOut -= AlphaRao::fromRao(o.amountIn);
    s.pool = o.after;
    balances_[call.coldkey] += Rao::fromRao(o.amountOut);
    feeCollector_ += Rao::fromRao(o.feeTaoValue);
    s.volume += o.amountOut;
    events_.push_back({ChainEventKind::Unstake, block_ + 1, s.netuid, call.coldkey, call.hotkey, o.amountOut, o.amountIn, o.fee, o.priceAfter});
    StakeReceipt receipt{Rao::fromRao(o.amountOut), AlphaRao::fromRao(o.amountIn), o.fee, o.priceAfter};
    forceUnstakeSmallNominator(s, call.hotkey, call.coldkey);
    debugCheck("removeStake");
    return receipt;
}

void Chain::forceUnstakeSmallNominator(Subnet& s, const AccountId& hotkey, const AccountId& coldkey) {
    // A nominator (not the hotkey's owner) left with dust under NominatorMinRequiredStake is
    // unstaked entirely (§4.6). If the pool cannot take the sale, the dust simply stays.
    const Neuron* owner = s.neuronByHotkey(hotkey);
    if (owner && owner->coldkey == coldkey) return;
    auto it = s.stakes.find({hotkey, coldkey});
    if (it == s.stakes.end()) return;
    const double value = static_cast<double>(it->second.rao()) * s.pool.price();
    if (value >= static_cast<double>(params_.nominatorMinStakeRao)) return;
    auto sold = Pool::swap(s.pool, {SwapSide::Sell, it->second.rao(), std::nullopt, false, false});
    if (!sold || sold->amountIn != it->second.rao()) return;
    const SwapOutcome& o = sold.value();
    s.noteStake(hotkey, coldkey, it->second, false, nullptr);
    s.stakes.erase(it);
    s.alphaOut -= AlphaRao::fromRao(o.amountIn);
    s.pool = o.after;
    balances_[coldkey] += Rao::fromRao(o.amountOut);
    feeCollector_ += Rao::fromRao(o.feeTaoValue);
    s.volume += o.amountOut;
    events_.push_back({ChainEventKind::Unstake, block_ + 1, s.netuid, coldkey, hotkey, o.amountOut, o.amountIn, o.fee, o.priceAfter});
}

Result<StakeReceipt> Chain::moveStake(const MoveStakeCall& c) {
    if (c.amount == 0) return makeError(ErrorCode::InvalidAmount, "The Alpha amount must be greater than zero.");
    for (NetUid n : {c.originNetuid, c.destNetuid}) {
        if (n.isRoot()) continue;
        auto t = tradableSubnet(n);
        if (!t) return t.error();
    }
    if (c.limitPrice && (*c.limitPrice <= 0 || !(*c.limitPrice < 1e12)))
        return makeError(ErrorCode::InvalidPrice, "The limit price ratio must be positive.");
    const AlphaRao held = stakeOf(c.originNetuid, c.originHotkey, c.coldkey);
    if (held.rao() < c.amount)
        return makeError(ErrorCode::InsufficientBalance, "You have " + formatUnits(held.rao()) + " staked there, less than " +
                                                             formatUnits(c.amount) + ".");
    if (!c.destNetuid.isRoot() && subnet(c.destNetuid)->uidOf(c.destHotkey) < 0)
        return makeError(ErrorCode::HotkeyNotRegistered, "The destination hotkey is not registered on subnet " +
                                                             netuidText(c.destNetuid) + ".");
    AlphaRao amount = AlphaRao::fromRao(c.amount); // less after a partial fill

    if (c.originNetuid == c.destNetuid) {
        // Same subnet: a plain share transfer, no swap and no fee (§4.6).
        if (c.originHotkey == c.destHotkey && c.coldkey == c.destColdkey)
            return makeError(ErrorCode::InvalidAmount, "The origin and destination are the same position.");
        const double price = c.originNetuid.isRoot() ? 1.0 : subnet(c.originNetuid)->pool.price();
        if (static_cast<double>(c.amount) * price < static_cast<double>(params_.minStakeRao)) return belowMin(params_.minStakeRao);
        if (c.originNetuid.isRoot()) {
            auto it = rootStakes_.find({c.originHotkey, c.coldkey});
            it->second -= Rao::fromRao(c.amount);
            if (it->second.isZero()) rootStakes_.erase(it);
            rootStakes_[{c.destHotkey, c.destColdkey}] += Rao::fromRao(c.amount);
        } else {
            Subnet& s = *mutableSubnet(c.originNetuid);
            debitStake(s, c.originHotkey, c.coldkey, amount);
            creditStake(s, c.destHotkey, c.destColdkey, amount);
        }
        debugCheck("moveStake");
        return StakeReceipt{Rao::fromRao(floorToRao(static_cast<double>(c.amount) * price)), amount, 0, price};
    }

    // Across subnets: sell on the origin, buy on the destination. Exactly one leg pays the fee:
    // the origin unless it is root.
    Leg out, in;
    out.root = c.originNetuid.isRoot();
    in.root = c.destNetuid.isRoot();
    std::uint64_t taoMid = 0, alphaGot = 0;
    double originPrice = 1.0, destPrice = 1.0;
    // Both legs for `alpha` origin Alpha, on copies; nothing is written.
    auto quote = [&](std::uint64_t alpha) -> Status {
        taoMid = alpha;
        originPrice = destPrice = 1.0;
        if (!out.root) {
            auto r = Pool::swap(subnet(c.originNetuid)->pool, {SwapSide::Sell, alpha, std::nullopt, false, false});
            if (!r) return r.error();
            out.swap = r.value();
            taoMid = out.swap.amountOut;
            originPrice = out.swap.priceAfter;
        }
        alphaGot = taoMid;
        if (!in.root && taoMid >= params_.minStakeRao) { // under it the move fails as BelowMinStake
            auto r = Pool::swap(subnet(c.destNetuid)->pool, {SwapSide::Buy, taoMid, std::nullopt, false, !out.root});
            if (!r) return r.error();
            in.swap = r.value();
            alphaGot = in.swap.amountOut;
            destPrice = in.swap.priceAfter;
        }
        return okStatus();
    };
    auto withinLimit = [&] { return !c.limitPrice || !(destPrice > 0) || originPrice / destPrice >= *c.limitPrice; };
    Status quoted = quote(c.amount);
    if (quoted.ok() && taoMid >= params_.minStakeRao && !withinLimit() && c.allowPartial) {
        // Partial fill (§4.6, as the add/remove limit versions): the largest origin amount whose
        // price ratio after both legs stays at or above the limit. The ratio falls as the amount
        // grows, so bisect on it; pools are weighted, so the constant-product closed form of
        // get_max_amount_move does not apply.
        const double fullRatio = originPrice / destPrice;
        std::uint64_t lo = 0, hi = c.amount; // the ratio holds at lo (or lo = 0) and fails at hi
        while (hi - lo > 1) {
            const std::uint64_t mid = lo + (hi - lo) / 2;
            if (quote(mid).ok() && taoMid >= params_.minStakeRao && withinLimit()) lo = mid;
            else hi = mid;
        }
        if (lo == 0)
            return makeError(ErrorCode::SlippageTooHigh, "No part of the move keeps the price ratio at your limit of " +
                                                             std::to_string(*c.limitPrice) + " (the whole move ends at " +
                                                             std::to_string(fullRatio) + ").");
        amount = AlphaRao::fromRao(lo);
        quoted = quote(lo);
    }
    if (!quoted.ok()) return quoted.error();
    if (taoMid < params_.minStakeRao)
        return makeError(ErrorCode::BelowMinStake, "The move is worth " + formatUnits(taoMid) + " TAO; the minimum is " +
                                                       formatUnits(params_.minStakeRao) + " TAO.");
    if (!withinLimit())
        return makeError(ErrorCode::SlippageTooHigh, "The move would end at a price ratio of " + std::to_string(originPrice / destPrice) +
                                                         ", under your limit of " + std::to_string(*c.limitPrice) + ".");

    if (out.root) {
        auto it = rootStakes_.find({c.originHotkey, c.coldkey});
        it->second -= Rao::fromRao(amount.rao());
        if (it->second.isZero()) rootStakes_.erase(it);
        rootTotal_ -= Rao::fromRao(amount.rao());
    } else {
        Subnet& s = *mutableSubnet(c.originNetuid);
        debitStake(s, c.originHotkey, c.coldkey, amount);
        s.alphaOut -= amount;
        s.pool = out.swap.after;
        feeCollector_ += Rao::fromRao(out.swap.feeTaoValue);
        s.volume += out.swap.amountOut;
        events_.push_back({ChainEventKind::Unstake, block_ + 1, s.netuid, c.coldkey, c.originHotkey, out.swap.amountOut,
                           out.swap.amountIn, out.swap.fee, out.swap.priceAfter});
    }
    if (in.root) {
        rootStakes_[{c.destHotkey, c.destColdkey}] += Rao::fromRao(taoMid);
        rootTotal_ += Rao::fromRao(taoMid);
    } else {
        Subnet& s = *mutableSubnet(c.destNetuid);
        s.pool = in.swap.after;
        s.alphaOut += AlphaRao::fromRao(alphaGot);
        creditStake(s, c.destHotkey, c.destColdkey, AlphaRao::fromRao(alphaGot));
        feeCollector_ += Rao::fromRao(in.swap.fee);
        s.volume += in.swap.amountIn;
        events_.push_back({ChainEventKind::Stake, block_ + 1, s.netuid, c.destColdkey, c.destHotkey, in.swap.amountIn, alphaGot,
                           in.swap.fee, in.swap.priceAfter});
    }
    debugCheck("moveStake");
    const std::uint64_t fee = out.root ? in.swap.fee : out.swap.fee;
    return StakeReceipt{Rao::fromRao(taoMid), AlphaRao::fromRao(alphaGot), fee, destPrice};
}

Result<StakeReceipt> Chain::swapStake(const AccountId& coldkey, const AccountId& hotkey, NetUid origin, NetUid dest,
                                      std::uint64_t amount, std::optional<double> limitPrice, bool allowPartial) {
    if (origin == dest) return makeError(ErrorCode::InvalidAmount, "Swapping needs two different subnets.");
    return moveStake({coldkey, coldkey, hotkey, hotkey, origin, dest, amount, limitPrice, allowPartial});
}

Result<StakeReceipt> Chain::transferStake(const AccountId& coldkey, const AccountId& destColdkey, const AccountId& hotkey,
                                          NetUid origin, NetUid dest, std::uint64_t amount) {
    return moveStake({coldkey, destColdkey, hotkey, hotkey, origin, dest, amount, std::nullopt});
}

Status Chain::transfer(const AccountId& from, const AccountId& to, Rao amount) {
    if (amount.isZero()) return makeError(ErrorCode::InvalidAmount, "The amount must be greater than zero.");
    if (freeBalance(from) < amount)
        return makeError(ErrorCode::InsufficientBalance, "The free balance is less than " + formatUnits(amount.rao()) + " TAO.");
    balances_[from] -= amount;
    balances_[to] += amount;
    debugCheck("transfer");
    return okStatus();
}

} // namespace economics
