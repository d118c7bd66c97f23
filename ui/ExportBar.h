#pragma once
// Export buttons next to a chart (PNG of what it shows) or a table (CSV of its rows as sorted
// and filtered), so every chart and table of the explorer can be saved the same way.

#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QToolButton;
class QWidget;
QT_END_NAMESPACE

namespace ui {

class ExportBar {
public:
    // `content` under a right-aligned "Save PNG…" button (objectName "png_<stem>"); returns the box.
    static QWidget* withPng(QWidget* content, const QString& stem, QWidget* parent);
    // `content` under a right-aligned "Export CSV…" button (objectName "csv_<stem>") for `model`.
    static QWidget* withCsv(QWidget* content, const QAbstractItemModel* model, const QString& stem, QWidget* parent);

    // The buttons alone, for a layout of one's own.
    static QToolButton* pngButton(QWidget* content, const QString& stem, QWidget* parent);
    static QToolButton* csvButton(const QAbstractItemModel* model, const QString& stem, QWidget* parent);

    static bool savePng(QWidget* content, const QString& path);
    static bool saveCsv(const QAbstractItemModel& model, const QString& path);
};

} // namespace ui
