#include "chainclient/economics/Chain.h"

#include "chainclient/economics/Issuance.h"
#include "chainclient/economics/Registration.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <type_traits>

namespace economics {

AlphaRao Subnet::totalStaked() const {
    AlphaRao sum;
    for (const auto& [key, amount] : stakes) sum += amount;
    return sum;
}

namespace {

std::size_t hotkeySlot(const AccountId& k, std::size_t mask) {
    std::uint64_t w;
    std::memcpy(&w, k.bytes.data(), sizeof w); // keys are hashes already
    return static_cast<std::size_t>((w * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
}

} // namespace

void Subnet::indexHotkeys() {
    uidStakes.valid = false;
    uidStakes.positionsKnown.clear();
    hotkeyIndex.clear();
    indexedUids = 0;
    if (neurons.size() >= kNoUid) return; // uidOf scans
    std::size_t cap = 16;
    while (cap < 2 * std::max<std::size_t>(neurons.size(), maxUids)) cap *= 2;
    hotkeyIndex.assign(cap, kNoUid);
    for (std::size_t i = 0; i < neurons.size(); ++i) indexHotkey(i);
}

void Subnet::indexHotkey(std::size_t uid) {
    // Appending the next UID probes it in; a replaced UID (pruning) or a full table rebuilds.
    if (uid != indexedUids || uid >= kNoUid || 2 * (uid + 1) > hotkeyIndex.size()) {
        // Only `uid` changed: the stake cache survives with that one entry recomputed.
        const std::size_t cached = uidStakes.alpha.size();
        const bool keep = uidStakes.valid && uid < neurons.size() &&
                          ((uid < cached && cached == neurons.size()) || (uid == cached && cached + 1 == neurons.size()));
        indexHotkeys();
        if (keep) {
            uidStakes.valid = true;
            refreshUidStake(uid);
        }
        return;
    }
    const std::size_t mask = hotkeyIndex.size() - 1;
    std::size_t h = hotkeySlot(neurons[uid].hotkey, mask);
    while (hotkeyIndex[h] != kNoUid) h = (h + 1) & mask;
    hotkeyIndex[h] = static_cast<std::uint16_t>(uid);
    indexedUids = uid + 1;
    if (uidStakes.valid && uidStakes.alpha.size() == uid) {
        refreshUidStake(uid); // its hotkey may already hold stake
    } else {
        uidStakes.valid = false;
        uidStakes.positionsKnown.clear();
    }
}

void Subnet::refreshUidStake(std::size_t uid) {
    uidStakes.dropPositions(uid);
    const Neuron& nr = neurons[uid];
    AlphaRao sum;
    AlphaRao* own = nullptr;
    for (auto it = stakes.lower_bound({nr.hotkey, AccountId{}}); it != stakes.end() && it->first.first == nr.hotkey; ++it) {
        sum += it->second;
        if (it->first.second == nr.coldkey) own = &it->second;
    }
    if (uid == uidStakes.alpha.size()) {
        uidStakes.alpha.push_back(sum);
        uidStakes.own.push_back(own);
    } else {
        uidStakes.alpha[uid] = sum;
        uidStakes.own[uid] = own;
    }
}

void Subnet::noteStake(const AccountId& hotkey, const AccountId& coldkey, AlphaRao amount, bool adding, AlphaRao* position) {
    if (!uidStakes.valid) return;
    const int uid = uidOf(hotkey);
    if (uid < 0) return;
    const auto u = static_cast<std::size_t>(uid);
    if (adding) uidStakes.alpha[u] += amount;
    else uidStakes.alpha[u] -= amount;
    if (coldkey == neurons[u].coldkey) uidStakes.own[u] = position;
    // Erased, or created by this credit (no zero positions are stored): the list changed.
    if (!position || (adding && *position == amount)) uidStakes.dropPositions(u);
}

int Subnet::uidOf(const AccountId& hotkey) const {
    if (indexedUids == neurons.size() && !hotkeyIndex.empty()) {
        const std::size_t mask = hotkeyIndex.size() - 1;
        for (std::size_t h = hotkeySlot(hotkey, mask);; h = (h + 1) & mask) {
            const std::uint16_t u = hotkeyIndex[h];
            if (u == kNoUid) return -1;
            if (neurons[u].hotkey == hotkey) return u;
        }
    }
    // No index (a Subnet built by hand): scan, rejecting on the first byte before comparing 32.
    const std::uint8_t first = hotkey.bytes[0];
    for (std::size_t i = 0; i < neurons.size(); ++i)
        if (neurons[i].hotkey.bytes[0] == first && neurons[i].hotkey == hotkey) return static_cast<int>(i);
    return -1;
}

const Neuron* Subnet::neuronByHotkey(const AccountId& hotkey) const {
    const int uid = uidOf(hotkey);
    return uid < 0 ? nullptr : &neurons[static_cast<std::size_t>(uid)];
}

const char* chainEventKindName(ChainEventKind kind) {
    switch (kind) {
    case ChainEventKind::Stake: return "stake";
    case ChainEventKind::Unstake: return "unstake";
    case ChainEventKind::SubnetRegistered: return "registered";
    case ChainEventKind::SubnetStarted: return "started";
    case ChainEventKind::SubnetDissolved: return "dissolved";
    case ChainEventKind::Epoch: return "epoch";
    case ChainEventKind::NeuronRegistered: return "neuron_registered";
    case ChainEventKind::TakeDecreased: return "take_decreased";
    case ChainEventKind::TakeIncreased: return "take_increased";
    }
    return "unknown";
}

Chain::Chain(ChainParams params) : params_(params) {}

void Chain::mint(const AccountId& account, Rao amount) {
    balances_[account] += amount;
    totalIssuance_ += amount;
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

namespace {

// The cache slot of (hotkey, coldkey) when it is a registered UID's own position and the
// cache is built; nullptr when the map must be searched. The slot holds nullptr when the
// UID has no own position (the cache mirrors the map exactly, see checkInvariants).
const AlphaRao* const* ownPositionSlot(const Subnet& s, const AccountId& hotkey, const AccountId& coldkey) {
    if (!s.uidStakes.valid) return nullptr;
    const int uid = s.uidOf(hotkey);
    if (uid < 0) return nullptr;
    const auto u = static_cast<std::size_t>(uid);
    if (!(s.neurons[u].coldkey == coldkey) || u >= s.uidStakes.own.size()) return nullptr;
    return &s.uidStakes.own[u];
}

} // namespace

AlphaRao Chain::stakeOf(NetUid netuid, const AccountId& hotkey, const AccountId& coldkey) const {
    if (netuid.isRoot()) {
        auto it = rootStakes_.find({hotkey, coldkey});
        return it == rootStakes_.end() ? AlphaRao{} : AlphaRao::fromRao(it->second.rao());
    }
    const Subnet* s = subnet(netuid);
    if (!s) return {};
    if (const AlphaRao* const* own = ownPositionSlot(*s, hotkey, coldkey)) return *own ? **own : AlphaRao{};
    auto it = s->stakes.find({hotkey, coldkey});
    return it == s->stakes.end() ? AlphaRao{} : it->second;
}

namespace {

// rootProportion with its numerator given (taoWeight · root total), for Alpha issuance `issuance`.
double rootProportionAt(double root, std::uint64_t issuance) {
    const double denom = root + static_cast<double>(issuance);
    return denom <= 0.0 ? 0.0 : root / denom;
}

// The coinbase's additions: checked, or (InRange) with the sum proven to fit.
template <bool InRange, class A>
[[gnu::always_inline]] inline void addTo(A& to, A amount) {
    if constexpr (InRange) to.addInRange(amount);
    else to += amount;
}

// The coinbase's floors and conversions: general, or (InRange) proven to lie in [0, 2^63).
template <bool InRange>
[[gnu::always_inline]] inline std::uint64_t floorAmount(double v) {
    if constexpr (InRange) return floorToRaoInRange(v);
    else return floorToRao(v);
}
template <bool InRange>
[[gnu::always_inline]] inline double amountToDouble(std::uint64_t rao) {
    if constexpr (InRange) return raoInRangeToDouble(rao);
    else return static_cast<double>(rao);
}

} // namespace

double Chain::rootProportion(const Subnet& s) const {
    return rootProportionAt(params_.taoWeight * static_cast<double>(rootTotal_.rao()), s.alphaIssuance().rao());
}

Result<Subnet*> Chain::tradableSubnet(NetUid netuid) {
    Subnet* s = mutableSubnet(netuid);
    if (!s) return makeError(ErrorCode::SubnetNotFound, "Subnet " + std::to_string(netuid.value) + " does not exist.");
    if (!s->started())
        return makeError(ErrorCode::SubnetNotActive,
                         "Subnet " + std::to_string(netuid.value) + " has not been started yet; staking opens after its start call.");
    return s;
}

AlphaRao Chain::hotkeyAlpha(const Subnet& s, const AccountId& hotkey) const {
    AlphaRao sum;
    for (auto it = s.stakes.lower_bound({hotkey, AccountId{}}); it != s.stakes.end() && it->first.first == hotkey; ++it)
        sum += it->second;
    return sum;
}

Rao Chain::hotkeyRootStake(const AccountId& hotkey) const {
    Rao sum;
    for (auto it = rootStakes_.lower_bound({hotkey, AccountId{}}); it != rootStakes_.end() && it->first.first == hotkey; ++it)
        sum += it->second;
    return sum;
}

void Chain::creditStake(Subnet& s, const AccountId& hotkey, const AccountId& coldkey, AlphaRao amount) {
    if (amount.isZero()) return;
    AlphaRao& position = s.stakes[{hotkey, coldkey}];
    position += amount;
    s.noteStake(hotkey, coldkey, amount, true, &position);
}

void Chain::debitStake(Subnet& s, const AccountId& hotkey, const AccountId& coldkey, AlphaRao amount) {
    // A UID's own position that stays positive: through the cache, without the map search
    // (erasing needs the map's iterator, so emptying a position takes the search below).
    if (const AlphaRao* const* own = ownPositionSlot(s, hotkey, coldkey); own && *own && **own > amount) {
        AlphaRao* position = const_cast<AlphaRao*>(*own); // the cache points into s's own map
        *position -= amount;
        s.noteStake(hotkey, coldkey, amount, false, position);
        return;
    }
    auto it = s.stakes.find({hotkey, coldkey});
    if (it == s.stakes.end()) {
        if (amount.isZero()) return;
        throw std::logic_error("debitStake: no such position");
    }
    it->second -= amount;
    const bool gone = it->second.isZero();
    s.noteStake(hotkey, coldkey, amount, false, gone ? nullptr : &it->second);
    if (gone) s.stakes.erase(it);
}

void Chain::debugCheck([[maybe_unused]] const char* where) const {
#ifndef NDEBUG
    // Debug builds verify §A.2 after every block and every call; a violation is a bug. The
    // full scan makes long simulations ~50× slower, so SUBNETSCOPE_SKIP_INVARIANTS=1 opts out.
    static const bool skip = [] {
        const char* v = std::getenv("SUBNETSCOPE_SKIP_INVARIANTS");
        return v != nullptr && *v != '\0' && *v != '0';
    }();
    if (skip) return;
    if (auto broken = checkInvariants()) throw std::logic_error(std::string(where) + ": " + *broken);
#endif
}

const std::vector<Subnet*>& Chain::rebuildSubnetOrder() const {
    order_.subnets.clear();
    // The map is this chain's own; the pointers are handed out mutable only to its members.
    for (const auto& [id, s] : subnets_) order_.subnets.push_back(const_cast<Subnet*>(&s));
    order_.valid = true;
    return order_.subnets;
}

void Chain::produceBlock() {
    ++block_;
    runCoinbase(blockEmissionForIssuance(totalIssuance_.rao()));
    // Epochs after every subnet's coinbase (§3.1), then that subnet's moving price: an epoch
    // only touches its own pool, so one pass keeps the chain's order.
    // Subnets started together share the moving-average factor: one division for all of them.
    // Compared as integers: the double is only built when the start block changes.
    BlockNumber lastBlocks = 0;
    double alpha = 0;
    bool haveAlpha = false;
    // The same walk records which epochs the next block will be due for (epochsDueNextBlock):
    // branch-free appends of u16s through plain pointers, which no Subnet field can alias.
    const std::vector<Subnet*>& order = subnetOrder();
    const std::size_t count = order.size();
    // Sized to the subnets and never shrunk: the counts say how much is filled.
    if (order_.due.size() < count) order_.due.resize(count);
    std::uint16_t* due = order_.due.data();
    std::size_t dueCount = 0;
    for (Subnet* s : order) {
        if (!s->started()) continue;
        // Due next block: block_ + 1 >= lastEpochBlock + tempo. Without an epoch now, d < tempo
        // means lastEpochBlock ≤ block_ (a later one wraps d past any tempo), so that is d + 1 == tempo.
        const BlockNumber d = block_ - s->lastEpochBlock;
        bool dueNext = d + 1 == s->tempo;
        if (d >= s->tempo) {
            runEpoch(*s);
            dueNext = block_ + 1 >= s->lastEpochBlock + s->tempo;
        }
        due[dueCount] = s->netuid.value;
        dueCount += static_cast<std::size_t>(dueNext);
        const BlockNumber blocks = block_ - (*s->firstEmissionBlock - std::min<BlockNumber>(1, *s->firstEmissionBlock));
        if (!haveAlpha || blocks != lastBlocks) {
            const double b = static_cast<double>(blocks);
            alpha = kSubnetMovingAlpha * b / (b + kEmaPriceHalvingBlocks);
            lastBlocks = blocks;
            haveAlpha = true;
        }
        updateMovingPrice(*s, alpha);
    }
    order_.dueCount = dueCount;
    order_.scheduleBlock = block_;
    order_.scheduleValid = order_.valid;
    debugCheck("produceBlock");
}

std::optional<std::span<const std::uint16_t>> Chain::epochsDueNextBlock() const {
    if (!order_.valid || !order_.scheduleValid || order_.scheduleBlock != block_) return std::nullopt;
    return std::span<const std::uint16_t>(order_.due.data(), order_.dueCount);
}

void Chain::runCoinbase(std::uint64_t emission) {
    // Shares: EMA price × (1 − MinerBurned) over eligible, emission-enabled subnets, falling back
    // to plain EMA shares when every weight is 0 (§2.2). Root sells only while Σ EMA > 1 (§2.6).
    const std::vector<Subnet*>& order = subnetOrder();
    double emaAll = 0, emaEnabled = 0, weighted = 0;
    for (const Subnet* s : order) {
        if (!s->started()) continue;
        emaAll += s->movingPrice;
        if (!s->emissionEnabled) continue;
        emaEnabled += s->movingPrice;
        weighted += s->movingPrice * (1.0 - std::min(s->minerBurned, 1.0));
    }
    const bool rootSells = emaAll > 1.0;
    const double root = params_.taoWeight * static_cast<double>(rootTotal_.rao());
    const double emissionTao = raoInRangeToDouble(emission); // a block's emission, ≤ 1e9 rao
    Rao minted; // added to the issuance once, after the loop
    // Every amount the coinbase adds to is part of the TAO issuance or of the subnet's Alpha
    // issuance (§A.2), and a block adds at most a few 1e9 rao to each: while both are below
    // 2^62 no sum can wrap, and the subnet's coinbase takes the adds without overflow checks.
    constexpr std::uint64_t kUncheckedBelow = 1ULL << 62;
    // The same range lets the pool reserves (parts of those issuances) convert as signed
    // integers, and a finite, non-negative `root` keeps every root proportion in [0, 1], so
    // the Alpha amounts it floors stay within a block's emission.
    const bool taoInRange = totalIssuance_.rao() < kUncheckedBelow && root >= 0.0 && root <= 1.7976931348623157e308;
    const auto subnetCoinbase = [&](Subnet& s, AlphaRao issuance, auto inRange) {
        constexpr bool InRange = decltype(inRange)::value;
        const std::uint64_t alphaEmission = blockEmissionForIssuance(issuance.rao());
        if (s.emissionEnabled) {
            if (weighted > 0) s.emissionShare = s.movingPrice * (1.0 - std::min(s.minerBurned, 1.0)) / weighted;
            else if (emaEnabled > 0) s.emissionShare = s.movingPrice / emaEnabled;
            // share ≤ 1: a non-negative term (moving prices are in [0, 1], §A.2) never exceeds
            // the sum of them, so the TAO share is at most the block's emission.
            if (s.emissionShare > 0)
                addTo<InRange>(minted, injectIntoPool<InRange>(s, Rao::fromRao(floorToRaoInRange(emissionTao * s.emissionShare)),
                                                               alphaEmission, root, issuance.rao()));
        }
        // The chain buy only moves Alpha from the pool to alpha_out: the injection is all the
        // issuance gained (alphaInEmission is 0 without one).
        const std::uint64_t issuanceNow = InRange ? issuance.rao() + s.alphaInEmission.rao() : s.alphaIssuance().rao();
        splitAlphaOut<InRange>(s, AlphaRao::fromRao(alphaEmission), rootSells, rootProportionAt(root, issuanceNow));
    };
    // The neuron burns decay here too (one walk fewer): nothing in the coinbase reads them.
    // f ≤ 1 (Q32), so a burn at the floor decays below it and is clamped back: it stays.
    const std::uint64_t burnFactor = burnDecayFactor();
    for (Subnet* sp : order) {
        Subnet& s = *sp;
        if (s.burn != kDefaultMinBurn)
            s.burn = clampBurn(Rao::fromRao(static_cast<std::uint64_t>((static_cast<u128>(s.burn.rao()) * burnFactor) >> 32)));
        s.taoInEmission = {};
        s.alphaInEmission = {};
        s.alphaOutEmission = {};
        s.emissionShare = 0;
        if (!s.started()) continue;
        const AlphaRao issuance = s.alphaIssuance();
        if (taoInRange && issuance.rao() < kUncheckedBelow) subnetCoinbase(s, issuance, std::true_type{});
        else subnetCoinbase(s, issuance, std::false_type{});
    }
    totalIssuance_ += minted;
}

namespace {

// Pool::buyOut for the coinbase's chain buy, which is tiny against the reserve (Δ/y ~ 1e-6):
// x·(1 − (1 + r)^−e) from the series of log1p and expm1, which agree with the library calls
// to double precision there and cost a fraction; larger buys take Pool::buyOut itself.
// InRange: the reserves are below 2^62 (see runCoinbase), so they convert as signed
// integers and the floor, at most the Alpha reserve, needs no guards (factor > 0 here).
// Inlined into the coinbase, its only caller.
template <bool InRange>
[[gnu::always_inline]] inline std::uint64_t chainBuyOut(const PoolState& pool, std::uint64_t netTaoIn) {
    const double y = amountToDouble<InRange>(pool.tao.rao());
    const double r = raoInRangeToDouble(netTaoIn) / y; // part of one block's emission
    if (pool.tao.isZero() || !(r < 1e-5)) return Pool::buyOut(pool, netTaoIn);
    const double w2 = pool.taoWeight, w1 = 1.0 - w2;
    // log1p(r) to r⁴ (next term r⁵/5, < 1e-20 relative) and 1 − e^−z to z⁵ (z ≤ 1e-3).
    const double log1pR = r * (1.0 - r * (0.5 - r * (1.0 / 3.0 - r * 0.25)));
    const double z = (w2 / w1) * log1pR;
    const double factor = z * (1.0 - z * (0.5 - z * (1.0 / 6.0 - z * (1.0 / 24.0 - z * (1.0 / 120.0)))));
    return std::min(floorAmount<InRange>(amountToDouble<InRange>(pool.alpha.rao()) * std::min(1.0, factor)), pool.alpha.rao());
}

} // namespace

// Inlined into the coinbase loop (its only caller): the call frames were a tenth of its cost.
// Returns the TAO it minted. `issuance` is the subnet's Alpha issuance.
template <bool InRange>
[[gnu::always_inline]] inline Rao Chain::injectIntoPool(Subnet& s, Rao taoEmission, std::uint64_t alphaEmission, double root,
                                                        std::uint64_t issuance) {
    const double price = s.poolPrice();
    if (!(price > 0) || taoEmission.isZero()) return {}; // NaN too: the floors below need alphaIn ≥ 0
    double alphaIn = raoInRangeToDouble(taoEmission.rao()) / price;
    const double cap = rootProportionAt(root, issuance) * raoInRangeToDouble(alphaEmission); // ≤ 1e9 rao
    std::uint64_t taoIn = taoEmission.rao();
    if (alphaIn > cap) {
        alphaIn = cap;
        taoIn = std::min(taoIn, floorToRao(alphaIn * price));
    }
    // alphaIn ≤ cap ≤ 1e9 rao when InRange (root proportion in [0, 1]).
    const AlphaRao alphaInRao = AlphaRao::fromRao(floorAmount<InRange>(alphaIn));
    // taoIn ≤ taoEmission ≤ 1e9 rao.
    const auto newWeight =
        Pool::weightAfterInjection(s.pool.taoWeight, amountToDouble<InRange>(s.pool.tao.rao()), amountToDouble<InRange>(s.pool.alpha.rao()),
                                   raoInRangeToDouble(taoIn), amountToDouble<InRange>(alphaInRao.rao()));
    if (!newWeight) return {}; // the weight would leave [0.01, 0.99]: nothing is injected (§3.2 step 1)
    PoolState& pool = s.pool;
    pool.taoWeight = *newWeight;
    // The excess TAO chain-buys Alpha against the old reserves with the new weights (protocol Alpha).
    // Amounts stay far below u64 (issuance ≤ 21e15 rao), so plain integer adds suffice here.
    const std::uint64_t excess = taoEmission.rao() - taoIn;
    std::uint64_t minted = taoIn;
    std::uint64_t poolTao = pool.tao.rao(), poolAlpha = pool.alpha.rao();
    if (excess > 0) {
        // A fee-less, limit-less buy (Pool::swap's guards, inlined: this runs every block).
        const std::uint64_t got = chainBuyOut<InRange>(pool, excess);
        if (got > 0 && poolAlpha - got >= kMinimumReserveRao &&
            static_cast<u128>(excess) <= static_cast<u128>(poolTao) * kMaxInputReserveMultiplier) {
            poolTao += excess;
            poolAlpha -= got;
            addTo<InRange>(s.protocolAlpha, AlphaRao::fromRao(got));
            addTo<InRange>(s.alphaOut, AlphaRao::fromRao(got));
            minted += excess;
        }
    }
    pool.alpha = AlphaRao::fromRao(poolAlpha);
    addTo<InRange>(pool.alpha, alphaInRao);
    addTo<InRange>(s.alphaIssued, alphaInRao);
    pool.tao = Rao::fromRao(poolTao);
    addTo<InRange>(pool.tao, Rao::fromRao(taoIn));
    s.taoInEmission = Rao::fromRao(taoIn);
    s.alphaInEmission = alphaInRao;
    return Rao::fromRao(minted);
}

template <bool InRange>
[[gnu::always_inline]] inline void Chain::splitAlphaOut(Subnet& s, AlphaRao alphaOut, bool rootSells, double rootProportion) {
    // owner = ⌊a·11796/65535⌋ and server = ⌊rest/2⌋, in plain u64: a block's Alpha emission
    // is at most 1e9 rao, so the products cannot overflow.
    const std::uint64_t a = alphaOut.rao();
    const std::uint64_t ownerRao = a <= (1ULL << 40) ? a * kSubnetOwnerCutU16 / 65535 : alphaOut.mulDiv(kSubnetOwnerCutU16, 65535).rao();
    const std::uint64_t restRao = a - ownerRao;
    const std::uint64_t serverRao = restRao / 2;
    const std::uint64_t rootRao =
        std::min(floorAmount<InRange>(rootProportion * raoInRangeToDouble(restRao) * 0.5), restRao - serverRao);
    addTo<InRange>(s.pendingOwner, AlphaRao::fromRao(ownerRao));
    addTo<InRange>(s.pendingServer, AlphaRao::fromRao(serverRao));
    addTo<InRange>(s.pendingValidator, AlphaRao::fromRao(restRao - serverRao - rootRao));
    // Without the root sell flag the root share is recycled: never minted (§2.6).
    const AlphaRao minted = AlphaRao::fromRao(rootSells ? a : a - rootRao);
    if (rootSells) addTo<InRange>(s.pendingRoot, AlphaRao::fromRao(rootRao));
    addTo<InRange>(s.alphaOut, minted);
    addTo<InRange>(s.alphaIssued, minted);
    s.alphaOutEmission = alphaOut;
}

void Chain::updateMovingPrice(Subnet& s, double alpha) {
    s.movingPrice = alpha * std::min(s.refreshPoolPrice(), 1.0) + (1.0 - alpha) * s.movingPrice;
}

std::vector<ChainEvent> Chain::takeEvents() {
    std::vector<ChainEvent> out;
    out.swap(events_);
    return out;
}

std::optional<std::string> Chain::checkInvariants() const {
    Rao sum = feeCollector_ + rootTotal_ + burned_;
    for (const auto& [acc, bal] : balances_) sum += bal;
    for (const auto& [id, s] : subnets_) sum += s.pool.tao;
    if (sum != totalIssuance_)
        return "TAO is not conserved: accounts + pools + root + fees + burned = " + formatUnits(sum.rao()) +
               " but total issuance is " + formatUnits(totalIssuance_.rao());
    Rao rootSum;
    for (const auto& [key, amount] : rootStakes_) {
        if (amount.isZero()) return "A zero root stake entry is stored";
        rootSum += amount;
    }
    if (rootSum != rootTotal_) return "Root stakes do not add up to the root total";
    for (const auto& [hotkey, t] : takes_)
        if (t.take > kMaxDelegateTakeU16 || t.lastChange > block_ + 1)
            return "A delegate take is above the maximum or was changed in a future block";
    for (const auto& [id, s] : subnets_) {
        const std::string where = "Subnet " + std::to_string(id) + ": ";
        if (id == 0 || s.netuid.value != id) return where + "bad netuid";
        AlphaRao staked;
        for (const auto& [key, amount] : s.stakes) {
            if (amount.isZero()) return where + "a zero stake entry is stored";
            staked += amount;
        }
        const AlphaRao held = staked + s.pendingOwner + s.pendingServer + s.pendingValidator + s.pendingRoot +
                              s.protocolAlpha + s.burnedAlpha;
        if (held != s.alphaOut)
            return where + "staked + pending + protocol + burned Alpha = " + formatUnits(held.rao()) +
                   " but alpha_out = " + formatUnits(s.alphaOut.rao());
        if (s.pool.alpha + s.alphaOut != s.alphaIssued)
            return where + "alpha_in + alpha_out = " + formatUnits((s.pool.alpha + s.alphaOut).rao()) +
                   " but alpha issuance is " + formatUnits(s.alphaIssued.rao());
        if (s.pool.taoWeight < kMinPoolWeight || s.pool.taoWeight > 1 - kMinPoolWeight) return where + "pool weight out of range";
        if (!(s.movingPrice >= 0) || s.movingPrice > 1.0 + 1e-12) return where + "moving price out of [0, 1]";
        if (s.neurons.size() > s.maxUids) return where + "more neurons than MaxAllowedUids";
        std::vector<AccountId> hotkeys;
        for (const auto& nr : s.neurons) {
            hotkeys.push_back(nr.hotkey);
            for (const auto* row : {&nr.weights, &nr.bonds})
                for (std::size_t k = 0; k < row->size(); ++k)
                    if ((*row)[k].uid >= s.neurons.size() || (k > 0 && (*row)[k - 1].uid >= (*row)[k].uid))
                        return where + "a weight or bond row points outside the subnet or is unsorted";
        }
        std::sort(hotkeys.begin(), hotkeys.end());
        if (std::adjacent_find(hotkeys.begin(), hotkeys.end()) != hotkeys.end()) return where + "a hotkey holds two UIDs";
        for (std::size_t i = 0; i < s.neurons.size(); ++i)
            if (s.uidOf(s.neurons[i].hotkey) != static_cast<int>(i)) return where + "the hotkey index is out of date";
        if (s.uidStakes.valid) {
            const auto& cache = s.uidStakes;
            if (cache.alpha.size() != s.neurons.size() || cache.own.size() != s.neurons.size())
                return where + "the per-UID stake cache does not cover every UID";
            for (std::size_t i = 0; i < s.neurons.size(); ++i) {
                const Neuron& nr = s.neurons[i];
                if (cache.alpha[i] != hotkeyAlpha(s, nr.hotkey)) return where + "the per-UID stake cache is out of date";
                const auto own = s.stakes.find({nr.hotkey, nr.coldkey});
                if (cache.own[i] != (own == s.stakes.end() ? nullptr : &own->second))
                    return where + "the per-UID own-position cache is out of date";
                if (i < cache.positionsKnown.size() && cache.positionsKnown[i]) {
                    std::vector<const AlphaRao*> walked;
                    for (auto it = s.stakes.lower_bound({nr.hotkey, AccountId{}}); it != s.stakes.end() && it->first.first == nr.hotkey; ++it)
                        walked.push_back(&it->second);
                    if (!std::equal(walked.begin(), walked.end(), cache.positions[i].begin(), cache.positions[i].end()))
                        return where + "the per-UID position list is out of date";
                }
            }
        }
    }
    return std::nullopt;
}

} // namespace economics
