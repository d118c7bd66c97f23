#include "chainclient/economics/Chain.h"

#include "chainclient/economics/Issuance.h"

#include <algorithm>
#include <cmath>

namespace economics {

AlphaRao Subnet::totalStaked() const {
    AlphaRao sum;
    for (const auto& [key, amount] : stakes) sum += amount;
    return sum;
}

const char* chainEventKindName(ChainEventKind kind) {
    switch (kind) {
    case ChainEventKind::Stake: return "stake";
    case ChainEventKind::Unstake: return "unstake";
    case ChainEventKind::SubnetRegistered: return "registered";
    case ChainEventKind::SubnetStarted: return "started";
    case ChainEventKind::SubnetDissolved: return "dissolved";
    case ChainEventKind::Epoch: return "epoch";
    }
    return "unknown";
}

Chain::Chain(ChainParams params) : params_(params) {}

void Chain::mint(const AccountId& account, Rao amount) {
    balances_[account] += amount;
    totalIssuance_ += amount;
}

NetUid Chain::addGenesisSubnet(const std::string& name, const std::string& symbol, const AccountId& ownerColdkey,
                               const AccountId& ownerHotkey, Rao poolTao, AlphaRao poolAlpha, double movingPrice) {
    const std::uint16_t netuid = subnets_.empty() ? 1 : static_cast<std::uint16_t>(subnets_.rbegin()->first + 1);
    Subnet s;
    s.netuid = NetUid{netuid};
    s.name = name;
    s.symbol = symbol;
    s.ownerColdkey = ownerColdkey;
    s.ownerHotkey = ownerHotkey;
    s.registeredAt = block_;
    s.firstEmissionBlock = block_;
    s.pool.tao = poolTao;
    s.pool.alpha = poolAlpha;
    s.movingPrice = std::min(movingPrice, 1.0);
    s.lastEpochBlock = block_ - std::min<BlockNumber>(block_, netuid % s.tempo);
    totalIssuance_ += poolTao;
    s.neurons.push_back(Neuron{ownerHotkey, ownerColdkey, block_, true, 0, 0, {}});
    subnets_.emplace(netuid, std::move(s));
    events_.push_back({ChainEventKind::SubnetRegistered, block_, NetUid{netuid}, ownerColdkey, ownerHotkey, 0, 0, 0, 0});
    return NetUid{netuid};
}

Status Chain::registerNeuron(NetUid netuid, const AccountId& hotkey, const AccountId& coldkey) {
    Subnet* s = mutableSubnet(netuid);
    if (!s) return makeError(ErrorCode::SubnetNotFound, "Subnet " + std::to_string(netuid.value) + " does not exist.");
    for (const auto& n : s->neurons)
        if (n.hotkey == hotkey) return okStatus();
    if (s->neurons.size() >= s->maxUids)
        return makeError(ErrorCode::TooManyRegistrations, "Subnet " + std::to_string(netuid.value) + " is full.");
    s->neurons.push_back(Neuron{hotkey, coldkey, block_, false, 0, 0, {}});
    return okStatus();
}

Subnet* Chain::mutableSubnet(NetUid netuid) {
    auto it = subnets_.find(netuid.value);
    return it == subnets_.end() ? nullptr : &it->second;
}

const Subnet* Chain::subnet(NetUid netuid) const {
    auto it = subnets_.find(netuid.value);
    return it == subnets_.end() ? nullptr : &it->second;
}

Rao Chain::freeBalance(const AccountId& account) const {
    auto it = balances_.find(account);
    return it == balances_.end() ? Rao{} : it->second;
}

AlphaRao Chain::stakeOf(NetUid netuid, const AccountId& hotkey, const AccountId& coldkey) const {
    if (netuid.isRoot()) {
        auto it = rootStakes_.find({hotkey, coldkey});
        return it == rootStakes_.end() ? AlphaRao{} : AlphaRao::fromRao(it->second.rao());
    }
    const Subnet* s = subnet(netuid);
    if (!s) return {};
    auto it = s->stakes.find({hotkey, coldkey});
    return it == s->stakes.end() ? AlphaRao{} : it->second;
}

double Chain::rootProportion(const Subnet& s) const {
    const double root = params_.taoWeight * static_cast<double>(rootTotal_.rao());
    const double denom = root + static_cast<double>(s.alphaIssuance().rao());
    return denom <= 0.0 ? 0.0 : root / denom;
}

Result<Subnet*> Chain::tradableSubnet(NetUid netuid) {
    Subnet* s = mutableSubnet(netuid);
    if (!s) return makeError(ErrorCode::SubnetNotFound, "Subnet " + std::to_string(netuid.value) + " does not exist.");
    if (!s->started())
        return makeError(ErrorCode::SubnetNotActive,
                         "Subnet " + std::to_string(netuid.value) + " has not been started yet; staking opens after its start call.");
    return s;
}

Result<StakeReceipt> Chain::addStake(const StakeCall& call) {
    if (call.amount == 0) return makeError(ErrorCode::InvalidAmount, "The TAO amount must be greater than zero.");
    if (call.amount < params_.minStakeRao)
        return makeError(ErrorCode::BelowMinStake, "The minimum stake is " + formatUnits(params_.minStakeRao) + " TAO.");
    const Rao amount = Rao::fromRao(call.amount);
    if (freeBalance(call.coldkey) < amount)
        return makeError(ErrorCode::InsufficientBalance, "The free balance of " + formatUnits(freeBalance(call.coldkey).rao()) +
                                                             " TAO is less than " + formatUnits(call.amount) + " TAO.");
    if (call.netuid.isRoot()) {
        balances_[call.coldkey] -= amount;
        rootStakes_[{call.hotkey, call.coldkey}] += amount;
        rootTotal_ += amount;
        return StakeReceipt{amount, AlphaRao::fromRao(call.amount), 0, 1.0};
    }
    auto subnetOr = tradableSubnet(call.netuid);
    if (!subnetOr) return subnetOr.error();
    Subnet& s = *subnetOr.value();
    const bool registered = std::any_of(s.neurons.begin(), s.neurons.end(),
                                        [&](const Neuron& n) { return n.hotkey == call.hotkey; });
    if (!registered)
        return makeError(ErrorCode::HotkeyNotRegistered,
                         "The hotkey " + call.hotkey.hex() + " is not registered on subnet " + std::to_string(s.netuid.value) + ".");
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
    s.stakes[{call.hotkey, call.coldkey}] += AlphaRao::fromRao(o.amountOut);
    s.volume += o.amountIn;
    events_.push_back({ChainEventKind::Stake, block_ + 1, s.netuid, call.coldkey, call.hotkey, o.amountIn, o.amountOut, o.fee, o.priceAfter});
    return StakeReceipt{Rao::fromRao(o.amountIn), AlphaRao::fromRao(o.amountOut), o.fee, o.priceAfter};
}

Result<StakeReceipt> Chain::removeStake(const StakeCall& call) {
    if (call.amount == 0) return makeError(ErrorCode::InvalidAmount, "The Alpha amount must be greater than zero.");
    const AlphaRao held = stakeOf(call.netuid, call.hotkey, call.coldkey);
    if (held.rao() < call.amount)
        return makeError(ErrorCode::InsufficientBalance, "You have " + formatUnits(held.rao()) + " staked on this hotkey, less than " +
                                                             formatUnits(call.amount) + ".");
    if (call.netuid.isRoot()) {
        const Rao amount = Rao::fromRao(call.amount);
        if (call.amount < held.rao() && call.amount < params_.minStakeRao)
            return makeError(ErrorCode::BelowMinStake, "The minimum unstake is " + formatUnits(params_.minStakeRao) + " TAO.");
        auto& pos = rootStakes_[{call.hotkey, call.coldkey}];
        pos -= amount;
        if (pos.isZero()) rootStakes_.erase({call.hotkey, call.coldkey});
        rootTotal_ -= amount;
        balances_[call.coldkey] += amount;
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
    auto& pos = s.stakes[{call.hotkey, call.coldkey}];
    pos -= AlphaRao::fromRao(o.amountIn);
    if (pos.isZero()) s.stakes.erase({call.hotkey, call.coldkey});
    s.alphaOut -= AlphaRao::fromRao(o.amountIn);
    s.pool = o.after;
    balances_[call.coldkey] += Rao::fromRao(o.amountOut);
    feeCollector_ += Rao::fromRao(o.feeTaoValue);
    s.volume += o.amountOut;
    events_.push_back({ChainEventKind::Unstake, block_ + 1, s.netuid, call.coldkey, call.hotkey, o.amountOut, o.amountIn, o.fee, o.priceAfter});
    return StakeReceipt{Rao::fromRao(o.amountOut), AlphaRao::fromRao(o.amountIn), o.fee, o.priceAfter};
}

Status Chain::transfer(const AccountId& from, const AccountId& to, Rao amount) {
    if (amount.isZero()) return makeError(ErrorCode::InvalidAmount, "The amount must be greater than zero.");
    if (freeBalance(from) < amount)
        return makeError(ErrorCode::InsufficientBalance, "The free balance is less than " + formatUnits(amount.rao()) + " TAO.");
    balances_[from] -= amount;
    balances_[to] += amount;
    return okStatus();
}

void Chain::produceBlock() {
    ++block_;
    runCoinbase(blockEmissionForIssuance(totalIssuance_.rao()));
    for (auto& [id, s] : subnets_)
        if (s.started() && block_ - s.lastEpochBlock >= s.tempo) runEpoch(s);
    updateMovingPrices();
}

void Chain::runCoinbase(std::uint64_t emission) {
    // Shares by EMA price over eligible, emission-enabled subnets (§2.2; MinerBurned = 0 until Yuma burns).
    double emaSum = 0;
    for (const auto& [id, s] : subnets_)
        if (s.started() && s.emissionEnabled) emaSum += s.movingPrice;
    for (auto& [id, s] : subnets_) {
        s.taoInEmission = {};
        s.alphaInEmission = {};
        s.alphaOutEmission = {};
        s.emissionShare = 0;
        if (!s.started()) continue;
        const std::uint64_t alphaEmission = blockEmissionForIssuance(s.alphaIssuance().rao());
        if (s.emissionEnabled && emaSum > 0) {
            s.emissionShare = s.movingPrice / emaSum;
            injectIntoPool(s, Rao::fromRao(floorToRao(static_cast<double>(emission) * s.emissionShare)), alphaEmission);
        }
        splitAlphaOut(s, AlphaRao::fromRao(alphaEmission));
    }
}

void Chain::injectIntoPool(Subnet& s, Rao taoEmission, std::uint64_t alphaEmission) {
    const double price = s.pool.price();
    if (price <= 0 || taoEmission.isZero()) return;
    double alphaIn = static_cast<double>(taoEmission.rao()) / price;
    const double cap = rootProportion(s) * static_cast<double>(alphaEmission);
    std::uint64_t taoIn = taoEmission.rao();
    if (alphaIn > cap) {
        alphaIn = cap;
        taoIn = std::min(taoIn, floorToRao(alphaIn * price));
    }
    const AlphaRao alphaInRao = AlphaRao::fromRao(floorToRao(alphaIn));
    const auto newWeight = Pool::weightAfterInjection(s.pool, Rao::fromRao(taoIn), alphaInRao);
    if (!newWeight) return; // the weight would leave [0.01, 0.99]: nothing is injected (§3.2 step 1)
    PoolState pool = s.pool;
    pool.taoWeight = *newWeight;
    // The excess TAO chain-buys Alpha against the old reserves with the new weights (protocol Alpha).
    const std::uint64_t excess = taoEmission.rao() - taoIn;
    std::uint64_t minted = taoIn;
    if (excess > 0) {
        auto bought = Pool::swap(pool, {SwapSide::Buy, excess, std::nullopt, true, true});
        if (bought) {
            pool = bought->after;
            s.protocolAlpha += AlphaRao::fromRao(bought->amountOut);
            s.alphaOut += AlphaRao::fromRao(bought->amountOut);
            minted += bought->amountIn;
        }
    }
    pool.alpha += alphaInRao;
    pool.tao += Rao::fromRao(taoIn);
    s.pool = pool;
    totalIssuance_ += Rao::fromRao(minted);
    s.taoInEmission = Rao::fromRao(taoIn);
    s.alphaInEmission = alphaInRao;
}

void Chain::splitAlphaOut(Subnet& s, AlphaRao alphaOut) {
    const AlphaRao owner = alphaOut.mulDiv(kSubnetOwnerCutU16, 65535);
    const AlphaRao rest = alphaOut - owner;
    const AlphaRao server = rest.mulDiv(1, 2);
    double emaSum = 0;
    for (const auto& [id, other] : subnets_)
        if (other.started()) emaSum += other.movingPrice;
    // Root dividends are paid only while Σ EMA price > 1; otherwise that Alpha is recycled (§2.6).
    const bool rootSells = emaSum > 1.0;
    const AlphaRao root = AlphaRao::fromRao(floorToRao(rootProportion(s) * static_cast<double>(rest.rao()) * 0.5));
    const AlphaRao validators = rest - server - root;
    s.pendingOwner += owner;
    s.pendingServer += server;
    s.pendingValidator += validators;
    if (rootSells) s.pendingRoot += root;
    s.alphaOut += rootSells ? alphaOut : alphaOut - root;
    s.alphaOutEmission = alphaOut;
}

void Chain::creditStake(Subnet& s, const AccountId& hotkey, const AccountId& coldkey, AlphaRao amount) {
    if (!amount.isZero()) s.stakes[{hotkey, coldkey}] += amount;
}

void Chain::runEpoch(Subnet& s) {
    // Placeholder distribution until Yuma is wired in: miners share the server pool equally,
    // validators (permit holders) share validator + root pools by stake, the owner gets the cut.
    s.lastEpochBlock = block_;
    std::vector<const Neuron*> miners, validators;
    for (const auto& n : s.neurons) (n.validatorPermit ? validators : miners).push_back(&n);
    AlphaRao toValidators = s.pendingValidator + s.pendingRoot;
    AlphaRao toMiners = s.pendingServer;
    if (miners.empty()) {
        toValidators += toMiners;
        toMiners = {};
    }
    if (!miners.empty()) {
        const AlphaRao each = toMiners.mulDiv(1, miners.size());
        for (const Neuron* n : miners) creditStake(s, n->hotkey, n->coldkey, each);
        creditStake(s, miners.front()->hotkey, miners.front()->coldkey, toMiners - each.mulDiv(miners.size(), 1));
    }
    std::map<AccountId, u128> weight;
    u128 total = 0;
    for (const auto& [key, amount] : s.stakes)
        for (const Neuron* v : validators)
            if (v->hotkey == key.first) {
                weight[v->hotkey] += amount.rao();
                total += amount.rao();
            }
    AlphaRao paid;
    if (total > 0) {
        for (const Neuron* v : validators) {
            const AlphaRao share = AlphaRao::fromRao(static_cast<std::uint64_t>(toValidators.rao() * weight[v->hotkey] / total));
            creditStake(s, v->hotkey, v->coldkey, share);
            paid += share;
        }
    }
    creditStake(s, s.ownerHotkey, s.ownerColdkey, s.pendingOwner + (toValidators - paid));
    s.pendingOwner = s.pendingServer = s.pendingValidator = s.pendingRoot = {};
    events_.push_back({ChainEventKind::Epoch, block_, s.netuid, {}, {}, 0, 0, 0, s.pool.price()});
}

void Chain::updateMovingPrices() {
    for (auto& [id, s] : subnets_) {
        if (!s.started()) continue;
        const double b = static_cast<double>(block_ - (*s.firstEmissionBlock - std::min<BlockNumber>(1, *s.firstEmissionBlock)));
        const double alpha = kSubnetMovingAlpha * b / (b + kEmaPriceHalvingBlocks);
        s.movingPrice = alpha * std::min(s.pool.price(), 1.0) + (1.0 - alpha) * s.movingPrice;
    }
}

std::vector<ChainEvent> Chain::takeEvents() {
    std::vector<ChainEvent> out;
    out.swap(events_);
    return out;
}

std::optional<std::string> Chain::checkInvariants() const {
    Rao sum = feeCollector_ + rootTotal_;
    for (const auto& [acc, bal] : balances_) sum += bal;
    for (const auto& [id, s] : subnets_) sum += s.pool.tao;
    if (sum != totalIssuance_)
        return "TAO is not conserved: accounts + pools + root + fees = " + formatUnits(sum.rao()) +
               " but total issuance is " + formatUnits(totalIssuance_.rao());
    Rao rootSum;
    for (const auto& [key, amount] : rootStakes_) rootSum += amount;
    if (rootSum != rootTotal_) return "Root stakes do not add up to the root total";
    for (const auto& [id, s] : subnets_) {
        const AlphaRao held = s.totalStaked() + s.pendingOwner + s.pendingServer + s.pendingValidator + s.pendingRoot + s.protocolAlpha;
        if (held != s.alphaOut)
            return "Subnet " + std::to_string(id) + ": staked + pending + protocol Alpha = " + formatUnits(held.rao()) +
                   " but alpha_out = " + formatUnits(s.alphaOut.rao());
        if (s.pool.taoWeight < kMinPoolWeight || s.pool.taoWeight > 1 - kMinPoolWeight)
            return "Subnet " + std::to_string(id) + ": pool weight out of range";
        if (s.movingPrice < 0 || s.movingPrice > 1.0 + 1e-12) return "Subnet " + std::to_string(id) + ": moving price out of [0, 1]";
    }
    return std::nullopt;
}

} // namespace economics
