#include "ui/ValidatorsPage.h"

#include "models/explorer/CsvExport.h"
#include "models/explorer/ValidatorListModel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

ValidatorsPage::ValidatorsPage(const QString& dbPath, QWidget* parent) : QWidget(parent) {
    model_ = new models::ValidatorListModel(dbPath, this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(models::ValidatorListModel::SortRole);
    proxy_->setFilterKeyColumn(models::ValidatorListModel::Hotkey);
    proxy_->setFilterRole(Qt::ToolTipRole); // the full hotkey
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter_ = new QLineEdit(this);
    filter_->setObjectName(QStringLiteral("validatorFilter"));
    filter_->setPlaceholderText(tr("Filter by hotkey"));
    filter_->setClearButtonEnabled(true);
    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportValidatorsCsv"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export validators"), QStringLiteral("validators.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty()) exportCsv(path);
    });
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("validatorTable"));
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(models::ValidatorListModel::TotalStake, Qt::DescendingOrder);
    table_->verticalHeader()->hide();
    table_->setWordWrap(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->setAlternatingRowColors(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->horizontalHeader()->setStretchLastSection(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(filter_, 1);
    bar->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(table_, 1);
}

void ValidatorsPage::refresh() {
    const bool first = model_->rowCount() == 0;
    model_->refresh();
    if (first && model_->rowCount() > 0) table_->resizeColumnsToContents();
}

bool ValidatorsPage::exportCsv(const QString& path) { return models::CsvExport::write(*proxy_, path); }

} // namespace ui
