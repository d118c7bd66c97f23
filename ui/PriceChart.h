#pragma once
// Alpha price line chart for one subnet (spot and EMA). Series are filled with replace(),
// never point by point (toolchain.md §7b).

#include "models/PriceHistory.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLineSeries;
class QDateTimeAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace ui {

class PriceChart : public QWidget {
    Q_OBJECT
public:
    explicit PriceChart(QWidget* parent = nullptr);
    void setSeries(const QString& title, const models::PriceSeries& series);
    int pointCount() const;
    // Buckets to request from the model: about one per horizontal pixel.
    int bucketsWanted() const;

private:
    QChart* chart_;
    QChartView* view_;
    QLineSeries* spot_;
    QLineSeries* moving_;
    QDateTimeAxis* axisX_;
    QValueAxis* axisY_;
};

} // namespace ui
