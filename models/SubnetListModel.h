#pragma once
// The subnet table: the newest snapshot of every subnet with its price changes, 24 h volume,
// lifecycle stage and pruning rank (models/explorer). refresh() re-reads and emits one
// dataChanged for the whole table when the set of subnets is unchanged.

#include "models/explorer/ExplorerQueries.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QVector>

namespace models {

struct SubnetRow {
    int netuid = 0;
    QString name;
    QString symbol;
    double price = 0;
    double movingPrice = 0;
    quint64 taoIn = 0;
    quint64 alphaIn = 0;
    quint64 alphaOut = 0;
    double emissionShare = 0;
    std::optional<double> change1h, change24h, change7d;
    quint64 volume24h = 0;
    LifecycleStage stage = LifecycleStage::Creation;
    PruningStatus pruning;
    quint16 nUids = 0;
    quint16 maxUids = 0;
    quint16 nValidators = 0;
    quint64 registeredAt = 0;
    double marketCapTao() const { return static_cast<double>(alphaIn + alphaOut) / 1e9 * price; }
};

class SubnetListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Netuid, Name, Symbol, Price, Change1h, Change24h, Change7d, MarketCap, EmissionShare, TaoIn, AlphaIn, AlphaOut,
        Volume24h, Stage, PruningRank, Participants, Age, ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1; // raw value for sorting (numbers, lower-case text)
    static constexpr int NetuidRole = Qt::UserRole + 2;
    static constexpr int StageRole = Qt::UserRole + 3;     // LifecycleStage as int
    static constexpr int FavouriteRole = Qt::UserRole + 4; // bool

    explicit SubnetListModel(QString dbPath, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Re-reads the store. Returns false (and keeps the old rows) if the store cannot be read.
    bool refresh();
    quint64 block() const { return block_; }
    const QVector<SubnetRow>& rows() const { return rows_; }
    const SubnetRow* row(int netuid) const;
    // Everything the last refresh read (snapshots with owner, tempo, emissions; issuance; root stake).
    const NetworkOverview& network() const { return network_; }
    const SubnetOverview* overview(int netuid) const;

    // Favourites are pinned to the top by SubnetFilterProxy; the page persists them.
    void setFavourites(const QSet<int>& netuids);
    void toggleFavourite(int netuid);
    const QSet<int>& favourites() const { return favourites_; }

signals:
    void favouritesChanged(const QSet<int>& netuids);

private:
    QString dbPath_;
    QVector<SubnetRow> rows_;
    NetworkOverview network_;
    QSet<int> favourites_;
    quint64 block_ = 0;
};

// "3 d 4 h" for a span of 12-second blocks.
QString formatBlockAge(quint64 blocks);
// "+1.23 %" / "−0.50 %" / "—" when unknown.
QString formatChange(const std::optional<double>& change);

} // namespace models
