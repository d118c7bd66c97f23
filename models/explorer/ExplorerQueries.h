#pragma once
// Explorer reads over the store's tables (subnets, subnet_snapshots, blocks, subnet_events):
// the subnet overview with price changes, 24 h volume, stage and pruning order, and a sampled
// network history with a stage per subnet and sample. Stages come from the stored stage history
// (StageHistoryWriter: the stage in effect at a block is the newest change at or before it) and
// are classified on read from the sampled snapshots where nothing is stored yet (before a
// subnet's first 4-hour sample point, or a store upgraded from schema v2).

#include "chainclient/NodeTypes.h"
#include "models/explorer/LifecycleClassifier.h"
#include "models/explorer/PruningOrder.h"

#include <QHash>
#include <QVariantMap>
#include <QString>
#include <QVector>
#include <optional>

namespace models {

inline constexpr quint64 kBlocksPerHour = 300; // 12 s blocks
inline constexpr quint64 kBlocksPerDay = 7'200;

struct SubnetOverview {
    chainclient::SubnetSnapshot snapshot;
    std::optional<double> change1h; // relative spot price change; nullopt when the store is younger
    std::optional<double> change24h;
    std::optional<double> change7d;
    quint64 volume24h = 0; // TAO rao through the pool over the last 7 200 blocks (MarketQueries)
    std::optional<quint64> startedAt;
    LifecycleStage stage = LifecycleStage::Creation;
    std::optional<quint64> stageSince; // block of the stored change into `stage`; nullopt: classified now
    PruningStatus pruning;
};

struct NetworkOverview {
    quint64 block = 0;
    qint64 timestampMs = 0;
    quint64 totalIssuance = 0;
    quint64 rootStake = 0;
    QVector<SubnetOverview> subnets; // by netuid
};

struct SubnetHistory {
    int netuid = 0;
    QString name;
    QString symbol;
    LifecycleSubject subject;
    QVector<LifecycleSample> samples; // at the network's sampled blocks where the subnet existed
    QVector<LifecycleStage> stages;   // one per sample
    int storedStages = 0;             // how many of them came from stage_history
    QVector<quint64> taoEmission;     // TAO injected per block at each sample, rao
    QVector<quint64> alphaEmission;   // Alpha (in + out) emitted per block at each sample, rao
};

struct NetworkHistory {
    QVector<quint64> blocks;
    QVector<qint64> timestampsMs;
    QVector<quint64> totalIssuance;
    QVector<quint64> rootStake;
    QVector<SubnetHistory> subnets; // by netuid
    const SubnetHistory* subnet(int netuid) const;
};

class ExplorerQueries {
public:
    // Every subnet at the newest synced block with its changes, volume, stage and pruning status.
    static std::optional<NetworkOverview> overview(const QString& dbPath,
                                                   const LifecycleClassifier& classifier = LifecycleClassifier());
    // The whole network at no more than maxSamples evenly spread blocks (the newest of each
    // bucket), with pruning ranks and stages computed at every sample.
    static NetworkHistory history(const QString& dbPath, int maxSamples,
                                  const LifecycleClassifier& classifier = LifecycleClassifier());
    // The subnet's hyperparameters as the store recorded them (subnets.hyperparameters, a JSON
    // object such as {"burn": rao, "tempo": …}); empty when unknown.
    static QVariantMap hyperparameters(const QString& dbPath, int netuid);
    // A subnet's stored stage changes since its registration (block, stage), oldest first.
    static QVector<QPair<quint64, LifecycleStage>> stageHistory(const QString& dbPath, int netuid);
};

} // namespace models
