// The chain's block rules, calls and persistence (economics.md Part A).

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "chainclient/economics/Chain.h"
#include "chainclient/economics/Issuance.h"
#include "chainclient/economics/ChainCodec.h"
#include "chainclient/economics/Simulation.h"
#include "economics/ChainFuzzer.h"


using namespace economics;

class TestChain : public QObject {
    Q_OBJECT
private slots:
    void simulationHoldsInvariantsEveryBlock() {
        Simulation sim(ScenarioConfig::defaults());
        QVERIFY(!sim.chain().checkInvariants());
        for (int i = 0; i < 3000; ++i) {
            sim.advance();
            const auto broken = sim.chain().checkInvariants();
            QVERIFY2(!broken, broken ? broken->c_str() : "");
        }
        QCOMPARE(sim.chain().blockNumber(), 3000ULL);
        QVERIFY(sim.chain().subnets().size() >= 8);
    }

    void sameSeedSameHashDifferentSeedDifferentHash() {
        ScenarioConfig a = ScenarioConfig::defaults();
        Simulation s1(a), s2(a);
        a.seed = 7;
        Simulation s3(a);
        for (int i = 0; i < 500; ++i) {
            s1.advance();
            s2.advance();
            s3.advance();
        }
        QCOMPARE(s1.stateHash(), s2.stateHash());
        QVERIFY(s1.stateHash() != s3.stateHash());
    }

    void saveLoadResumesIdentically() {
        Simulation a(ScenarioConfig::defaults());
        for (int i = 0; i < 300; ++i) a.advance();
        auto loaded = Simulation::load(a.save());
        QVERIFY(loaded.ok());
        Simulation b = std::move(loaded).value();
        QCOMPARE(b.stateHash(), a.stateHash());
        for (int i = 0; i < 300; ++i) {
            a.advance();
            b.advance();
        }
        QCOMPARE(b.stateHash(), a.stateHash());
        auto bytes = a.save();
        bytes.resize(bytes.size() / 2);
        QVERIFY(!Simulation::load(bytes).ok());
    }

    void saveLoadKeepsEveryFieldAfterAFullLifecycle() {
        // Registrations, starts, dissolutions, weights, bonds, burns and random calls first.
        fuzz::ChainFuzzer f(5);
        const fuzz::Report r = f.run(20'000);
        QVERIFY2(!r.problem, r.problem ? r.problem->c_str() : "");
        QVERIFY(r.registrations > 0);
        Simulation& a = f.sim();
        bool anyBonds = false;
        for (const auto& [id, s] : a.chain().subnets())
            for (const Neuron& n : s.neurons) anyBonds = anyBonds || !n.bonds.empty();
        QVERIFY(anyBonds);
        auto loaded = Simulation::load(a.save());
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
        Simulation b = std::move(loaded).value();
        QCOMPARE(b.stateHash(), a.stateHash());
        QVERIFY(b.config() == a.config());
        QCOMPARE(b.chain().save(), a.chain().save());
        for (int i = 0; i < 1500; ++i) {
            a.advance();
            b.advance();
        }
        QCOMPARE(b.stateHash(), a.stateHash());
        // A state from another format version is refused, not misread.
        auto bytes = a.chain().save();
        bytes[4] = static_cast<std::uint8_t>(kChainFormatVersion + 1);
        auto wrong = Chain::load(bytes);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::InvalidState);
    }

    void sameSeedSameCallsSameHash() {
        fuzz::ChainFuzzer a(9), b(9), c(10);
        QVERIFY(!a.run(4'000).problem);
        QVERIFY(!b.run(4'000).problem);
        QVERIFY(!c.run(4'000).problem);
        QCOMPARE(a.sim().stateHash(), b.sim().stateHash());
        QVERIFY(a.sim().stateHash() != c.sim().stateHash());
    }

    void issuanceGrowsByOneTaoPerBlockAtMost() {
        Simulation sim(ScenarioConfig::defaults());
        const auto before = sim.chain().totalIssuance();
        sim.advance();
        const auto minted = sim.chain().totalIssuance() - before;
        QVERIFY(minted.rao() <= blockEmissionForIssuance(before.rao()));
        QVERIFY(minted.rao() > 0);
    }

    void emissionSharesFollowEmaPrice() {
        Simulation sim(ScenarioConfig::defaults());
        sim.advance();
        double emaSum = 0, shareSum = 0;
        for (const auto& [id, s] : sim.chain().subnets()) emaSum += s.movingPrice;
        for (const auto& [id, s] : sim.chain().subnets()) shareSum += s.emissionShare;
        QVERIFY(std::abs(shareSum - 1.0) < 1e-9);
        // Shares were computed from the EMA before this block's update, which moves by < 1e-5 relative.
        for (const auto& [id, s] : sim.chain().subnets())
            QVERIFY(std::abs(s.emissionShare - s.movingPrice / emaSum) < 1e-4);
    }

    void failedCallsChangeNothing() {
        Simulation sim(ScenarioConfig::defaults());
        for (int i = 0; i < 10; ++i) sim.advance();
        Chain& chain = sim.chain();
        const std::string before = chain.stateHash();
        const AccountId trader = Simulation::traderColdkey(0);
        const Subnet& s = chain.subnets().begin()->second;
        const AccountId hotkey = s.neurons.front().hotkey;
        struct Case {
            StakeCall call;
            bool add;
            ErrorCode expected;
        };
        const std::vector<Case> cases = {
            {{trader, hotkey, s.netuid, 0, std::nullopt, false}, true, ErrorCode::InvalidAmount},
            {{trader, hotkey, s.netuid, 1, std::nullopt, false}, true, ErrorCode::BelowMinStake},
            {{trader, hotkey, s.netuid, UINT64_MAX, std::nullopt, false}, true, ErrorCode::InsufficientBalance},
            {{trader, hotkey, NetUid{999}, 1'000'000'000, std::nullopt, false}, true, ErrorCode::SubnetNotFound},
            {{trader, AccountId::fromLabel("nobody"), s.netuid, 1'000'000'000, std::nullopt, false}, true, ErrorCode::HotkeyNotRegistered},
            {{trader, hotkey, s.netuid, 1'000'000'000'000, s.pool.price() * 1.0001, false}, true, ErrorCode::SlippageTooHigh},
            {{trader, hotkey, s.netuid, 1'000'000'000'000'000, std::nullopt, false}, false, ErrorCode::InsufficientBalance},
        };
        for (const auto& c : cases) {
            auto r = c.add ? chain.addStake(c.call) : chain.removeStake(c.call);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, c.expected);
            QVERIFY(!r.error().message.empty());
            QCOMPARE(chain.stateHash(), before);
        }
    }

    void stakeThenUnstakeRoundTripLosesOnlyFees() {
        Simulation sim(ScenarioConfig::defaults());
        Chain& chain = sim.chain();
        const AccountId trader = Simulation::traderColdkey(1);
        const Subnet& s = chain.subnets().begin()->second;
        const AccountId hotkey = s.neurons.front().hotkey;
        const Rao before = chain.freeBalance(trader);
        auto staked = chain.addStake({trader, hotkey, s.netuid, 10'000'000'000, std::nullopt, false});
        QVERIFY(staked.ok());
        QCOMPARE(chain.stakeOf(s.netuid, hotkey, trader), staked->alpha);
        auto unstaked = chain.removeStake({trader, hotkey, s.netuid, staked->alpha.rao(), std::nullopt, false});
        QVERIFY(unstaked.ok());
        const Rao after = chain.freeBalance(trader);
        QVERIFY(after < before);
        // Two fees of ≈0.05 % plus rounding.
        QVERIFY((before - after).rao() < 10'000'000'000ULL * 2 / 1000);
        QVERIFY(!chain.checkInvariants());
    }
};

QTEST_GUILESS_MAIN(TestChain)
#include "tst_chain.moc"
