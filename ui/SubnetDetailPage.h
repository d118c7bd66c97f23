#pragma once
// One subnet in depth: header figures, Alpha price (line or candles, timeframes, zoom),
// emission over time, lifecycle timeline, pool depth and hyperparameters. Figures come from
// the subnet table's last refresh; charts load off the GUI thread (models::ExplorerLoader).

#include "models/explorer/ExplorerQueries.h"

#include <QHash>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QFormLayout;
class QStandardItemModel;
class QTableView;
class QLabel;
class QTabWidget;
QT_END_NAMESPACE

namespace models {
class ExplorerLoader;
class MetagraphModel;
class SubnetListModel;
}

namespace ui {

class LifecycleLanesChart;
class PoolDepthChart;
class PriceCandleChart;
class SubnetEmissionChart;

class SubnetDetailPage : public QWidget {
    Q_OBJECT
public:
    SubnetDetailPage(models::SubnetListModel* model, const QString& dbPath, QWidget* parent = nullptr);

    void showSubnet(int netuid);
    int netuid() const { return netuid_; }
    // Re-reads figures and charts (called on the refresh tick while the page is visible).
    void refresh();

    PriceCandleChart* priceChart() const { return price_; }
    SubnetEmissionChart* emissionChart() const { return emission_; }
    LifecycleLanesChart* lifecycleChart() const { return lifecycle_; }
    PoolDepthChart* poolDepthChart() const { return depth_; }
    QTabWidget* tabs() const { return tabs_; }
    QTableView* metagraphTable() const { return metagraphTable_; }
    QStandardItemModel* hyperparameterModel() const { return hyperModel_; } // what the Hyperparameters tab lists

private:
    void fillFigures();
    QLabel* figure(const QString& name, const QString& label, const QString& tip, int row, int column);

    models::SubnetListModel* model_;
    QString dbPath_;
    models::ExplorerLoader* loader_;
    int netuid_ = -1;
    QLabel* title_;
    QHash<QString, QLabel*> figures_;
    QFormLayout* hyper_;
    QStandardItemModel* hyperModel_;
    QWidget* hyperPage_;
    PriceCandleChart* price_;
    SubnetEmissionChart* emission_;
    LifecycleLanesChart* lifecycle_;
    PoolDepthChart* depth_;
    QTabWidget* tabs_;
    models::MetagraphModel* metagraph_;
    QTableView* metagraphTable_;
};

} // namespace ui
