#pragma once
// A whole simulated network: the Chain plus the synthetic participants that act on it every
// block (owners, validators, miners, traders). Deterministic: same config and same external
// calls → same state hash. Saved and loaded as one unit so a resumed run continues exactly.
// Simulation.cpp holds genesis and persistence; SimulationAgents.cpp the behaviours.

#include "chainclient/economics/Chain.h"
#include "chainclient/economics/Rng.h"
#include "chainclient/economics/Scenario.h"

#include <cstring>
#include <map>
#include <span>
#include <unordered_map>
#include <vector>

namespace economics {

class Simulation {
public:
    explicit Simulation(ScenarioConfig config);

    // Participants act, then the chain produces the next block.
    void advance();

    Chain& chain() { return chain_; }
    const Chain& chain() const { return chain_; }
    const ScenarioConfig& config() const { return config_; }

    std::vector<std::uint8_t> save() const;
    static Result<Simulation> load(const std::vector<std::uint8_t>& bytes);
    std::string stateHash() const;

    static AccountId traderColdkey(int index);
    static ChainParams chainParamsFor(const ScenarioConfig& config);

    // Counters of what the participants did (for tests and the CLI summary).
    struct Stats {
        std::uint64_t subnetRegistrations = 0;
        std::uint64_t subnetStarts = 0;
        std::uint64_t neuronRegistrations = 0;
        std::uint64_t weightSets = 0;
        std::uint64_t trades = 0;
        std::uint64_t failedCalls = 0;
    };
    const Stats& stats() const { return stats_; }

private:
    struct SubnetAgent {
        double hype = 0;     // random walk driving buy/sell pressure
        double drift = 0;
        double appeal = 1;   // how attractive to miners (besides emission)
        double burnWeight = 0; // share of validator weight put on the owner UID (burn subnets)
        BlockNumber startAt = 0; // owner's planned start call (0 = started or none)
    };
    Simulation(ScenarioConfig config, Chain chain);
    void buildGenesis();
    void setValidatorTakes();
    void tradersAct();
    void tradeOnce(int trader);
    void ownersAct();
    void minersRegister();
    void beforeEpoch(const Subnet& s);
    // Netuids (netuid order) of started subnets whose epoch falls in block now + 1, by walking them all.
    std::span<const std::uint16_t> scanEpochsDue(BlockNumber now) const;
    void setValidatorWeights(const Subnet& s, const Neuron& v, SubnetAgent& agent, const std::vector<double>& quality,
                             int ownerUid);
    void validatorsJoin(NetUid netuid);
    SubnetAgent& agent(std::uint16_t netuid);
    AccountId newHotkey(const std::string& role);
    const AccountId* pickValidatorHotkey(const Subnet& s);
    void note(bool ok) { if (!ok) ++stats_.failedCalls; }

    ScenarioConfig config_;
    Chain chain_;
    Rng rng_;
    std::vector<SubnetAgent> agents_;        // indexed by netuid
    struct KeyHash {
        std::size_t operator()(const AccountId& a) const {
            std::size_t h;
            std::memcpy(&h, a.bytes.data(), sizeof h); // keys are hashes already
            return h;
        }
    };
    std::unordered_map<AccountId, double, KeyHash> quality_; // miner hotkey → hidden quality in [0, 1]
    // Per (netuid, uid): the hotkey last seen there and its entry in quality_, so an epoch reads
    // 256 qualities without hashing. Element pointers of an unordered_map survive inserts and
    // rehashing; erasing (the daily clean-up) clears the cache, and a copy starts empty.
    struct QualitySlot {
        AccountId hotkey;
        double* quality = nullptr; // null: not a miner
        bool known = false;        // looked up (an empty slot is not)
    };
    struct QualityCache {
        std::vector<std::vector<QualitySlot>> rows; // [netuid][uid] (not "slots": Qt defines that word)
        QualityCache() = default;
        QualityCache(const QualityCache&) {}
        QualityCache& operator=(const QualityCache&) {
            rows.clear();
            return *this;
        }
    };
    std::vector<QualitySlot>& qualityRow(std::uint16_t netuid, std::size_t uids);
    double* qualityOf(QualitySlot& slot, const AccountId& hotkey);
    [[gnu::noinline]] double* lookUpQuality(QualitySlot& slot, const AccountId& hotkey);
    QualityCache qualityCache_;
    std::uint64_t nextKey_ = 0;              // serial for new hotkeys
    Stats stats_;
};

} // namespace economics
