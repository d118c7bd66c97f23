#include "ui/ExportBar.h"

#include "models/explorer/CsvExport.h"
#include "ui/charts/InteractiveChartView.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {
namespace {

QWidget* wrap(QWidget* content, QToolButton* button, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch(1);
    button->setParent(box);
    button->setAutoRaise(true);
    row->addWidget(button);
    v->addLayout(row);
    content->setParent(box);
    v->addWidget(content, 1);
    return box;
}

} // namespace

bool ExportBar::savePng(QWidget* content, const QString& path) {
    // Chart views hide their crosshair first.
    if (auto* view = qobject_cast<InteractiveChartView*>(content)) return view->exportPng(path);
    return content->grab().save(path, "PNG");
}

bool ExportBar::saveCsv(const QAbstractItemModel& model, const QString& path) { return models::CsvExport::write(model, path); }

QWidget* ExportBar::withPng(QWidget* content, const QString& stem, QWidget* parent) {
    return wrap(content, pngButton(content, stem, nullptr), parent);
}

QWidget* ExportBar::withCsv(QWidget* content, const QAbstractItemModel* model, const QString& stem, QWidget* parent) {
    return wrap(content, csvButton(model, stem, nullptr), parent);
}

QToolButton* ExportBar::pngButton(QWidget* content, const QString& stem, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setObjectName(QStringLiteral("png_") + stem);
    button->setText(QCoreApplication::translate("ui::ExportBar", "Save PNG…"));
    button->setToolTip(QCoreApplication::translate("ui::ExportBar", "Save this chart as shown as a PNG image"));
    const QPointer<QWidget> target(content);
    QObject::connect(button, &QToolButton::clicked, button, [target, stem, button] {
        if (!target) return;
        const QString path = QFileDialog::getSaveFileName(button, QCoreApplication::translate("ui::ExportBar", "Save chart"), stem + QStringLiteral(".png"), QCoreApplication::translate("ui::ExportBar", "PNG images (*.png)"));
        if (!path.isEmpty() && !savePng(target, path))
            QMessageBox::warning(button, QCoreApplication::translate("ui::ExportBar", "Save chart"), QCoreApplication::translate("ui::ExportBar", "Could not write %1.").arg(path));
    });
    return button;
}

QToolButton* ExportBar::csvButton(const QAbstractItemModel* model, const QString& stem, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setObjectName(QStringLiteral("csv_") + stem);
    button->setText(QCoreApplication::translate("ui::ExportBar", "Export CSV…"));
    button->setToolTip(QCoreApplication::translate("ui::ExportBar", "Save this table as shown (sorted and filtered) as a CSV file"));
    QPointer<const QAbstractItemModel> source(model);
    QObject::connect(button, &QToolButton::clicked, button, [source, stem, button] {
        if (!source) return;
        const QString path = QFileDialog::getSaveFileName(button, QCoreApplication::translate("ui::ExportBar", "Export table"), stem + QStringLiteral(".csv"), QCoreApplication::translate("ui::ExportBar", "CSV files (*.csv)"));
        if (!path.isEmpty() && !saveCsv(*source, path))
            QMessageBox::warning(button, QCoreApplication::translate("ui::ExportBar", "Export table"), QCoreApplication::translate("ui::ExportBar", "Could not write %1.").arg(path));
    });
    return button;
}

} // namespace ui
