#pragma once
// One subnet's metagraph at its newest stored epoch (MarketQueries::metagraph) as a table:
// UID, hotkey, coldkey, stake, incentive, dividends, emission, validator trust, permit, active.

#include "chainclient/NodeTypes.h"

#include <QAbstractTableModel>

namespace models {

class MetagraphModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Uid, Hotkey, Coldkey, Stake, Incentive, Dividends, Emission, ValidatorTrust, Permit, Active, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit MetagraphModel(QString dbPath, QObject* parent = nullptr);
    // Reads the subnet's newest epoch; one reset per call.
    void load(int netuid, const QString& symbol);
    quint64 epochBlock() const { return epochBlock_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString dbPath_;
    QString symbol_;
    QVector<chainclient::MetagraphRow> rows_;
    quint64 epochBlock_ = 0;
};

} // namespace models
