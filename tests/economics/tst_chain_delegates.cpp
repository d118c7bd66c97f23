// Delegate take (ChainDelegates.cpp): who may change it, in which direction, how often, what
// an epoch charges with it, and that it survives save/load without touching old states.

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "chainclient/economics/Chain.h"
#include "chainclient/economics/ChainCodec.h"
#include "chainclient/economics/Simulation.h"

#include <set>

using namespace economics;

namespace {

AccountId id(const std::string& label) { return AccountId::fromLabel(label); }
constexpr std::uint64_t kTao = kRaoPerTao;

// One started subnet: validator val-hk (owned by val-ck, also staked by nominator bob) and two miners.
Chain world() {
    Chain c;
    for (const char* who : {"bob", "val-ck"}) c.mint(id(who), Rao::fromRao(100'000 * kTao));
    const NetUid n = c.addGenesisSubnet("S", "s", id("sn-owner-ck"), id("sn-owner-hk"), Rao::fromRao(10'000 * kTao),
                                        AlphaRao::fromRao(100'000 * kTao), 0.6);
    (void)c.addGenesisNeuron(n, id("val-hk"), id("val-ck"));
    (void)c.addGenesisNeuron(n, id("miner1"), id("miner-ck"));
    (void)c.addStake({id("val-ck"), id("val-hk"), n, 1'000 * kTao, std::nullopt, false});
    (void)c.addStake({id("bob"), id("val-hk"), n, 1'000 * kTao, std::nullopt, false});
    (void)c.takeEvents();
    return c;
}

// Gains of (bob, val-ck) on val-hk over two epochs with the validator weighting miner1, each
// relative to the position it started from.
std::pair<double, double> epochGains(Chain& c) {
    const NetUid n{1};
    c.produceBlock();
    if (!c.setWeights(n, id("val-hk"), {{2, 65535}}).ok()) return {};
    const AlphaRao bob = c.stakeOf(n, id("val-hk"), id("bob"));
    const AlphaRao val = c.stakeOf(n, id("val-hk"), id("val-ck"));
    for (int i = 0; i < 2 * 361 + 1; ++i) c.produceBlock();
    return {static_cast<double>((c.stakeOf(n, id("val-hk"), id("bob")) - bob).rao()) / static_cast<double>(bob.rao()),
            static_cast<double>((c.stakeOf(n, id("val-hk"), id("val-ck")) - val).rao()) / static_cast<double>(val.rao())};
}

} // namespace

class TestChainDelegates : public QObject {
    Q_OBJECT
private slots:
    void defaultTakeWithoutAnEntry() {
        const Chain c = world();
        QCOMPARE(c.delegateTake(id("val-hk")), kDefaultValidatorTakeU16);
        QCOMPARE(kMaxDelegateTakeU16, kDefaultValidatorTakeU16);
        QVERIFY(c.delegateTakes().empty());
    }

    void decreaseByTheOwnerOnlyAndOnlyDownwards() {
        Chain c = world();
        const std::string before = c.stateHash();
        auto expectError = [&](Status s, ErrorCode code) {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, code);
            QCOMPARE(c.stateHash(), before); // a failed call changes nothing
            QVERIFY(c.takeEvents().empty());
        };
        expectError(c.decreaseTake(id("val-ck"), id("ghost"), 100), ErrorCode::HotkeyNotRegistered);
        expectError(c.decreaseTake(id("bob"), id("val-hk"), 100), ErrorCode::NotOwner);
        expectError(c.decreaseTake(id("val-ck"), id("val-hk"), kDefaultValidatorTakeU16), ErrorCode::DelegateTakeTooLow);
        expectError(c.decreaseTake(id("val-ck"), id("val-hk"), 20'000), ErrorCode::DelegateTakeTooLow);

        QVERIFY(c.decreaseTake(id("val-ck"), id("val-hk"), 5'000).ok());
        QCOMPARE(c.delegateTake(id("val-hk")), std::uint16_t{5'000});
        const auto events = c.takeEvents();
        QCOMPARE(events.size(), std::size_t{1});
        QCOMPARE(events[0].kind, ChainEventKind::TakeDecreased);
        QVERIFY(events[0].coldkey == id("val-ck") && events[0].hotkey == id("val-hk"));
        QCOMPARE(events[0].take, std::uint16_t{5'000});
        QCOMPARE(events[0].block, c.blockNumber() + 1);
        // Decreases are not rate-limited: straight down again, to the minimum 0.
        QVERIFY(c.decreaseTake(id("val-ck"), id("val-hk"), 0).ok());
        QCOMPARE(c.decreaseTake(id("val-ck"), id("val-hk"), 0).error().code, ErrorCode::DelegateTakeTooLow);
        QVERIFY(!c.checkInvariants());
    }

    void increaseUpwardsWithinTheMaximumAndRateLimited() {
        Chain c = world();
        // The default is the maximum: nothing higher is allowed, nor the same again.
        QCOMPARE(c.increaseTake(id("val-ck"), id("val-hk"), kDefaultValidatorTakeU16 + 1).error().code, ErrorCode::DelegateTakeTooHigh);
        QCOMPARE(c.increaseTake(id("val-ck"), id("val-hk"), kDefaultValidatorTakeU16).error().code, ErrorCode::DelegateTakeTooLow);
        QVERIFY(c.decreaseTake(id("val-ck"), id("val-hk"), 1'000).ok());
        const BlockNumber changedAt = c.blockNumber() + 1;
        c.produceBlock();
        const std::string before = c.stateHash();
        QCOMPARE(c.increaseTake(id("bob"), id("val-hk"), 2'000).error().code, ErrorCode::NotOwner);
        QCOMPARE(c.increaseTake(id("val-ck"), id("val-hk"), 1'000).error().code, ErrorCode::DelegateTakeTooLow);
        QCOMPARE(c.increaseTake(id("val-ck"), id("val-hk"), kMaxDelegateTakeU16 + 1).error().code, ErrorCode::DelegateTakeTooHigh);
        QCOMPARE(c.increaseTake(id("val-ck"), id("val-hk"), 2'000).error().code, ErrorCode::RateLimited); // a decrease counts too
        QCOMPARE(c.stateHash(), before);
        // Allowed once more than TxDelegateTakeRateLimit blocks passed since the change.
        while (c.blockNumber() + 1 < changedAt + kDelegateTakeRateLimit) c.produceBlock();
        QCOMPARE(c.increaseTake(id("val-ck"), id("val-hk"), 2'000).error().code, ErrorCode::RateLimited);
        c.produceBlock();
        QVERIFY(c.increaseTake(id("val-ck"), id("val-hk"), 2'000).ok());
        QCOMPARE(c.delegateTake(id("val-hk")), std::uint16_t{2'000});
        const auto events = c.takeEvents();
        QVERIFY(!events.empty());
        QCOMPARE(events.back().kind, ChainEventKind::TakeIncreased);
        QCOMPARE(events.back().take, std::uint16_t{2'000});
        QCOMPARE(c.delegateTakes().at(id("val-hk")).lastChange, c.blockNumber() + 1);
        // The increase restarts the limit; a decrease still goes through.
        QCOMPARE(c.increaseTake(id("val-ck"), id("val-hk"), 3'000).error().code, ErrorCode::RateLimited);
        QVERIFY(c.decreaseTake(id("val-ck"), id("val-hk"), 1'500).ok());
        QVERIFY(!c.checkInvariants());
    }

    void epochChargesEachValidatorItsOwnTake() {
        Chain standard = world();
        Chain zero = world();
        QVERIFY(zero.decreaseTake(id("val-ck"), id("val-hk"), 0).ok());
        Chain explicitDefault = world();
        QVERIFY(explicitDefault.setGenesisTake(id("val-hk"), kDefaultValidatorTakeU16).ok());
        const auto [bobStd, valStd] = epochGains(standard);
        const auto [bobZero, valZero] = epochGains(zero);
        const auto [bobDef, valDef] = epochGains(explicitDefault);
        QVERIFY(bobStd > 0 && valStd > 0 && bobZero > 0 && valZero > 0);
        // Without a take every position grows by the same fraction; with 18 % the owner's grows
        // more, bob's less.
        QVERIFY(std::abs(bobZero / valZero - 1.0) < 0.01);
        QVERIFY(valStd / bobStd > 1.2);
        QVERIFY(bobZero > bobStd * 1.1);
        // An entry equal to the default charges exactly what no entry does.
        QCOMPARE(bobDef, bobStd);
        QCOMPARE(valDef, valStd);
        QVERIFY(!standard.checkInvariants() && !zero.checkInvariants() && !explicitDefault.checkInvariants());
    }

    void saveLoadKeepsTakesAndOldStatesLoad() {
        Chain c = world();
        const auto plain = c.save();
        // No take set: the state ends with the nonces, as states saved before takes existed.
        auto old = Chain::load(plain);
        QVERIFY(old.ok());
        QVERIFY(old->delegateTakes().empty());
        QCOMPARE(old->stateHash(), c.stateHash());

        QVERIFY(c.decreaseTake(id("val-ck"), id("val-hk"), 4'321).ok());
        QVERIFY(c.setGenesisTake(id("miner1"), 0).ok());
        QVERIFY(c.stateHash() != ChainCodec::digest(plain));
        const auto bytes = c.save();
        auto loaded = Chain::load(bytes);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->stateHash(), c.stateHash());
        QVERIFY(loaded->delegateTakes() == c.delegateTakes());
        QCOMPARE(loaded->delegateTake(id("val-hk")), std::uint16_t{4'321});
        // The rate limit's block came along: an increase is still refused.
        QCOMPARE(loaded.value().increaseTake(id("val-ck"), id("val-hk"), 5'000).error().code, ErrorCode::RateLimited);

        // A take above the maximum is a corrupt state. Sections are sorted by hotkey; patch the last entry's take.
        auto corrupt = bytes;
        corrupt[corrupt.size() - 10] = 0xff;
        corrupt[corrupt.size() - 9] = 0xff;
        auto bad = Chain::load(corrupt);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidState);
        auto truncated = bytes;
        truncated.pop_back();
        QVERIFY(!Chain::load(truncated).ok());
        QCOMPARE(c.setGenesisTake(id("x"), kMaxDelegateTakeU16 + 1).error().code, ErrorCode::DelegateTakeTooHigh);
    }

    void scenarioGivesValidatorsVariedTakes() {
        ScenarioConfig cfg = ScenarioConfig::defaults();
        cfg.genesisSubnets = 3;
        cfg.maxMinersPerSubnet = 16;
        const Simulation plain(cfg);
        QVERIFY(plain.chain().delegateTakes().empty()); // the default scenario sets no take

        cfg.minValidatorTake = 0.0;
        cfg.maxValidatorTake = 0.18;
        Simulation sim(cfg);
        const auto& takes = sim.chain().delegateTakes();
        QCOMPARE(takes.size(), std::size_t(cfg.rootValidators + cfg.genesisSubnets * cfg.validatorsPerSubnet));
        std::set<std::uint16_t> distinct;
        for (const auto& [hk, t] : takes) {
            QVERIFY(t.take <= kMaxDelegateTakeU16);
            QCOMPARE(t.lastChange, BlockNumber{0});
            distinct.insert(t.take);
        }
        QVERIFY(distinct.size() > takes.size() / 2);
        // The rest of genesis is the same as without takes.
        QCOMPARE(sim.chain().totalIssuance(), plain.chain().totalIssuance());
        for (int i = 0; i < 800; ++i) sim.advance();
        QVERIFY(!sim.chain().checkInvariants());
        auto loaded = Simulation::load(sim.save());
        QVERIFY(loaded.ok());
        QVERIFY(loaded->config() == sim.config());
        QCOMPARE(loaded->stateHash(), sim.stateHash());
        // Old-style saves (no scenario extension) still load.
        auto again = Simulation::load(plain.save());
        QVERIFY(again.ok());
        QCOMPARE(again->stateHash(), plain.stateHash());
    }
};

QTEST_GUILESS_MAIN(TestChainDelegates)
#include "tst_chain_delegates.moc"
