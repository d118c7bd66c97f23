#pragma once
// Subnets page: the sortable, filterable subnet table and the selected subnet's price chart.

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace models {
class PriceHistoryLoader;
class SubnetListModel;
}

namespace ui {

class PriceChart;

class SubnetsPage : public QWidget {
    Q_OBJECT
public:
    SubnetsPage(models::SubnetListModel* model, QString dbPath, QWidget* parent = nullptr);

    // Re-reads the table and the chart of the selected subnet (called on the refresh tick).
    void refresh();
    int selectedNetuid() const;
    void selectNetuid(int netuid);
    PriceChart* priceChart() const { return chart_; }

private:
    void reloadChart();

    models::SubnetListModel* model_;
    QString dbPath_;
    QSortFilterProxyModel* proxy_;
    QTableView* table_;
    QLineEdit* filter_;
    PriceChart* chart_;
    models::PriceHistoryLoader* loader_;
};

} // namespace ui
