#pragma once
// The History page's table: the wallet's own transactions, newest first. Stakes and unstakes
// come from the store's trades; an unstake and a stake of the coldkey in the same block are
// one move (the chain records a move as its two legs); TAO transfers, stake transfers and faucet
// credits from the store's transfers table. The wallet's activity journal (models/WalletManager)
// fills in what the store does not have (yet): a faucet credit whose block is not synced.

#include "models/WalletManager.h"
#include "models/store/MarketQueries.h"

#include <QAbstractTableModel>
#include <QVector>
#include <functional>

namespace models {

struct HistoryEntry {
    enum class Kind { Stake, Unstake, Move, Transfer, Faucet, StakeTransfer };
    Kind kind = Kind::Stake;
    quint64 block = 0;
    qint64 timeMs = 0; // 0 = unknown
    quint16 netuid = 0;
    std::optional<quint16> destNetuid; // moves
    QString hotkey;
    QString destHotkey; // moves to another hotkey (same or other subnet); empty otherwise
    quint64 tao = 0;   // rao: paid (stake), received (unstake), carried across (move), credited
    quint64 alpha = 0; // rao: bought (stake), sold (unstake, move)
    quint64 fee = 0;
    bool feeInAlpha = false; // unstakes and the selling leg of a move pay their fee in Alpha
    double price = 0;        // TAO per Alpha after the trade
    QString counterparty;    // transfers: the other coldkey (empty for the faucet)
    bool outgoing = false;   // transfers: sent by this wallet
};

// "stake", "unstake", "move", "transfer", "faucet", "transfer_stake"
QString historyKindName(HistoryEntry::Kind kind);

class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Time, Block, Kind, Subnet, Hotkey, Tao, Alpha, Price, Fee, ColumnCount };

    explicit HistoryModel(QObject* parent = nullptr);

    // Pure: trades of one coldkey (any order) and journal entries → entries, newest first.
    // timeOf gives a block's time in ms since the epoch (0 when unknown).
    static QVector<HistoryEntry> build(const QVector<TradeRow>& trades,
                                       const QVector<ActivityEntry>& activity,
                                       const std::function<qint64(quint64)>& timeOf);
    // With the store's transfers of `coldkey`: a cross-subnet stake transfer's trade legs become
    // its one row, and journal entries the store already has are dropped.
    static QVector<HistoryEntry> build(const QVector<TradeRow>& trades,
                                       const QVector<chainclient::TransferRecord>& transfers,
                                       const QString& coldkey, const QVector<ActivityEntry>& activity,
                                       const std::function<qint64(quint64)>& timeOf);
    // What entered or left the free balance other than by trades, for the balance chart: faucet
    // credits ("faucet") and TAO transfers ("transfer_in" / "transfer_out") from the store, and
    // journal credits the store does not hold yet.
    static QVector<ActivityEntry> balanceChanges(const QString& dbPath, const QString& coldkey,
                                                 const QVector<ActivityEntry>& journal);
    // The store's transfers from or to a coldkey, oldest first.
    static QVector<chainclient::TransferRecord> transfers(const QString& dbPath, const QString& coldkey,
                                                          int limit = 100'000);
    // A block's time from the store: the nearest stored block at or before it plus 12 s a block.
    static std::function<qint64(quint64)> storeClock(const QString& dbPath);

    void refresh(const QString& dbPath, const QString& dataDir, const QString& wallet,
                 const QString& coldkey);
    void setEntries(QVector<HistoryEntry> entries);
    const QVector<HistoryEntry>& entries() const { return entries_; }
    void setHideBalances(bool hide);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    QVector<HistoryEntry> entries_;
    bool hide_ = false;
};

} // namespace models
