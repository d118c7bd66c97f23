// The synthetic participants of a Simulation (economics.md §A.3): owners who register and
// start subnets, miners with drifting hidden quality, validators (honest, lazy, copying) and
// traders (momentum, yield-seeking, panic sellers). They only use the chain's public calls.

#include "chainclient/economics/Simulation.h"

#include "chainclient/economics/Registration.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <utility>

namespace economics {
namespace {

enum class ValidatorKind { Honest, Lazy, Copying };
enum class TraderKind { Momentum, Yield, Panic };

double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }


} // namespace

void Simulation::tradersAct() {
    // Sentiment moves every 10 blocks (√10-scaled noise): cheaper, statistically the same.
    if (chain_.blockNumber() % 10 == 0) {
        for (auto& a : agents_) {
            a.hype += 10 * a.drift + rng_.normal() * 0.063;
            a.hype *= 0.99; // mean-reverting so no subnet runs away forever
        }
    }
    double p = config_.tradeProbabilityPerBlock;
    while (p > 0 && config_.traders > 0) {
        if (rng_.chance(std::min(p, 1.0))) tradeOnce(static_cast<int>(rng_.below(static_cast<std::uint64_t>(config_.traders))));
        p -= 1.0;
    }
}

const AccountId* Simulation::pickValidatorHotkey(const Subnet& s) {
    // Nominators delegate to the first permitted validator that is not a miner, else the owner.
    for (const Neuron& n : s.neurons)
        if (n.validatorPermit && n.hotkey != s.ownerHotkey && !quality_.count(n.hotkey)) return &n.hotkey;
    return s.neurons.empty() ? nullptr : &s.neurons.front().hotkey;
}

void Simulation::tradeOnce(int trader) {
    const std::size_t count = chain_.subnets().size();
    if (count == 0) return;
    const Subnet& s = chain_.subnetAt(rng_.below(count));
    if (!s.started()) return;
    const AccountId* hotkey = pickValidatorHotkey(s);
    if (!hotkey) return;
    const AccountId hk = *hotkey;
    const double n = std::max(1, config_.traders);
    const TraderKind kind = trader < config_.momentumFraction * n                               ? TraderKind::Momentum
                            : trader < (config_.momentumFraction + config_.yieldFraction) * n ? TraderKind::Yield
                                                                                                : TraderKind::Panic;
    const double hype = agent(s.netuid.value).hype;
    const double spot = s.pool.price();
    const double momentum = s.movingPrice > 0 ? (spot / s.movingPrice - 1.0) : 0.0;
    double buyProbability = sigmoid(hype);
    bool dumpAll = false;
    switch (kind) {
    case TraderKind::Momentum: buyProbability = sigmoid(hype + 2.0 * momentum); break;
    case TraderKind::Yield: {
        // TAO emitted per day per TAO in the pool, against a 1 %/day reference.
        const double yield = s.pool.tao.isZero() ? 0.0 : s.emissionShare * 7200e9 / static_cast<double>(s.pool.tao.rao());
        buyProbability = sigmoid(hype + 4.0 * (yield / 0.01 - 1.0));
        break;
    }
    case TraderKind::Panic:
        dumpAll = momentum < -0.15;
        buyProbability = dumpAll ? 0.0 : sigmoid(hype - 0.5);
        break;
    }
    const AccountId ck = traderColdkey(trader);
    ++stats_.trades;
    if (rng_.chance(buyProbability)) {
        const double budget = static_cast<double>(chain_.freeBalance(ck).rao()) * rng_.uniform(0.0005, 0.008);
        note(chain_.addStake({ck, hk, s.netuid, floorToRao(budget), std::nullopt, false}).ok());
    } else {
        const AlphaRao held = chain_.stakeOf(s.netuid, hk, ck);
        if (held.isZero()) return;
        const double fraction = dumpAll || rng_.chance(0.05) ? 1.0 : rng_.uniform(0.1, 0.5);
        const std::uint64_t amount = fraction >= 1.0 ? held.rao() : floorToRao(static_cast<double>(held.rao()) * fraction);
        note(chain_.removeStake({ck, hk, s.netuid, amount, std::nullopt, false}).ok());
    }
}

void Simulation::ownersAct() {
    const BlockNumber now = chain_.blockNumber();
    // Planned start calls.
    for (std::size_t id = 1; id < agents_.size(); ++id) {
        SubnetAgent& a = agents_[id];
        if (a.startAt == 0 || now < a.startAt) continue;
        a.startAt = 0;
        const Subnet* s = chain_.subnet(NetUid{static_cast<std::uint16_t>(id)});
        if (!s || s->started()) continue;
        if (chain_.startSubnet(s->ownerColdkey, s->netuid).ok()) {
            ++stats_.subnetStarts;
            validatorsJoin(s->netuid);
        } else {
            note(false);
        }
    }
    if (now % kBlocksPerDay == 0) {
        // Forget miners that were pruned or whose subnet was dissolved.
        // The quality cache is refilled on the way with the kept entries' new addresses (nodes
        // keep them through rehashing and the swap) instead of being cleared, which made the
        // next epochs hash every UID's hotkey again.
        decltype(quality_) alive;
        for (auto& row : qualityCache_.rows) row.assign(row.size(), QualitySlot{});
        for (const auto& [id, s] : chain_.subnets()) {
            std::vector<QualitySlot>& row = qualityRow(id, s.neurons.size());
            for (std::size_t j = 0; j < s.neurons.size(); ++j) {
                const Neuron& nr = s.neurons[j];
                const auto it = quality_.find(nr.hotkey);
                row[j] = {nr.hotkey, it == quality_.end() ? nullptr : &alive.insert(*it).first->second, true};
            }
        }
        quality_.swap(alive);
    }
    if (config_.owners <= 0 || !rng_.chance(config_.subnetRegistrationsPerDay * 100.0 / kBlocksPerDay)) return;
    const AccountId owner = AccountId::fromLabel("owner/" + std::to_string(rng_.below(static_cast<std::uint64_t>(config_.owners))));
    const BlockNumber last = chain_.lastNetworkRegistration();
    if (last != 0 && now < last + chain_.params().networkRateLimit) return;
    if (chain_.freeBalance(owner) < chain_.networkLockCost()) return;
    const std::uint64_t serial = stats_.subnetRegistrations + 1;
    auto netuid = chain_.registerSubnet({owner, newHotkey("owner"), "New subnet " + std::to_string(serial),
                                         "ν" + std::to_string(serial), std::nullopt});
    if (!netuid) {
        note(false);
        return;
    }
    ++stats_.subnetRegistrations;
    SubnetAgent& a = agent(netuid->value);
    a = SubnetAgent{};
    a.hype = rng_.normal() * 0.5 + 0.3;
    a.drift = rng_.normal() * 0.001;
    a.appeal = rng_.uniform(0.3, 1.5);
    a.burnWeight = rng_.chance(config_.ownerBurnSubnetFraction) ? rng_.uniform(0.2, 0.8) : 0.0;
    const double delay = rng_.uniform(std::max(config_.minStartDelayDays, config_.startCallDelayDays),
                                      std::max(config_.maxStartDelayDays, config_.startCallDelayDays));
    a.startAt = now + std::max<BlockNumber>(1, static_cast<BlockNumber>(delay * kBlocksPerDay));
}

void Simulation::validatorsJoin(NetUid netuid) {
    // A few root validators register on a freshly started subnet and stake into it.
    const int rv = std::max(1, config_.rootValidators);
    for (int k = 0; k < std::min(rv, 3); ++k) {
        const int v = static_cast<int>((netuid.value + static_cast<unsigned>(k) * 3U) % static_cast<unsigned>(rv));
        const AccountId ck = AccountId::fromLabel("root-validator/" + std::to_string(v) + "/coldkey");
        const AccountId hk = AccountId::fromLabel("root-validator/" + std::to_string(v) + "/hotkey");
        if (!chain_.registerNeuron(netuid, hk, ck, Rao::fromRao(10 * kRaoPerTao)).ok()) {
            note(false);
            continue;
        }
        note(chain_.addStake({ck, hk, netuid, static_cast<std::uint64_t>(rng_.uniform(50, 400) * 1e9), std::nullopt, true}).ok());
    }
}

void Simulation::minersRegister() {
    const int ops = std::max(1, config_.minerOperators);
    std::vector<std::uint16_t> ids;
    for (const auto& [id, s] : chain_.subnets()) ids.push_back(id);
    for (std::uint16_t id : ids) {
        const Subnet* s = chain_.subnet(NetUid{id});
        if (!s) continue;
        const SubnetAgent& a = agent(id);
        // Miners follow emission; unstarted subnets draw only a trickle of early birds.
        const double appeal = a.appeal * (s->started() ? 0.3 + 30.0 * s->emissionShare : 0.1);
        if (!rng_.chance(std::min(1.0, config_.minerRegistrationsPerDay * appeal * 100.0 / kBlocksPerDay))) continue;
        const AccountId ck = AccountId::fromLabel("miner-operator/" + std::to_string(rng_.below(static_cast<std::uint64_t>(ops))));
        const AccountId hk = newHotkey("miner");
        auto uid = chain_.registerNeuron(s->netuid, hk, ck, Rao::fromRao(5 * kRaoPerTao));
        if (!uid) {
            note(false);
            continue;
        }
        ++stats_.neuronRegistrations;
        quality_[hk] = rng_.uniform();
    }
}

std::vector<Simulation::QualitySlot>& Simulation::qualityRow(std::uint16_t netuid, std::size_t uids) {
    auto& cache = qualityCache_.rows;
    if (cache.size() <= netuid) cache.resize(netuid + 1U);
    auto& row = cache[netuid];
    if (row.size() < uids) row.resize(uids);
    return row;
}

// Every epoch reads each UID's slot: the hit stays inline, the hash lookup does not.
inline double* Simulation::qualityOf(QualitySlot& slot, const AccountId& hotkey) {
    // Misses are cached too (validators and owners are looked up every epoch): a hotkey enters
    // quality_ only when it is new, so an absent one stays absent until the daily clean-up,
    // which resets every slot.
    if (slot.known && slot.hotkey == hotkey) [[likely]] {
#ifndef NDEBUG
        const auto it = quality_.find(hotkey);
        assert(slot.quality == (it == quality_.end() ? nullptr : &it->second));
#endif
        return slot.quality;
    }
    return lookUpQuality(slot, hotkey);
}

double* Simulation::lookUpQuality(QualitySlot& slot, const AccountId& hotkey) {
    const auto it = quality_.find(hotkey);
    slot = {hotkey, it == quality_.end() ? nullptr : &it->second, true};
    return slot.quality;
}

void Simulation::beforeEpoch(const Subnet& s) {
    SubnetAgent& a = agent(s.netuid.value);
    const std::size_t n = s.neurons.size();
    // One lookup per UID: hidden quality (drifting now), or −1 for validators and the owner.
    thread_local std::vector<double> quality; // reused: one call per subnet per tempo
    thread_local std::vector<std::size_t> sellers, validators; // permitted non-miners, in UID order
    quality.assign(n, -1.0);
    sellers.clear();
    validators.clear();
    const int ownerUid = s.uidOf(s.ownerHotkey); // hotkeys are unique within a subnet
    QualitySlot* cached = qualityRow(s.netuid.value, n).data();
    // Locals, not members: the stores through `q` might alias them, which reloaded them per UID.
    const double drift = config_.qualityDrift, sell = config_.minerSellProbability;
    double* out = quality.data();
    const Neuron* neurons = s.neurons.data();
    Rng rng = rng_; // in registers for the loop (see setValidatorWeights); nothing else draws here
    for (std::size_t j = 0; j < n; ++j) {
        const Neuron& nr = neurons[j];
        double* q = qualityOf(cached[j], nr.hotkey);
        if (!q) {
            if (nr.validatorPermit) validators.push_back(j); // read while this neuron is in cache
            continue;
        }
        // Uniform steps with the configured standard deviation: cheaper than normal draws.
        const double next = std::clamp(*q + rng.uniform(-1.7320508, 1.7320508) * drift, 0.0, 1.0);
        *q = next;
        out[j] = next;
        if (!nr.emission.isZero() && rng.chance(sell)) sellers.push_back(j);
    }
    rng_ = rng;
    for (std::size_t i : validators) {
        if (static_cast<int>(i) == ownerUid) continue;
        setValidatorWeights(s, s.neurons[i], a, quality, ownerUid);
    }
    // Miners sell half of what they hold: steady sell pressure against emission.
    for (std::size_t j : sellers) {
        const Neuron& nr = s.neurons[j];
        const AlphaRao held = chain_.stakeOf(s.netuid, nr.hotkey, nr.coldkey);
        if (held.rao() < 2) continue;
        note(chain_.removeStake({nr.coldkey, nr.hotkey, s.netuid, held.rao() / 2, std::nullopt, false}).ok());
    }
}

void Simulation::setValidatorWeights(const Subnet& s, const Neuron& v, SubnetAgent& a, const std::vector<double>& quality,
                                     int ownerUid) {
    const double pick = static_cast<double>(v.hotkey.bytes[1]) / 256.0;
    const ValidatorKind kind = pick < config_.honestFraction                         ? ValidatorKind::Honest
                               : pick < config_.honestFraction + config_.lazyFraction ? ValidatorKind::Lazy
                                                                                       : ValidatorKind::Copying;
    if (kind == ValidatorKind::Lazy && !rng_.chance(0.1)) return; // stale weights, eventually inactive
    if (kind != ValidatorKind::Lazy && !v.weights.empty() && rng_.chance(0.5)) return; // every other tempo on average
    const std::size_t n = s.neurons.size();
    // Scores and their UIDs side by side (reused: one call per validator per tempo), in UID
    // order; the rest of `values` is keepLargest's scratch.
    thread_local std::vector<double> values;
    thread_local std::vector<std::uint16_t> uids;
    values.resize(3 * n);
    uids.resize(n);
    double* score = values.data();
    std::uint16_t* uid = uids.data();
    // Branch-free appends: each candidate is written at the cursor, which advances only for
    // kept ones (on random scores a branch mispredicted about every other entry).
    std::size_t m = 0;
    // Noisy qualities lie in (0, 1 + |noise|] (qualities in [0, 1], draws in [−1, 1), only
    // positive scores kept), which spares keepLargest its min/max pass; incentives do not.
    bool noisy = false;
    if (kind == ValidatorKind::Copying) {
        for (std::size_t j = 0; j < n; ++j) {
            const double incentive = s.neurons[j].incentive;
            score[m] = incentive;
            uid[m] = static_cast<std::uint16_t>(j);
            m += static_cast<std::size_t>((incentive > 0) & (static_cast<int>(j) != ownerUid));
        }
    }
    if (m == 0) {
        // The generator is copied in and out around the loop: as a member its state went
        // through memory on every draw (the stores into `score` might alias it), which put
        // store-to-load forwarding on the generator's dependency chain. Same draws, same order.
        Rng rng = rng_;
        const double noise = config_.weightNoise;
        for (std::size_t j = 0; j < n; ++j) {
            if (quality[j] < 0) continue;
            const double x = quality[j] + noise * rng.symmetric();
            score[m] = x;
            uid[m] = static_cast<std::uint16_t>(j);
            m += static_cast<std::size_t>(x > 0);
        }
        rng_ = rng;
        noisy = true;
    }
    // The k best by (score desc, uid asc), the set std::nth_element with that comparator
    // picks, still in uid order (so the row arrives sorted for setWeights).
    const auto topK = static_cast<std::size_t>(std::max(1, config_.weightsTopK));
    const std::size_t k = noisy ? keepLargest(score, uid, m, topK, score + n, 0.0, 1.0 + std::abs(config_.weightNoise))
                                : keepLargest(score, uid, m, topK, score + n);
    // Burn subnets: validators point part of the weight at the owner, whose incentive is burned.
    // It goes in at its UID's place (the owner is not among the scores): the row stays sorted
    // and setWeights need not sort it.
    if (k == 0) return;
    double burn = 0;
    bool burns = false;
    if (a.burnWeight > 0 && ownerUid >= 0) {
        double sum = 0;
        for (std::size_t x = 0; x < k; ++x) sum += score[x];
        burns = sum > 0;
        burn = sum * a.burnWeight / (1.0 - a.burnWeight);
    }
    double maxScore = 0;
    for (std::size_t x = 0; x < k; ++x) {
        const double e = score[x]; // as std::max(maxScore, e), kept in a register
        maxScore = maxScore < e ? e : maxScore;
    }
    if (burns) maxScore = maxScore < burn ? burn : maxScore; // max is order-free: same as in the row
    const auto weightOf = [maxScore](double e) {
        return static_cast<std::uint16_t>(std::clamp(e / maxScore * 65535.0, 1.0, 65535.0));
    };
    std::vector<WeightEntry> weights(k + (burns ? 1 : 0));
    WeightEntry* w = weights.data();
    const auto ownerAt = burns ? static_cast<std::size_t>(std::upper_bound(uid, uid + k, ownerUid) - uid) : k + 1;
    for (std::size_t x = 0; x < k; ++x) {
        if (x == ownerAt) *w++ = {static_cast<std::uint16_t>(ownerUid), weightOf(burn)};
        *w++ = {uid[x], weightOf(score[x])};
    }
    if (ownerAt == k) *w = {static_cast<std::uint16_t>(ownerUid), weightOf(burn)};
    if (chain_.setWeights(s.netuid, static_cast<std::uint16_t>(&v - s.neurons.data()), v.hotkey, std::move(weights)).ok()) ++stats_.weightSets;
    else note(false);
}

} // namespace economics
