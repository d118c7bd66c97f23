#include "models/explorer/PruningOrder.h"

#include <algorithm>
#include <limits>

namespace models {

QHash<int, PruningStatus> PruningOrder::compute(const QVector<PruningCandidate>& subnets, quint64 now,
                                                quint64 immunityPeriod) {
    QHash<int, PruningStatus> out;
    QVector<PruningCandidate> eligible;
    for (const auto& s : subnets) {
        if (s.netuid == 0) continue;
        const quint64 until = s.registeredAt > std::numeric_limits<quint64>::max() - immunityPeriod
                                  ? std::numeric_limits<quint64>::max()
                                  : s.registeredAt + immunityPeriod;
        out[s.netuid].immuneUntil = until;
        if (now >= until) eligible.push_back(s);
    }
    std::sort(eligible.begin(), eligible.end(), [](const PruningCandidate& a, const PruningCandidate& b) {
        if (a.emaPrice != b.emaPrice) return a.emaPrice < b.emaPrice;
        if (a.registeredAt != b.registeredAt) return a.registeredAt < b.registeredAt;
        return a.netuid < b.netuid;
    });
    for (int i = 0; i < eligible.size(); ++i) out[eligible[i].netuid].rank = i + 1;
    return out;
}

} // namespace models
