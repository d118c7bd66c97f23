#pragma once
// A whole simulated network: the Chain plus the synthetic participants that act on it every
// block (owners, validators, miners, traders). Deterministic: same config and same external
// calls → same state hash. Saved and loaded as one unit so a resumed run continues exactly.

#include "chainclient/economics/Chain.h"
#include "chainclient/economics/Rng.h"
#include "chainclient/economics/Scenario.h"

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

private:
    struct Sentiment {
        double hype = 0; // random walk driving buy/sell pressure on a subnet
        double drift = 0;
    };
    Simulation(ScenarioConfig config, Chain chain, Rng rng, std::vector<Sentiment> sentiment);
    void buildGenesis();
    void tradersAct();
    void tradeOnce(int trader);

    ScenarioConfig config_;
    Chain chain_;
    Rng rng_;
    std::vector<Sentiment> sentiment_; // indexed by netuid
};

} // namespace economics
