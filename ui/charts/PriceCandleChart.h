#pragma once
// The detail page's Alpha price chart: spot and EMA lines or OHLC candles, a timeframe
// selector (1H/1D/1W/1M/All) and an explorable view (zoom, pan, crosshair).

#include "models/explorer/PriceChartData.h"

#include <QPointF>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QCandlestickSeries;
class QChart;
class QComboBox;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace ui {

class InteractiveChartView;

class PriceCandleChart : public QWidget {
    Q_OBJECT
public:
    explicit PriceCandleChart(QWidget* parent = nullptr);
    void setData(const QString& title, const models::PriceChartSeries& series);
    models::Timeframe timeframe() const { return timeframe_; }
    void setTimeframe(models::Timeframe tf);
    bool candles() const;
    int pointCount() const;  // line points fed to the chart
    int candleCount() const; // candles fed to the chart
    int bucketsWanted() const;
    InteractiveChartView* view() const { return view_; }

signals:
    void timeframeChanged(models::Timeframe tf);

private:
    void applyMode();
    void applyRange();

    QChart* chart_;
    InteractiveChartView* view_;
    QLineSeries* spot_;
    QLineSeries* moving_;
    QCandlestickSeries* candles_;
    QDateTimeAxis* axisX_;
    QValueAxis* axisY_;
    QButtonGroup* timeframes_;
    QComboBox* mode_;
    models::Timeframe timeframe_ = models::Timeframe::Day;
    QPointF candleRange_; // (low, high) of the candles
    QPointF lineRange_;   // (low, high) of both lines
};

} // namespace ui
