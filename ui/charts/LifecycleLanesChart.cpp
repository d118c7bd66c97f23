#include "ui/charts/LifecycleLanesChart.h"

#include "ui/StageBadgeDelegate.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

namespace ui {
namespace {
constexpr int kLegendHeight = 22;
constexpr int kAxisHeight = 22;
constexpr int kLaneHeight = 16;
constexpr int kLaneGap = 3;
}

LifecycleLanesChart::LifecycleLanesChart(QWidget* parent) : QWidget(parent) {
    setToolTip(tr("Lifecycle stage over time. ▼ registration, ▲ start call, red ticks: among the next three to be pruned"));
}

void LifecycleLanesChart::setLanes(const QVector<models::LifecycleLane>& lanes, qint64 fromMs, qint64 toMs) {
    lanes_ = lanes;
    fromMs_ = fromMs;
    toMs_ = std::max(toMs, fromMs + 1);
    updateGeometry();
    update();
}

QSize LifecycleLanesChart::sizeHint() const {
    return {600, kLegendHeight + kAxisHeight + static_cast<int>(std::max<qsizetype>(1, lanes_.size())) * (kLaneHeight + kLaneGap) + 8};
}

// Lanes keep their readable height; a scroll area around many of them scrolls.
QSize LifecycleLanesChart::minimumSizeHint() const { return {300, sizeHint().height()}; }

void LifecycleLanesChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    int labelWidth = 0;
    for (const auto& l : lanes_) labelWidth = std::max(labelWidth, fm.horizontalAdvance(l.label));
    labelWidth = std::min(labelWidth + 10, width() / 4);
    const QRect plot(labelWidth, kLegendHeight, width() - labelWidth - 10, height() - kLegendHeight - kAxisHeight);
    const auto xOf = [&](qint64 ms) {
        return plot.left() + static_cast<double>(ms - fromMs_) / static_cast<double>(toMs_ - fromMs_) * plot.width();
    };

    // Legend.
    int lx = plot.left();
    for (auto st : {models::LifecycleStage::Creation, models::LifecycleStage::ColdStart, models::LifecycleStage::Growth,
                    models::LifecycleStage::Maturity, models::LifecycleStage::Decline}) {
        p.fillRect(QRect(lx, 6, 12, 12), StageBadgeDelegate::colour(st));
        p.setPen(palette().color(QPalette::Text));
        const QString name = models::lifecycleStageLabel(st);
        p.drawText(lx + 16, 16, name);
        lx += 28 + fm.horizontalAdvance(name);
    }

    const int laneStep = lanes_.isEmpty() ? kLaneHeight : std::max(4, std::min(kLaneHeight + kLaneGap, plot.height() / static_cast<int>(lanes_.size())));
    const int barHeight = std::max(3, laneStep - kLaneGap);
    for (int i = 0; i < lanes_.size(); ++i) {
        const auto& lane = lanes_[i];
        const int y = plot.top() + i * laneStep;
        if (barHeight >= fm.height() - 4) {
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(0, y, labelWidth - 6, barHeight), Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(lane.label, Qt::ElideRight, labelWidth - 6));
        }
        for (const auto& seg : lane.segments) {
            const double x0 = xOf(seg.fromMs), x1 = std::max(xOf(seg.toMs), x0 + 1.0);
            p.fillRect(QRectF(x0, y, x1 - x0, barHeight), StageBadgeDelegate::colour(seg.stage));
        }
        p.setPen(QPen(QColor(0xb0, 0x00, 0x20), 2));
        for (qint64 t : lane.pruneRiskMs) p.drawLine(QPointF(xOf(t), y + barHeight - 4), QPointF(xOf(t), y + barHeight));
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Text));
        if (lane.registeredMs) {
            const double x = xOf(*lane.registeredMs);
            p.drawPolygon(QPolygonF({QPointF(x - 4, y), QPointF(x + 4, y), QPointF(x, y + 6)}));
        }
        if (lane.startedMs) {
            const double x = xOf(*lane.startedMs);
            p.drawPolygon(QPolygonF({QPointF(x - 4, y + barHeight), QPointF(x + 4, y + barHeight), QPointF(x, y + barHeight - 6)}));
        }
    }

    // Time axis: five labels.
    p.setPen(palette().color(QPalette::Text));
    const int axisY = plot.top() + static_cast<int>(lanes_.size()) * laneStep + 2;
    p.drawLine(plot.left(), axisY, plot.right(), axisY);
    const bool days = toMs_ - fromMs_ > 3LL * 86'400'000;
    for (int k = 0; k <= 4; ++k) {
        const qint64 t = fromMs_ + (toMs_ - fromMs_) * k / 4;
        const QString text = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(days ? QStringLiteral("MMM d") : QStringLiteral("MMM d HH:mm"));
        const int x = static_cast<int>(xOf(t));
        const int w = fm.horizontalAdvance(text);
        p.drawLine(x, axisY, x, axisY + 4);
        p.drawText(std::clamp(x - w / 2, 0, width() - w), axisY + 4 + fm.ascent(), text);
    }
}

} // namespace ui
