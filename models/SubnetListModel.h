#pragma once
// The subnet table: the newest snapshot of every subnet, read from SQLite. refresh() re-reads
// and emits one dataChanged for the whole table when the set of subnets is unchanged.

#include <QAbstractTableModel>
#include <QVector>

namespace models {

struct SubnetRow {
    int netuid = 0;
    QString name;
    QString symbol;
    double price = 0;
    quint64 taoIn = 0;
    quint64 alphaIn = 0;
    quint64 alphaOut = 0;
    double emissionShare = 0;
    double marketCapTao() const { return static_cast<double>(alphaIn + alphaOut) / 1e9 * price; }
};

class SubnetListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Netuid, Name, Symbol, Price, TaoIn, AlphaIn, MarketCap, EmissionShare, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1; // raw numeric value for sorting
    static constexpr int NetuidRole = Qt::UserRole + 2;

    explicit SubnetListModel(QString dbPath, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Re-reads the store. Returns false (and keeps the old rows) if the store cannot be read.
    bool refresh();
    quint64 block() const { return block_; }
    const QVector<SubnetRow>& rows() const { return rows_; }

private:
    QString dbPath_;
    QVector<SubnetRow> rows_;
    quint64 block_ = 0;
};

} // namespace models
