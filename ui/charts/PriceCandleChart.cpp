#include "ui/charts/PriceCandleChart.h"

#include "models/Format.h"
#include "ui/charts/InteractiveChartView.h"

#include <QButtonGroup>
#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>

namespace ui {

PriceCandleChart::PriceCandleChart(QWidget* parent) : QWidget(parent) {
    chart_ = new QChart;
    spot_ = new QLineSeries;
    spot_->setName(tr("Spot price (TAO/α)"));
    moving_ = new QLineSeries;
    moving_->setName(tr("EMA price (TAO/α)"));
    candles_ = new QCandlestickSeries;
    candles_->setName(tr("OHLC (TAO/α)"));
    candles_->setIncreasingColor(QColor(0x2e, 0x9e, 0x5b));
    candles_->setDecreasingColor(QColor(0xd2, 0x4b, 0x3c));
    candles_->setBodyWidth(0.7);
    axisX_ = new QDateTimeAxis;
    axisX_->setTitleText(tr("Time (UTC)"));
    axisY_ = new QValueAxis;
    axisY_->setTitleText(tr("TAO per α"));
    chart_->addAxis(axisX_, Qt::AlignBottom);
    chart_->addAxis(axisY_, Qt::AlignLeft);
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(spot_), static_cast<QAbstractSeries*>(moving_),
                               static_cast<QAbstractSeries*>(candles_)}) {
        chart_->addSeries(s);
        s->attachAxis(axisX_);
        s->attachAxis(axisY_);
    }
    chart_->legend()->setAlignment(Qt::AlignTop);
    chart_->setMargins(QMargins(4, 4, 4, 4));
    view_ = new InteractiveChartView(chart_, this);
    view_->setObjectName(QStringLiteral("priceCandleView"));
    view_->setValueText([](QPointF v) {
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(v.x()), Qt::UTC).toString(QStringLiteral("MMM d HH:mm")) +
               QStringLiteral("\n") + models::formatPrice(v.y()) + QStringLiteral(" per α");
    });

    auto* bar = new QHBoxLayout;
    timeframes_ = new QButtonGroup(this);
    const std::pair<const char*, models::Timeframe> tfs[] = {{"1H", models::Timeframe::Hour}, {"1D", models::Timeframe::Day},
                                                             {"1W", models::Timeframe::Week}, {"1M", models::Timeframe::Month},
                                                             {"All", models::Timeframe::All}};
    for (const auto& [name, tf] : tfs) {
        auto* b = new QToolButton(this);
        b->setText(QString::fromLatin1(name));
        b->setObjectName(QStringLiteral("timeframe") + QString::fromLatin1(name));
        b->setCheckable(true);
        b->setChecked(tf == timeframe_);
        b->setToolTip(tr("Show the last %1 of prices").arg(QString::fromLatin1(name)));
        timeframes_->addButton(b, static_cast<int>(tf));
        bar->addWidget(b);
    }
    connect(timeframes_, &QButtonGroup::idClicked, this, [this](int id) {
        timeframe_ = static_cast<models::Timeframe>(id);
        emit timeframeChanged(timeframe_);
    });
    mode_ = new QComboBox(this);
    mode_->setObjectName(QStringLiteral("priceMode"));
    mode_->addItem(tr("Line"));
    mode_->addItem(tr("Candles"));
    mode_->setToolTip(tr("Spot and EMA price as lines, or open/high/low/close candles of the recorded trades (block prices where an interval has none)"));
    connect(mode_, &QComboBox::currentIndexChanged, this, [this] { applyMode(); });
    auto* png = new QToolButton(this);
    png->setObjectName(QStringLiteral("exportPricePng"));
    png->setText(tr("Save PNG…"));
    png->setToolTip(tr("Save the chart as shown as a PNG image"));
    connect(png, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), QStringLiteral("alpha-price.png"), tr("PNG images (*.png)"));
        if (!path.isEmpty()) view_->exportPng(path);
    });
    bar->addStretch(1);
    bar->addWidget(mode_);
    bar->addWidget(png);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);
    applyMode();
}

void PriceCandleChart::setTimeframe(models::Timeframe tf) {
    if (auto* b = timeframes_->button(static_cast<int>(tf))) b->click();
}

bool PriceCandleChart::candles() const { return mode_->currentIndex() == 1; }
int PriceCandleChart::pointCount() const { return static_cast<int>(spot_->count() + moving_->count()); }
int PriceCandleChart::candleCount() const { return static_cast<int>(candles_->count()); }
int PriceCandleChart::bucketsWanted() const { return std::max(100, view_->width() > 0 ? view_->width() : width()); }

void PriceCandleChart::applyMode() {
    const bool c = candles();
    candles_->setVisible(c);
    spot_->setVisible(!c);
    moving_->setVisible(!c);
    applyRange();
}

void PriceCandleChart::applyRange() {
    const QPointF r = candles() && candles_->count() > 0 ? candleRange_ : lineRange_;
    const double lo = r.x(), hi = r.y();
    if (hi <= 0) return;
    const double pad = std::max((hi - lo) * 0.05, hi * 1e-4);
    axisY_->setRange(std::max(0.0, lo - pad), hi + pad);
    axisY_->setLabelFormat(QStringLiteral("%.%1f").arg(hi < 0.01 ? 6 : hi < 1 ? 4 : 2));
}

void PriceCandleChart::setData(const QString& title, const models::PriceChartSeries& series) {
    chart_->setTitle(title);
    spot_->replace(series.spot);
    moving_->replace(series.moving);
    candles_->clear();
    QList<QCandlestickSet*> sets;
    sets.reserve(series.candles.size());
    // Each mode gets the value range of what it shows: candles alone, or both lines.
    candleRange_ = lineRange_ = {0, 0};
    bool any = false;
    for (const auto& c : series.candles) {
        sets.push_back(new QCandlestickSet(c.open, c.high, c.low, c.close, static_cast<qreal>(c.startMs + series.candleMs / 2)));
        candleRange_ = any ? QPointF(std::min(candleRange_.x(), c.low), std::max(candleRange_.y(), c.high)) : QPointF(c.low, c.high);
        any = true;
    }
    candles_->append(sets);
    any = false;
    for (const auto* list : {&series.spot, &series.moving})
        for (const QPointF& p : *list) {
            lineRange_ = any ? QPointF(std::min(lineRange_.x(), p.y()), std::max(lineRange_.y(), p.y())) : QPointF(p.y(), p.y());
            any = true;
        }
    chart_->zoomReset();
    if (!any || series.spot.isEmpty()) return;
    applyRange();
    const qint64 x0 = static_cast<qint64>(series.spot.front().x()), x1 = static_cast<qint64>(series.spot.back().x());
    axisX_->setFormat(x1 - x0 > 3LL * 86'400'000 ? QStringLiteral("MMM d") : QStringLiteral("MMM d HH:mm"));
    axisX_->setRange(QDateTime::fromMSecsSinceEpoch(x0, Qt::UTC), QDateTime::fromMSecsSinceEpoch(x1, Qt::UTC));
}

} // namespace ui
