#include "ui/charts/InteractiveChartView.h"

#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QPen>
#include <QWheelEvent>

namespace ui {

InteractiveChartView::InteractiveChartView(QChart* chart, QWidget* parent) : QChartView(chart, parent) {
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setMouseTracking(true);
    QPen pen(QColor(120, 120, 120, 160));
    pen.setStyle(Qt::DashLine);
    vLine_ = new QGraphicsLineItem(chart);
    hLine_ = new QGraphicsLineItem(chart);
    vLine_->setPen(pen);
    hLine_->setPen(pen);
    labelBox_ = new QGraphicsRectItem(chart);
    labelBox_->setBrush(QColor(255, 255, 255, 230));
    labelBox_->setPen(QPen(QColor(120, 120, 120)));
    label_ = new QGraphicsSimpleTextItem(labelBox_);
    for (QGraphicsItem* item : {static_cast<QGraphicsItem*>(vLine_), static_cast<QGraphicsItem*>(hLine_),
                                static_cast<QGraphicsItem*>(labelBox_)}) {
        item->setZValue(100);
        item->hide();
    }
}

bool InteractiveChartView::exportPng(const QString& path) {
    for (QGraphicsItem* item : {static_cast<QGraphicsItem*>(vLine_), static_cast<QGraphicsItem*>(hLine_),
                                static_cast<QGraphicsItem*>(labelBox_)})
        item->hide();
    return grab().save(path, "PNG");
}

void InteractiveChartView::wheelEvent(QWheelEvent* event) {
    const double factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    // Zoom around the cursor: scale the plot area's rectangle about the mouse position.
    const QRectF plot = chart()->plotArea();
    const QPointF at = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    QRectF r(plot);
    r.setWidth(plot.width() / factor);
    r.setHeight(plot.height() / factor);
    r.moveLeft(at.x() - (at.x() - plot.left()) / factor);
    r.moveTop(at.y() - (at.y() - plot.top()) / factor);
    chart()->zoomIn(r);
    event->accept();
}

void InteractiveChartView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton) {
        panning_ = true;
        lastPan_ = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void InteractiveChartView::mouseMoveEvent(QMouseEvent* event) {
    if (panning_) {
        const QPointF delta = event->position() - lastPan_;
        lastPan_ = event->position();
        chart()->scroll(-delta.x(), delta.y());
        event->accept();
        return;
    }
    updateCrosshair(event->position());
    QChartView::mouseMoveEvent(event);
}

void InteractiveChartView::mouseReleaseEvent(QMouseEvent* event) {
    if (panning_ && (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton)) {
        panning_ = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void InteractiveChartView::mouseDoubleClickEvent(QMouseEvent* event) {
    chart()->zoomReset();
    emit zoomReset();
    event->accept();
}

void InteractiveChartView::leaveEvent(QEvent* event) {
    vLine_->hide();
    hLine_->hide();
    labelBox_->hide();
    QChartView::leaveEvent(event);
}

void InteractiveChartView::updateCrosshair(const QPointF& pos) {
    const QPointF scene = mapToScene(pos.toPoint());
    const QPointF inChart = chart()->mapFromScene(scene);
    const QRectF plot = chart()->plotArea();
    const bool inside = plot.contains(inChart) && valueText_ && !chart()->series().isEmpty();
    vLine_->setVisible(inside);
    hLine_->setVisible(inside);
    labelBox_->setVisible(inside);
    if (!inside) return;
    vLine_->setLine(inChart.x(), plot.top(), inChart.x(), plot.bottom());
    hLine_->setLine(plot.left(), inChart.y(), plot.right(), inChart.y());
    const QPointF value = chart()->mapToValue(inChart, chart()->series().front());
    label_->setText(valueText_(value));
    const QRectF text = label_->boundingRect();
    QPointF at = inChart + QPointF(12, -text.height() - 12);
    if (at.x() + text.width() + 8 > plot.right()) at.setX(inChart.x() - text.width() - 20);
    if (at.y() < plot.top()) at.setY(inChart.y() + 12);
    labelBox_->setRect(0, 0, text.width() + 8, text.height() + 6);
    labelBox_->setPos(at);
    label_->setPos(4, 3);
}

} // namespace ui
