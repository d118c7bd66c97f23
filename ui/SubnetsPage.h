#pragma once
// Subnets page: the sortable, filterable subnet table (stage badges, pinned favourites) and the
// selected subnet's price chart. Double-click (or Enter) opens the subnet's detail page.

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace models {
class PriceHistoryLoader;
class SubnetFilterProxy;
class SubnetListModel;
}

namespace ui {

class PriceChart;

class SubnetsPage : public QWidget {
    Q_OBJECT
public:
    SubnetsPage(models::SubnetListModel* model, QString dbPath, QWidget* parent = nullptr);
    ~SubnetsPage() override;

    // Re-reads the table and the chart of the selected subnet (called on the refresh tick).
    void refresh();
    int selectedNetuid() const;
    void selectNetuid(int netuid);
    PriceChart* priceChart() const { return chart_; }
    QTableView* table() const { return table_; }
    bool exportCsv(const QString& path);

signals:
    void openSubnet(int netuid);

private:
    void reloadChart();
    void saveState() const;

    models::SubnetListModel* model_;
    QString dbPath_;
    models::SubnetFilterProxy* proxy_;
    QTableView* table_;
    QLineEdit* filter_;
    QComboBox* stageFilter_;
    QPushButton* favourite_;
    PriceChart* chart_;
    models::PriceHistoryLoader* loader_;
};

} // namespace ui
