// Lifecycle stages on constructed histories (one test per stage and per rule that leads to it)
// and the pruning order against the chain's own victim rule.

#include <QtTest>

#include "chainclient/economics/Registration.h"
#include "models/explorer/LifecycleClassifier.h"
#include "models/explorer/PruningOrder.h"

using models::LifecycleClassifier;
using models::LifecycleSample;
using models::LifecycleStage;
using models::LifecycleSubject;

namespace {

// A healthy mid-size subnet well after its start: 100 of 256 UIDs, 6 validators, 2 % of emission.
LifecycleSample sample(quint64 block, double ema, quint16 uids = 100, quint16 validators = 6, double share = 0.02) {
    LifecycleSample s;
    s.block = block;
    s.started = true;
    s.nUids = uids;
    s.maxUids = 256;
    s.nValidators = validators;
    s.emissionShare = share;
    s.movingPrice = ema;
    return s;
}

const LifecycleSubject kStartedLongAgo{1'000, 2'000};

} // namespace

class TestExplorerLifecycle : public QObject {
    Q_OBJECT
private slots:
    void stageKeysRoundTrip() {
        for (auto st : {LifecycleStage::Creation, LifecycleStage::ColdStart, LifecycleStage::Growth, LifecycleStage::Maturity,
                        LifecycleStage::Decline})
            QCOMPARE(models::lifecycleStageFromKey(models::lifecycleStageKey(st)), st);
        QCOMPARE(models::lifecycleStageKey(LifecycleStage::ColdStart), QStringLiteral("cold_start"));
        QVERIFY(!models::lifecycleStageFromKey(QStringLiteral("adolescence")));
    }

    void creationBeforeStartAndDuringFirstTempo() {
        LifecycleClassifier c;
        LifecycleSample notStarted = sample(50'000, 0.0, 1, 0, 0.0);
        notStarted.started = false;
        QCOMPARE(c.classify({40'000, std::nullopt}, notStarted, nullptr), LifecycleStage::Creation);
        // Started at 49 900: still creation 359 blocks later, past it at 360.
        const LifecycleSubject subject{40'000, 49'900};
        QCOMPARE(c.classify(subject, sample(50'259, 0.01), nullptr), LifecycleStage::Creation);
        QVERIFY(c.classify(subject, sample(50'260, 0.01), nullptr) != LifecycleStage::Creation);
    }

    void coldStartOnFewUidsFewValidatorsOrTinyEmission() {
        LifecycleClassifier c;
        // Flat EMA and unchanged UIDs over the day, so only the size rules decide.
        const auto cmp = [&](quint16 uids, quint16 validators, double share) {
            const auto base = sample(100'000, 0.010, uids, validators, share);
            return c.classify(kStartedLongAgo, sample(107'200, 0.010, uids, validators, share), &base);
        };
        QCOMPARE(cmp(25, 6, 0.02), LifecycleStage::ColdStart); // 25 < 10 % of 256
        QCOMPARE(cmp(26, 6, 0.02), LifecycleStage::Growth);
        QCOMPARE(cmp(100, 2, 0.02), LifecycleStage::ColdStart);
        QCOMPARE(cmp(100, 3, 0.02), LifecycleStage::Growth);
        QCOMPARE(cmp(100, 6, 0.0009), LifecycleStage::ColdStart);
    }

    void growthWhileFillingOrEmaRising() {
        LifecycleClassifier c;
        const auto base = sample(100'000, 0.010, 240, 8);
        // Nearly full, but the EMA rose 20 %: growth, not maturity.
        QCOMPARE(c.classify(kStartedLongAgo, sample(107'200, 0.012, 240, 8), &base), LifecycleStage::Growth);
        // Half full with a flat EMA: still growing into its UIDs.
        const auto half = sample(100'000, 0.010, 128, 8);
        QCOMPARE(c.classify(kStartedLongAgo, sample(107'200, 0.010, 128, 8), &half), LifecycleStage::Growth);
    }

    void maturityWhenFullWithValidatorsAndStableEma() {
        LifecycleClassifier c;
        const auto base = sample(100'000, 0.010, 250, 10);
        QCOMPARE(c.classify(kStartedLongAgo, sample(107'200, 0.0104, 250, 10), &base), LifecycleStage::Maturity); // +4 %
        QCOMPARE(c.classify(kStartedLongAgo, sample(107'200, 0.0096, 231, 5), &base), LifecycleStage::Maturity);  // 231 ≥ 230.4
        QCOMPARE(c.classify(kStartedLongAgo, sample(107'200, 0.0105, 250, 10), &base), LifecycleStage::Growth);   // +5 % is no longer stable
        QCOMPARE(c.classify(kStartedLongAgo, sample(107'200, 0.010, 250, 4), &base), LifecycleStage::Growth);     // too few validators
    }

    void declineOnFallingEmaLeavingUidsOrPruningRisk() {
        LifecycleClassifier c;
        const auto base = sample(100'000, 0.010, 250, 10);
        QCOMPARE(c.classify(kStartedLongAgo, sample(107'200, 0.0090, 250, 10), &base), LifecycleStage::Decline); // −10 %
        QCOMPARE(c.classify(kStartedLongAgo, sample(107'200, 0.0091, 250, 10), &base), LifecycleStage::Growth);  // −9 %: not stable, not declining
        QCOMPARE(c.classify(kStartedLongAgo, sample(107'200, 0.010, 225, 10), &base), LifecycleStage::Decline);  // UIDs −10 %
        auto atRisk = sample(107'200, 0.010, 250, 10);
        atRisk.pruningRank = 3;
        QCOMPARE(c.classify(kStartedLongAgo, atRisk, &base), LifecycleStage::Decline);
        atRisk.pruningRank = 4;
        QCOMPARE(c.classify(kStartedLongAgo, atRisk, &base), LifecycleStage::Maturity);
    }

    void historyComparesWithOneDayEarlier() {
        LifecycleClassifier c;
        // Samples every 1 800 blocks; the EMA doubles over the first day, then stays flat while full.
        QVector<LifecycleSample> h;
        for (int i = 0; i <= 12; ++i) {
            const double ema = i <= 4 ? 0.005 * (1.0 + i / 4.0) : 0.010;
            h.push_back(sample(10'000 + 1'800ULL * i, ema, 250, 10));
        }
        QCOMPARE(c.trendBaseIndex(h, 0), -1);
        QCOMPARE(c.trendBaseIndex(h, 1), 0); // only 1 800 blocks back: oldest sample (≥ 360 back)
        QCOMPARE(c.trendBaseIndex(h, 4), 0); // exactly 7 200 back
        QCOMPARE(c.trendBaseIndex(h, 5), 1);
        const auto stages = c.classifyHistory(kStartedLongAgo, h);
        QCOMPARE(stages.size(), h.size());
        QCOMPARE(stages[0], LifecycleStage::Maturity); // no trend known yet: flat
        QCOMPARE(stages[4], LifecycleStage::Growth);   // doubled over the day
        QCOMPARE(stages[8], LifecycleStage::Maturity); // flat for a full day
        QCOMPARE(stages[12], LifecycleStage::Maturity);
    }

    void pruningOrderMatchesChainVictimAndRanksAll() {
        const quint64 period = 1'000, now = 10'000;
        const QVector<models::PruningCandidate> subnets = {
            {0, 0.0001, 0},     // root: never ranked
            {1, 0.020, 100},    {2, 0.005, 300}, {3, 0.005, 200}, // tie on EMA: earlier registration first
            {4, 0.001, 9'500},  // cheapest but immune until 10 500
            {5, 0.050, 8'999},  {6, 0.005, 200},                   // same EMA and registration as 3: lower netuid first
        };
        const auto order = models::PruningOrder::compute(subnets, now, period);
        QVERIFY(!order.contains(0));
        QCOMPARE(order.value(3).rank, 1);
        QCOMPARE(order.value(6).rank, 2);
        QCOMPARE(order.value(2).rank, 3);
        QCOMPARE(order.value(1).rank, 4);
        QCOMPARE(order.value(5).rank, 5);
        QVERIFY(order.value(4).immune());
        QCOMPARE(order.value(4).immuneUntil, 10'500ULL);
        QCOMPARE(order.value(5).immuneUntil, 9'999ULL); // now ≥ registered_at + period: no longer immune

        std::vector<economics::SubnetPruneCandidate> chain;
        for (const auto& s : subnets)
            chain.push_back({economics::NetUid{static_cast<std::uint16_t>(s.netuid)}, s.emaPrice, s.registeredAt});
        const auto victim = economics::subnetToPrune(chain, now, period);
        QVERIFY(victim);
        QCOMPARE(static_cast<int>(victim->value), 3);

        // Everyone immune: no ranks at all, as the chain finds no victim.
        const auto young = models::PruningOrder::compute(subnets, 500, period);
        for (auto it = young.begin(); it != young.end(); ++it) QVERIFY(it->immune());
        QVERIFY(!economics::subnetToPrune(chain, 500, period));
    }
};

QTEST_GUILESS_MAIN(TestExplorerLifecycle)
#include "tst_explorer_lifecycle.moc"
