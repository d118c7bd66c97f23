#pragma once
// Lifecycle swimlanes: one row per subnet, coloured by stage over time, with markers for
// registration (▼), start (▲) and pruning risk (red ticks). One lane on the detail page, all
// subnets on the network page. Painted directly: a few hundred rectangles per repaint.

#include "models/explorer/LifecycleTimeline.h"

#include <QWidget>

namespace ui {

class LifecycleLanesChart : public QWidget {
    Q_OBJECT
public:
    explicit LifecycleLanesChart(QWidget* parent = nullptr);
    void setLanes(const QVector<models::LifecycleLane>& lanes, qint64 fromMs, qint64 toMs);
    int laneCount() const { return static_cast<int>(lanes_.size()); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QVector<models::LifecycleLane> lanes_;
    qint64 fromMs_ = 0;
    qint64 toMs_ = 1;
};

} // namespace ui
