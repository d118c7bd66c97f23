#include "ui/StageBadgeDelegate.h"

#include "models/SubnetListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ui {

QColor StageBadgeDelegate::colour(models::LifecycleStage stage) {
    switch (stage) {
    case models::LifecycleStage::Creation: return QColor(0x7e, 0x57, 0xc2);  // violet
    case models::LifecycleStage::ColdStart: return QColor(0x42, 0x8b, 0xca); // blue
    case models::LifecycleStage::Growth: return QColor(0x2e, 0x9e, 0x5b);    // green
    case models::LifecycleStage::Maturity: return QColor(0xc9, 0x9a, 0x2e);  // amber
    case models::LifecycleStage::Decline: return QColor(0xd2, 0x4b, 0x3c);   // red
    }
    return Qt::gray;
}

void StageBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection background
    const QString text = index.data(Qt::DisplayRole).toString();
    const QVariant stage = index.data(models::SubnetListModel::StageRole);
    if (text.isEmpty() || !stage.isValid()) return;
    const QFontMetrics fm(option.font);
    const int w = fm.horizontalAdvance(text) + 14, h = fm.height() + 4;
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - h / 2 + 1, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, h / 2.0, h / 2.0);
    painter->fillPath(path, colour(static_cast<models::LifecycleStage>(stage.toInt())));
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize StageBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QFontMetrics fm(option.font);
    return {fm.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 24, fm.height() + 8};
}

} // namespace ui
