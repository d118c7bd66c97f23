#pragma once
// Draws a subnet's lifecycle stage as a coloured badge in a table cell; the colours are the
// ones every lifecycle chart uses, so a stage looks the same everywhere.

#include "models/explorer/LifecycleClassifier.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace ui {

class StageBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QColor colour(models::LifecycleStage stage);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ui
