#pragma once
// Read queries shared by the GUI models and the CLI. Each opens (or reuses) the calling
// thread's read-only connection.

#include "chainclient/NodeTypes.h"

#include <QString>
#include <QVector>
#include <optional>

namespace models {

struct StoreStatus {
    QString network;
    quint64 syncedBlock = 0;
    // The oldest stored block: 1 for a history from genesis, near the head for a store that
    // began on a pruned node (which no longer serves older state).
    quint64 firstBlock = 0;
    int subnets = 0;
    quint64 totalIssuance = 0;
    qint64 timestampMs = 0;
    QByteArray chainState; // local network only
};

class StoreQueries {
public:
    // Where the store stands; nullopt if it has never been synced (or cannot be read).
    static std::optional<StoreStatus> status(const QString& dbPath);
    // Every subnet as of the newest synced block (identity joined with its snapshot).
    static QVector<chainclient::SubnetSnapshot> latestSubnets(const QString& dbPath, quint64* atBlock = nullptr);
};

} // namespace models
