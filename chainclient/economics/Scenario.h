#pragma once
// What a simulated network looks like at genesis and how its participants behave
// (economics.md §A.3). A plain struct: chainclient parses the JSON form into it
// (resources/scenarios/README.md documents every field; default.json equals defaults()).

#include <cstdint>
#include <string>

namespace economics {

struct ScenarioConfig {
    std::string name = "default";
    std::uint64_t seed = 42;

    // Genesis network.
    int genesisSubnets = 36;
    int validatorsPerSubnet = 4;     // subnet-specific validators, on top of root validators
    int rootValidators = 8;
    int rootValidatorsPerSubnet = 3; // root validators that also validate each subnet
    int minMinersPerSubnet = 8;
    int maxMinersPerSubnet = 256;
    double rootStakeTao = 400'000;
    double minPoolTao = 2'000;
    double maxPoolTao = 80'000;
    double minPrice = 0.002;         // TAO per Alpha at genesis
    double maxPrice = 0.12;
    double taoWeight = 0.18;

    // Chain rules the scenario may tune (economics.md §5).
    int subnetLimit = 40;
    double subnetImmunityDays = 21;
    double networkRateLimitDays = 2;
    double startCallDelayDays = 0;

    // Owners register subnets over time and call start after a delay.
    int owners = 12;
    double ownerBalanceTao = 30'000;
    double subnetRegistrationsPerDay = 0.5;
    double minStartDelayDays = 0.5;
    double maxStartDelayDays = 20;

    // Miners: hidden quality drifts; they register where emission is and sell part of it.
    int minerOperators = 32;
    double minerOperatorBalanceTao = 3'000;
    double minerRegistrationsPerDay = 6; // per subnet at full appeal
    double qualityDrift = 0.03;          // std dev per epoch
    double minerSellProbability = 0.3;   // per miner per epoch, sells part of its Alpha

    // Validators: honest (noisy view of quality), lazy (stale weights), copying (consensus).
    double honestFraction = 0.6;
    double lazyFraction = 0.2;
    int weightsTopK = 48;
    double weightNoise = 0.2;
    double ownerBurnSubnetFraction = 0.15; // subnets whose validators weight the owner (burn)

    // Traders: momentum, yield-seeking and panic sellers.
    int traders = 48;
    double traderBalanceTao = 20'000;
    double tradeProbabilityPerBlock = 0.6;
    double momentumFraction = 0.4;
    double yieldFraction = 0.35;

    // Validators' delegate takes at genesis, fractions in [0, 0.18] (MaxDelegateTake ≈ 18 %):
    // each root and subnet validator hotkey gets a take between the two, picked by its hotkey.
    // Both at the default 0.18 = no take is set. Kept out of forEachScenarioField so a scenario
    // without them saves and hashes as before; Simulation::save appends them only when set.
    double minValidatorTake = kDefaultValidatorTake;
    double maxValidatorTake = kDefaultValidatorTake;
    static constexpr double kDefaultValidatorTake = 0.18;
    bool validatorTakesSet() const {
        return minValidatorTake != kDefaultValidatorTake || maxValidatorTake != kDefaultValidatorTake;
    }

    bool operator==(const ScenarioConfig&) const = default;
    static ScenarioConfig defaults() { return {}; }
};

// Calls f(name, field) for every field in a fixed order: one list for save/load and JSON.
template <class Config, class F>
void forEachScenarioField(Config& c, F&& f) {
    f("name", c.name);
    f("seed", c.seed);
    f("genesisSubnets", c.genesisSubnets);
    f("validatorsPerSubnet", c.validatorsPerSubnet);
    f("rootValidators", c.rootValidators);
    f("rootValidatorsPerSubnet", c.rootValidatorsPerSubnet);
    f("minMinersPerSubnet", c.minMinersPerSubnet);
    f("maxMinersPerSubnet", c.maxMinersPerSubnet);
    f("rootStakeTao", c.rootStakeTao);
    f("minPoolTao", c.minPoolTao);
    f("maxPoolTao", c.maxPoolTao);
    f("minPrice", c.minPrice);
    f("maxPrice", c.maxPrice);
    f("taoWeight", c.taoWeight);
    f("subnetLimit", c.subnetLimit);
    f("subnetImmunityDays", c.subnetImmunityDays);
    f("networkRateLimitDays", c.networkRateLimitDays);
    f("startCallDelayDays", c.startCallDelayDays);
    f("owners", c.owners);
    f("ownerBalanceTao", c.ownerBalanceTao);
    f("subnetRegistrationsPerDay", c.subnetRegistrationsPerDay);
    f("minStartDelayDays", c.minStartDelayDays);
    f("maxStartDelayDays", c.maxStartDelayDays);
    f("minerOperators", c.minerOperators);
    f("minerOperatorBalanceTao", c.minerOperatorBalanceTao);
    f("minerRegistrationsPerDay", c.minerRegistrationsPerDay);
    f("qualityDrift", c.qualityDrift);
    f("minerSellProbability", c.minerSellProbability);
    f("honestFraction", c.honestFraction);
    f("lazyFraction", c.lazyFraction);
    f("weightsTopK", c.weightsTopK);
    f("weightNoise", c.weightNoise);
    f("ownerBurnSubnetFraction", c.ownerBurnSubnetFraction);
    f("traders", c.traders);
    f("traderBalanceTao", c.traderBalanceTao);
    f("tradeProbabilityPerBlock", c.tradeProbabilityPerBlock);
    f("momentumFraction", c.momentumFraction);
    f("yieldFraction", c.yieldFraction);
}

} // namespace economics
