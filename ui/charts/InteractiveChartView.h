#pragma once
// A chart view people can explore: wheel zooms around the cursor, left-drag zooms into a box,
// right- or middle-drag pans, double-click resets, and a crosshair follows the mouse with a
// tooltip of the time and value under it (formatted by the owner, so units stay labelled).

#include <QChartView>
#include <functional>

QT_BEGIN_NAMESPACE
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QGraphicsRectItem;
QT_END_NAMESPACE

namespace ui {

class InteractiveChartView : public QChartView {
    Q_OBJECT
public:
    explicit InteractiveChartView(QChart* chart, QWidget* parent = nullptr);
    // Text for the crosshair at a chart value (x, y); empty hides the label.
    void setValueText(std::function<QString(QPointF)> text) { valueText_ = std::move(text); }
    // Saves the chart as a PNG; false if it cannot be written.
    bool exportPng(const QString& path);

signals:
    void zoomReset();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void updateCrosshair(const QPointF& pos);

    std::function<QString(QPointF)> valueText_;
    QGraphicsLineItem* vLine_ = nullptr;
    QGraphicsLineItem* hLine_ = nullptr;
    QGraphicsRectItem* labelBox_ = nullptr;
    QGraphicsSimpleTextItem* label_ = nullptr;
    bool panning_ = false;
    QPointF lastPan_;
};

} // namespace ui
