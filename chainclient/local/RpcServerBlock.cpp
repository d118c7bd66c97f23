#include "chainclient/local/RpcServerBlock.h"

#include "chainclient/economics/Issuance.h"
#include "chainclient/local/LocalNodeExtrinsics.h"
#include "chainclient/local/SnapshotBuilder.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace chainclient {
namespace {

using subtensor::AccountId;

AccountId raw(const economics::AccountId& id) { return id.bytes; }

// Scores travel as u16 fractions of 65535, as on the real chain.
quint16 u16Fraction(double x) { return static_cast<quint16>(std::lround(std::clamp(x, 0.0, 1.0) * 65535.0)); }

std::uint64_t raoOf(double tao) { return tao <= 0 ? 0 : static_cast<std::uint64_t>(std::llround(tao * 1e9)); }

subtensor::I96F32 fixed(double x) { return subtensor::I96F32{static_cast<subtensor::I128>(std::llround(x * 4294967296.0))}; }

} // namespace

RpcServerBlock::Hash RpcServerBlock::hashOf(quint64 seed, quint64 number) {
    const QByteArray h = LocalNodeExtrinsics::blockHash(seed, number);
    Hash out{};
    std::copy_n(h.begin(), std::min<qsizetype>(h.size(), 32), out.begin());
    return out;
}

RpcServerBlock RpcServerBlock::capture(const economics::Chain& chain, quint64 seed, const BlockSnapshot& snapshot, bool everyUid,
                                       const RpcServerBlock* previous) {
    RpcServerBlock b;
    b.trades = snapshot.trades;
    b.transfers = snapshot.transfers;
    b.number = chain.blockNumber();
    b.hash = hashOf(seed, b.number);
    b.parentHash = b.number == 0 ? Hash{} : hashOf(seed, b.number - 1);
    b.timestampMs = static_cast<quint64>(SnapshotBuilder::timestampOf(b.number));
    b.totalIssuance = chain.totalIssuance().rao();
    b.rootStake = chain.rootStakeTotal().rao();
    std::set<quint16> epochs;
    for (const auto& e : snapshot.events)
        if (e.kind == QLatin1String("epoch")) epochs.insert(e.netuid);
    const std::uint64_t blockEmission = economics::blockEmissionForIssuance(b.totalIssuance);
    const double taoWeight = chain.params().taoWeight;

    for (const auto& [netuid, s] : chain.subnets()) {
        const bool epochNow = epochs.count(netuid) > 0;
        const std::uint64_t sinceStep =
            epochNow ? 0 : (b.number > s.lastEpochBlock ? b.number - s.lastEpochBlock : 1);
        subtensor::DynamicInfo d;
        d.netuid = netuid;
        d.ownerHotkey = raw(s.ownerHotkey);
        d.ownerColdkey = raw(s.ownerColdkey);
        d.subnetName = s.name;
        d.tokenSymbol = s.symbol;
        d.tempo = s.tempo;
        d.lastStep = s.lastEpochBlock;
        d.blocksSinceLastStep = sinceStep;
        d.emission = static_cast<std::uint64_t>(std::llround(s.emissionShare * static_cast<double>(blockEmission)));
        d.alphaIn = s.pool.alpha.rao();
        d.alphaOut = s.alphaOut.rao();
        d.taoIn = s.pool.tao.rao();
        d.alphaOutEmission = s.alphaOutEmission.rao();
        d.alphaInEmission = s.alphaInEmission.rao();
        d.taoInEmission = s.taoInEmission.rao();
        d.pendingAlphaEmission = (s.pendingServer + s.pendingValidator).rao();
        d.pendingRootEmission = s.pendingRoot.rao();
        d.subnetVolume = static_cast<subtensor::U128>(s.volume);
        d.networkRegisteredAt = s.registeredAt;
        d.movingPrice = fixed(s.movingPrice);
        b.dynamicInfo.push_back(d);
        b.alphaPrice[netuid] = raoOf(s.pool.price());
        b.subtokenEnabled[netuid] = s.started();
        b.pools[netuid] = s.pool;

        std::vector<Stake> stakes;
        stakes.reserve(s.stakes.size());
        for (const auto& [key, amount] : s.stakes)
            if (!amount.isZero()) stakes.push_back(Stake{raw(key.first), raw(key.second), amount.rao()});
        const auto before = previous ? previous->stakes.find(netuid) : b.stakes.end();
        if (previous && before != previous->stakes.end() && *before->second == stakes) b.stakes.emplace(netuid, before->second);
        else b.stakes.emplace(netuid, std::make_shared<const std::vector<Stake>>(std::move(stakes)));

        subtensor::Metagraph m;
        m.netuid = netuid;
        m.name = d.subnetName;
        m.symbol = d.tokenSymbol;
        m.identity = std::nullopt;
        m.networkRegisteredAt = d.networkRegisteredAt;
        m.ownerHotkey = d.ownerHotkey;
        m.ownerColdkey = d.ownerColdkey;
        m.block = b.number;
        m.tempo = s.tempo;
        m.lastStep = d.lastStep;
        m.blocksSinceLastStep = sinceStep;
        m.subnetEmission = d.emission;
        m.alphaIn = d.alphaIn;
        m.alphaOut = d.alphaOut;
        m.taoIn = d.taoIn;
        m.alphaOutEmission = d.alphaOutEmission;
        m.alphaInEmission = d.alphaInEmission;
        m.taoInEmission = d.taoInEmission;
        m.pendingAlphaEmission = d.pendingAlphaEmission;
        m.pendingRootEmission = d.pendingRootEmission;
        m.subnetVolume = d.subnetVolume;
        m.movingPrice = d.movingPrice;
        m.rho = 10;
        m.kappa = 32767;
        m.minAllowedWeights = 0;
        m.maxWeightsLimit = 65535;
        m.weightsVersion = 0;
        m.weightsRateLimit = 0;
        m.activityCutoff = chain.params().activityCutoff;
        m.maxValidators = s.maxValidators;
        m.numUids = static_cast<std::uint16_t>(s.neurons.size());
        m.maxUids = s.maxUids;
        m.burn = s.burn.rao();
        m.difficulty = 0;
        m.registrationAllowed = true;
        m.powRegistrationAllowed = false;
        m.immunityPeriod = s.immunityPeriod;
        m.minDifficulty = m.maxDifficulty = 0;
        m.minBurn = m.maxBurn = s.burn.rao();
        m.adjustmentAlpha = 0;
        m.adjustmentInterval = m.targetRegsPerInterval = m.maxRegsPerBlock = 0;
        m.servingRateLimit = 0;
        m.commitRevealWeightsEnabled = false;
        m.commitRevealPeriod = 0;
        m.liquidAlphaEnabled = false;
        m.alphaHigh = m.alphaLow = 0;
        m.bondsMovingAvg = 0;

        const std::size_t n = s.neurons.size();
        std::vector<AccountId> hot, cold;
        std::vector<bool> active, permit;
        std::vector<std::uint16_t> zeros(n, 0), dividends, incentives, consensus, trust, vtrust, validators;
        std::vector<std::uint64_t> lastUpdate, emission, regAt, alphaStake, taoStake, totalStake;
        for (std::size_t uid = 0; uid < n; ++uid) {
            const auto& nr = s.neurons[uid];
            hot.push_back(raw(nr.hotkey));
            cold.push_back(raw(nr.coldkey));
            active.push_back(nr.active);
            permit.push_back(nr.validatorPermit);
            if (nr.validatorPermit) validators.push_back(static_cast<std::uint16_t>(uid));
            lastUpdate.push_back(nr.lastUpdate);
            emission.push_back(nr.emission.rao());
            dividends.push_back(u16Fraction(nr.dividends));
            incentives.push_back(u16Fraction(nr.incentive));
            consensus.push_back(u16Fraction(nr.consensus));
            trust.push_back(u16Fraction(nr.trust));
            vtrust.push_back(u16Fraction(nr.validatorTrust));
            regAt.push_back(nr.registeredAt);
            const std::uint64_t alpha = nr.stake.rao();
            const std::uint64_t tao = chain.hotkeyRootStake(nr.hotkey).rao();
            alphaStake.push_back(alpha);
            taoStake.push_back(tao);
            // The same "S" SnapshotBuilder computes, so both paths store one number.
            totalStake.push_back(alpha + static_cast<std::uint64_t>(static_cast<double>(tao) * taoWeight));
        }
        m.validatorPermit = permit;
        m.validators = validators;
        if (!epochNow && !everyUid) {
            // Per-UID columns change at epochs; keeping them for every block of the window
            // would cost megabytes per block on a large chain.
            b.metagraphs.emplace(netuid, std::move(m));
            continue;
        }
        m.hotkeys = hot;
        m.coldkeys = cold;
        m.identities = std::vector<std::optional<subtensor::ChainIdentityV2>>(n);
        m.axons = std::vector<subtensor::AxonInfo>(n);
        m.active = active;
        m.pruningScore = zeros;
        m.lastUpdate = lastUpdate;
        m.emission = emission;
        m.dividends = dividends;
        m.incentives = incentives;
        m.consensus = consensus;
        m.trust = trust;
        m.rank = zeros;
        m.blockAtRegistration = regAt;
        m.alphaStake = alphaStake;
        m.taoStake = taoStake;
        m.totalStake = totalStake;
        m.taoDividendsPerHotkey = std::vector<std::pair<AccountId, std::uint64_t>>{};
        m.alphaDividendsPerHotkey = std::vector<std::pair<AccountId, std::uint64_t>>{};
        m.commitments = std::vector<std::pair<AccountId, std::vector<std::uint8_t>>>{};
        b.metagraphs.emplace(netuid, std::move(m));
        b.validatorTrust.emplace(netuid, std::move(vtrust));
    }
    captureDelegates(b, chain, previous);
    return b;
}

void RpcServerBlock::captureDelegates(RpcServerBlock& b, const economics::Chain& chain, const RpcServerBlock* previous) {
    auto delegates = std::make_shared<std::vector<Delegate>>();
    for (const auto& [hotkey, t] : chain.delegateTakes()) {
        Delegate d;
        d.hotkey = raw(hotkey);
        d.take = t.take;
        for (const auto& [netuid, s] : chain.subnets()) {
            const economics::Neuron* n = s.neuronByHotkey(hotkey);
            if (!n) continue;
            if (d.registrations.empty()) d.owner = raw(n->coldkey);
            d.registrations.push_back(netuid);
            if (n->validatorPermit) d.permits.push_back(netuid);
        }
        delegates->push_back(std::move(d));
    }
    const std::vector<Delegate>* before = previous && previous->delegates ? previous->delegates.get() : nullptr;
    if (before && *before == *delegates) {
        b.delegates = previous->delegates;
        return;
    }
    if (before) {
        // Both are sorted by hotkey; a hotkey new to the map changed from the default.
        auto old = before->begin();
        for (const Delegate& d : *delegates) {
            while (old != before->end() && old->hotkey < d.hotkey) ++old;
            const quint16 was = old != before->end() && old->hotkey == d.hotkey ? old->take : kDefaultDelegateTake;
            if (was != d.take) b.takeChanges.push_back(TakeChange{d.owner, d.hotkey, d.take, d.take > was});
        }
    }
    b.delegates = std::move(delegates);
}

std::vector<subtensor::DelegateInfo> RpcServerBlock::delegateInfo(const subtensor::AccountId* hotkey) const {
    std::vector<subtensor::DelegateInfo> out;
    if (!delegates) return out;
    for (const Delegate& d : *delegates) {
        if (hotkey && d.hotkey != *hotkey) continue;
        subtensor::DelegateInfo info;
        info.delegateSs58 = d.hotkey;
        info.take = d.take;
        info.ownerSs58 = d.owner;
        info.registrations = d.registrations;
        info.validatorPermits = d.permits;
        // Nominators: every coldkey with Alpha on this hotkey, with its stake per subnet.
        std::map<AccountId, std::vector<std::pair<std::uint16_t, std::uint64_t>>> nominators;
        for (const auto& [netuid, set] : stakes) {
            const auto first = std::lower_bound(set->begin(), set->end(), d.hotkey,
                                                [](const Stake& s, const AccountId& h) { return s.hotkey < h; });
            for (auto it = first; it != set->end() && it->hotkey == d.hotkey; ++it)
                nominators[it->coldkey].emplace_back(netuid, it->alpha);
        }
        info.nominators.assign(nominators.begin(), nominators.end());
        out.push_back(std::move(info));
    }
    return out;
}

const subtensor::Metagraph* RpcServerBlock::metagraph(quint16 netuid) const {
    const auto it = metagraphs.find(netuid);
    return it == metagraphs.end() ? nullptr : &it->second;
}

std::vector<subtensor::NeuronInfoLite> RpcServerBlock::neuronsLite(quint16 netuid) const {
    std::vector<subtensor::NeuronInfoLite> out;
    const auto* m = metagraph(netuid);
    const auto vtIt = validatorTrust.find(netuid);
    if (!m || !m->hotkeys || vtIt == validatorTrust.end()) return out;
    const auto& vt = vtIt->second;
    for (std::size_t uid = 0; uid < m->hotkeys->size(); ++uid) {
        subtensor::NeuronInfoLite n;
        n.hotkey = (*m->hotkeys)[uid];
        n.coldkey = (*m->coldkeys)[uid];
        n.uid = static_cast<std::uint16_t>(uid);
        n.netuid = netuid;
        n.active = (*m->active)[uid];
        n.stake = {{n.coldkey, (*m->alphaStake)[uid]}};
        n.emission = (*m->emission)[uid];
        n.incentive = (*m->incentives)[uid];
        n.consensus = (*m->consensus)[uid];
        n.trust = (*m->trust)[uid];
        n.validatorTrust = vt[uid];
        n.dividends = (*m->dividends)[uid];
        n.lastUpdate = (*m->lastUpdate)[uid];
        n.validatorPermit = (*m->validatorPermit)[uid];
        out.push_back(std::move(n));
    }
    return out;
}

} // namespace chainclient
