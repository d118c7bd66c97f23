// Weights and the per-tempo epoch: Yuma consensus over the subnet's sparse weights and bonds,
// then the distribution of the pending pools (economics.md §3.5, §7). Every amount is split
// with exact integer pro-rata shares so Σ stakes + pending + protocol + burned == alpha_out.

#include "chainclient/economics/Chain.h"

#include "chainclient/economics/Pool.h"
#include "chainclient/economics/Registration.h"
#include "chainclient/economics/Yuma.h"

#include <algorithm>
#include <cmath>

namespace economics {
namespace {

// Exact split of `pot` in proportion to non-negative doubles (largest remainders get the dust).
// Only the few positive weights (validators) are converted and split; the rest get 0.
void proRata(std::uint64_t pot, const std::vector<double>& weights, std::vector<std::uint64_t>& out) {
    double maxW = 0;
    for (double w : weights) maxW = std::max(maxW, w);
    out.assign(weights.size(), 0);
    if (!(maxW > 0) || pot == 0) return;
    const double scale = 4503599627370496.0 / maxW; // 2^52: integral, exact ratios to ~1e-15
    thread_local std::vector<std::uint64_t> values;
    thread_local std::vector<std::size_t> index;
    values.clear();
    index.clear();
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (!(weights[i] > 0)) continue;
        values.push_back(floorToRao(weights[i] * scale));
        index.push_back(i);
    }
    // distributeProRata skips zero values and breaks remainder ties by position, which the
    // compaction keeps, so the shares equal those of the full vector.
    const auto shares = distributeProRata(Rao::fromRao(pot), values);
    for (std::size_t k = 0; k < shares.size(); ++k) out[index[k]] = shares[k].rao();
}

} // namespace

namespace {

// The checks and the write shared by both setWeights calls, for a UID known to hold the hotkey.
Status applyWeights(Subnet& s, std::size_t uid, std::vector<WeightEntry>& weights, BlockNumber block) {
    if (!std::is_sorted(weights.begin(), weights.end())) std::sort(weights.begin(), weights.end());
    bool any = false;
    for (std::size_t k = 0; k < weights.size(); ++k) {
        if (weights[k].uid >= s.neurons.size())
            return makeError(ErrorCode::InvalidAmount, "Weight for UID " + std::to_string(weights[k].uid) + ", which does not exist.");
        if (k > 0 && weights[k - 1].uid == weights[k].uid)
            return makeError(ErrorCode::InvalidAmount, "UID " + std::to_string(weights[k].uid) + " is weighted twice.");
        any = any || weights[k].value > 0;
    }
    if (!any) return makeError(ErrorCode::InvalidAmount, "At least one weight must be positive.");
    std::erase_if(weights, [](const WeightEntry& e) { return e.value == 0; });
    Neuron& n = s.neurons[uid];
    n.weights = std::move(weights);
    n.lastUpdate = block;
    return okStatus();
}

} // namespace

Status Chain::setWeights(NetUid netuid, const AccountId& hotkey, std::vector<WeightEntry> weights) {
    Subnet* s = mutableSubnet(netuid);
    if (!s) return makeError(ErrorCode::SubnetNotFound, "Subnet " + std::to_string(netuid.value) + " does not exist.");
    const int uid = s->uidOf(hotkey);
    if (uid < 0) return makeError(ErrorCode::HotkeyNotRegistered, "The hotkey is not registered on this subnet.");
    Status st = applyWeights(*s, static_cast<std::size_t>(uid), weights, block_);
    if (st.ok()) debugCheck("setWeights");
    return st;
}

Status Chain::setWeights(NetUid netuid, std::uint16_t uid, const AccountId& hotkey, std::vector<WeightEntry> weights) {
    Subnet* s = mutableSubnet(netuid);
    if (!s) return makeError(ErrorCode::SubnetNotFound, "Subnet " + std::to_string(netuid.value) + " does not exist.");
    // A stale UID falls back to the lookup: the result is always that of the hotkey call.
    if (uid >= s->neurons.size() || !(s->neurons[uid].hotkey == hotkey)) return setWeights(netuid, hotkey, std::move(weights));
    Status st = applyWeights(*s, uid, weights, block_);
    if (st.ok()) debugCheck("setWeights");
    return st;
}

void Chain::creditHotkey(Subnet& s, const AccountId& hotkey, const AccountId& ownerColdkey, AlphaRao amount) {
    // Dividends added to a hotkey raise every nominator's position pro rata (the share pool
    // of §3.7, done as an exact integer split of the amount over current positions).
    if (amount.isZero()) return;
    // The positions in map order: a registered hotkey's list is kept in the subnet's cache
    // between epochs (see UidStakeCache), otherwise the map is walked into a reused buffer.
    Subnet::UidStakeCache& cache = s.uidStakes;
    const int uid = cache.valid ? s.uidOf(hotkey) : -1;
    thread_local std::vector<std::uint64_t> values;
    thread_local std::vector<AlphaRao*> walked;
    std::vector<AlphaRao*>* positions = &walked;
    bool known = false;
    if (uid >= 0) {
        if (cache.positionsKnown.size() < s.neurons.size()) {
            cache.positionsKnown.resize(s.neurons.size(), 0);
            cache.positions.resize(s.neurons.size());
        }
        positions = &cache.positions[static_cast<std::size_t>(uid)];
        known = cache.positionsKnown[static_cast<std::size_t>(uid)] != 0;
    }
    if (!known) {
        positions->clear();
        for (auto it = s.stakes.lower_bound({hotkey, AccountId{}}); it != s.stakes.end() && it->first.first == hotkey; ++it)
            positions->push_back(&it->second);
        if (uid >= 0) cache.positionsKnown[static_cast<std::size_t>(uid)] = 1;
    }
    if (positions->empty()) {
        creditStake(s, hotkey, ownerColdkey, amount);
        return;
    }
    values.clear();
    for (const AlphaRao* p : *positions) values.push_back(p->rao());
    const auto shares = distributeProRata(Rao::fromRao(amount.rao()), values);
    for (std::size_t k = 0; k < shares.size(); ++k) *(*positions)[k] += AlphaRao::fromRao(shares[k].rao());
    // The shares of positive positions add up to the whole amount.
    if (uid >= 0) cache.alpha[static_cast<std::size_t>(uid)] += amount;
}

void Chain::payRootDividends(Subnet& s, const std::vector<std::pair<AccountId, AlphaRao>>& perHotkey,
                             const std::vector<AccountId>& owners) {
    // Root dividends are claimed as TAO into root stake (claim type Swap, §3.6): the Alpha is
    // sold fee-less into the pool and the TAO added to each root staker of the hotkey pro rata.
    AlphaRao total;
    for (const auto& [hk, a] : perHotkey) total += a;
    if (total.isZero()) return;
    auto sold = Pool::swap(s.pool, {SwapSide::Sell, total.rao(), std::nullopt, false, true});
    if (!sold || sold->amountIn != total.rao()) {
        // The pool cannot take it: keep the Alpha as stake of the hotkey's owner instead.
        for (std::size_t i = 0; i < perHotkey.size(); ++i) creditStake(s, perHotkey[i].first, owners[i], perHotkey[i].second);
        return;
    }
    s.pool = sold->after;
    s.alphaOut -= total;
    std::vector<std::uint64_t> values;
    for (const auto& [hk, a] : perHotkey) values.push_back(a.rao());
    const auto taoPerHotkey = distributeProRata(Rao::fromRao(sold->amountOut), values);
    for (std::size_t i = 0; i < perHotkey.size(); ++i) {
        const AccountId& hk = perHotkey[i].first;
        auto first = rootStakes_.lower_bound({hk, AccountId{}});
        std::vector<std::uint64_t> stakes;
        for (auto it = first; it != rootStakes_.end() && it->first.first == hk; ++it) stakes.push_back(it->second.rao());
        if (stakes.empty()) {
            if (!taoPerHotkey[i].isZero()) rootStakes_[{hk, owners[i]}] += taoPerHotkey[i];
        } else {
            const auto shares = distributeProRata(taoPerHotkey[i], stakes);
            std::size_t k = 0;
            for (auto it = first; k < shares.size(); ++it, ++k) it->second += shares[k];
        }
        rootTotal_ += taoPerHotkey[i];
    }
}

void Chain::runEpoch(Subnet& s) {
    const BlockNumber previousEpoch = s.lastEpochBlock;
    s.lastEpochBlock = block_;
    const std::size_t n = s.neurons.size();
    if (n == 0) return; // the owner's UID 0 is immortal, so this cannot happen; pending keeps accruing
    const AlphaRao total = s.pendingServer + s.pendingValidator + s.pendingRoot;
    const double tw = params_.taoWeight;

    // Reused across epochs: the vectors keep their capacity, so an epoch allocates little.
    thread_local EpochInput in;
    thread_local EpochResult r;
    in.n = n;
    in.variant = params_.yuma3 ? YumaVariant::Yuma3 : YumaVariant::Classic;
    in.liquidAlpha.reset();
    if (params_.liquidAlpha) in.liquidAlpha = LiquidAlpha{};
    in.maxValidators = s.maxValidators;
    in.ownerUid.reset();
    in.sparse = true;
    in.trustedRows = s.epochRowsChecked; // rowUids ascend by construction below
    in.weights.clear();
    in.bonds.clear();
    in.rowUids.clear();
    in.stakes.resize(n);
    in.validatorPermits.resize(n);
    in.active.resize(n);
    in.recentlyRegistered.resize(n);
    in.weightsSetAt.resize(n);
    in.registeredAt.resize(n);
    thread_local std::vector<AlphaRao> alphaStake;
    thread_local std::vector<Rao> rootStake;
    // Alpha per UID and each UID's own (hotkey, coldkey) position come from the subnet's
    // cache, which the stake writes keep current; only its first use walks the whole map.
    // The payouts credit the own positions without another lookup by two 32-byte keys.
    Subnet::UidStakeCache& cache = s.uidStakes;
    if (!cache.valid || cache.alpha.size() != n) {
        cache.alpha.assign(n, AlphaRao{});
        cache.own.assign(n, nullptr);
        int uid = -1;
        const AccountId* last = nullptr;
        for (auto& [key, amount] : s.stakes) {
            if (!last || !(key.first == *last)) {
                uid = s.uidOf(key.first);
                last = &key.first;
            }
            if (uid < 0) continue;
            const auto u = static_cast<std::size_t>(uid);
            cache.alpha[u] += amount;
            if (key.second == s.neurons[u].coldkey) cache.own[u] = &amount;
        }
        cache.positionsKnown.clear();
        cache.valid = true;
    }
    alphaStake.assign(cache.alpha.begin(), cache.alpha.end());
    rootStake.assign(n, Rao{});
    {
        // Root stake per UID in one walk of the root map (sorted by hotkey first).
        int uid = -1;
        const AccountId* last = nullptr;
        if (rootStakes_.size() <= 4 * n) {
            last = nullptr;
            for (const auto& [key, amount] : rootStakes_) {
                if (!last || !(key.first == *last)) {
                    uid = s.uidOf(key.first);
                    last = &key.first;
                }
                if (uid >= 0) rootStake[static_cast<std::size_t>(uid)] += amount;
            }
        } else {
            for (std::size_t i = 0; i < n; ++i) rootStake[i] = hotkeyRootStake(s.neurons[i].hotkey);
        }
    }
    // Sparse rows are written by cursor in the same pass that reads the flags (the neurons are
    // read once: they are cache misses); the buffers only grow, and their tails beyond the
    // entries in use are left as they are (allowed for trusted rows: see EpochInput).
    SparseRows& sw = in.sparseWeights;
    SparseRows& sb = in.sparseBonds;
    sw.start.resize(n + 1);
    sb.start.resize(n + 1);
    sw.start[0] = sb.start[0] = 0;
    std::uint32_t wFill = 0, bFill = 0, row = 0;
    const double* u16Proportion = u16ProportionTable();
    for (std::size_t i = 0; i < n; ++i) {
        const Neuron& nr = s.neurons[i];
        in.stakes[i] = static_cast<double>(alphaStake[i].rao()) + tw * static_cast<double>(rootStake[i].rao());
        in.validatorPermits[i] = nr.validatorPermit;
        in.active[i] = nr.lastUpdate + params_.activityCutoff >= block_ && !nr.weights.empty();
        in.recentlyRegistered[i] = nr.registeredAt > previousEpoch;
        in.weightsSetAt[i] = nr.lastUpdate;
        in.registeredAt[i] = nr.registeredAt;
        if (nr.hotkey == s.ownerHotkey) in.ownerUid = i;
        if (nr.weights.empty() && nr.bonds.empty()) continue;
        // Stored weights are sorted by UID and bonds are written in UID order: rows ascend as required.
        in.rowUids.push_back(i);
        if (wFill + nr.weights.size() > sw.col.size()) {
            sw.col.resize(std::max<std::size_t>(2 * sw.col.size(), wFill + nr.weights.size()));
            sw.value.resize(sw.col.size());
        }
        if (bFill + nr.bonds.size() > sb.col.size()) {
            sb.col.resize(std::max<std::size_t>(2 * sb.col.size(), bFill + nr.bonds.size()));
            sb.value.resize(sb.col.size());
        }
        for (const WeightEntry& e : nr.weights) {
            sw.col[wFill] = e.uid;
            sw.value[wFill++] = e.value;
        }
        for (const WeightEntry& e : nr.bonds) {
            sb.col[bFill] = e.uid;
            sb.value[bFill++] = u16Proportion[e.value];
        }
        ++row;
        sw.start[row] = wFill;
        sb.start[row] = bFill;
    }
    sw.start.resize(row + 1);
    sb.start.resize(row + 1);
    if (!in.trustedRows) {
        // The first epoch of a subnet checks the rows, in the exact shape public input has.
        sw.col.resize(wFill);
        sw.value.resize(wFill);
        sb.col.resize(bFill);
        sb.value.resize(bFill);
    }
    economics::runEpoch(in, r);
    s.epochRowsChecked = true; // the epoch throws on malformed rows
    thread_local EmissionSplit split;
    splitEmission(r, total, split);

    // Miners: incentive as stake, except owner-owned hotkeys whose share is burned (MinerBurned).
    AlphaRao serverPaid, burnedNow;
    for (std::size_t i = 0; i < n; ++i) {
        const AlphaRao amt = split.server[i];
        if (amt.isZero()) continue;
        serverPaid += amt;
        const Neuron& nr = s.neurons[i];
        if (nr.hotkey == s.ownerHotkey || nr.coldkey == s.ownerColdkey) {
            s.burnedAlpha += amt;
            burnedNow += amt;
        } else if (cache.own[i]) {
            *cache.own[i] += amt;
            cache.alpha[i] += amt;
        } else {
            creditStake(s, nr.hotkey, nr.coldkey, amt);
        }
    }
    s.minerBurned = serverPaid.isZero() ? 0.0 : static_cast<double>(burnedNow.rao()) / static_cast<double>(serverPaid.rao());

    // Validators: each dividend splits into an Alpha part and a root part by the hotkey's
    // root proportion; the pots are PendingValidator (+ unpaid server) and PendingRoot.
    const AlphaRao rest = total - serverPaid;
    AlphaRao rootPot = std::min(s.pendingRoot, rest);
    AlphaRao alphaPot = rest - rootPot;
    // Only the few UIDs with dividends take part, in UID order: the pro-rata splits see the
    // same positive weights in the same order as over all n UIDs, so the shares are the same.
    thread_local std::vector<double> alphaW, rootW;
    thread_local std::vector<std::size_t> earners;
    alphaW.clear();
    rootW.clear();
    earners.clear();
    double alphaSum = 0, rootSum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (split.validator[i].isZero()) continue;
        const double div = static_cast<double>(split.validator[i].rao());
        const double a = static_cast<double>(alphaStake[i].rao());
        const double rt = tw * static_cast<double>(rootStake[i].rao());
        const double rp = a + rt > 0 ? rt / (a + rt) : 0.0;
        earners.push_back(i);
        rootW.push_back(div * rp);
        alphaW.push_back(div - rootW.back());
        alphaSum += alphaW.back();
        rootSum += rootW.back();
    }
    if (!(rootSum > 0)) {
        alphaPot += rootPot;
        rootPot = {};
    }
    if (!(alphaSum > 0) && rootSum > 0) {
        rootPot += alphaPot;
        alphaPot = {};
    }
    thread_local std::vector<std::uint64_t> alphaShares, rootShares;
    proRata(alphaPot.rao(), alphaW, alphaShares);
    proRata(rootPot.rao(), rootW, rootShares);
    AlphaRao paid;
    std::vector<std::pair<AccountId, AlphaRao>> rootRest;
    std::vector<AccountId> rootOwners;
    for (std::size_t k = 0; k < earners.size(); ++k) {
        if (alphaShares[k] == 0 && rootShares[k] == 0) continue;
        const Neuron& nr = s.neurons[earners[k]];
        const AlphaRao a = AlphaRao::fromRao(alphaShares[k]);
        const AlphaRao rt = AlphaRao::fromRao(rootShares[k]);
        paid += a + rt;
        // The validator's own take on both parts goes to the hotkey's owner as Alpha stake.
        const std::uint16_t take = delegateTake(nr.hotkey);
        const AlphaRao takeA = a.mulDiv(take, 65535);
        const AlphaRao takeR = rt.mulDiv(take, 65535);
        creditHotkey(s, nr.hotkey, nr.coldkey, a - takeA);
        creditStake(s, nr.hotkey, nr.coldkey, takeA + takeR);
        if (!(rt - takeR).isZero()) {
            rootRest.emplace_back(nr.hotkey, rt - takeR);
            rootOwners.push_back(nr.coldkey);
        }
    }
    // Nobody could receive (no stake at all): the owner keeps the remainder rather than losing it.
    creditStake(s, s.ownerHotkey, s.ownerColdkey, s.pendingOwner + (rest - paid));
    s.pendingOwner = s.pendingServer = s.pendingValidator = s.pendingRoot = {};
    payRootDividends(s, rootRest, rootOwners);

    // Per-UID outputs for display and for the next epoch.
    for (std::size_t i = 0; i < n; ++i) {
        Neuron& nr = s.neurons[i];
        nr.incentive = r.incentive[i];
        nr.dividends = r.dividends[i];
        nr.consensus = r.consensus[i];
        nr.validatorTrust = r.validatorTrust[i];
        nr.trust = r.trust[i];
        nr.emission = split.combined[i];
        nr.validatorPermit = r.validatorPermits[i];
        nr.stake = alphaStake[i];
        nr.active = in.active[i];
        nr.bonds.clear();
    }
    // Bonds that round to 0 are not stored. Written by cursor into the row sized for all of
    // them and cut after (a push_back per bond was a visible share of the epoch).
    const SparseRows& bonds = r.sparseBonds;
    for (std::size_t t = 0; t < r.bondRows.size(); ++t) {
        std::vector<WeightEntry>& row = s.neurons[r.bondRows[t]].bonds;
        const std::uint32_t first = bonds.start[t], last = bonds.start[t + 1];
        row.resize(last - first);
        std::size_t fill = 0;
        for (std::uint32_t e = first; e < last; ++e) {
            const std::uint16_t v = toU16Proportion(bonds.value[e]); // 0 unless the bond is positive
            row[fill] = {static_cast<std::uint16_t>(bonds.col[e]), v};
            fill += v > 0 ? 1U : 0U;
        }
        row.resize(fill);
    }
    events_.push_back({ChainEventKind::Epoch, block_, s.netuid, {}, {}, 0, total.rao(), 0, s.pool.price()});
}

} // namespace economics
