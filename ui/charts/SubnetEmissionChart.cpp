#include "ui/charts/SubnetEmissionChart.h"

#include "models/Format.h"
#include "ui/charts/InteractiveChartView.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace ui {

SubnetEmissionChart::SubnetEmissionChart(QWidget* parent) : QWidget(parent) {
    chart_ = new QChart;
    chart_->setTitle(tr("Emission per day"));
    setToolTip(tr("TAO injected into this subnet's pool per day (TAO axis), Alpha minted per day (α axis) and the subnet's "
                  "share of the network's TAO emission (%, right axis), at the current rate of each sample"));
    tao_ = new QLineSeries;
    tao_->setName(tr("TAO / day"));
    alpha_ = new QLineSeries;
    alpha_->setName(tr("α / day"));
    share_ = new QLineSeries;
    share_->setName(tr("Network share (%)"));
    axisX_ = new QDateTimeAxis;
    axisX_->setTitleText(tr("Time (UTC)"));
    axisX_->setTickCount(4);
    axisAmount_ = new QValueAxis;
    axisAmount_->setTitleText(tr("TAO per day"));
    axisAmount_->setLabelFormat(QStringLiteral("%.2f"));
    axisAlpha_ = new QValueAxis;
    axisAlpha_->setTitleText(tr("α per day"));
    axisAlpha_->setLabelFormat(QStringLiteral("%.0f"));
    axisShare_ = new QValueAxis;
    axisShare_->setTitleText(tr("Share (%)"));
    axisShare_->setLabelFormat(QStringLiteral("%.2f"));
    chart_->addAxis(axisX_, Qt::AlignBottom);
    chart_->addAxis(axisAmount_, Qt::AlignLeft);
    chart_->addAxis(axisAlpha_, Qt::AlignLeft);
    chart_->addAxis(axisShare_, Qt::AlignRight);
    chart_->addSeries(tao_);
    tao_->attachAxis(axisX_);
    tao_->attachAxis(axisAmount_);
    chart_->addSeries(alpha_);
    alpha_->attachAxis(axisX_);
    alpha_->attachAxis(axisAlpha_);
    chart_->addSeries(share_);
    share_->attachAxis(axisX_);
    share_->attachAxis(axisShare_);
    chart_->legend()->setAlignment(Qt::AlignTop);
    chart_->legend()->setShowToolTips(true); // full names when a narrow chart elides them
    chart_->setMargins(QMargins(4, 4, 4, 4));
    view_ = new InteractiveChartView(chart_, this);
    view_->setObjectName(QStringLiteral("emissionChartView"));
    view_->setValueText([](QPointF v) {
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(v.x()), Qt::UTC).toString(QStringLiteral("MMM d HH:mm")) +
               QStringLiteral("\n") + models::formatAmount(v.y(), 2) + QStringLiteral(" TAO per day");
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
}

int SubnetEmissionChart::pointCount() const { return static_cast<int>(tao_->count() + alpha_->count() + share_->count()); }

void SubnetEmissionChart::setHistory(const models::SubnetHistory& subnet) {
    QVector<QPointF> tao, alpha, share;
    double hiTao = 0, hiAlpha = 0, hiShare = 0;
    for (int i = 0; i < subnet.samples.size(); ++i) {
        const double x = static_cast<double>(subnet.samples[i].timestampMs);
        const double t = static_cast<double>(subnet.taoEmission[i]) * models::kBlocksPerDay / 1e9;
        const double a = static_cast<double>(subnet.alphaEmission[i]) * models::kBlocksPerDay / 1e9;
        tao.push_back({x, t});
        alpha.push_back({x, a});
        share.push_back({x, subnet.samples[i].emissionShare * 100.0});
        hiTao = std::max(hiTao, t);
        hiAlpha = std::max(hiAlpha, a);
        hiShare = std::max(hiShare, subnet.samples[i].emissionShare * 100.0);
    }
    tao_->replace(tao);
    alpha_->replace(alpha);
    share_->replace(share);
    chart_->zoomReset();
    if (tao.isEmpty()) return;
    axisAmount_->setRange(0, hiTao * 1.1 + 0.01);
    axisAlpha_->setRange(0, hiAlpha * 1.1 + 1);
    axisShare_->setRange(0, hiShare * 1.1 + 0.01);
    axisX_->setFormat(tao.back().x() - tao.front().x() > 3 * 86'400'000.0 ? QStringLiteral("MMM d") : QStringLiteral("MMM d HH:mm"));
    axisX_->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(tao.front().x()), Qt::UTC),
                     QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(tao.back().x()), Qt::UTC));
}

} // namespace ui
