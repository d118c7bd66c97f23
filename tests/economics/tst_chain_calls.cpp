// Staking, registration and epoch rules of the Chain on small hand-built states
// (economics.md §3.5, §4.6, §5, §6): exact amounts where the rules give them.

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "chainclient/economics/Chain.h"
#include "chainclient/economics/Registration.h"

using namespace economics;

namespace {

AccountId id(const std::string& label) { return AccountId::fromLabel(label); }
constexpr std::uint64_t kTao = kRaoPerTao;

// Two started subnets at price 0.1 and 0.2 (EMA 0.6 and 1: Σ > 1, so root dividends flow) with a validator (+ nominator) and two miners each.
Chain world(ChainParams p = {}) {
    Chain c(p);
    for (const char* who : {"alice", "bob", "carol", "owner-a", "owner-b"}) c.mint(id(who), Rao::fromRao(100'000 * kTao));
    c.mint(id("root-ck"), Rao::fromRao(10'000 * kTao));
    (void)c.addStake({id("root-ck"), id("val-hk"), NetUid{0}, 10'000 * kTao, std::nullopt, false});
    for (int i = 1; i <= 2; ++i) {
        const NetUid n = c.addGenesisSubnet("S" + std::to_string(i), "s", id("sn-owner-ck"), id("sn-owner-hk"),
                                            Rao::fromRao(10'000 * kTao), AlphaRao::fromRao(100'000 * kTao / i), 0.6 * i);
        (void)c.addGenesisNeuron(n, id("val-hk"), id("val-ck"));
        (void)c.addGenesisNeuron(n, id("miner1"), id("miner-ck"));
        (void)c.addGenesisNeuron(n, id("miner2"), id("miner-ck"));
        c.mint(id("val-ck"), Rao::fromRao(1'000 * kTao));
        (void)c.addStake({id("val-ck"), id("val-hk"), n, 1'000 * kTao, std::nullopt, false});
    }
    return c;
}

} // namespace

class TestChainCalls : public QObject {
    Q_OBJECT
private slots:
    // The simulation's setWeights by known UID is the hotkey call without its lookup: same
    // state when the UID is right, the hotkey's own UID when it is stale, the same errors.
    void setWeightsByUidMatchesTheHotkeyCall() {
        Chain byHotkey = world(), byUid = world();
        const NetUid n{1};
        const std::vector<WeightEntry> w{{2, 40'000}, {3, 20'000}};
        const int uid = byHotkey.subnet(n)->uidOf(id("val-hk"));
        QVERIFY(uid >= 0);
        QVERIFY(byHotkey.setWeights(n, id("val-hk"), w).ok());
        QVERIFY(byUid.setWeights(n, static_cast<std::uint16_t>(uid), id("val-hk"), w).ok());
        QCOMPARE(byUid.stateHash(), byHotkey.stateHash());

        Chain stale = world();
        QVERIFY(stale.setWeights(n, static_cast<std::uint16_t>(uid + 1), id("val-hk"), w).ok()); // UID of another neuron
        QCOMPARE(stale.stateHash(), byHotkey.stateHash());
        QVERIFY(stale.subnet(n)->neurons[static_cast<std::size_t>(uid + 1)].weights.empty());
        QVERIFY(stale.setWeights(n, 999, id("val-hk"), w).ok()); // past the last UID
        QCOMPARE(stale.subnet(n)->neurons[static_cast<std::size_t>(uid)].weights, w);

        Chain refused = world();
        const std::string before = refused.stateHash();
        const Status unknown = refused.setWeights(n, static_cast<std::uint16_t>(uid), id("nobody"), w);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::HotkeyNotRegistered);
        const Status twice = refused.setWeights(n, static_cast<std::uint16_t>(uid), id("val-hk"), {{2, 1}, {2, 2}});
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, ErrorCode::InvalidAmount);
        QCOMPARE(refused.stateHash(), before);
    }

    void limitedStakeExecutesUpToTheLimitOrFails() {
        Chain c = world();
        const NetUid n{1};
        const double limit = c.subnet(n)->pool.price() * 1.01;
        const std::string before = c.stateHash();
        auto strict = c.addStake({id("alice"), id("val-hk"), n, 5'000 * kTao, limit, false});
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().code, ErrorCode::SlippageTooHigh);
        QCOMPARE(c.stateHash(), before);
        auto partial = c.addStake({id("alice"), id("val-hk"), n, 5'000 * kTao, limit, true});
        QVERIFY(partial.ok());
        QVERIFY(partial->tao.rao() < 5'000 * kTao);
        QCOMPARE(c.freeBalance(id("alice")).rao(), 100'000 * kTao - partial->tao.rao());
        QVERIFY(c.subnet(n)->pool.price() <= limit * (1 + 1e-9));
        QVERIFY(c.subnet(n)->pool.price() > limit * 0.999);
        QVERIFY(!c.checkInvariants());
    }

    void limitedMoveFillsUpToTheRatioOrFails() {
        Chain c = world();
        auto staked = c.addStake({id("alice"), id("val-hk"), NetUid{1}, 5'000 * kTao, std::nullopt, false});
        QVERIFY(staked.ok());
        const std::uint64_t alpha = staked->alpha.rao();
        auto ratio = [&c] { return c.subnet(NetUid{1})->pool.price() / c.subnet(NetUid{2})->pool.price(); };
        const double limit = ratio() * 0.99; // moving everything would push the ratio far lower
        MoveStakeCall call{id("alice"), id("alice"), id("val-hk"), id("val-hk"), NetUid{1}, NetUid{2}, alpha, limit};
        const std::string before = c.stateHash();
        auto strict = c.moveStake(call);
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().code, ErrorCode::SlippageTooHigh);
        QCOMPARE(c.stateHash(), before);

        call.allowPartial = true;
        auto partial = c.moveStake(call);
        QVERIFY(partial.ok());
        const std::uint64_t left = c.stakeOf(NetUid{1}, id("val-hk"), id("alice")).rao();
        QVERIFY(left > 0 && left < alpha);
        QCOMPARE(c.stakeOf(NetUid{2}, id("val-hk"), id("alice")), partial->alpha);
        // As much as the limit allows: the ratio ends at it, not short of it.
        QVERIFY(ratio() >= limit * (1 - 1e-12));
        QVERIFY(ratio() < limit * 1.0001);
        QVERIFY(!c.checkInvariants());

        // A limit above the current ratio admits no part of the move; nothing changes.
        call.amount = left;
        call.limitPrice = ratio() * 1.5;
        const std::string mid = c.stateHash();
        auto none = c.moveStake(call);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::SlippageTooHigh);
        QCOMPARE(c.stateHash(), mid);
    }

    void moveAcrossSubnetsPaysOneFee() {
        Chain c = world();
        auto staked = c.addStake({id("alice"), id("val-hk"), NetUid{1}, 100 * kTao, std::nullopt, false});
        QVERIFY(staked.ok());
        const Rao feesBefore = c.feeCollector();
        const Rao pool2Before = c.subnet(NetUid{2})->pool.tao;
        auto moved = c.moveStake({id("alice"), id("alice"), id("val-hk"), id("val-hk"), NetUid{1}, NetUid{2}, staked->alpha.rao(), std::nullopt});
        QVERIFY2(moved.ok(), moved.ok() ? "" : moved.error().message.c_str());
        QCOMPARE(c.stakeOf(NetUid{1}, id("val-hk"), id("alice")).rao(), 0ULL);
        QCOMPARE(c.stakeOf(NetUid{2}, id("val-hk"), id("alice")), moved->alpha);
        // The destination leg is fee-less: all of the intermediate TAO enters pool 2.
        QCOMPARE((c.subnet(NetUid{2})->pool.tao - pool2Before), moved->tao);
        QVERIFY(c.feeCollector() > feesBefore);
        QVERIFY(!c.checkInvariants());
    }

    void sameSubnetMoveAndTransferAreFeeFree() {
        Chain c = world();
        auto staked = c.addStake({id("alice"), id("val-hk"), NetUid{1}, 100 * kTao, std::nullopt, false});
        QVERIFY(staked.ok());
        const Rao fees = c.feeCollector();
        const AlphaRao half = AlphaRao::fromRao(staked->alpha.rao() / 2);
        QVERIFY(c.transferStake(id("alice"), id("bob"), id("val-hk"), NetUid{1}, NetUid{1}, half.rao()).ok());
        QCOMPARE(c.stakeOf(NetUid{1}, id("val-hk"), id("bob")), half);
        QCOMPARE(c.feeCollector(), fees);
        auto tiny = c.transferStake(id("alice"), id("bob"), id("val-hk"), NetUid{1}, NetUid{1}, 1000);
        QVERIFY(!tiny.ok());
        QCOMPARE(tiny.error().code, ErrorCode::BelowMinStake);
        auto ghost = c.swapStake(id("alice"), id("miner-x"), NetUid{1}, NetUid{2}, 1000);
        QVERIFY(!ghost.ok());
        QVERIFY(!c.checkInvariants());
    }

    void nominatorDustIsForceUnstaked() {
        Chain c = world();
        auto staked = c.addStake({id("alice"), id("val-hk"), NetUid{1}, 1 * kTao, std::nullopt, false});
        QVERIFY(staked.ok());
        // Leave ≈ 0.01 TAO of value: under the 0.02 TAO nominator minimum.
        const std::uint64_t keep = static_cast<std::uint64_t>(0.01 * 1e9 / c.subnet(NetUid{1})->pool.price());
        QVERIFY(c.removeStake({id("alice"), id("val-hk"), NetUid{1}, staked->alpha.rao() - keep, std::nullopt, false}).ok());
        QCOMPARE(c.stakeOf(NetUid{1}, id("val-hk"), id("alice")).rao(), 0ULL);
        QVERIFY(!c.checkInvariants());
    }

    void subnetRegistrationLocksDoublesSeedsAtMedianAndStarts() {
        ChainParams p;
        p.networkRateLimit = 10;
        p.startCallDelay = 5;
        Chain c = world(p);
        for (int i = 0; i < 3; ++i) c.produceBlock();
        QCOMPARE(c.networkLockCost().rao(), 1'000 * kTao);
        const double median = (c.subnet(NetUid{1})->pool.price() + c.subnet(NetUid{2})->pool.price()) / 2;
        auto n = c.registerSubnet({id("owner-a"), id("owner-a-hk"), "New", "ν", std::nullopt});
        QVERIFY(n.ok());
        const Subnet* s = c.subnet(*n);
        QCOMPARE(s->pool.tao.rao(), 1'000 * kTao);
        QCOMPARE(s->pool.alpha, seedAlphaIn(Rao::fromRao(1'000 * kTao), median));
        QCOMPARE(c.freeBalance(id("owner-a")).rao(), 99'000 * kTao);
        QVERIFY(!s->started());
        QCOMPARE(c.addStake({id("alice"), id("owner-a-hk"), *n, kTao, std::nullopt, false}).error().code, ErrorCode::SubnetNotActive);
        QCOMPARE(c.registerSubnet({id("owner-b"), id("owner-b-hk"), "B", "b", std::nullopt}).error().code, ErrorCode::RateLimited);
        QCOMPARE(c.startSubnet(id("owner-a"), *n).error().code, ErrorCode::NotYetAllowed);
        for (int i = 0; i < 10; ++i) c.produceBlock();
        QCOMPARE(c.startSubnet(id("owner-b"), *n).error().code, ErrorCode::NotOwner);
        QVERIFY(c.startSubnet(id("owner-a"), *n).ok());
        QCOMPARE(c.startSubnet(id("owner-a"), *n).error().code, ErrorCode::AlreadyStarted);
        // Double, minus the linear decay over the 10 blocks since (§5.1).
        const std::uint64_t expected = 2'000 * kTao - (1'000 * kTao / 57'600) * 10;
        QCOMPARE(c.networkLockCost().rao(), expected);
        QVERIFY(!c.checkInvariants());
    }

    void subnetLimitPrunesLowestEmaAndPaysStakersProRata() {
        ChainParams p;
        p.subnetLimit = 2;
        p.subnetImmunityPeriod = 0;
        Chain c = world(p); // subnet 1 has the lower EMA (0.6 vs 1)
        const AlphaRao aliceAlpha = c.addStake({id("alice"), id("val-hk"), NetUid{1}, 500 * kTao, std::nullopt, false})->alpha;
        const Subnet before = *c.subnet(NetUid{1});
        const Rao aliceFree = c.freeBalance(id("alice"));
        const Rao issuance = c.totalIssuance();
        auto n = c.registerSubnet({id("owner-a"), id("owner-a-hk"), "New", "ν", std::nullopt});
        QVERIFY(n.ok());
        QCOMPARE(n->value, std::uint16_t{1}); // the victim's netuid is reused
        QCOMPARE(c.dissolvedCount(), 1ULL);
        std::vector<std::uint64_t> values;
        for (const auto& [key, amount] : before.stakes) values.push_back(amount.rao());
        const AlphaRao protocol = before.pool.alpha + before.protocolAlpha + before.pendingOwner + before.pendingServer +
                                  before.pendingValidator + before.pendingRoot;
        values.push_back(protocol.rao());
        const auto shares = distributeProRata(before.pool.tao, values);
        std::size_t k = 0, alice = 0;
        for (const auto& [key, amount] : before.stakes) {
            if (key.second == id("alice")) alice = k;
            ++k;
        }
        QCOMPARE(c.freeBalance(id("alice")) - aliceFree, shares[alice]);
        QVERIFY(shares[alice].rao() > 0 && aliceAlpha.rao() > 0);
        QCOMPARE(issuance - c.totalIssuance(), shares.back()); // protocol share recycled
        QVERIFY(!c.checkInvariants());
    }

    void neuronBurnBumpsDecaysAndPrunesLowestEmission() {
        Chain c = world();
        const NetUid n{1};
        QCOMPARE(c.subnet(n)->burn.rao(), kTao);
        auto uid = c.registerNeuron(n, id("new-miner"), id("bob"));
        QVERIFY(uid.ok());
        QCOMPARE(*uid, std::uint16_t{4}); // owner 0, validator 1, miners 2 and 3
        QCOMPARE(c.subnet(n)->burn, bumpBurn(Rao::fromRao(kTao)));
        QCOMPARE(c.registerNeuron(n, id("new-miner"), id("bob")).error().code, ErrorCode::HotkeyAlreadyRegistered);
        const Rao bumped = c.subnet(n)->burn;
        c.produceBlock();
        QCOMPARE(c.subnet(n)->burn.rao(), decayBurn(bumped, 360).rao());
        QCOMPARE(c.registerNeuron(n, id("x"), id("nobody")).error().code, ErrorCode::InsufficientBalance);
        QVERIFY(!c.checkInvariants());
    }

    void epochPaysMinersValidatorsNominatorsAndBurnsOwnerIncentive() {
        Chain c = world();
        const NetUid n{1};
        QVERIFY(c.addStake({id("bob"), id("val-hk"), n, 300 * kTao, std::nullopt, false}).ok());
        c.produceBlock(); // weights set in a UID's registration block count as outdated (§7.2 step 3)
        // The validator weights miner1 3:1 over miner2, and the owner UID (burn) as much as miner1.
        QVERIFY(c.setWeights(n, id("val-hk"), {{2, 60000}, {3, 20000}, {0, 60000}}).ok());
        QCOMPARE(c.setWeights(n, id("val-hk"), {{9, 1}}).error().code, ErrorCode::InvalidAmount);
        QCOMPARE(c.setWeights(n, id("ghost"), {{1, 1}}).error().code, ErrorCode::HotkeyNotRegistered);
        const AlphaRao bobBefore = c.stakeOf(n, id("val-hk"), id("bob"));
        const AlphaRao valBefore = c.stakeOf(n, id("val-hk"), id("val-ck"));
        const Rao rootBefore = c.rootStakeTotal();
        // Two epochs: the first hands out permits, the second lets the validator's weights count.
        for (int i = 0; i < 2 * 361 + 1; ++i) {
            c.produceBlock();
            QVERIFY(!c.checkInvariants());
        }
        const Subnet& s = *c.subnet(n);
        const AlphaRao m1 = c.stakeOf(n, id("miner1"), id("miner-ck"));
        const AlphaRao m2 = c.stakeOf(n, id("miner2"), id("miner-ck"));
        QVERIFY(m1.rao() > 0 && m2.rao() > 0);
        QVERIFY(std::abs(static_cast<double>(m1.rao()) / static_cast<double>(m2.rao()) - 3.0) < 0.6);
        QVERIFY(s.burnedAlpha.rao() > 0);
        QVERIFY(s.minerBurned > 0.2 && s.minerBurned < 0.6);
        QVERIFY(s.neurons[0].validatorPermit);
        QVERIFY(s.neurons[2].incentive > s.neurons[3].incentive);
        QVERIFY(s.neurons[1].dividends > 0.99);
        QVERIFY(s.neurons[1].validatorPermit && s.neurons[1].active);
        QVERIFY(s.neurons[2].trust > 0.99 && s.neurons[2].trust <= 1.0 + 1e-9); // one validator: nothing clipped
        QVERIFY(!s.neurons[1].bonds.empty());
        QCOMPARE(s.neurons[2].consensus, s.neurons[2].consensus); // set, finite
        QVERIFY(s.neurons[2].emission.rao() > 0);
        // Nominator bob and the validator's own coldkey both grew; the owner got its cut.
        const double bobGain = static_cast<double>((c.stakeOf(n, id("val-hk"), id("bob")) - bobBefore).rao());
        const double valGain = static_cast<double>((c.stakeOf(n, id("val-hk"), id("val-ck")) - valBefore).rao());
        QVERIFY(bobGain > 0);
        QVERIFY(valGain > bobGain); // more stake and the 18 % take
        QVERIFY(c.stakeOf(n, id("sn-owner-hk"), id("sn-owner-ck")).rao() > 0);
        // The validator holds root stake, so part of its dividends were claimed into root as TAO.
        QVERIFY(c.rootStakeTotal() > rootBefore);
    }
};

QTEST_GUILESS_MAIN(TestChainCalls)
#include "tst_chain_calls.moc"
