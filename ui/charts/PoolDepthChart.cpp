#include "ui/charts/PoolDepthChart.h"

#include "models/Format.h"
#include "ui/charts/InteractiveChartView.h"

#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>
#include <QVBoxLayout>

namespace ui {

PoolDepthChart::PoolDepthChart(QWidget* parent) : QWidget(parent) {
    chart_ = new QChart;
    stake_ = new QLineSeries;
    stake_->setName(tr("Stake: price rises"));
    unstake_ = new QLineSeries;
    unstake_->setName(tr("Unstake (α valued in TAO): price falls"));
    axisX_ = new QLogValueAxis;
    axisX_->setTitleText(tr("Trade size (TAO)"));
    axisX_->setLabelFormat(QStringLiteral("%.1f"));
    axisX_->setBase(10);
    axisY_ = new QValueAxis;
    axisY_->setTitleText(tr("Price impact (%)"));
    axisY_->setLabelFormat(QStringLiteral("%.1f"));
    chart_->addAxis(axisX_, Qt::AlignBottom);
    chart_->addAxis(axisY_, Qt::AlignLeft);
    for (auto* s : {stake_, unstake_}) {
        chart_->addSeries(s);
        s->attachAxis(axisX_);
        s->attachAxis(axisY_);
    }
    stake_->setColor(QColor(0x2e, 0x9e, 0x5b));
    unstake_->setColor(QColor(0xd2, 0x4b, 0x3c));
    chart_->legend()->setAlignment(Qt::AlignTop);
    chart_->setMargins(QMargins(4, 4, 4, 4));
    view_ = new InteractiveChartView(chart_, this);
    view_->setObjectName(QStringLiteral("poolDepthView"));
    view_->setValueText([](QPointF v) {
        return models::formatAmount(v.x(), 2) + QStringLiteral(" TAO\n") + models::formatAmount(v.y(), 2) + QStringLiteral(" % impact");
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
}

int PoolDepthChart::pointCount() const { return static_cast<int>(stake_->count() + unstake_->count()); }

void PoolDepthChart::setCurve(const QString& title, const models::PoolDepthCurve& curve) {
    chart_->setTitle(title);
    stake_->replace(curve.stake);
    unstake_->replace(curve.unstake);
    if (curve.stake.isEmpty()) return;
    double lo = 0, hi = 0;
    for (const auto* list : {&curve.stake, &curve.unstake})
        for (const QPointF& p : *list) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    axisY_->setRange(lo * 1.05, hi * 1.05 + 0.01);
    axisX_->setRange(curve.stake.front().x(), curve.stake.back().x());
}

} // namespace ui
