#pragma once
// The only code that writes the store. Lives on its own thread with its own connection;
// every batch of blocks is one transaction that also moves the sync cursor (design.md §4).
// Compaction (Retention) runs here too, in its own transactions after a commit.

#include "chainclient/NodeTypes.h"

#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

struct sqlite3;

namespace models {

class BlockWriter;
class StageHistoryWriter;

class StoreWriter : public QObject {
    Q_OBJECT
public:
    StoreWriter(QString dbPath, QString network);
    ~StoreWriter() override;

    // The block the sync is heading for (thread-safe). Rows the retention rules would drop at
    // that head are not written; it must never exceed where the sync really ends.
    void setTargetHint(quint64 block);
    quint64 targetHint() const { return target_.load(); }
    quint64 rowsWritten() const;
    // On the writer's thread, after opened(): the stored stake positions as of the cursor, when
    // they are the network's whole set (sync_cursor.positions_whole); nullopt otherwise.
    std::optional<QVector<chainclient::KnownStakePosition>> knownPositions() const;

public slots:
    void open();
    void writeBatch(const chainclient::BlockBatch& blocks);
    void closeConnection();

signals:
    void opened(quint64 cursorBlock, const QByteArray& chainState);
    void committed(quint64 lastBlock, int blocksWritten);
    void failed(const QString& message);

private:
    bool compactIfDue(bool force);

    QString dbPath_;
    QString network_;
    QString connection_;
    sqlite3* db_ = nullptr;
    std::unique_ptr<BlockWriter> rows_;
    std::unique_ptr<StageHistoryWriter> stages_; // lifecycle stage changes, once per batch
    quint64 cursor_ = 0;
    quint64 lastCompaction_ = 0;
    std::atomic<quint64> target_{0};
};

} // namespace models
