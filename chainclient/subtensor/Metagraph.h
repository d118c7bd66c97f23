#pragma once
// The metagraph of one subnet (or one mechanism of it), from get_metagraph (plain fields) or
// get_selective_metagraph / get_selective_mechagraph (every field but netuid wrapped in Option,
// present only when selected). Every member except netuid is optional for that reason; an
// absent field and a None field both map to std::nullopt.

#include "chainclient/subtensor/SubtensorTypes.h"

namespace chainclient::subtensor {

struct Metagraph {
    template <class T> using Opt = std::optional<T>;
    using U16s = std::vector<std::uint16_t>;
    using U64s = std::vector<std::uint64_t>;

    std::uint16_t netuid = 0;
    // identity
    Opt<std::string> name, symbol;
    Opt<SubnetIdentityV3> identity;
    Opt<std::uint64_t> networkRegisteredAt;
    Opt<AccountId> ownerHotkey, ownerColdkey;
    // tempo
    Opt<std::uint64_t> block, lastStep, blocksSinceLastStep;
    Opt<std::uint16_t> tempo;
    // pool
    Opt<std::uint64_t> subnetEmission, alphaIn, alphaOut, taoIn, alphaOutEmission, alphaInEmission,
        taoInEmission, pendingAlphaEmission, pendingRootEmission;
    Opt<U128> subnetVolume;
    Opt<I96F32> movingPrice;
    // hyperparameters
    Opt<std::uint16_t> rho, kappa, minAllowedWeights, maxWeightsLimit;
    Opt<std::uint64_t> weightsVersion, weightsRateLimit, activityCutoff;
    Opt<std::uint16_t> maxValidators;
    // registration
    Opt<std::uint16_t> numUids, maxUids;
    Opt<std::uint64_t> burn, difficulty;
    Opt<bool> registrationAllowed, powRegistrationAllowed;
    Opt<std::uint16_t> immunityPeriod;
    Opt<std::uint64_t> minDifficulty, maxDifficulty, minBurn, maxBurn, adjustmentAlpha;
    Opt<std::uint16_t> adjustmentInterval, targetRegsPerInterval, maxRegsPerBlock;
    Opt<std::uint64_t> servingRateLimit;
    // commit-reveal and bonds
    Opt<bool> commitRevealWeightsEnabled;
    Opt<std::uint64_t> commitRevealPeriod;
    Opt<bool> liquidAlphaEnabled;
    Opt<std::uint16_t> alphaHigh, alphaLow;
    Opt<std::uint64_t> bondsMovingAvg;
    // per uid
    Opt<std::vector<AccountId>> hotkeys, coldkeys;
    Opt<std::vector<std::optional<ChainIdentityV2>>> identities;
    Opt<std::vector<AxonInfo>> axons;
    Opt<std::vector<bool>> active, validatorPermit;
    Opt<U16s> pruningScore;
    Opt<U64s> lastUpdate, emission;
    Opt<U16s> dividends, incentives, consensus, trust, rank;
    Opt<U64s> blockAtRegistration, alphaStake, taoStake, totalStake;
    // dividends per hotkey
    Opt<std::vector<std::pair<AccountId, std::uint64_t>>> taoDividendsPerHotkey, alphaDividendsPerHotkey;
    // selective only
    Opt<U16s> validators;
    Opt<std::vector<std::pair<AccountId, std::vector<std::uint8_t>>>> commitments;

    template <class S, class V> static void fields(S& s, V&& v) {
        v("netuid", s.netuid);
        v("name", s.name);
        v("symbol", s.symbol);
        v("identity", s.identity);
        v("network_registered_at", s.networkRegisteredAt);
        v("owner_hotkey", s.ownerHotkey);
        v("owner_coldkey", s.ownerColdkey);
        v("block", s.block);
        v("tempo", s.tempo);
        v("last_step", s.lastStep);
        v("blocks_since_last_step", s.blocksSinceLastStep);
        v("subnet_emission", s.subnetEmission);
        v("alpha_in", s.alphaIn);
        v("alpha_out", s.alphaOut);
        v("tao_in", s.taoIn);
        v("alpha_out_emission", s.alphaOutEmission);
        v("alpha_in_emission", s.alphaInEmission);
        v("tao_in_emission", s.taoInEmission);
        v("pending_alpha_emission", s.pendingAlphaEmission);
        v("pending_root_emission", s.pendingRootEmission);
        v("subnet_volume", s.subnetVolume);
        v("moving_price", s.movingPrice);
        v("rho", s.rho);
        v("kappa", s.kappa);
        v("min_allowed_weights", s.minAllowedWeights);
        v("max_weights_limit", s.maxWeightsLimit);
        v("weights_version", s.weightsVersion);
        v("weights_rate_limit", s.weightsRateLimit);
        v("activity_cutoff", s.activityCutoff);
        v("max_validators", s.maxValidators);
        v("num_uids", s.numUids);
        v("max_uids", s.maxUids);
        v("burn", s.burn);
        v("difficulty", s.difficulty);
        v("registration_allowed", s.registrationAllowed);
        v("pow_registration_allowed", s.powRegistrationAllowed);
        v("immunity_period", s.immunityPeriod);
        v("min_difficulty", s.minDifficulty);
        v("max_difficulty", s.maxDifficulty);
        v("min_burn", s.minBurn);
        v("max_burn", s.maxBurn);
        v("adjustment_alpha", s.adjustmentAlpha);
        v("adjustment_interval", s.adjustmentInterval);
        v("target_regs_per_interval", s.targetRegsPerInterval);
        v("max_regs_per_block", s.maxRegsPerBlock);
        v("serving_rate_limit", s.servingRateLimit);
        v("commit_reveal_weights_enabled", s.commitRevealWeightsEnabled);
        v("commit_reveal_period", s.commitRevealPeriod);
        v("liquid_alpha_enabled", s.liquidAlphaEnabled);
        v("alpha_high", s.alphaHigh);
        v("alpha_low", s.alphaLow);
        v("bonds_moving_avg", s.bondsMovingAvg);
        v("hotkeys", s.hotkeys);
        v("coldkeys", s.coldkeys);
        v("identities", s.identities);
        v("axons", s.axons);
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
        v("tao_dividends_per_hotkey", s.taoDividendsPerHotkey);
        v("alpha_dividends_per_hotkey", s.alphaDividendsPerHotkey);
        v("validators", s.validators);
        v("commitments", s.commitments);
    }
};

} // namespace chainclient::subtensor
