#pragma once
// Price impact against trade size for staking and unstaking on one subnet (log trade size).

#include "models/explorer/PoolDepth.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace ui {

class InteractiveChartView;

class PoolDepthChart : public QWidget {
    Q_OBJECT
public:
    explicit PoolDepthChart(QWidget* parent = nullptr);
    void setCurve(const QString& title, const models::PoolDepthCurve& curve);
    int pointCount() const;

private:
    QChart* chart_;
    InteractiveChartView* view_;
    QLineSeries* stake_;
    QLineSeries* unstake_;
    QLogValueAxis* axisX_;
    QValueAxis* axisY_;
};

} // namespace ui
