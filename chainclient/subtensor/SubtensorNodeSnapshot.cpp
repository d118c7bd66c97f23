#include "chainclient/subtensor/SubtensorNodeSnapshot.h"

#include "chainclient/subtensor/AccountIdText.h"

#include <algorithm>
#include <limits>
#include <set>

namespace chainclient::subtensor {
namespace {

double fraction(std::uint16_t v) { return static_cast<double>(v) / 65535.0; }

template <class T> T at(const std::optional<std::vector<T>>& v, std::size_t i, T fallback = {}) {
    return v && i < v->size() ? (*v)[i] : fallback;
}

QVector<MetagraphRow> rowsOf(const Metagraph& m, const std::vector<NeuronInfoLite>* lite) {
    QVector<MetagraphRow> rows;
    if (!m.hotkeys) return rows;
    std::map<std::uint16_t, const NeuronInfoLite*> byUid;
    if (lite)
        for (const auto& n : *lite) byUid[n.uid] = &n;
    for (std::size_t uid = 0; uid < m.hotkeys->size(); ++uid) {
        MetagraphRow r;
        r.uid = static_cast<quint16>(uid);
        r.hotkey = accountIdText((*m.hotkeys)[uid]);
        r.coldkey = accountIdText(at(m.coldkeys, uid));
        r.alphaStake = at(m.alphaStake, uid);
        r.taoStake = at(m.taoStake, uid);
        r.stake = at(m.totalStake, uid);
        r.incentive = fraction(at(m.incentives, uid));
        r.dividends = fraction(at(m.dividends, uid));
        r.emission = at(m.emission, uid);
        r.consensus = fraction(at(m.consensus, uid));
        const auto n = byUid.find(static_cast<std::uint16_t>(uid));
        // The metagraph type has no validator_trust; NeuronInfoLite does.
        r.validatorTrust = n != byUid.end() ? fraction(n->second->validatorTrust) : 0.0;
        r.validatorPermit = at(m.validatorPermit, uid);
        r.active = at(m.active, uid);
        r.lastUpdate = at(m.lastUpdate, uid);
        r.registeredAt = at(m.blockAtRegistration, uid);
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace

// Metagraph field indexes by name, from the metadata's own field order (runtimes reorder).
std::vector<std::uint16_t> SubtensorNodeSnapshot::selectiveIndexes(const Metadata& md, bool perUid) {
    static const char* always[] = {"num_uids", "max_uids", "max_validators", "immunity_period", "burn",
                                   "activity_cutoff", "registration_allowed", "validator_permit"};
    static const char* epoch[] = {"hotkeys", "coldkeys", "active", "last_update", "emission", "dividends",
                                  "incentives", "consensus", "block_at_registration", "alpha_stake",
                                  "tao_stake", "total_stake"};
    std::vector<std::uint16_t> out;
    const auto* m = md.runtimeApiMethod("SubnetInfoRuntimeApi", "get_selective_metagraph");
    const auto* opt = m ? md.types().type(m->output) : nullptr;
    const auto* some = opt ? opt->variantByName("Some") : nullptr;
    const auto* type = some && !some->fields.empty() ? md.types().type(some->fields.front().type) : nullptr;
    if (!type) return out;
    for (std::size_t i = 0; i < type->fields.size(); ++i) {
        const auto& name = type->fields[i].name;
        bool want = std::find(std::begin(always), std::end(always), name) != std::end(always);
        if (perUid) want = want || std::find(std::begin(epoch), std::end(epoch), name) != std::end(epoch);
        if (want) out.push_back(static_cast<std::uint16_t>(i));
    }
    return out;
}

BlockSnapshot SubtensorNodeSnapshot::build(const SubtensorBlockData& data) {
    BlockSnapshot b;
    b.number = data.number;
    b.timestampMs = data.timestampMs;
    b.totalIssuance = data.totalIssuance;
    b.rootStake = data.rootStake;
    double emissionSum = 0;
    for (const auto& d : data.dynamic) emissionSum += static_cast<double>(d.emission);

    for (const auto& d : data.dynamic) {
        SubnetSnapshot s;
        s.netuid = d.netuid;
        s.name = QString::fromStdString(d.subnetName);
        s.symbol = QString::fromStdString(d.tokenSymbol);
        s.ownerColdkey = accountIdText(d.ownerColdkey);
        s.ownerHotkey = accountIdText(d.ownerHotkey);
        s.registeredAt = d.networkRegisteredAt;
        const auto sub = data.subtokenEnabled.find(d.netuid);
        s.started = sub != data.subtokenEnabled.end() ? sub->second : d.netuid == 0;
        s.taoIn = d.taoIn;
        s.alphaIn = d.alphaIn;
        s.alphaOut = d.alphaOut;
        // As the SDK does: root is exactly 1; the swap's own price where the runtime has it
        // (it knows the pool's weights), the reserve ratio otherwise.
        const auto price = data.alphaPrice.find(d.netuid);
        if (d.netuid == 0) s.price = 1.0;
        else if (price != data.alphaPrice.end()) s.price = static_cast<double>(price->second) / 1e9;
        else s.price = d.alphaIn > 0 ? static_cast<double>(d.taoIn) / static_cast<double>(d.alphaIn) : 0.0;
        s.movingPrice = d.movingPrice.toDouble();
        s.taoInEmission = d.taoInEmission;
        s.alphaInEmission = d.alphaInEmission;
        s.alphaOutEmission = d.alphaOutEmission;
        s.emissionShare = emissionSum > 0 ? static_cast<double>(d.emission) / emissionSum : 0.0;
        s.volume = d.subnetVolume > std::numeric_limits<quint64>::max() ? std::numeric_limits<quint64>::max()
                                                                        : static_cast<quint64>(d.subnetVolume);
        s.tempo = d.tempo;
        auto& h = s.hyperparameters;
        h.tempo = d.tempo;
        const auto mit = data.metagraphs.find(d.netuid);
        if (mit != data.metagraphs.end()) {
            const Metagraph& m = mit->second;
            s.nUids = m.numUids.value_or(0);
            s.maxUids = m.maxUids.value_or(s.maxUids);
            if (m.validatorPermit)
                s.nValidators = static_cast<quint16>(std::count(m.validatorPermit->begin(), m.validatorPermit->end(), true));
            h.maxUids = s.maxUids;
            h.maxValidators = m.maxValidators.value_or(0);
            h.immunityPeriod = m.immunityPeriod.value_or(0);
            h.burn = m.burn.value_or(0);
            h.activityCutoff = m.activityCutoff.value_or(0);
            h.registrationAllowed = m.registrationAllowed.value_or(true);
            if (epochRan(d)) {
                const auto nit = data.neurons.find(d.netuid);
                s.metagraph = rowsOf(m, nit != data.neurons.end() ? &nit->second : nullptr);
            }
        }
        if (epochRan(d)) b.events.push_back(SubnetEventRecord{b.number, d.netuid, QStringLiteral("epoch")});
        b.subnets.push_back(std::move(s));
    }
    return b;
}

void SubtensorNodeSnapshot::addEvents(BlockSnapshot& b, const BlockEvents& events) {
    std::map<quint16, double> price;
    for (const auto& s : b.subnets) price[s.netuid] = s.price;
    b.trades = events.trades;
    for (auto& t : b.trades) t.priceAfter = price.count(t.netuid) ? price[t.netuid] : 0.0;
    b.transfers = events.transfers;
}

void SubtensorNodeSnapshot::deriveEvents(BlockSnapshot& now, const BlockSnapshot& previous) {
    std::map<quint16, bool> before;
    for (const auto& s : previous.subnets) before[s.netuid] = s.started;
    std::set<quint16> present;
    QVector<SubnetEventRecord> lifecycle;
    for (const auto& s : now.subnets) {
        present.insert(s.netuid);
        const auto it = before.find(s.netuid);
        // A netuid re-used in the same block it was freed shows as a new registration time.
        const bool fresh = it == before.end() || s.registeredAt == now.number;
        if (fresh) lifecycle.push_back({now.number, s.netuid, QStringLiteral("registered")});
        if (s.started && (fresh || !it->second)) lifecycle.push_back({now.number, s.netuid, QStringLiteral("started")});
    }
    for (const auto& [netuid, started] : before)
        if (!present.count(netuid)) lifecycle.push_back({now.number, netuid, QStringLiteral("dissolved")});
    lifecycle += now.events;
    now.events = std::move(lifecycle);
}

} // namespace chainclient::subtensor
