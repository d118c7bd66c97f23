#include "models/sync/StoreWriter.h"

#include "models/store/Database.h"
#include "models/store/Retention.h"
#include "models/store/SqlStatement.h"
#include "models/sync/BlockWriter.h"
#include "models/explorer/StageHistoryWriter.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace models {
namespace {

// Live blocks arrive one at a time; compacting every few keeps each pass tiny.
constexpr quint64 kCompactEvery = 10;
// While far from the target a pass per batch cost a backfill several percent (a DELETE per
// subnet and tier each time); a day of blocks between passes only leaves rows the rules drop
// there a little longer. Reaching the target compacts thoroughly either way.
constexpr quint64 kCompactEveryCatchingUp = 7'200;

} // namespace

StoreWriter::StoreWriter(QString dbPath, QString network) : dbPath_(std::move(dbPath)), network_(std::move(network)) {}

StoreWriter::~StoreWriter() = default;

void StoreWriter::setTargetHint(quint64 block) {
    quint64 seen = target_.load();
    while (block > seen && !target_.compare_exchange_weak(seen, block)) {
    }
}

quint64 StoreWriter::rowsWritten() const { return rows_ ? rows_->rowsWritten() : 0; }

void StoreWriter::open() {
    connection_ = threadConnectionName(QStringLiteral("writer"));
    if (auto err = Database::open(dbPath_, connection_, Database::Mode::ReadWrite)) {
        emit failed(*err);
        return;
    }
    // The QtSql connection ran the migrations; rows go through the C API on the same handle.
    const QVariant handle = Database::connection(connection_).driver()->handle();
    db_ = handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
    if (!db_) {
        emit failed(tr("The store %1 is not an SQLite database.").arg(dbPath_));
        return;
    }
    // Each batch rewrites the megabytes of chain state with the cursor, so the default (a
    // checkpoint per 4 MB of WAL) copied every version into the database once more; checkpoints
    // a few batches apart copy the pages the state reuses once.
    SqlStatement::run(db_, "PRAGMA wal_autocheckpoint = 8192");
    // A backfill batch dirties far more than the default 2 MB page cache: SQLite spilled pages to
    // the WAL mid-transaction and read the trade indexes' pages back from the file.
    SqlStatement::run(db_, "PRAGMA cache_size = -32768");
    QByteArray state;
    {
        SqlStatement q(db_, "SELECT network, block, chain_state FROM sync_cursor WHERE id = 1");
        if (q.next()) {
            const QString network = QString::fromUtf8(q.text(0));
            if (network != network_) {
                emit failed(tr("The store %1 holds the '%2' network, not '%3'.").arg(dbPath_, network, network_));
                return;
            }
            cursor_ = static_cast<quint64>(q.int64(1));
            state = q.blob(2);
        }
    }
    rows_ = std::make_unique<BlockWriter>(db_);
    stages_ = std::make_unique<StageHistoryWriter>(db_);
    if (auto err = rows_->load()) {
        emit failed(*err);
        return;
    }
    // A crash between a commit and its compaction leaves rows the rules drop: finish that now.
    if (!compactIfDue(true)) return;
    emit opened(cursor_, state);
}

bool StoreWriter::compactIfDue(bool force) {
    const quint64 target = target_.load();
    const bool atTarget = cursor_ == target;
    const quint64 every = target > cursor_ ? kCompactEveryCatchingUp : kCompactEvery;
    if (!force && cursor_ < lastCompaction_ + every && !atTarget) return true;
    if (auto err = Retention::compact(db_, cursor_, force || atTarget)) {
        emit failed(*err);
        return false;
    }
    lastCompaction_ = cursor_;
    return true;
}

std::optional<QVector<chainclient::KnownStakePosition>> StoreWriter::knownPositions() const {
    if (!db_) return std::nullopt;
    {
        SqlStatement whole(db_, "SELECT positions_whole FROM sync_cursor WHERE id = 1");
        if (!whole.next() || whole.int64(0) != 1) return std::nullopt;
    }
    QVector<chainclient::KnownStakePosition> out;
    SqlStatement q(db_, "SELECT p.netuid, c.address, h.address, p.alpha FROM stake_positions p"
                        " JOIN accounts c ON c.id = p.coldkey_id JOIN accounts h ON h.id = p.hotkey_id");
    if (!q.ok()) return std::nullopt; // unreadable: the node reads the whole sets instead
    while (q.next())
        out.push_back({static_cast<quint16>(q.int64(0)), QString::fromUtf8(q.text(1)), QString::fromUtf8(q.text(2)),
                       static_cast<quint64>(q.int64(3))});
    return out;
}

void StoreWriter::writeBatch(const chainclient::BlockBatch& blocks) {
    if (!rows_) return;
    // Blocks at or below the cursor were committed before (a resumed or repeated delivery).
    qsizetype first = 0;
    while (first < blocks.size() && blocks[first].number <= cursor_) ++first;
    if (first == blocks.size()) return;
    // An empty store starts wherever the node can serve state (a pruned node only keeps recent
    // blocks); from then on the history must be contiguous. The blocks table, kept whole by the
    // retention rules, records where the store starts (StoreStatus::firstBlock).
    if (blocks[first].number != cursor_ + 1 && cursor_ != 0) {
        emit failed(tr("Sync gap: the store is at block %1 but the node delivered block %2.").arg(cursor_).arg(blocks[first].number));
        return;
    }
    if (!SqlStatement::run(db_, "BEGIN")) {
        emit failed(tr("Cannot start a store transaction: %1").arg(SqlStatement::lastError(db_)));
        return;
    }
    const quint64 head = target_.load();
    rows_->beginBatch(blocks, first);
    bool ok = true;
    for (qsizetype i = first; ok && i < blocks.size(); ++i) ok = rows_->write(blocks[i], head, i + 1 == blocks.size());
    const auto& last = blocks.back();
    ok = ok && rows_->finishBatch(last, network_);
    // In the cursor's transaction: a crash keeps both or neither.
    ok = ok && stages_->record(cursor_, last.number);
    if (!ok || !SqlStatement::run(db_, "COMMIT")) {
        const QString why = rows_->problem().isEmpty() ? SqlStatement::lastError(db_) : rows_->problem();
        SqlStatement::run(db_, "ROLLBACK");
        rows_->load(); // the in-memory state must match the store again
        emit failed(tr("Writing blocks %1–%2 to the store failed: %3").arg(blocks[first].number).arg(last.number).arg(why));
        return;
    }
    cursor_ = last.number;
    if (!compactIfDue(false)) return;
    emit committed(cursor_, static_cast<int>(blocks.size() - first));
}

void StoreWriter::closeConnection() {
    rows_.reset();
    stages_.reset();
    db_ = nullptr;
    if (!connection_.isEmpty()) Database::close(connection_);
}

} // namespace models
