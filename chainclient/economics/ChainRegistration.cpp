// Subnet and neuron lifecycle of the embedded chain (economics.md §5, §6): genesis set-up,
// network registration with lock and pruning, start call, dissolution, burned registration.

#include "chainclient/economics/Chain.h"

#include "chainclient/economics/Issuance.h"
#include "chainclient/economics/Pool.h"
#include "chainclient/economics/Registration.h"

#include <algorithm>

namespace economics {
namespace {

std::uint64_t burnFactor(std::uint16_t halfLife) {
    // The binary search is costly; every subnet shares the chain-wide half-life.
    thread_local std::uint16_t cachedFor = 0;
    thread_local std::uint64_t cached = burnDecayFactorQ32(0);
    if (halfLife != cachedFor) {
        cached = burnDecayFactorQ32(halfLife);
        cachedFor = halfLife;
    }
    return cached;
}

Neuron newNeuron(const AccountId& hotkey, const AccountId& coldkey, BlockNumber at, bool permit) {
    Neuron n;
    n.hotkey = hotkey;
    n.coldkey = coldkey;
    n.registeredAt = at;
    n.lastUpdate = at;
    n.validatorPermit = permit;
    return n;
}

} // namespace

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
    s.alphaIssued = poolAlpha;
    s.movingPrice = std::min(movingPrice, 1.0);
    // Stagger epochs by netuid (§3.4): the first one fires at tempo + netuid mod tempo.
    s.lastEpochBlock = block_ + netuid % s.tempo;
    totalIssuance_ += poolTao;
    s.neurons.push_back(newNeuron(ownerHotkey, ownerColdkey, block_, true));
    s.indexHotkeys();
    subnets_.emplace(netuid, std::move(s));
    subnetsChanged();
    events_.push_back({ChainEventKind::SubnetRegistered, block_, NetUid{netuid}, ownerColdkey, ownerHotkey, poolTao.rao(), 0, 0, 0});
    return NetUid{netuid};
}

Status Chain::addGenesisNeuron(NetUid netuid, const AccountId& hotkey, const AccountId& coldkey) {
    Subnet* s = mutableSubnet(netuid);
    if (!s) return makeError(ErrorCode::SubnetNotFound, "Subnet " + std::to_string(netuid.value) + " does not exist.");
    if (s->uidOf(hotkey) >= 0) return makeError(ErrorCode::HotkeyAlreadyRegistered, "The hotkey is already registered.");
    if (s->neurons.size() >= s->maxUids)
        return makeError(ErrorCode::TooManyRegistrations, "Subnet " + std::to_string(netuid.value) + " is full.");
    s->neurons.push_back(newNeuron(hotkey, coldkey, block_, false));
    s->indexHotkey(s->neurons.size() - 1);
    return okStatus();
}

Rao Chain::networkLockCost() const {
    const Rao emission = Rao::fromRao(blockEmissionForIssuance(totalIssuance_.rao()));
    return economics::networkLockCost(lastLock_, lastLockBlock_, block_, Rao::fromRao(params_.minLockRao),
                                      effectiveLockReductionInterval(params_.lockReductionInterval, emission));
}

Result<NetUid> Chain::registerSubnet(const SubnetRegistrationCall& call) {
    if (lastLockBlock_ != 0 && block_ < lastLockBlock_ + params_.networkRateLimit)
        return makeError(ErrorCode::RateLimited, "A subnet was registered at block " + std::to_string(lastLockBlock_) +
                                                     "; the next registration opens at block " +
                                                     std::to_string(lastLockBlock_ + params_.networkRateLimit) + ".");
    const Rao cost = networkLockCost();
    if (call.maxLockCost && cost > *call.maxLockCost)
        return makeError(ErrorCode::SlippageTooHigh, "The lock cost is " + formatUnits(cost.rao()) + " TAO, above your limit.");
    if (freeBalance(call.coldkey) < cost)
        return makeError(ErrorCode::InsufficientBalance, "Registering a subnet locks " + formatUnits(cost.rao()) +
                                                             " TAO; the free balance is " + formatUnits(freeBalance(call.coldkey).rao()) + " TAO.");
    std::optional<NetUid> victim;
    if (subnets_.size() >= params_.subnetLimit) {
        std::vector<SubnetPruneCandidate> candidates;
        for (const auto& [id, s] : subnets_) candidates.push_back({s.netuid, s.movingPrice, s.registeredAt});
        victim = subnetToPrune(candidates, block_, params_.subnetImmunityPeriod);
        if (!victim)
            return makeError(ErrorCode::SubnetLimitReached, "All " + std::to_string(subnets_.size()) +
                                                                " subnets are still immune; none can be pruned yet.");
    }

    balances_[call.coldkey] -= cost;
    std::uint16_t netuid = 1;
    if (victim) {
        dissolveSubnet(victim->value);
        netuid = victim->value;
    } else {
        while (subnets_.count(netuid)) ++netuid;
    }
    std::vector<SubnetPrice> prices;
    for (const auto& [id, s] : subnets_) prices.push_back({s.netuid, s.pool.price()});
    const double median = medianSubnetPrice(prices);

    Subnet s;
    s.netuid = NetUid{netuid};
    s.name = call.name;
    s.symbol = call.symbol;
    s.ownerColdkey = call.coldkey;
    s.ownerHotkey = call.hotkey;
    s.registeredAt = block_;
    s.emissionEnabled = false; // v3.4.7: switched on with the start call here
    s.pool.tao = cost;         // the full lock stays in the pool (spec ≥ 401)
    s.pool.alpha = seedAlphaIn(cost, median);
    s.alphaIssued = s.pool.alpha;
    s.lockedTao = cost;
    s.lastEpochBlock = block_;
    s.neurons.push_back(newNeuron(call.hotkey, call.coldkey, block_, true));
    s.indexHotkeys();
    subnets_.emplace(netuid, std::move(s));
    subnetsChanged();
    lastLock_ = cost;
    lastLockBlock_ = block_;
    events_.push_back({ChainEventKind::SubnetRegistered, block_ + 1, NetUid{netuid}, call.coldkey, call.hotkey, cost.rao(), 0, 0, median});
    debugCheck("registerSubnet");
    return NetUid{netuid};
}

Status Chain::startSubnet(const AccountId& coldkey, NetUid netuid) {
    Subnet* s = mutableSubnet(netuid);
    if (!s) return makeError(ErrorCode::SubnetNotFound, "Subnet " + std::to_string(netuid.value) + " does not exist.");
    if (s->ownerColdkey != coldkey) return makeError(ErrorCode::NotOwner, "Only the subnet owner can start it.");
    if (s->started()) return makeError(ErrorCode::AlreadyStarted, "The subnet is already started.");
    if (block_ < s->registeredAt + params_.startCallDelay)
        return makeError(ErrorCode::NotYetAllowed, "The start call opens at block " +
                                                       std::to_string(s->registeredAt + params_.startCallDelay) + ".");
    s->firstEmissionBlock = block_ + 1;
    s->emissionEnabled = true;
    s->lastEpochBlock = block_ + netuid.value % s->tempo;
    order_.scheduleValid = false; // a started subnet joins the epoch schedule (epochsDueNextBlock)
    events_.push_back({ChainEventKind::SubnetStarted, block_ + 1, netuid, coldkey, s->ownerHotkey, 0, 0, 0, s->pool.price()});
    debugCheck("startSubnet");
    return okStatus();
}

void Chain::dissolveSubnet(std::uint16_t netuid) {
    // Pro-rata by Alpha value, no AMM sale (§5.4): stakers get TAO, the protocol's part
    // (pool Alpha, protocol Alpha and undistributed pending) is recycled.
    Subnet& s = subnets_.at(netuid);
    std::vector<std::uint64_t> values;
    values.reserve(s.stakes.size() + 1);
    for (const auto& [key, amount] : s.stakes) values.push_back(amount.rao());
    const AlphaRao protocol =
        s.pool.alpha + s.protocolAlpha + s.pendingOwner + s.pendingServer + s.pendingValidator + s.pendingRoot;
    values.push_back(protocol.rao());
    const auto shares = distributeProRata(s.pool.tao, values);
    std::size_t k = 0;
    for (const auto& [key, amount] : s.stakes) {
        if (!shares[k].isZero()) balances_[key.second] += shares[k];
        ++k;
    }
    totalIssuance_ -= shares.back();
    recycled_ += shares.back();
    events_.push_back({ChainEventKind::SubnetDissolved, block_ + 1, s.netuid, s.ownerColdkey, s.ownerHotkey, s.pool.tao.rao(), 0, 0, 0});
    subnets_.erase(netuid);
    subnetsChanged();
    ++dissolvedCount_;
}

std::uint64_t Chain::burnDecayFactor() const { return burnFactor(params_.burnHalfLife); }

Result<std::uint16_t> Chain::registerNeuron(NetUid netuid, const AccountId& hotkey, const AccountId& coldkey,
                                            std::optional<Rao> maxBurn) {
    Subnet* sp = mutableSubnet(netuid);
    if (!sp) return makeError(ErrorCode::SubnetNotFound, "Subnet " + std::to_string(netuid.value) + " does not exist.");
    Subnet& s = *sp;
    if (s.uidOf(hotkey) >= 0)
        return makeError(ErrorCode::HotkeyAlreadyRegistered, "The hotkey is already registered on subnet " + std::to_string(netuid.value) + ".");
    if (maxBurn && s.burn > *maxBurn)
        return makeError(ErrorCode::SlippageTooHigh, "The registration costs " + formatUnits(s.burn.rao()) + " TAO, above your limit.");
    if (freeBalance(coldkey) < s.burn)
        return makeError(ErrorCode::InsufficientBalance, "Registration burns " + formatUnits(s.burn.rao()) + " TAO; the free balance is " +
                                                             formatUnits(freeBalance(coldkey).rao()) + " TAO.");
    std::optional<std::uint16_t> slot;
    if (s.neurons.size() >= s.maxUids) {
        std::vector<NeuronPruneCandidate> candidates;
        for (std::size_t i = 0; i < s.neurons.size(); ++i) {
            const Neuron& nr = s.neurons[i];
            candidates.push_back({static_cast<std::uint16_t>(i), nr.emission, nr.registeredAt, nr.hotkey == s.ownerHotkey});
        }
        slot = neuronToPrune(candidates, block_, s.immunityPeriod);
        if (!slot) return makeError(ErrorCode::TooManyRegistrations, "Subnet " + std::to_string(netuid.value) + " is full.");
    }
    // The burn buys Alpha through the pool and that Alpha is recycled (§6.2).
    auto bought = Pool::swap(s.pool, {SwapSide::Buy, s.burn.rao(), std::nullopt, false, false});
    if (!bought) return bought.error();
    const SwapOutcome& o = bought.value();

    balances_[coldkey] -= Rao::fromRao(o.amountIn);
    feeCollector_ += Rao::fromRao(o.fee);
    s.pool = o.after;
    s.alphaIssued -= AlphaRao::fromRao(o.amountOut);
    s.volume += o.amountIn;
    std::uint16_t uid = 0;
    if (slot) {
        uid = *slot;
        // The replaced UID starts clean: no weights from it, none or bonds toward it.
        for (auto& other : s.neurons)
            for (auto* row : {&other.weights, &other.bonds})
                std::erase_if(*row, [uid](const WeightEntry& e) { return e.uid == uid; });
        s.neurons[uid] = newNeuron(hotkey, coldkey, block_, false);
    } else {
        uid = static_cast<std::uint16_t>(s.neurons.size());
        s.neurons.push_back(newNeuron(hotkey, coldkey, block_, false));
    }
    s.indexHotkey(uid);
    s.burn = clampBurn(bumpBurn(s.burn));
    events_.push_back({ChainEventKind::NeuronRegistered, block_ + 1, s.netuid, coldkey, hotkey, o.amountIn, o.amountOut, o.fee, o.priceAfter});
    debugCheck("registerNeuron");
    return uid;
}

} // namespace economics
