#include "models/explorer/LifecycleClassifier.h"

#include <QCoreApplication>
#include <array>
#include <cmath>

namespace models {
namespace {

constexpr std::array<const char*, 5> kKeys = {"creation", "cold_start", "growth", "maturity", "decline"};

double relativeChange(double before, double now) { return before > 0 ? (now - before) / before : 0.0; }

} // namespace

QString lifecycleStageKey(LifecycleStage stage) { return QString::fromLatin1(kKeys[static_cast<size_t>(stage)]); }

QString lifecycleStageLabel(LifecycleStage stage) {
    switch (stage) {
    case LifecycleStage::Creation: return QCoreApplication::translate("models::Lifecycle", "Creation");
    case LifecycleStage::ColdStart: return QCoreApplication::translate("models::Lifecycle", "Cold start");
    case LifecycleStage::Growth: return QCoreApplication::translate("models::Lifecycle", "Growth");
    case LifecycleStage::Maturity: return QCoreApplication::translate("models::Lifecycle", "Maturity");
    case LifecycleStage::Decline: return QCoreApplication::translate("models::Lifecycle", "Decline");
    }
    return {};
}

std::optional<LifecycleStage> lifecycleStageFromKey(const QString& key) {
    for (size_t i = 0; i < kKeys.size(); ++i)
        if (key == QLatin1String(kKeys[i])) return static_cast<LifecycleStage>(i);
    return std::nullopt;
}

LifecycleStage LifecycleClassifier::classify(const LifecycleSubject& subject, const LifecycleSample& now,
                                             const LifecycleSample* before) const {
    // 1. Creation: registered but not trading yet, or before its first epoch after the start call.
    if (!now.started) return LifecycleStage::Creation;
    const quint64 startedAt = subject.startedAt.value_or(subject.registeredAt);
    if (now.block < startedAt + t_.justStartedBlocks) return LifecycleStage::Creation;

    const double emaTrend = before ? relativeChange(before->movingPrice, now.movingPrice) : 0.0;
    const double uidTrend = before ? relativeChange(before->nUids, now.nUids) : 0.0;
    // 2. Decline: next in line for pruning once immunity is over, or EMA / participants leaving.
    if (now.pruningRank && *now.pruningRank <= t_.declinePruningRanks) return LifecycleStage::Decline;
    if (emaTrend <= -t_.declineEmaFall || uidTrend <= -t_.declineUidFall) return LifecycleStage::Decline;

    const double maxUids = now.maxUids > 0 ? now.maxUids : 256.0;
    const double uidFill = now.nUids / maxUids;
    // 3. Cold start: trading, but few participants or a tiny part of the emission.
    if (uidFill < t_.coldStartUidFraction || now.nValidators < t_.coldStartValidators ||
        now.emissionShare < t_.coldStartEmissionShare)
        return LifecycleStage::ColdStart;
    // 4. Maturity: nearly full, enough validators, EMA stable.
    if (uidFill >= t_.maturityUidFraction && now.nValidators >= t_.maturityValidators &&
        std::abs(emaTrend) < t_.stableEmaBand)
        return LifecycleStage::Maturity;
    // 5. Growth: everything else that trades — still filling up, or the EMA is rising.
    return LifecycleStage::Growth;
}

int LifecycleClassifier::trendBaseIndex(const QVector<LifecycleSample>& history, int now) const {
    if (now <= 0 || now >= history.size()) return -1;
    const quint64 block = history[now].block;
    // Newest sample at least a full window older.
    int lo = 0, hi = now - 1, found = -1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        if (history[mid].block + t_.trendWindowBlocks <= block) {
            found = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (found >= 0) return found;
    return history[0].block + t_.minTrendBlocks <= block ? 0 : -1;
}

QVector<LifecycleStage> LifecycleClassifier::classifyHistory(const LifecycleSubject& subject,
                                                             const QVector<LifecycleSample>& history) const {
    QVector<LifecycleStage> out;
    out.reserve(history.size());
    for (int i = 0; i < history.size(); ++i) {
        const int base = trendBaseIndex(history, i);
        out.push_back(classify(subject, history[i], base >= 0 ? &history[base] : nullptr));
    }
    return out;
}

} // namespace models
