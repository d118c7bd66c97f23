#include "ui/PriceChart.h"

#include <QChart>
#include <QDateTime>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>

namespace ui {

PriceChart::PriceChart(QWidget* parent) : QWidget(parent) {
    chart_ = new QChart;
    spot_ = new QLineSeries;
    spot_->setName(tr("Spot price (TAO/α)"));
    moving_ = new QLineSeries;
    moving_->setName(tr("EMA price (TAO/α)"));
    chart_->addSeries(spot_);
    chart_->addSeries(moving_);
    axisX_ = new QDateTimeAxis;
    axisX_->setFormat(QStringLiteral("MMM d HH:mm"));
    axisX_->setTitleText(tr("Time"));
    axisY_ = new QValueAxis;
    axisY_->setTitleText(tr("TAO per α"));
    axisY_->setLabelFormat(QStringLiteral("%.4f"));
    chart_->addAxis(axisX_, Qt::AlignBottom);
    chart_->addAxis(axisY_, Qt::AlignLeft);
    for (auto* s : {spot_, moving_}) {
        s->attachAxis(axisX_);
        s->attachAxis(axisY_);
    }
    chart_->legend()->setAlignment(Qt::AlignTop);
    chart_->setMargins(QMargins(4, 4, 4, 4));
    view_ = new QChartView(chart_);
    view_->setObjectName(QStringLiteral("priceChartView"));
    view_->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
}

int PriceChart::bucketsWanted() const { return std::max(100, width()); }

int PriceChart::pointCount() const { return static_cast<int>(spot_->count()); }

void PriceChart::setSeries(const QString& title, const models::PriceSeries& series) {
    chart_->setTitle(title);
    spot_->replace(series.spot);
    moving_->replace(series.moving);
    if (series.spot.isEmpty()) return;
    double lo = series.spot.front().y(), hi = lo;
    for (const auto* list : {&series.spot, &series.moving})
        for (const QPointF& p : *list) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    const double pad = std::max((hi - lo) * 0.05, hi * 1e-4);
    axisY_->setRange(std::max(0.0, lo - pad), hi + pad);
    // Decimals that keep the axis labels readable without exponents.
    const int decimals = hi < 0.01 ? 6 : hi < 1 ? 4 : 2;
    axisY_->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    axisX_->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(series.spot.front().x()), Qt::UTC),
                     QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(series.spot.back().x()), Qt::UTC));
}

} // namespace ui
