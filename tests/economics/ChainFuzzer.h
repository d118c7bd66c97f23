#pragma once
// Drives a small simulated chain with random calls, valid and invalid (amounts 0, 1 rao,
// realistic, whole balances, huge; unknown subnets and hotkeys), across many blocks, and
// checks economics.md §A.2 after every call and block: invariants hold, and a failed call
// leaves the state hash unchanged. Shared by the CI property test and the soak test.

#include "chainclient/economics/Simulation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fuzz {

using namespace economics;

struct Report {
    std::uint64_t calls = 0, ok = 0, failed = 0, blocks = 0, registrations = 0, dissolutions = 0;
    std::optional<std::string> problem; // first violation, with the call that caused it
};

inline ScenarioConfig smallWorld(std::uint64_t seed) {
    ScenarioConfig c;
    c.name = "fuzz";
    c.seed = seed;
    c.genesisSubnets = 4;
    c.validatorsPerSubnet = 2;
    c.rootValidators = 3;
    c.rootValidatorsPerSubnet = 2;
    c.minMinersPerSubnet = 3;
    c.maxMinersPerSubnet = 12;
    c.subnetLimit = 6;
    c.subnetImmunityDays = 0.1;
    c.networkRateLimitDays = 0.02;
    c.owners = 3;
    c.minerOperators = 4;
    c.traders = 6;
    c.tradeProbabilityPerBlock = 0.3;
    return c;
}

class ChainFuzzer {
public:
    explicit ChainFuzzer(std::uint64_t seed) : sim_(smallWorld(seed)), rng_(seed * 7919 + 1) {}

    Report run(std::uint64_t calls) {
        Report r;
        std::string hash = sim_.chain().stateHash();
        for (std::uint64_t i = 0; i < calls && !r.problem; ++i) {
            if (rng_.chance(0.04)) {
                sim_.advance();
                ++r.blocks;
                (void)sim_.chain().takeEvents();
                if (auto broken = sim_.chain().checkInvariants()) r.problem = "after block " + std::to_string(sim_.chain().blockNumber()) + ": " + *broken;
                hash = sim_.chain().stateHash();
                continue;
            }
            std::string what;
            const bool ok = randomCall(what);
            ++r.calls;
            (ok ? r.ok : r.failed)++;
            const std::string after = sim_.chain().stateHash();
            if (!ok && after != hash) r.problem = "failed call changed the state: " + what;
            if (auto broken = sim_.chain().checkInvariants()) r.problem = what + ": " + *broken;
            hash = after;
        }
        r.registrations = registrations_;
        r.dissolutions = sim_.chain().dissolvedCount();
        return r;
    }

    Simulation& sim() { return sim_; }

private:
    std::uint64_t amount(std::uint64_t typical) {
        switch (rng_.below(8)) {
        case 0: return 0;
        case 1: return 1;
        case 2: return UINT64_MAX;
        case 3: return UINT64_MAX / 3;
        case 4: return typical;
        case 5: return typical / 2 + 1;
        case 6: return rng_.below(typical + 1);
        default: return static_cast<std::uint64_t>(rng_.uniform(0.001, 50.0) * 1e9);
        }
    }

    AccountId coldkey() {
        switch (rng_.below(5)) {
        case 0: return Simulation::traderColdkey(static_cast<int>(rng_.below(8))); // 6 and 7 do not exist
        case 1: return AccountId::fromLabel("owner/" + std::to_string(rng_.below(4)));
        case 2: return AccountId::fromLabel("miner-operator/" + std::to_string(rng_.below(4)));
        case 3: return AccountId::fromLabel("root-validator/" + std::to_string(rng_.below(3)) + "/coldkey");
        default: return AccountId::fromLabel("stranger/" + std::to_string(rng_.below(3)));
        }
    }

    NetUid netuid() {
        const auto& subnets = sim_.chain().subnets();
        if (rng_.chance(0.1)) return NetUid{static_cast<std::uint16_t>(rng_.chance(0.5) ? 0 : 900 + rng_.below(5))};
        if (subnets.empty()) return NetUid{1};
        auto it = subnets.begin();
        std::advance(it, static_cast<long>(rng_.below(subnets.size())));
        return it->second.netuid;
    }

    AccountId hotkey(NetUid n) {
        const Subnet* s = sim_.chain().subnet(n);
        if (!s || s->neurons.empty() || rng_.chance(0.1)) return AccountId::fromLabel("ghost/" + std::to_string(rng_.below(3)));
        return s->neurons[rng_.below(s->neurons.size())].hotkey;
    }

    // A coldkey that holds something on (netuid, hotkey) half of the time, so removes succeed.
    AccountId holder(NetUid n, const AccountId& hk) {
        const Subnet* s = sim_.chain().subnet(n);
        if (s && rng_.chance(0.5))
            for (auto it = s->stakes.lower_bound({hk, AccountId{}}); it != s->stakes.end() && it->first.first == hk; ++it)
                return it->first.second;
        return coldkey();
    }

    bool randomCall(std::string& what) {
        Chain& c = sim_.chain();
        const NetUid n = netuid();
        const AccountId hk = hotkey(n);
        std::optional<double> limit;
        if (rng_.chance(0.2)) {
            const Subnet* s = c.subnet(n);
            limit = (s ? s->pool.price() : 1.0) * rng_.uniform(0.5, 1.5);
        }
        const bool partial = rng_.chance(0.5);
        switch (rng_.below(11)) {
        case 0:
        case 1: {
            const AccountId ck = coldkey();
            what = "addStake";
            return c.addStake({ck, hk, n, amount(c.freeBalance(ck).rao()), limit, partial}).ok();
        }
        case 2:
        case 3: {
            const AccountId ck = holder(n, hk);
            what = "removeStake";
            return c.removeStake({ck, hk, n, amount(c.stakeOf(n, hk, ck).rao()), limit, partial}).ok();
        }
        case 4: {
            const AccountId ck = holder(n, hk);
            const NetUid dest = netuid();
            what = "moveStake";
            return c.moveStake({ck, ck, hk, hotkey(dest), n, dest, amount(c.stakeOf(n, hk, ck).rao()),
                                rng_.chance(0.2) ? std::optional<double>(rng_.uniform(0.1, 10)) : std::nullopt})
                .ok();
        }
        case 5: {
            const AccountId ck = holder(n, hk);
            what = rng_.chance(0.5) ? "swapStake" : "transferStake";
            const std::uint64_t a = amount(c.stakeOf(n, hk, ck).rao());
            return what == "swapStake" ? c.swapStake(ck, hk, n, netuid(), a).ok()
                                       : c.transferStake(ck, coldkey(), hk, n, netuid(), a).ok();
        }
        case 6: {
            const AccountId from = coldkey();
            what = "transfer";
            return c.transfer(from, coldkey(), Rao::fromRao(amount(c.freeBalance(from).rao()))).ok();
        }
        case 7: {
            what = "setWeights";
            std::vector<WeightEntry> w;
            const std::uint64_t k = rng_.below(6);
            for (std::uint64_t j = 0; j < k; ++j)
                w.push_back({static_cast<std::uint16_t>(rng_.below(20)), static_cast<std::uint16_t>(rng_.below(65536))});
            return c.setWeights(n, hk, std::move(w)).ok();
        }
        case 8: {
            what = "registerSubnet";
            const bool ok = c.registerSubnet({coldkey(), AccountId::fromLabel("fuzz-owner-hk/" + std::to_string(serial_++)), "Fuzz",
                                              "φ", rng_.chance(0.2) ? std::optional<Rao>(Rao::fromRao(amount(2'000'000'000'000)))
                                                                     : std::nullopt})
                                 .ok();
            registrations_ += ok ? 1 : 0;
            return ok;
        }
        case 9: {
            what = "startSubnet";
            const Subnet* s = c.subnet(n);
            return c.startSubnet(s && rng_.chance(0.7) ? s->ownerColdkey : coldkey(), n).ok();
        }
        default: {
            what = "registerNeuron";
            const AccountId newHk = rng_.chance(0.8) ? AccountId::fromLabel("fuzz-hk/" + std::to_string(serial_++)) : hk;
            return c.registerNeuron(n, newHk, coldkey(), rng_.chance(0.2) ? std::optional<Rao>(Rao::fromRao(amount(1'000'000'000)))
                                                                             : std::nullopt)
                .ok();
        }
        }
    }

    Simulation sim_;
    Rng rng_;
    std::uint64_t serial_ = 0;
    std::uint64_t registrations_ = 0;
};

} // namespace fuzz
