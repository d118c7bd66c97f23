#pragma once
// Stores each subnet's lifecycle stage as it changes (table stage_history: netuid, block, stage).
// The sync writer calls record() once per batch, inside the batch's transaction, so the history
// and the cursor commit together. Stages are classified at every kStride-th block: the pool
// snapshots the retention rules keep for good, so the trend a stage compares with (one day back)
// is read from the same rows at every age, and a backfill stores what live sync would have.

#include "models/explorer/LifecycleClassifier.h"
#include "models/store/Retention.h"

#include <QString>

struct sqlite3;

namespace models {

class StageHistoryWriter {
public:
    static constexpr quint64 kStride = Retention::kOldStride; // 4 h

    explicit StageHistoryWriter(sqlite3* db, LifecycleClassifier classifier = LifecycleClassifier());

    // Classifies every subnet at each stride block in (fromBlock, toBlock] from the stored
    // snapshots and inserts a row whenever a subnet's stage differs from its previous one.
    // False (with lastError()) on an SQLite error; the caller rolls back.
    bool record(quint64 fromBlock, quint64 toBlock);
    const QString& lastError() const { return error_; }

private:
    bool fail();

    sqlite3* db_;
    LifecycleClassifier classifier_;
    QString error_;
};

} // namespace models
