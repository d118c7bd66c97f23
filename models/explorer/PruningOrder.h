#pragma once
// The order in which the chain would prune subnets (economics.md §5.3): among subnets past
// NetworkImmunityPeriod, lowest EMA price first, ties to the earlier registration, then the
// lower netuid — the same rule as economics::subnetToPrune, extended to a full ranking.

#include <QHash>
#include <QVector>
#include <optional>

namespace models {

// NetworkImmunityPeriod as set on chain by its registered migration (economics.md §5.2.8: 864 000
// blocks = 120 days; the runtime default of 1 296 000 is overridden).
inline constexpr quint64 kNetworkImmunityPeriod = 864'000;

struct PruningCandidate {
    int netuid = 0;
    double emaPrice = 0;
    quint64 registeredAt = 0;
};

struct PruningStatus {
    std::optional<int> rank; // 1 = next to be pruned; nullopt while immune
    quint64 immuneUntil = 0; // first block at which the subnet can be pruned
    bool immune() const { return !rank.has_value(); }
};

class PruningOrder {
public:
    // Netuid 0 (root) is never ranked and never listed.
    static QHash<int, PruningStatus> compute(const QVector<PruningCandidate>& subnets, quint64 now,
                                             quint64 immunityPeriod = kNetworkImmunityPeriod);
};

} // namespace models
