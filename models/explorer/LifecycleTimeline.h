#pragma once
// Stage bands over time for the lifecycle charts: per subnet, consecutive samples of the same
// stage merged into one segment, plus markers for registration, start and pruning risk.

#include "models/explorer/ExplorerQueries.h"

#include <QVector>
#include <optional>

namespace models {

struct StageSegment {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    LifecycleStage stage = LifecycleStage::Creation;
};

struct LifecycleLane {
    int netuid = 0;
    QString label;
    quint64 registeredAt = 0;
    std::optional<qint64> registeredMs; // when it happened inside the sampled range
    std::optional<qint64> startedMs;
    QVector<StageSegment> segments;
    QVector<qint64> pruneRiskMs; // samples at which it was among the next ones to be pruned
};

class LifecycleTimeline {
public:
    static LifecycleLane lane(const NetworkHistory& history, const SubnetHistory& subnet, int pruneRiskRanks = 3);
    // One lane per subnet with samples, earliest registration first (then netuid).
    static QVector<LifecycleLane> lanes(const NetworkHistory& history, int pruneRiskRanks = 3);
};

} // namespace models
