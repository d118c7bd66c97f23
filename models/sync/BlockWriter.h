#pragma once
// Row-level writing of blocks into an open transaction on the writer's raw sqlite3 handle,
// with the in-memory state that makes it cheap: interned accounts, the current stake
// positions (so only changes are written), the open hourly candles and the delegate totals.
// Everything here is reloaded from the store on load(), so it always matches the last commit.

#include "chainclient/NodeTypes.h"
#include "models/store/CandleAggregator.h"
#include "models/store/SqlStatement.h"

#include <QHash>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace models {

class BlockWriter {
public:
    explicit BlockWriter(sqlite3* db);
    ~BlockWriter();

    // Prepares the statements and loads the in-memory state; an error sentence on failure.
    std::optional<QString> load();

    // Before the batch's first write(): notes each subnet's last epoch in it (blocks[first..]).
    void beginBatch(const chainclient::BlockBatch& blocks, qsizetype first);
    // `head` is the block the sync is heading for: rows the retention rules would drop at that
    // head are not written at all (a backfill skips most of its per-block snapshots).
    bool write(const chainclient::BlockSnapshot& b, quint64 head, bool lastOfBatch);
    // Subnet identities, positions, delegates, candles and the cursor: once per batch.
    bool finishBatch(const chainclient::BlockSnapshot& last, const QString& network);

    // Rows written since load() (for the throughput benchmark).
    quint64 rowsWritten() const { return rows_; }
    // Why the last write failed when it was not SQLite's doing (empty otherwise).
    const QString& problem() const { return problem_; }

private:
    using PositionKey = std::tuple<qint64, quint16, qint64>; // coldkey id, netuid, hotkey id
    struct Statements;

    qint64 accountId(const QString& address);
    void observePrice(quint16 netuid, quint64 block, double price);
    bool writeEmissionShares(const chainclient::BlockSnapshot& b);
    bool writeTransfers(const chainclient::BlockSnapshot& b);
    bool writeSnapshot(const chainclient::SubnetSnapshot& s, quint64 block);
    bool writeMetagraph(const chainclient::SubnetSnapshot& s, quint64 block, quint64 head);
    void applyPositions(const chainclient::SubnetSnapshot& s, quint64 block);
    void dropPositions(quint16 netuid, quint64 block);
    void setPosition(const PositionKey& key, quint64 alpha, quint64 block);
    bool flushPositions();
    bool flushDelegates();
    bool flushCandles();
    bool writeSubnets(const chainclient::BlockSnapshot& last);

    sqlite3* db_;
    std::unique_ptr<Statements> st_;
    std::unique_ptr<SqlStatement> transfer_; // prepared on the first transfer after load()
    QHash<QString, qint64> accounts_;
    // The node hands out shared copies of a few hundred cached address strings, so their buffer
    // identifies them without hashing 48 characters. The entry holds a copy, which keeps the
    // buffer alive: no other string can reuse that address while it is a key here.
    std::unordered_map<const QChar*, std::pair<QString, qint64>> byBuffer_;
    // netuid → (coldkey id, hotkey id) → Alpha: committed state plus this batch.
    std::map<quint16, std::map<std::pair<qint64, qint64>, quint64>> positions_;
    std::map<PositionKey, std::pair<quint64, quint64>> dirty_;    // key → (alpha, block)
    std::map<qint64, std::pair<qint64, qint64>> delegates_;       // hotkey → (nominators, stake)
    std::map<qint64, qint64> storedTakes_;                         // hotkey → take in its delegates row
    QHash<QString, quint16> takes_; // SS58 hotkey → take, as the node last sent them (default: absent)
    std::map<quint16, CandleAggregator> candles_;
    std::map<quint16, double> prices_;
    // netuid → its entries in candles_ and prices_ (tree nodes stay put until load()).
    std::vector<std::pair<CandleAggregator*, double*>> priceSlots_;
    std::map<quint16, quint64> lastEpochBlock_; // newest epoch seen per subnet
    std::map<quint16, quint64> batchLastEpoch_; // newest epoch per subnet in the current batch
    bool positionsWhole_ = false; // a block of this writer brought every subnet's whole set
    quint64 rows_ = 0;
    QString problem_;
};

} // namespace models
