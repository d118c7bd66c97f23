#pragma once
// Plain structs for the subtensor runtime-API results and storage values we read. Each struct
// lists its wire field names once in `fields()`, which ValueMapper uses to fill it from a decoded
// ScaleValue by name (so reordered or widened runtime fields still map). Integer members are at
// least as wide as the widest width seen in any runtime (e.g. activity_cutoff u16 → u64).

#include "chainclient/subtensor/FixedPoint.h"
#include "chainclient/subtensor/Int128.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace chainclient::subtensor {

using AccountId = std::array<std::uint8_t, 32>;

struct SubnetIdentityV3 {
    std::string subnetName, githubRepo, subnetContact, subnetUrl, discord, description, logoUrl, additional;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("subnet_name", s.subnetName);
        v("github_repo", s.githubRepo);
        v("subnet_contact", s.subnetContact);
        v("subnet_url", s.subnetUrl);
        v("discord", s.discord);
        v("description", s.description);
        v("logo_url", s.logoUrl);
        v("additional", s.additional);
    }
};

struct ChainIdentityV2 {
    std::string name, url, githubRepo, image, discord, description, additional;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("name", s.name);
        v("url", s.url);
        v("github_repo", s.githubRepo);
        v("image", s.image);
        v("discord", s.discord);
        v("description", s.description);
        v("additional", s.additional);
    }
};

struct AxonInfo {
    std::uint64_t block = 0;
    std::uint32_t version = 0;
    U128 ip = 0;
    std::uint16_t port = 0;
    std::uint8_t ipType = 0, protocol = 0, placeholder1 = 0, placeholder2 = 0;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("block", s.block);
        v("version", s.version);
        v("ip", s.ip);
        v("port", s.port);
        v("ip_type", s.ipType);
        v("protocol", s.protocol);
        v("placeholder1", s.placeholder1);
        v("placeholder2", s.placeholder2);
    }
};

struct PrometheusInfo {
    std::uint64_t block = 0;
    std::uint32_t version = 0;
    U128 ip = 0;
    std::uint16_t port = 0;
    std::uint8_t ipType = 0;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("block", s.block);
        v("version", s.version);
        v("ip", s.ip);
        v("port", s.port);
        v("ip_type", s.ipType);
    }
};

struct DynamicInfo {
    std::uint16_t netuid = 0;
    AccountId ownerHotkey{}, ownerColdkey{};
    std::string subnetName, tokenSymbol; // UTF-8 from Vec<Compact<u8>>
    std::uint16_t tempo = 0;
    std::uint64_t lastStep = 0, blocksSinceLastStep = 0, emission = 0, alphaIn = 0, alphaOut = 0, taoIn = 0,
                  alphaOutEmission = 0, alphaInEmission = 0, taoInEmission = 0, pendingAlphaEmission = 0,
                  pendingRootEmission = 0;
    U128 subnetVolume = 0;
    std::uint64_t networkRegisteredAt = 0;
    std::optional<SubnetIdentityV3> subnetIdentity;
    I96F32 movingPrice;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("netuid", s.netuid);
        v("owner_hotkey", s.ownerHotkey);
        v("owner_coldkey", s.ownerColdkey);
        v("subnet_name", s.subnetName);
        v("token_symbol", s.tokenSymbol);
        v("tempo", s.tempo);
        v("last_step", s.lastStep);
        v("blocks_since_last_step", s.blocksSinceLastStep);
        v("emission", s.emission);
        v("alpha_in", s.alphaIn);
        v("alpha_out", s.alphaOut);
        v("tao_in", s.taoIn);
        v("alpha_out_emission", s.alphaOutEmission);
        v("alpha_in_emission", s.alphaInEmission);
        v("tao_in_emission", s.taoInEmission);
        v("pending_alpha_emission", s.pendingAlphaEmission);
        v("pending_root_emission", s.pendingRootEmission);
        v("subnet_volume", s.subnetVolume);
        v("network_registered_at", s.networkRegisteredAt);
        v("subnet_identity", s.subnetIdentity);
        v("moving_price", s.movingPrice);
    }
};

struct SubnetState {
    std::uint16_t netuid = 0;
    std::vector<AccountId> hotkeys, coldkeys;
    std::vector<bool> active, validatorPermit;
    std::vector<std::uint16_t> pruningScore;
    std::vector<std::uint64_t> lastUpdate, emission;
    std::vector<std::uint16_t> dividends, incentives, consensus, trust, rank;
    std::vector<std::uint64_t> blockAtRegistration, alphaStake, taoStake, totalStake;
    std::vector<std::vector<std::uint64_t>> emissionHistory;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("netuid", s.netuid);
        v("hotkeys", s.hotkeys);
        v("coldkeys", s.coldkeys);
        v("active", s.active);
        v("validator_permit", s.validatorPermit);
        v("pruning_score", s.pruningScore);
        v("last_update", s.lastUpdate);
        v("emission", s.emission);
        v("dividends", s.dividends);
        v("incentives", s.incentives);
        v("consensus", s.consensus);
        v("trust", s.trust);
        v("rank", s.rank);
        v("block_at_registration", s.blockAtRegistration);
        v("alpha_stake", s.alphaStake);
        v("tao_stake", s.taoStake);
        v("total_stake", s.totalStake);
        v("emission_history", s.emissionHistory);
    }
};

struct NeuronInfoLite {
    AccountId hotkey{}, coldkey{};
    std::uint16_t uid = 0, netuid = 0;
    bool active = false;
    AxonInfo axonInfo;
    PrometheusInfo prometheusInfo;
    std::vector<std::pair<AccountId, std::uint64_t>> stake; // (coldkey, rao)
    std::uint16_t rank = 0;
    std::uint64_t emission = 0;
    std::uint16_t incentive = 0, consensus = 0, trust = 0, validatorTrust = 0, dividends = 0;
    std::uint64_t lastUpdate = 0;
    bool validatorPermit = false;
    std::uint16_t pruningScore = 0;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("hotkey", s.hotkey);
        v("coldkey", s.coldkey);
        v("uid", s.uid);
        v("netuid", s.netuid);
        v("active", s.active);
        v("axon_info", s.axonInfo);
        v("prometheus_info", s.prometheusInfo);
        v("stake", s.stake);
        v("rank", s.rank);
        v("emission", s.emission);
        v("incentive", s.incentive);
        v("consensus", s.consensus);
        v("trust", s.trust);
        v("validator_trust", s.validatorTrust);
        v("dividends", s.dividends);
        v("last_update", s.lastUpdate);
        v("validator_permit", s.validatorPermit);
        v("pruning_score", s.pruningScore);
    }
};

struct NeuronInfo : NeuronInfoLite {
    std::vector<std::pair<std::uint16_t, std::uint16_t>> weights, bonds; // (uid, u16-normalised value)
    template <class S, class V> static void fields(S& s, V&& v) {
        NeuronInfoLite::fields(s, v);
        v("weights", s.weights);
        v("bonds", s.bonds);
    }
};

struct DelegateInfo {
    AccountId delegateSs58{};
    std::uint16_t take = 0;
    std::vector<std::pair<AccountId, std::vector<std::pair<std::uint16_t, std::uint64_t>>>> nominators;
    AccountId ownerSs58{};
    std::vector<std::uint16_t> registrations, validatorPermits;
    std::uint64_t returnPer1000 = 0, totalDailyReturn = 0;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("delegate_ss58", s.delegateSs58);
        v("take", s.take);
        v("nominators", s.nominators);
        v("owner_ss58", s.ownerSs58);
        v("registrations", s.registrations);
        v("validator_permits", s.validatorPermits);
        v("return_per_1000", s.returnPer1000);
        v("total_daily_return", s.totalDailyReturn);
    }
};

struct StakeInfo {
    AccountId hotkey{}, coldkey{};
    std::uint16_t netuid = 0;
    std::uint64_t stake = 0, locked = 0, emission = 0, taoEmission = 0, drain = 0;
    bool isRegistered = false;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("hotkey", s.hotkey);
        v("coldkey", s.coldkey);
        v("netuid", s.netuid);
        v("stake", s.stake);
        v("locked", s.locked);
        v("emission", s.emission);
        v("tao_emission", s.taoEmission);
        v("drain", s.drain);
        v("is_registered", s.isRegistered);
    }
};

struct SubnetHyperparams {
    std::uint16_t rho = 0, kappa = 0, immunityPeriod = 0, minAllowedWeights = 0, maxWeightsLimit = 0,
                  tempo = 0;
    std::uint64_t minDifficulty = 0, maxDifficulty = 0, weightsVersion = 0, weightsRateLimit = 0;
    std::uint16_t adjustmentInterval = 0;
    std::uint64_t activityCutoff = 0; // u16 at spec 343, u64 in later source
    bool registrationAllowed = false;
    std::uint16_t targetRegsPerInterval = 0;
    std::uint64_t minBurn = 0, maxBurn = 0, bondsMovingAvg = 0;
    std::uint16_t maxRegsPerBlock = 0;
    std::uint64_t servingRateLimit = 0;
    std::uint16_t maxValidators = 0;
    std::uint64_t adjustmentAlpha = 0, difficulty = 0, commitRevealPeriod = 0;
    bool commitRevealWeightsEnabled = false;
    std::uint16_t alphaHigh = 0, alphaLow = 0;
    bool liquidAlphaEnabled = false;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("rho", s.rho);
        v("kappa", s.kappa);
        v("immunity_period", s.immunityPeriod);
        v("min_allowed_weights", s.minAllowedWeights);
        v("max_weights_limit", s.maxWeightsLimit);
        v("tempo", s.tempo);
        v("min_difficulty", s.minDifficulty);
        v("max_difficulty", s.maxDifficulty);
        v("weights_version", s.weightsVersion);
        v("weights_rate_limit", s.weightsRateLimit);
        v("adjustment_interval", s.adjustmentInterval);
        v("activity_cutoff", s.activityCutoff);
        v("registration_allowed", s.registrationAllowed);
        v("target_regs_per_interval", s.targetRegsPerInterval);
        v("min_burn", s.minBurn);
        v("max_burn", s.maxBurn);
        v("bonds_moving_avg", s.bondsMovingAvg);
        v("max_regs_per_block", s.maxRegsPerBlock);
        v("serving_rate_limit", s.servingRateLimit);
        v("max_validators", s.maxValidators);
        v("adjustment_alpha", s.adjustmentAlpha);
        v("difficulty", s.difficulty);
        v("commit_reveal_period", s.commitRevealPeriod);
        v("commit_reveal_weights_enabled", s.commitRevealWeightsEnabled);
        v("alpha_high", s.alphaHigh);
        v("alpha_low", s.alphaLow);
        v("liquid_alpha_enabled", s.liquidAlphaEnabled);
    }
};

struct SubnetHyperparamsV2 : SubnetHyperparams {
    I32F32 alphaSigmoidSteepness;
    std::uint16_t yumaVersion = 0;
    bool subnetIsActive = false, transfersEnabled = false, bondsResetEnabled = false,
         userLiquidityEnabled = false;
    template <class S, class V> static void fields(S& s, V&& v) {
        SubnetHyperparams::fields(s, v);
        v("alpha_sigmoid_steepness", s.alphaSigmoidSteepness);
        v("yuma_version", s.yumaVersion);
        v("subnet_is_active", s.subnetIsActive);
        v("transfers_enabled", s.transfersEnabled);
        v("bonds_reset_enabled", s.bondsResetEnabled);
        v("user_liquidity_enabled", s.userLiquidityEnabled);
    }
};

struct SubnetInfoV2 {
    std::uint16_t netuid = 0, rho = 0, kappa = 0;
    std::uint64_t difficulty = 0;
    std::uint16_t immunityPeriod = 0, maxAllowedValidators = 0, minAllowedWeights = 0, maxWeightsLimit = 0,
                  scalingLawPower = 0, subnetworkN = 0, maxAllowedUids = 0;
    std::uint64_t blocksSinceLastStep = 0;
    std::uint16_t tempo = 0, networkModality = 0;
    std::vector<std::array<std::uint16_t, 2>> networkConnect;
    std::uint64_t emissionValue = 0, burn = 0;
    AccountId owner{};
    std::optional<SubnetIdentityV3> identity;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("netuid", s.netuid);
        v("rho", s.rho);
        v("kappa", s.kappa);
        v("difficulty", s.difficulty);
        v("immunity_period", s.immunityPeriod);
        v("max_allowed_validators", s.maxAllowedValidators);
        v("min_allowed_weights", s.minAllowedWeights);
        v("max_weights_limit", s.maxWeightsLimit);
        v("scaling_law_power", s.scalingLawPower);
        v("subnetwork_n", s.subnetworkN);
        v("max_allowed_uids", s.maxAllowedUids);
        v("blocks_since_last_step", s.blocksSinceLastStep);
        v("tempo", s.tempo);
        v("network_modality", s.networkModality);
        v("network_connect", s.networkConnect);
        v("emission_value", s.emissionValue);
        v("burn", s.burn);
        v("owner", s.owner);
        v("identity", s.identity);
    }
};

struct AccountData {
    std::uint64_t free = 0, reserved = 0, frozen = 0;
    U128 flags = 0;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("free", s.free);
        v("reserved", s.reserved);
        v("frozen", s.frozen);
        v("flags", s.flags);
    }
};

struct AccountInfo { // System.Account
    std::uint32_t nonce = 0, consumers = 0, providers = 0, sufficients = 0;
    AccountData data;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("nonce", s.nonce);
        v("consumers", s.consumers);
        v("providers", s.providers);
        v("sufficients", s.sufficients);
        v("data", s.data);
    }
};

} // namespace chainclient::subtensor
