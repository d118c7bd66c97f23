#include "models/explorer/LifecycleTimeline.h"

#include <algorithm>

namespace models {
namespace {

// Time of a block inside the sampled range, interpolated between the samples around it.
std::optional<qint64> timeOf(const NetworkHistory& h, quint64 block) {
    if (h.blocks.isEmpty() || block < h.blocks.front() || block > h.blocks.back()) return std::nullopt;
    const auto it = std::lower_bound(h.blocks.begin(), h.blocks.end(), block);
    const auto i = static_cast<int>(it - h.blocks.begin());
    if (*it == block || i == 0) return h.timestampsMs[i];
    const double f = static_cast<double>(block - h.blocks[i - 1]) / static_cast<double>(h.blocks[i] - h.blocks[i - 1]);
    return h.timestampsMs[i - 1] + static_cast<qint64>(f * static_cast<double>(h.timestampsMs[i] - h.timestampsMs[i - 1]));
}

} // namespace

LifecycleLane LifecycleTimeline::lane(const NetworkHistory& history, const SubnetHistory& subnet, int pruneRiskRanks) {
    LifecycleLane lane;
    lane.netuid = subnet.netuid;
    lane.label = QStringLiteral("%1 %2").arg(subnet.netuid).arg(subnet.name);
    lane.registeredAt = subnet.subject.registeredAt;
    lane.registeredMs = timeOf(history, subnet.subject.registeredAt);
    if (subnet.subject.startedAt) lane.startedMs = timeOf(history, *subnet.subject.startedAt);
    for (int i = 0; i < subnet.samples.size(); ++i) {
        const qint64 t = subnet.samples[i].timestampMs;
        // A segment reaches to the next sample, so bands leave no gaps.
        const qint64 end = i + 1 < subnet.samples.size() ? subnet.samples[i + 1].timestampMs : t;
        if (!lane.segments.isEmpty() && lane.segments.back().stage == subnet.stages[i]) lane.segments.back().toMs = end;
        else lane.segments.push_back({t, end, subnet.stages[i]});
        const auto& rank = subnet.samples[i].pruningRank;
        if (rank && *rank <= pruneRiskRanks) lane.pruneRiskMs.push_back(t);
    }
    return lane;
}

QVector<LifecycleLane> LifecycleTimeline::lanes(const NetworkHistory& history, int pruneRiskRanks) {
    QVector<LifecycleLane> out;
    for (const auto& s : history.subnets)
        if (!s.samples.isEmpty()) out.push_back(lane(history, s, pruneRiskRanks));
    std::stable_sort(out.begin(), out.end(), [](const LifecycleLane& a, const LifecycleLane& b) {
        return a.registeredAt != b.registeredAt ? a.registeredAt < b.registeredAt : a.netuid < b.netuid;
    });
    return out;
}

} // namespace models
