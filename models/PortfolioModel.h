#pragma once
// The Portfolio page's table: one row per stake position (subnet, hotkey) with its Alpha, spot
// value (α × price), exit value (a full unstake now, after slippage and fee, from the chain's
// own pool math via QuoteService), average cost basis and P&L from the wallet's own trades, and
// emissions earned (Alpha the trades do not explain). Also the totals and a value history.

#include "chainclient/NodeTypes.h"
#include "models/WalletManager.h"
#include "models/store/MarketQueries.h"

#include <QAbstractTableModel>
#include <QPointF>
#include <QVector>
#include <optional>

namespace models {

struct PortfolioRow {
    quint16 netuid = 0;
    QString subnetName;
    QString symbol;
    QString hotkey;
    quint64 alpha = 0;
    double price = 0;
    quint64 spotValue = 0;            // rao
    std::optional<quint64> exitValue; // rao; none when the pool cannot take the sale
    quint64 costBasis = 0;            // rao of TAO paid for the Alpha still held (average cost)
    qint64 realized = 0;              // rao gained or lost on Alpha already sold
    quint64 emissionAlpha = 0;        // Alpha held beyond what the trades bought
    qint64 pnl() const {
        return static_cast<qint64>(exitValue.value_or(spotValue)) - static_cast<qint64>(costBasis);
    }
    quint64 emissionValue() const {
        return static_cast<quint64>(static_cast<double>(emissionAlpha) * price + 0.5);
    }
};

struct PortfolioTotals {
    std::optional<quint64> free; // rao, when the node reported it
    quint64 spot = 0;
    quint64 exit = 0;
    quint64 cost = 0;
    qint64 pnl = 0;
    qint64 realized = 0;
    quint64 emissionValue = 0;
    quint64 total() const { return free.value_or(0) + exit; }
};

class PortfolioModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column { Subnet, Hotkey, Alpha, Price, Spot, Exit, Cost, Pnl, Emissions, ColumnCount };

    explicit PortfolioModel(QObject* parent = nullptr);

    // Pure: positions and trades (any order) of one coldkey against the subnets' newest state.
    static QVector<PortfolioRow> compute(const QVector<PositionRow>& positions,
                                         const QVector<TradeRow>& trades,
                                         const QVector<chainclient::SubnetSnapshot>& subnets);
    static PortfolioTotals totalsOf(const QVector<PortfolioRow>& rows, std::optional<quint64> free);
    // Value (TAO, y) over blocks (x) from the trades and hourly closes, min/max downsampled to
    // about `buckets` columns; the last point is the positions at spot. With the free balance
    // now, the free balance at each point is added back from the trades and credits after it
    // (a move's legs cancel), so the line is the wallet's total value.
    static QVector<QPointF> valueHistory(const QString& dbPath, const QVector<TradeRow>& trades,
                                         const QVector<PortfolioRow>& rows, quint64 headBlock, int buckets,
                                         std::optional<quint64> freeNow = std::nullopt,
                                         const QVector<ActivityEntry>& credits = {});

    // Reads the store (positions, trades, subnets) for `coldkey`; one reset per refresh.
    void refresh(const QString& dbPath, const QString& coldkey, std::optional<quint64> free);
    void setRows(QVector<PortfolioRow> rows, std::optional<quint64> free);
    const QVector<PortfolioRow>& rows() const { return rows_; }
    const QVector<TradeRow>& trades() const { return trades_; }
    PortfolioTotals totals() const { return totalsOf(rows_, free_); }
    quint64 block() const { return block_; } // the store's newest block at the last refresh

    void setHideBalances(bool hide);
    bool hideBalances() const { return hide_; }
    // Masks amounts when balances are hidden: the page's labels use it too.
    QString amount(const QString& text) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    QVector<PortfolioRow> rows_;
    QVector<TradeRow> trades_;
    std::optional<quint64> free_;
    quint64 block_ = 0;
    bool hide_ = false;
};

QString formatSignedTao(qint64 rao, int decimals = 4);

} // namespace models
