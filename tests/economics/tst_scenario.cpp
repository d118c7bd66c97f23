// The default scenario over 90 simulated days (economics.md §A.3): subnets arrive, start,
// grow, fill up, decline and get pruned, and no invariant breaks on the way.

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "chainclient/economics/Simulation.h"

#include <chrono>
#include <map>

using namespace economics;

class TestScenario : public QObject {
    Q_OBJECT
private slots:
    void defaultScenarioShowsEveryLifecycleStageIn90Days() {
        constexpr BlockNumber kDays = 90;
        constexpr BlockNumber kLookback = 15 * kBlocksPerDay;
        struct Seen {
            BlockNumber registeredAt;
            std::size_t uids;
            double ema;
        };
        Simulation sim(ScenarioConfig::defaults());
        std::map<std::uint16_t, Seen> earlier;
        std::uint64_t registeredEvents = 0, dissolvedEvents = 0, startedEvents = 0;
        const auto t0 = std::chrono::steady_clock::now();
        for (BlockNumber b = 1; b <= kDays * kBlocksPerDay; ++b) {
            sim.advance();
            if (b % 3600 != 0) continue;
            for (const ChainEvent& e : sim.chain().takeEvents()) {
                registeredEvents += e.kind == ChainEventKind::SubnetRegistered;
                dissolvedEvents += e.kind == ChainEventKind::SubnetDissolved;
                startedEvents += e.kind == ChainEventKind::SubnetStarted;
            }
            const auto broken = sim.chain().checkInvariants();
            QVERIFY2(!broken, broken ? (std::to_string(b) + ": " + *broken).c_str() : "");
            if (b == kDays * kBlocksPerDay - kLookback)
                for (const auto& [id, s] : sim.chain().subnets()) earlier[id] = {s.registeredAt, s.neurons.size(), s.movingPrice};
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const Chain& chain = sim.chain();
        const BlockNumber now = chain.blockNumber();
        int notStarted = 0, young = 0, growing = 0, full = 0, falling = 0;
        for (const auto& [id, s] : chain.subnets()) {
            auto before = earlier.find(id);
            const bool same = before != earlier.end() && before->second.registeredAt == s.registeredAt;
            notStarted += !s.started();
            young += s.started() && now - s.registeredAt < 30 * kBlocksPerDay && s.neurons.size() < 64;
            growing += same && s.neurons.size() > before->second.uids + 10 && s.neurons.size() < s.maxUids;
            full += s.neurons.size() == s.maxUids;
            falling += same && s.started() && s.movingPrice < 0.97 * before->second.ema;
        }
        qInfo("90 days in %.1f s: %zu subnets, %llu registrations (%llu events), %llu dissolutions (%llu events), %llu starts; "
              "not started %d, young %d, growing %d, full %d, falling EMA %d",
              seconds, chain.subnets().size(), static_cast<unsigned long long>(sim.stats().subnetRegistrations),
              static_cast<unsigned long long>(registeredEvents), static_cast<unsigned long long>(chain.dissolvedCount()),
              static_cast<unsigned long long>(dissolvedEvents), static_cast<unsigned long long>(startedEvents), notStarted,
              young, growing, full, falling);
        QVERIFY(sim.stats().subnetRegistrations >= 1);
        QCOMPARE(registeredEvents, sim.stats().subnetRegistrations);
        QVERIFY(chain.dissolvedCount() >= 1);
        QCOMPARE(dissolvedEvents, chain.dissolvedCount());
        QVERIFY(startedEvents >= 1);
        QVERIFY(notStarted >= 1);
        QVERIFY(young >= 1);
        QVERIFY(growing >= 1);
        QVERIFY(full >= 1);
        QVERIFY(falling >= 1);
        QVERIFY(chain.subnets().size() <= static_cast<std::size_t>(sim.config().subnetLimit));
        // Emission follows the §2.2 shares: they add up to 1 over emitting subnets.
        double shares = 0;
        for (const auto& [id, s] : chain.subnets()) shares += s.emissionShare;
        QVERIFY(std::abs(shares - 1.0) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
