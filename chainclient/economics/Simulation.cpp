#include "chainclient/economics/Simulation.h"

#include "chainclient/economics/ChainCodec.h"

#include <algorithm>
#include <cmath>
#include <cstring>

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

} // namespace

Simulation::Simulation(ScenarioConfig config) : config_(std::move(config)), chain_(ChainParams{config_.taoWeight}), rng_(config_.seed) {
    buildGenesis();
}

Simulation::Simulation(ScenarioConfig config, Chain chain, Rng rng, std::vector<Sentiment> sentiment)
    : config_(std::move(config)), chain_(std::move(chain)), rng_(rng), sentiment_(std::move(sentiment)) {}

AccountId Simulation::traderColdkey(int index) { return AccountId::fromLabel("trader/" + std::to_string(index)); }

void Simulation::buildGenesis() {
    // Root validators hold the root stake that gives TaoWeight its bite (§2.6).
    for (int v = 0; v < 8; ++v) {
        const AccountId ck = AccountId::fromLabel("root-validator/" + std::to_string(v) + "/coldkey");
        const AccountId hk = AccountId::fromLabel("root-validator/" + std::to_string(v) + "/hotkey");
        chain_.mint(ck, Rao::fromRao(tao(config_.rootStakeTao / 8)));
        (void)chain_.addStake({ck, hk, NetUid{0}, tao(config_.rootStakeTao / 8), std::nullopt, false});
    }
    sentiment_.assign(1, Sentiment{});
    const int nameCount = static_cast<int>(std::size(kSubnetNames));
    for (int i = 0; i < config_.genesisSubnets; ++i) {
        const std::string label = "subnet/" + std::to_string(i + 1);
        const AccountId ownerCk = AccountId::fromLabel(label + "/owner/coldkey");
        const AccountId ownerHk = AccountId::fromLabel(label + "/owner/hotkey");
        // Log-uniform spreads look like the real network: a few big pools, a long tail.
        const double poolTao = config_.minPoolTao * std::pow(config_.maxPoolTao / config_.minPoolTao, rng_.uniform());
        const double price = config_.minPrice * std::pow(config_.maxPrice / config_.minPrice, rng_.uniform());
        const std::string name = i < nameCount ? kSubnetNames[i] : "Subnet " + std::to_string(i + 1);
        const std::string symbol = std::string(kGreek[i % 24]) + (i >= 24 ? std::to_string(i / 24) : "");
        const NetUid netuid = chain_.addGenesisSubnet(name, symbol, ownerCk, ownerHk, Rao::fromRao(tao(poolTao)),
                                                      AlphaRao::fromRao(tao(poolTao / price)),
                                                      price * rng_.uniform(0.7, 1.1));
        for (int v = 0; v < config_.validatorsPerSubnet; ++v) {
            const AccountId ck = AccountId::fromLabel(label + "/validator/" + std::to_string(v) + "/coldkey");
            const AccountId hk = AccountId::fromLabel(label + "/validator/" + std::to_string(v) + "/hotkey");
            (void)chain_.addGenesisNeuron(netuid, hk, ck);
            const double stakeTao = poolTao * rng_.uniform(0.01, 0.05);
            chain_.mint(ck, Rao::fromRao(tao(stakeTao)));
            (void)chain_.addStake({ck, hk, netuid, tao(stakeTao), std::nullopt, false});
        }
        const int miners = config_.minMinersPerSubnet +
                           static_cast<int>(rng_.below(static_cast<std::uint64_t>(config_.maxMinersPerSubnet - config_.minMinersPerSubnet + 1)));
        for (int m = 0; m < miners; ++m) {
            const std::string mlabel = label + "/miner/" + std::to_string(m);
            (void)chain_.addGenesisNeuron(netuid, AccountId::fromLabel(mlabel + "/hotkey"), AccountId::fromLabel(mlabel + "/coldkey"));
        }
        sentiment_.push_back({rng_.normal() * 0.5, rng_.normal() * 0.002});
    }
    // Mark validator permits: the owner and the staked validators.
    for (int t = 0; t < config_.traders; ++t) chain_.mint(traderColdkey(t), Rao::fromRao(tao(config_.traderBalanceTao)));
    (void)chain_.takeEvents();
}

void Simulation::advance() {
    tradersAct();
    chain_.produceBlock();
}

void Simulation::tradersAct() {
    for (auto& s : sentiment_) {
        s.hype += s.drift + rng_.normal() * 0.02;
        s.hype *= 0.999; // mean-reverting so no subnet runs away forever
        s.drift += rng_.normal() * 0.00005;
        s.drift = std::clamp(s.drift, -0.004, 0.004);
    }
    double p = config_.tradeProbabilityPerBlock;
    while (p > 0) {
        if (rng_.chance(std::min(p, 1.0))) tradeOnce(static_cast<int>(rng_.below(static_cast<std::uint64_t>(config_.traders))));
        p -= 1.0;
    }
}

void Simulation::tradeOnce(int trader) {
    const auto& subnets = chain_.subnets();
    if (subnets.empty()) return;
    auto it = subnets.begin();
    std::advance(it, static_cast<long>(rng_.below(subnets.size())));
    const Subnet& s = it->second;
    if (!s.started() || s.neurons.empty()) return;
    const double hype = s.netuid.value < sentiment_.size() ? sentiment_[s.netuid.value].hype : 0.0;
    // Momentum traders buy when spot is above its EMA, and everyone follows the subnet's hype.
    const double momentum = s.movingPrice > 0 ? (s.pool.price() / s.movingPrice - 1.0) : 0.0;
    const double buyProbability = 1.0 / (1.0 + std::exp(-(hype + 2.0 * momentum)));
    const AccountId ck = traderColdkey(trader);
    const Neuron& validator = s.neurons[rng_.below(std::min<std::size_t>(s.neurons.size(), static_cast<std::size_t>(config_.validatorsPerSubnet + 1)))];
    if (rng_.chance(buyProbability)) {
        const double budget = static_cast<double>(chain_.freeBalance(ck).rao()) * rng_.uniform(0.0005, 0.008);
        (void)chain_.addStake({ck, validator.hotkey, s.netuid, floorToRao(budget), std::nullopt, false});
    } else {
        const AlphaRao held = chain_.stakeOf(s.netuid, validator.hotkey, ck);
        if (held.isZero()) return;
        // Panic sellers dump everything; the rest trim.
        const double fraction = rng_.chance(0.05) ? 1.0 : rng_.uniform(0.1, 0.5);
        const std::uint64_t amount = fraction >= 1.0 ? held.rao() : floorToRao(static_cast<double>(held.rao()) * fraction);
        (void)chain_.removeStake({ck, validator.hotkey, s.netuid, amount, std::nullopt, false});
    }
}

std::vector<std::uint8_t> Simulation::save() const {
    std::vector<std::uint8_t> out;
    auto put64 = [&](std::uint64_t v) { for (int i = 0; i < 8; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i))); };
    auto putF = [&](double d) { std::uint64_t b; std::memcpy(&b, &d, 8); put64(b); };
    put64(config_.seed);
    for (int i = 0; i < 4; ++i) put64(rng_.state(i));
    put64(sentiment_.size());
    for (const auto& s : sentiment_) { putF(s.hype); putF(s.drift); }
    const auto chainBytes = chain_.save();
    put64(chainBytes.size());
    out.insert(out.end(), chainBytes.begin(), chainBytes.end());
    return out;
}

Result<Simulation> Simulation::load(const std::vector<std::uint8_t>& bytes) {
    std::size_t pos = 0;
    bool truncated = false;
    auto get64 = [&]() -> std::uint64_t {
        if (bytes.size() - pos < 8) { truncated = true; return 0; }
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(bytes[pos + i]) << (8 * i);
        pos += 8;
        return v;
    };
    auto getF = [&]() { const std::uint64_t b = get64(); double d; std::memcpy(&d, &b, 8); return d; };
    ScenarioConfig config;
    config.seed = get64();
    Rng rng;
    for (int i = 0; i < 4; ++i) rng.setState(i, get64());
    const std::uint64_t n = get64();
    if (truncated || n > 65536) return makeError(ErrorCode::InvalidState, "The simulation state is corrupt.");
    std::vector<Sentiment> sentiment(n);
    for (auto& s : sentiment) { s.hype = getF(); s.drift = getF(); }
    const std::uint64_t chainSize = get64();
    if (truncated || bytes.size() - pos != chainSize) return makeError(ErrorCode::InvalidState, "The simulation state is truncated.");
    auto chain = Chain::load(std::vector<std::uint8_t>(bytes.begin() + static_cast<long>(pos), bytes.end()));
    if (!chain) return chain.error();
    config.taoWeight = chain->params().taoWeight;
    return Simulation(config, std::move(chain).value(), rng, std::move(sentiment));
}

std::string Simulation::stateHash() const { return ChainCodec::digest(save()); }

} // namespace economics
