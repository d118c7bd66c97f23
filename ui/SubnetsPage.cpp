#include "ui/SubnetsPage.h"

#include "models/PriceHistoryLoader.h"
#include "models/SubnetListModel.h"
#include "models/explorer/CsvExport.h"
#include "models/explorer/SubnetFilterProxy.h"
#include "ui/ExportBar.h"
#include "ui/PriceChart.h"
#include "ui/StageBadgeDelegate.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {
namespace {
const QString kFavouritesKey = QStringLiteral("explorer/favourites");
const QString kHeaderKey = QStringLiteral("explorer/subnetsHeader");
const QString kSplitterKey = QStringLiteral("explorer/subnetsSplitter");
}

SubnetsPage::SubnetsPage(models::SubnetListModel* model, QString dbPath, QWidget* parent)
    : QWidget(parent), model_(model), dbPath_(std::move(dbPath)) {
    filter_ = new QLineEdit(this);
    filter_->setObjectName(QStringLiteral("subnetFilter"));
    filter_->setPlaceholderText(tr("Filter by name, symbol or netuid (Ctrl+F)"));
    filter_->setClearButtonEnabled(true);
    auto* focusFilter = new QShortcut(QKeySequence::Find, this);
    connect(focusFilter, &QShortcut::activated, filter_, [this] { filter_->setFocus(); filter_->selectAll(); });

    stageFilter_ = new QComboBox(this);
    stageFilter_->setObjectName(QStringLiteral("stageFilter"));
    stageFilter_->setToolTip(tr("Show only subnets in one lifecycle stage"));
    stageFilter_->addItem(tr("All stages"), -1);
    for (auto st : {models::LifecycleStage::Creation, models::LifecycleStage::ColdStart, models::LifecycleStage::Growth,
                    models::LifecycleStage::Maturity, models::LifecycleStage::Decline})
        stageFilter_->addItem(models::lifecycleStageLabel(st), static_cast<int>(st));

    favourite_ = new QPushButton(tr("★ Favourite"), this);
    favourite_->setObjectName(QStringLiteral("favouriteButton"));
    favourite_->setToolTip(tr("Pin the selected subnet to the top of the table (remembered)"));
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportSubnetsCsv"));
    exportButton->setToolTip(tr("Save the table as shown (filtered and sorted) as a CSV file"));

    proxy_ = new models::SubnetFilterProxy(this);
    proxy_->setSourceModel(model_);
    connect(filter_, &QLineEdit::textChanged, proxy_, &models::SubnetFilterProxy::setText);
    connect(stageFilter_, &QComboBox::currentIndexChanged, this, [this] {
        const int st = stageFilter_->currentData().toInt();
        proxy_->setStage(st < 0 ? std::nullopt : std::optional(static_cast<models::LifecycleStage>(st)));
    });

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("subnetTable"));
    table_->setModel(proxy_);
    table_->setItemDelegateForColumn(models::SubnetListModel::Stage, new StageBadgeDelegate(table_));
    table_->setSortingEnabled(true);
    table_->sortByColumn(models::SubnetListModel::MarketCap, Qt::DescendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 10);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setSectionsMovable(true);
    connect(table_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit openSubnet(index.data(models::SubnetListModel::NetuidRole).toInt());
    });
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), table_, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, [this] {
        if (selectedNetuid() >= 0) emit openSubnet(selectedNetuid());
    });

    QSettings settings;
    QSet<int> favourites;
    for (const QVariant& v : settings.value(kFavouritesKey).toList()) favourites.insert(v.toInt());
    model_->setFavourites(favourites);
    connect(model_, &models::SubnetListModel::favouritesChanged, this, [](const QSet<int>& netuids) {
        QVariantList list;
        for (int n : netuids) list << n;
        QSettings().setValue(kFavouritesKey, list);
    });
    connect(favourite_, &QPushButton::clicked, this, [this] {
        const int netuid = selectedNetuid();
        if (netuid >= 0) model_->toggleFavourite(netuid);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export subnets"), QStringLiteral("subnets.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty()) exportCsv(path);
    });

    chart_ = new PriceChart(this);
    chart_->setObjectName(QStringLiteral("priceChart"));
    chart_->setMinimumHeight(220);

    auto* bar = new QHBoxLayout;
    bar->addWidget(filter_, 1);
    bar->addWidget(stageFilter_);
    bar->addWidget(favourite_);
    bar->addWidget(exportButton);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("subnetsSplitter"));
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(table_);
    splitter->addWidget(top);
    splitter->addWidget(ExportBar::withPng(chart_, QStringLiteral("subnet-price"), splitter));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    top->setMinimumHeight(300);
    splitter->setSizes({3, 2}); // mostly table until the user moves it
    if (settings.contains(kSplitterKey)) splitter->restoreState(settings.value(kSplitterKey).toByteArray());

    loader_ = new models::PriceHistoryLoader(dbPath_, this);
    connect(loader_, &models::PriceHistoryLoader::loaded, this, [this](int netuid, const models::PriceSeries& series) {
        if (netuid != selectedNetuid()) return; // the user moved on meanwhile
        QString title;
        if (const auto* row = model_->row(netuid)) title = tr("%1 %2 (netuid %3): Alpha price").arg(row->symbol, row->name).arg(netuid);
        chart_->setSeries(title, series);
    });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { reloadChart(); });
}

SubnetsPage::~SubnetsPage() { saveState(); }

void SubnetsPage::saveState() const {
    QSettings settings;
    // The source model may already be gone (the window owns it); the proxy and header are ours.
    if (proxy_->rowCount() > 0) settings.setValue(kHeaderKey, table_->horizontalHeader()->saveState());
    if (const auto* splitter = findChild<QSplitter*>(QStringLiteral("subnetsSplitter")))
        settings.setValue(kSplitterKey, splitter->saveState());
}

bool SubnetsPage::exportCsv(const QString& path) { return models::CsvExport::write(*proxy_, path); }

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
    const bool first = model_->rowCount() == 0;
    model_->refresh();
    if (first && model_->rowCount() > 0) {
        // Column widths once there is content to size them by; then whatever the user set last.
        table_->resizeColumnsToContents();
        const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
        if (!state.isEmpty()) table_->horizontalHeader()->restoreState(state);
    } else {
        // Grow (never shrink) columns whose text got wider, e.g. a change once an hour is stored.
        for (int c = 0; c < models::SubnetListModel::ColumnCount; ++c)
            if (const int hint = static_cast<QAbstractItemView*>(table_)->sizeHintForColumn(c); hint > table_->columnWidth(c))
                table_->setColumnWidth(c, hint);
    }
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
