#include "ui/SubnetsPage.h"

#include "models/PriceHistoryLoader.h"
#include "models/SubnetListModel.h"
#include "ui/PriceChart.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

SubnetsPage::SubnetsPage(models::SubnetListModel* model, QString dbPath, QWidget* parent)
    : QWidget(parent), model_(model), dbPath_(std::move(dbPath)) {
    filter_ = new QLineEdit(this);
    filter_->setObjectName(QStringLiteral("subnetFilter"));
    filter_->setPlaceholderText(tr("Filter by name, symbol or netuid"));
    filter_->setClearButtonEnabled(true);

    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(models::SubnetListModel::SortRole);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1);
    proxy_->setDynamicSortFilter(true);
    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("subnetTable"));
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(models::SubnetListModel::MarketCap, Qt::DescendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    chart_ = new PriceChart(this);
    chart_->setObjectName(QStringLiteral("priceChart"));
    chart_->setMinimumHeight(240);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(filter_);
    topLayout->addWidget(table_);
    splitter->addWidget(top);
    splitter->addWidget(chart_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    loader_ = new models::PriceHistoryLoader(dbPath_, this);
    connect(loader_, &models::PriceHistoryLoader::loaded, this, [this](int netuid, const models::PriceSeries& series) {
        if (netuid != selectedNetuid()) return; // the user moved on meanwhile
        QString title;
        for (const auto& row : model_->rows())
            if (row.netuid == netuid) title = tr("%1 %2 (netuid %3): Alpha price").arg(row.symbol, row.name).arg(netuid);
        chart_->setSeries(title, series);
    });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { reloadChart(); });
}

int SubnetsPage::selectedNetuid() const {
    const QModelIndex current = table_->selectionModel()->currentIndex();
    return current.isValid() ? current.data(models::SubnetListModel::NetuidRole).toInt() : -1;
}

void SubnetsPage::selectNetuid(int netuid) {
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const QModelIndex idx = proxy_->index(row, 0);
        if (idx.data(models::SubnetListModel::NetuidRole).toInt() == netuid) {
            table_->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

void SubnetsPage::refresh() {
    const int selected = selectedNetuid();
    model_->refresh();
    if (selected < 0 && proxy_->rowCount() > 0) {
        selectNetuid(proxy_->index(0, 0).data(models::SubnetListModel::NetuidRole).toInt());
        return; // the selection change reloads the chart
    }
    reloadChart();
}

void SubnetsPage::reloadChart() {
    const int netuid = selectedNetuid();
    if (netuid >= 0) loader_->request(netuid, chart_->bucketsWanted());
}

} // namespace ui
