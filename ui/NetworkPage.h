#pragma once
// The whole network: emission allocation over time (stacked, top subnets + others) and now
// (donut), lifecycle swimlanes of every subnet, total issuance with progress to the next
// halving, and root stake with its proportion.

#include "models/explorer/ExplorerQueries.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QPieSeries;
class QProgressBar;
class QValueAxis;
QT_END_NAMESPACE

namespace models {
class ExplorerLoader;
class SubnetListModel;
}

namespace ui {

class InteractiveChartView;
class LifecycleLanesChart;

class NetworkPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kTopSubnets = 8;

    NetworkPage(models::SubnetListModel* model, QString dbPath, QWidget* parent = nullptr);
    void refresh();

    int bandCount() const;
    int pointCount() const; // points fed to the stacked chart, all bands
    int sliceCount() const;
    LifecycleLanesChart* lanes() const { return lanes_; }
    InteractiveChartView* allocationView() const { return allocationView_; }

private:
    void showHistory(const models::NetworkHistory& history);
    void fillFigures();

    models::SubnetListModel* model_;
    models::ExplorerLoader* loader_;
    models::NetworkHistory history_;
    QLabel* issuance_;
    QLabel* rootStake_;
    QLabel* rootProportion_;
    QProgressBar* halving_;
    QChart* allocation_;
    InteractiveChartView* allocationView_;
    QDateTimeAxis* axisX_;
    QValueAxis* axisY_;
    QChart* donut_;
    QPieSeries* pie_;
    QComboBox* laneOrder_;
    LifecycleLanesChart* lanes_;
};

} // namespace ui
