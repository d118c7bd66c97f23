#pragma once
// Validators across subnets: every delegate (take, nominators, total stake) and every hotkey
// holding a validator permit at its subnet's newest stored epoch, with its Alpha dividends
// turned into TAO per day at today's prices and a compounded yearly estimate on its stake.

#include <QAbstractTableModel>
#include <QStringList>
#include <optional>

namespace models {

struct ValidatorRow {
    QString hotkey;
    std::optional<double> take; // fraction; nullopt when not a delegate
    int nominators = 0;
    quint64 totalStake = 0;     // TAO rao (delegate total stake)
    double dividendsPerDayTao = 0; // validator Alpha emission per day × spot price, summed over subnets
    std::optional<double> apy;  // (1 + daily / stake)^365 − 1, nominators' view (after take)
    QList<int> subnets;         // netuids where it holds a permit
};

class ValidatorListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Hotkey, Take, TotalStake, Nominators, DividendsPerDay, Apy, Subnets, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ValidatorListModel(QString dbPath, QObject* parent = nullptr);
    static QVector<ValidatorRow> load(const QString& dbPath);
    bool refresh();
    const QVector<ValidatorRow>& rows() const { return rows_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString dbPath_;
    QVector<ValidatorRow> rows_;
};

} // namespace models
