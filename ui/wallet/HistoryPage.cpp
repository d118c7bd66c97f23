#include "ui/wallet/HistoryPage.h"

#include "models/CsvHistory.h"
#include "models/HistoryModel.h"
#include "models/WalletManager.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

HistoryPage::HistoryPage(models::WalletManager* manager, QString dbPath, QWidget* parent)
    : QWidget(parent), manager_(manager), dbPath_(std::move(dbPath)), model_(new models::HistoryModel(this)) {
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("historySummary"));
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    connect(exportButton, &QPushButton::clicked, this, &HistoryPage::exportCsv);
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("historyTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    auto* top = new QHBoxLayout;
    top->addWidget(summary_, 1);
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
}

void HistoryPage::refresh() {
    const auto info = manager_->currentInfo();
    model_->refresh(dbPath_, manager_->dataDir(), manager_->current(), info ? info->coldkeySs58 : QString());
    summary_->setText(info ? tr("%n transaction(s) of %1", nullptr, model_->rowCount()).arg(info->name)
                           : tr("No wallet yet."));
}

void HistoryPage::setHideBalances(bool hide) {
    model_->setHideBalances(hide);
}

bool HistoryPage::exportTo(const QString& path, QString* error) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(models::historyCsv(model_->entries()).toUtf8());
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

void HistoryPage::exportCsv() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export history"),
        QDir::home().filePath(QStringLiteral("subnetscope-%1-history.csv").arg(manager_->current())),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export history"), tr("Could not write %1: %2").arg(path, error));
}

} // namespace ui
