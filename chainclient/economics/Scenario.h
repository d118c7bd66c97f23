#pragma once
// What a simulated network looks like at genesis and how its participants behave
// (economics.md §A.3). A plain struct: chainclient parses the JSON form into it.

#include <cstdint>
#include <string>

namespace economics {

struct ScenarioConfig {
    std::string name = "default";
    std::uint64_t seed = 42;
    int genesisSubnets = 32;
    int validatorsPerSubnet = 6;
    int minMinersPerSubnet = 8;
    int maxMinersPerSubnet = 64;
    double rootStakeTao = 400'000;
    double minPoolTao = 2'000;
    double maxPoolTao = 80'000;
    double minPrice = 0.004;  // TAO per Alpha at genesis
    double maxPrice = 0.12;
    int traders = 48;
    double traderBalanceTao = 20'000;
    double tradeProbabilityPerBlock = 0.6; // chance that some trader acts in a block
    double taoWeight = 0.18;

    static ScenarioConfig defaults() { return {}; }
};

} // namespace economics
