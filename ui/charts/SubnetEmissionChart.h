#pragma once
// One subnet's emission over time: TAO into its pool and Alpha minted per day (left axis,
// labelled units) and its share of the network's emission (right axis, percent).

#include "models/explorer/ExplorerQueries.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace ui {

class InteractiveChartView;

class SubnetEmissionChart : public QWidget {
    Q_OBJECT
public:
    explicit SubnetEmissionChart(QWidget* parent = nullptr);
    void setHistory(const models::SubnetHistory& subnet);
    int pointCount() const;
    InteractiveChartView* view() const { return view_; }

private:
    QChart* chart_;
    InteractiveChartView* view_;
    QLineSeries* tao_;
    QLineSeries* alpha_;
    QLineSeries* share_;
    QDateTimeAxis* axisX_;
    QValueAxis* axisAmount_;
    QValueAxis* axisAlpha_;
    QValueAxis* axisShare_;
};

} // namespace ui
