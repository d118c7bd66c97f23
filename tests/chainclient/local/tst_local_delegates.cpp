// Delegate takes on the local node's side: what SnapshotBuilder hands out, what the loopback
// server captures per block (get_delegates in the served DelegateInfo layout, and the take
// events), and that SubtensorEvents recognises those events with the served metadata.

#include <QtTest>

#include "chainclient/economics/Chain.h"
#include "chainclient/local/AccountText.h"
#include "chainclient/local/RpcServerBlock.h"
#include "chainclient/local/RpcServerEvents.h"
#include "chainclient/local/RpcServerMetadata.h"
#include "chainclient/local/SnapshotBuilder.h"
#include "chainclient/subtensor/RuntimeDecoder.h"
#include "chainclient/subtensor/SubtensorEvents.h"
#include "chainclient/subtensor/TypedEncoder.h"

using namespace chainclient;
using economics::AccountId;

namespace {

AccountId id(const std::string& label) { return AccountId::fromLabel(label); }
constexpr std::uint64_t kTao = economics::kRaoPerTao;

economics::Chain world() {
    economics::Chain c;
    c.mint(id("val-ck"), economics::Rao::fromRao(10'000 * kTao));
    c.mint(id("bob"), economics::Rao::fromRao(10'000 * kTao));
    const auto n = c.addGenesisSubnet("S", "s", id("owner-ck"), id("owner-hk"), economics::Rao::fromRao(10'000 * kTao),
                                      economics::AlphaRao::fromRao(100'000 * kTao), 0.6);
    (void)c.addGenesisNeuron(n, id("val-hk"), id("val-ck"));
    (void)c.addStake({id("val-ck"), id("val-hk"), n, 100 * kTao, std::nullopt, false});
    (void)c.addStake({id("bob"), id("val-hk"), n, 50 * kTao, std::nullopt, false});
    (void)c.takeEvents();
    return c;
}

} // namespace

class TestLocalDelegates : public QObject {
    Q_OBJECT
private slots:
    void snapshotsCarryTheMapWhenItChanges() {
        economics::Chain c = world();
        c.produceBlock();
        c.produceBlock();
        BlockSnapshot quiet = SnapshotBuilder::build(c, c.takeEvents());
        QVERIFY(!quiet.delegateTakesKnown); // block 2, nothing changed

        QVERIFY(c.decreaseTake(id("val-ck"), id("val-hk"), 3'000).ok());
        c.produceBlock();
        BlockSnapshot b = SnapshotBuilder::build(c, c.takeEvents());
        QVERIFY(b.delegateTakesKnown);
        QCOMPARE(b.delegateTakes.size(), 1);
        QCOMPARE(b.delegateTakes[0].hotkey, accountToText(id("val-hk")));
        QCOMPARE(b.delegateTakes[0].take, quint16(3'000));
        QVERIFY(b.events.isEmpty()); // a take change is no subnet's event
        QVERIFY(b.subnets[0].positions.isEmpty());
    }

    void loopbackServesDelegatesAndTakeEvents() {
        economics::Chain c = world();
        c.produceBlock();
        const RpcServerBlock before = RpcServerBlock::capture(c, 1, SnapshotBuilder::build(c, c.takeEvents()), true);
        QVERIFY(before.delegateInfo().empty()); // no take set yet: an empty Delegates map
        QVERIFY(c.decreaseTake(id("val-ck"), id("val-hk"), 4'000).ok());
        c.produceBlock();
        const RpcServerBlock after = RpcServerBlock::capture(c, 1, SnapshotBuilder::build(c, c.takeEvents()), false, &before);
        QCOMPARE(after.takeChanges.size(), std::size_t(1));
        QVERIFY(!after.takeChanges[0].increased);
        QVERIFY(after.takeChanges[0].coldkey == id("val-ck").bytes);

        // get_delegates, encoded in the served layout and decoded back as a client does.
        const auto& md = RpcServerMetadata::metadata();
        const auto* api = md.runtimeApiMethod("DelegateInfoRuntimeApi", "get_delegates");
        QVERIFY(api);
        auto bytes = subtensor::TypedEncoder::encode(after.delegateInfo(), api->output, md.types());
        QVERIFY(bytes.ok());
        auto infos = subtensor::RuntimeDecoder(md).call<std::vector<subtensor::DelegateInfo>>("DelegateInfoRuntimeApi", "get_delegates", *bytes);
        QVERIFY2(infos.ok(), infos.ok() ? "" : infos.error().message.c_str());
        QCOMPARE(infos->size(), std::size_t(1));
        const subtensor::DelegateInfo& d = infos->front();
        QVERIFY(d.delegateSs58 == id("val-hk").bytes);
        QVERIFY(d.ownerSs58 == id("val-ck").bytes);
        QCOMPARE(d.take, std::uint16_t(4'000));
        QCOMPARE(d.registrations, std::vector<std::uint16_t>{1});
        QCOMPARE(d.nominators.size(), std::size_t(2)); // val-ck and bob, one subnet each
        for (const auto& [who, stakes] : d.nominators) {
            QCOMPARE(stakes.size(), std::size_t(1));
            QCOMPARE(stakes[0].first, std::uint16_t(1));
            QCOMPARE(stakes[0].second, c.stakeOf(economics::NetUid{1}, id("val-hk"), AccountId{who}).rao());
        }
        const subtensor::AccountId other = id("nobody").bytes;
        QVERIFY(after.delegateInfo(&other).empty());

        // The block's events report the change; a client sees "takes changed".
        const auto events = RpcServerEvents::encode(after, {});
        auto decoded = subtensor::SubtensorEvents::decode(md, std::span<const std::uint8_t>(events), after.number);
        QVERIFY(decoded.ok());
        QVERIFY(decoded->takesChanged);
        auto quiet = subtensor::SubtensorEvents::decode(md, std::span<const std::uint8_t>(RpcServerEvents::encode(before, {})), before.number);
        QVERIFY(quiet.ok() && !quiet->takesChanged);
    }
};

QTEST_GUILESS_MAIN(TestLocalDelegates)
#include "tst_local_delegates.moc"
