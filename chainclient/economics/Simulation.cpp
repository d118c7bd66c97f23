#include "chainclient/economics/Simulation.h"

#include "chainclient/economics/ChainCodec.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <type_traits>

namespace economics {
namespace {

const char* const kSubnetNames[] = {
    "Apex", "Omron", "Templar", "Chutes", "Dojo", "Nous", "Proprietary", "Subvortex", "Pretrain", "Finetune",
    "Targon", "Compute", "Dataverse", "Palaidn", "Bitads", "Infinite", "Three Gen", "Cortex", "Vision", "Graphite",
    "Storage", "Gaia", "Niche", "Omega", "Hivetrain", "Condense", "Horde", "Zeus", "Sportstensor", "Coldint",
    "Fractal", "Synth", "Gradients", "Ridges", "Score", "Dippy", "Kaito", "Taoshi", "Nineteen", "Ready",
    "Efficient", "Tensorplex", "Logic", "Healthi", "Agent Arena", "Bittranslate", "Nova", "Iota"};
const char* const kGreek[] = {"α", "β", "γ", "δ", "ε", "ζ", "η", "θ", "ι", "κ", "λ", "μ",
                              "ν", "ξ", "ο", "π", "ρ", "σ", "τ", "υ", "φ", "χ", "ψ", "ω"};

std::uint64_t tao(double units) { return floorToRao(units * 1e9); }

// "SSIM" + format version of the participants' state; the chain inside has its own version.
constexpr std::uint64_t kSimulationMagic = 0x4d495353;
constexpr std::uint64_t kSimulationFormatVersion = 2;
constexpr std::uint64_t kValidatorTakesTag = 0x454b4154; // "TAKE": the scenario's validator takes
std::uint64_t days(double d) { return floorToRao(d * static_cast<double>(kBlocksPerDay)); }

class Bytes {
public:
    void u64(std::uint64_t v) { for (int i = 0; i < 8; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i))); }
    void f64(double d) { std::uint64_t b; std::memcpy(&b, &d, 8); u64(b); }
    void str(const std::string& s) { u64(s.size()); out.insert(out.end(), s.begin(), s.end()); }
    void id(const AccountId& a) { out.insert(out.end(), a.bytes.begin(), a.bytes.end()); }
    std::vector<std::uint8_t> out;
};

class Reader {
public:
    explicit Reader(const std::vector<std::uint8_t>& b) : bytes(b) {}
    std::uint64_t u64() {
        if (bytes.size() - pos < 8) { bad = true; return 0; }
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(bytes[pos + i]) << (8 * i);
        pos += 8;
        return v;
    }
    double f64() { const std::uint64_t b = u64(); double d; std::memcpy(&d, &b, 8); return d; }
    std::string str() {
        const std::uint64_t n = u64();
        if (bad || bytes.size() - pos < n) { bad = true; return {}; }
        std::string s(bytes.begin() + static_cast<long>(pos), bytes.begin() + static_cast<long>(pos + n));
        pos += n;
        return s;
    }
    AccountId id() {
        AccountId a;
        if (bytes.size() - pos < 32) { bad = true; return a; }
        std::memcpy(a.bytes.data(), &bytes[pos], 32);
        pos += 32;
        return a;
    }
    const std::vector<std::uint8_t>& bytes;
    std::size_t pos = 0;
    bool bad = false;
};

} // namespace

ChainParams Simulation::chainParamsFor(const ScenarioConfig& c) {
    ChainParams p;
    p.taoWeight = c.taoWeight;
    p.subnetLimit = static_cast<std::uint16_t>(std::clamp(c.subnetLimit, 1, 4096));
    p.subnetImmunityPeriod = days(c.subnetImmunityDays);
    p.networkRateLimit = days(c.networkRateLimitDays);
    p.startCallDelay = days(c.startCallDelayDays);
    return p;
}

Simulation::Simulation(ScenarioConfig config)
    : config_(std::move(config)), chain_(chainParamsFor(config_)), rng_(config_.seed) {
    buildGenesis();
}

Simulation::Simulation(ScenarioConfig config, Chain chain) : config_(std::move(config)), chain_(std::move(chain)) {}

AccountId Simulation::traderColdkey(int index) { return AccountId::fromLabel("trader/" + std::to_string(index)); }

AccountId Simulation::newHotkey(const std::string& role) {
    return AccountId::fromLabel(role + "/hotkey/" + std::to_string(nextKey_++));
}

Simulation::SubnetAgent& Simulation::agent(std::uint16_t netuid) {
    if (agents_.size() <= netuid) agents_.resize(netuid + 1U);
    return agents_[netuid];
}

void Simulation::buildGenesis() {
    const ScenarioConfig& c = config_;
    const int rootValidators = std::max(1, c.rootValidators);
    // Root validators hold the root stake that gives TaoWeight its bite (§2.6) and validate
    // on many subnets, so root dividends have somewhere to go.
    for (int v = 0; v < rootValidators; ++v) {
        const AccountId ck = AccountId::fromLabel("root-validator/" + std::to_string(v) + "/coldkey");
        const AccountId hk = AccountId::fromLabel("root-validator/" + std::to_string(v) + "/hotkey");
        chain_.mint(ck, Rao::fromRao(tao(c.rootStakeTao / rootValidators + 60'000)));
        note(chain_.addStake({ck, hk, NetUid{0}, tao(c.rootStakeTao / rootValidators), std::nullopt, false}).ok());
    }
    for (int k = 0; k < c.minerOperators; ++k)
        chain_.mint(AccountId::fromLabel("miner-operator/" + std::to_string(k)), Rao::fromRao(tao(c.minerOperatorBalanceTao)));
    for (int k = 0; k < c.owners; ++k)
        chain_.mint(AccountId::fromLabel("owner/" + std::to_string(k)), Rao::fromRao(tao(c.ownerBalanceTao)));
    agents_.assign(1, SubnetAgent{});
    const int nameCount = static_cast<int>(std::size(kSubnetNames));
    for (int i = 0; i < c.genesisSubnets; ++i) {
        const std::string label = "subnet/" + std::to_string(i + 1);
        const AccountId ownerCk = AccountId::fromLabel(label + "/owner/coldkey");
        const AccountId ownerHk = AccountId::fromLabel(label + "/owner/hotkey");
        // Log-uniform spreads look like the real network: a few big pools, a long tail.
        const double poolTao = c.minPoolTao * std::pow(c.maxPoolTao / c.minPoolTao, rng_.uniform());
        const double price = c.minPrice * std::pow(c.maxPrice / c.minPrice, rng_.uniform());
        const std::string name = i < nameCount ? kSubnetNames[i] : "Subnet " + std::to_string(i + 1);
        const std::string symbol = std::string(kGreek[i % 24]) + (i >= 24 ? std::to_string(i / 24) : "");
        const NetUid netuid = chain_.addGenesisSubnet(name, symbol, ownerCk, ownerHk, Rao::fromRao(tao(poolTao)),
                                                      AlphaRao::fromRao(tao(poolTao / price)), price * rng_.uniform(0.7, 1.1));
        for (int k = 0; k < std::min(c.rootValidatorsPerSubnet, rootValidators); ++k) {
            const int v = (i + k) % rootValidators;
            const AccountId ck = AccountId::fromLabel("root-validator/" + std::to_string(v) + "/coldkey");
            const AccountId hk = AccountId::fromLabel("root-validator/" + std::to_string(v) + "/hotkey");
            note(chain_.addGenesisNeuron(netuid, hk, ck).ok());
            note(chain_.addStake({ck, hk, netuid, tao(poolTao * rng_.uniform(0.005, 0.02)), std::nullopt, false}).ok());
        }
        for (int v = 0; v < c.validatorsPerSubnet; ++v) {
            const AccountId ck = AccountId::fromLabel(label + "/validator/" + std::to_string(v) + "/coldkey");
            const AccountId hk = AccountId::fromLabel(label + "/validator/" + std::to_string(v) + "/hotkey");
            note(chain_.addGenesisNeuron(netuid, hk, ck).ok());
            const double stakeTao = poolTao * rng_.uniform(0.01, 0.05);
            chain_.mint(ck, Rao::fromRao(tao(stakeTao)));
            note(chain_.addStake({ck, hk, netuid, tao(stakeTao), std::nullopt, false}).ok());
        }
        // A fifth of the subnets start full; the rest spread log-uniformly.
        const double lo = std::max(1, c.minMinersPerSubnet), hi = std::max(c.minMinersPerSubnet, c.maxMinersPerSubnet);
        int miners = rng_.chance(0.2) ? static_cast<int>(hi) : static_cast<int>(lo * std::pow(hi / lo, rng_.uniform()));
        const Subnet* s = chain_.subnet(netuid);
        miners = std::min<int>(miners, static_cast<int>(s->maxUids - s->neurons.size()));
        for (int m = 0; m < miners; ++m) {
            const AccountId hk = newHotkey("miner");
            const AccountId ck = AccountId::fromLabel("miner-operator/" + std::to_string(m % std::max(1, c.minerOperators)));
            if (chain_.addGenesisNeuron(netuid, hk, ck).ok()) quality_[hk] = rng_.uniform();
        }
        SubnetAgent& a = agent(netuid.value);
        a.hype = rng_.normal() * 0.5;
        // Some subnets are in decline from the start: their hype drifts down and prices follow.
        a.drift = rng_.chance(0.2) ? -0.003 : rng_.normal() * 0.001;
        a.appeal = rng_.uniform(0.3, 1.5);
        a.burnWeight = rng_.chance(c.ownerBurnSubnetFraction) ? rng_.uniform(0.2, 0.8) : 0.0;
    }
    for (int t = 0; t < c.traders; ++t) chain_.mint(traderColdkey(t), Rao::fromRao(tao(c.traderBalanceTao)));
    if (c.validatorTakesSet()) setValidatorTakes();
    (void)chain_.takeEvents();
}

void Simulation::setValidatorTakes() {
    // Picked by the hotkey's bytes rather than the Rng, so the rest of genesis stays the same.
    const auto u16 = [](double f) {
        return static_cast<std::uint16_t>(std::clamp<long>(std::lround(f * 65535.0), 0, kMaxDelegateTakeU16));
    };
    const std::uint16_t lo = u16(std::min(config_.minValidatorTake, config_.maxValidatorTake));
    const std::uint16_t hi = u16(std::max(config_.minValidatorTake, config_.maxValidatorTake));
    const auto pick = [&](const AccountId& hk) {
        std::uint64_t w;
        std::memcpy(&w, hk.bytes.data(), sizeof w);
        note(chain_.setGenesisTake(hk, static_cast<std::uint16_t>(lo + w % (hi - lo + 1U))).ok());
    };
    for (int v = 0; v < std::max(1, config_.rootValidators); ++v)
        pick(AccountId::fromLabel("root-validator/" + std::to_string(v) + "/hotkey"));
    for (int i = 0; i < config_.genesisSubnets; ++i)
        for (int v = 0; v < config_.validatorsPerSubnet; ++v)
            pick(AccountId::fromLabel("subnet/" + std::to_string(i + 1) + "/validator/" + std::to_string(v) + "/hotkey"));
}

void Simulation::advance() {
    tradersAct();
    const BlockNumber now = chain_.blockNumber();
    if (now % 100 == 0) {
        ownersAct();
        minersRegister();
    }
    // Validators set weights just before their subnet's epoch (the block about to be produced).
    // The chain's last block already listed those subnets; after a registration, dissolution,
    // start or load it does not know them, and every subnet is checked.
    const std::optional<std::span<const std::uint16_t>> scheduled = chain_.epochsDueNextBlock();
#ifndef NDEBUG
    if (scheduled) {
        const std::span<const std::uint16_t> scanned = scanEpochsDue(now);
        if (!std::equal(scheduled->begin(), scheduled->end(), scanned.begin(), scanned.end()))
            throw std::logic_error("advance: the chain's epoch schedule differs from the scan");
    }
#endif
    const std::span<const std::uint16_t> due = scheduled ? *scheduled : scanEpochsDue(now);
    // beforeEpoch only sets weights, which never change the chain's schedule.
    for (std::uint16_t netuid : due)
        if (const Subnet* s = chain_.subnet(NetUid{netuid})) beforeEpoch(*s);
    chain_.produceBlock();
}

std::span<const std::uint16_t> Simulation::scanEpochsDue(BlockNumber now) const {
    // Branch-free appends through a plain pointer (stores of a push_back might alias the
    // chain's subnet order, which was then reloaded per subnet).
    thread_local std::vector<std::uint16_t> due;
    const std::size_t count = chain_.subnets().size();
    due.resize(count);
    std::uint16_t* out = due.data();
    std::size_t dueCount = 0;
    for (std::size_t k = 0; k < count; ++k) {
        const Subnet& s = chain_.subnetAt(k);
        out[dueCount] = s.netuid.value;
        dueCount += static_cast<std::size_t>(s.started() & (now + 1 >= s.lastEpochBlock + s.tempo));
    }
    return {due.data(), dueCount};
}

std::vector<std::uint8_t> Simulation::save() const {
    Bytes w;
    w.u64(kSimulationMagic);
    w.u64(kSimulationFormatVersion);
    ScenarioConfig c = config_;
    forEachScenarioField(c, [&](const char*, auto& field) {
        using T = std::decay_t<decltype(field)>;
        if constexpr (std::is_same_v<T, std::string>) w.str(field);
        else if constexpr (std::is_same_v<T, double>) w.f64(field);
        else w.u64(static_cast<std::uint64_t>(field));
    });
    for (int i = 0; i < 4; ++i) w.u64(rng_.state(i));
    w.u64(agents_.size());
    for (const auto& a : agents_) {
        w.f64(a.hype);
        w.f64(a.drift);
        w.f64(a.appeal);
        w.f64(a.burnWeight);
        w.u64(a.startAt);
    }
    // Sorted so that equal states give equal bytes whatever the hash table's order.
    const std::map<AccountId, double> sorted(quality_.begin(), quality_.end());
    w.u64(sorted.size());
    for (const auto& [hk, q] : sorted) {
        w.id(hk);
        w.f64(q);
    }
    w.u64(nextKey_);
    for (std::uint64_t v : {stats_.subnetRegistrations, stats_.subnetStarts, stats_.neuronRegistrations, stats_.weightSets,
                            stats_.trades, stats_.failedCalls})
        w.u64(v);
    const auto chainBytes = chain_.save();
    w.u64(chainBytes.size());
    w.out.insert(w.out.end(), chainBytes.begin(), chainBytes.end());
    // Scenario fields added later follow the chain, only when set: older saves still load and
    // a scenario without them keeps its bytes and hash.
    if (c.validatorTakesSet()) {
        w.u64(kValidatorTakesTag);
        w.f64(c.minValidatorTake);
        w.f64(c.maxValidatorTake);
    }
    return std::move(w.out);
}

Result<Simulation> Simulation::load(const std::vector<std::uint8_t>& bytes) {
    Reader r(bytes);
    if (r.u64() != kSimulationMagic || r.u64() != kSimulationFormatVersion || r.bad)
        return makeError(ErrorCode::InvalidState,
                         "The saved local chain is from an older or unknown format; start a new local chain.");
    ScenarioConfig c;
    forEachScenarioField(c, [&](const char*, auto& field) {
        using T = std::decay_t<decltype(field)>;
        if constexpr (std::is_same_v<T, std::string>) field = r.str();
        else if constexpr (std::is_same_v<T, double>) field = r.f64();
        else field = static_cast<T>(r.u64());
    });
    Rng rng;
    for (int i = 0; i < 4; ++i) rng.setState(i, r.u64());
    const std::uint64_t n = r.u64();
    if (r.bad || n > 65536) return makeError(ErrorCode::InvalidState, "The simulation state is corrupt.");
    std::vector<SubnetAgent> agents(n);
    for (auto& a : agents) {
        a.hype = r.f64();
        a.drift = r.f64();
        a.appeal = r.f64();
        a.burnWeight = r.f64();
        a.startAt = r.u64();
    }
    std::map<AccountId, double> quality;
    const std::uint64_t q = r.u64();
    if (r.bad || q > bytes.size()) return makeError(ErrorCode::InvalidState, "The simulation state is corrupt.");
    for (std::uint64_t i = 0; i < q && !r.bad; ++i) {
        const AccountId hk = r.id();
        quality[hk] = r.f64();
    }
    const std::uint64_t nextKey = r.u64();
    Stats stats;
    for (std::uint64_t* v : {&stats.subnetRegistrations, &stats.subnetStarts, &stats.neuronRegistrations, &stats.weightSets,
                             &stats.trades, &stats.failedCalls})
        *v = r.u64();
    const std::uint64_t chainSize = r.u64();
    if (r.bad || bytes.size() - r.pos < chainSize) return makeError(ErrorCode::InvalidState, "The simulation state is truncated.");
    const auto chainBegin = bytes.begin() + static_cast<long>(r.pos);
    auto chain = Chain::load(std::vector<std::uint8_t>(chainBegin, chainBegin + static_cast<long>(chainSize)));
    if (!chain) return chain.error();
    r.pos += chainSize;
    if (r.pos != bytes.size()) {
        if (r.u64() != kValidatorTakesTag) return makeError(ErrorCode::InvalidState, "The simulation state is corrupt.");
        c.minValidatorTake = r.f64();
        c.maxValidatorTake = r.f64();
        if (r.bad || r.pos != bytes.size()) return makeError(ErrorCode::InvalidState, "The simulation state is corrupt.");
    }
    Simulation sim(c, std::move(chain).value());
    sim.rng_ = rng;
    sim.agents_ = std::move(agents);
    sim.quality_.insert(quality.begin(), quality.end());
    sim.nextKey_ = nextKey;
    sim.stats_ = stats;
    return sim;
}

std::string Simulation::stateHash() const { return ChainCodec::digest(save()); }

} // namespace economics
