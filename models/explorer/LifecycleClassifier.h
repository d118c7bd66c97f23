#pragma once
// Which stage of its life a subnet is in at a sampled time (README "Lifecycle stages").
// Pure rules over plain samples so every threshold is unit-tested without a store.

#include <QString>
#include <QVector>
#include <optional>

namespace models {

enum class LifecycleStage { Creation, ColdStart, Growth, Maturity, Decline };

// The JSON / CLI name: "creation", "cold_start", "growth", "maturity", "decline".
QString lifecycleStageKey(LifecycleStage stage);
// For people: "Creation", "Cold start", ….
QString lifecycleStageLabel(LifecycleStage stage);
std::optional<LifecycleStage> lifecycleStageFromKey(const QString& key);

// One subnet at one sampled block.
struct LifecycleSample {
    quint64 block = 0;
    qint64 timestampMs = 0;
    bool started = false;
    quint16 nUids = 0;
    quint16 maxUids = 256;
    quint16 nValidators = 0;
    double emissionShare = 0; // fraction of the block's TAO emission
    double movingPrice = 0;   // EMA price, TAO per Alpha
    std::optional<int> pruningRank; // 1 = next to be pruned; nullopt while immune
};

// Subnet-wide facts the samples do not repeat.
struct LifecycleSubject {
    quint64 registeredAt = 0;
    std::optional<quint64> startedAt; // block of the start call, when known
};

struct LifecycleThresholds {
    quint64 justStartedBlocks = 360;     // creation lasts until the first epoch (one tempo) after the start call
    quint64 trendWindowBlocks = 7'200;   // EMA and UID trends compare with one day earlier …
    quint64 minTrendBlocks = 360;        // … or with the oldest sample at least one tempo back
    double coldStartUidFraction = 0.10;  // fewer UIDs than this share of max_uids
    int coldStartValidators = 3;         // fewer validators with a permit than this
    double coldStartEmissionShare = 0.001; // less than 0.1 % of the network's emission
    double maturityUidFraction = 0.90;   // UIDs at least this share of max_uids
    int maturityValidators = 5;          // at least this many validators with a permit
    double stableEmaBand = 0.05;         // |EMA change over the window| below this is stable
    double declineEmaFall = 0.10;        // EMA down by at least this over the window
    double declineUidFall = 0.10;        // UIDs down by at least this over the window
    int declinePruningRanks = 3;         // among the next three to be pruned (only once not immune)
};

class LifecycleClassifier {
public:
    explicit LifecycleClassifier(LifecycleThresholds thresholds = {}) : t_(thresholds) {}

    // Stage at `now`; `before` is the sample the trends compare against (nullptr: no trend known).
    LifecycleStage classify(const LifecycleSubject& subject, const LifecycleSample& now,
                            const LifecycleSample* before) const;
    // Stage at every sample of a history sorted by block; each compares with the newest sample
    // at least trendWindowBlocks older (or the oldest one, if at least minTrendBlocks older).
    QVector<LifecycleStage> classifyHistory(const LifecycleSubject& subject, const QVector<LifecycleSample>& history) const;
    // Index of the sample `now` compares with, or -1.
    int trendBaseIndex(const QVector<LifecycleSample>& history, int now) const;

    const LifecycleThresholds& thresholds() const { return t_; }

private:
    LifecycleThresholds t_;
};

} // namespace models
