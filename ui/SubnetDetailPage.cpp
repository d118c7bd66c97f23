#include "ui/SubnetDetailPage.h"

#include "models/Format.h"
#include "models/SubnetListModel.h"
#include "models/explorer/ExplorerLoader.h"
#include "models/explorer/LifecycleTimeline.h"
#include "models/explorer/MetagraphModel.h"
#include "models/explorer/PoolDepth.h"
#include "models/explorer/SubnetFigures.h"
#include "ui/ExportBar.h"
#include "ui/StageBadgeDelegate.h"
#include "ui/charts/LifecycleLanesChart.h"
#include "ui/charts/PoolDepthChart.h"
#include "ui/charts/PriceCandleChart.h"
#include "ui/charts/SubnetEmissionChart.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ui {

SubnetDetailPage::SubnetDetailPage(models::SubnetListModel* model, const QString& dbPath, QWidget* parent)
    : QWidget(parent), model_(model) {
    dbPath_ = dbPath;
    loader_ = new models::ExplorerLoader(dbPath, this);
    metagraph_ = new models::MetagraphModel(dbPath, this);
    title_ = new QLabel(tr("Double-click a subnet on the Subnets page to see it here."), this);
    title_->setObjectName(QStringLiteral("detailTitle"));
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title_->setFont(big);

    auto* header = new QWidget(this);
    auto* grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(18);
    auto* headerLayoutHolder = grid;
    Q_UNUSED(headerLayoutHolder);
    const auto add = [&](const char* name, const QString& label, const QString& tip, int row, int col) {
        figure(QString::fromLatin1(name), label, tip, row, col);
    };
    add("price", tr("Price"), tr("Spot price of one Alpha in TAO"), 0, 0);
    add("movingPrice", tr("EMA price"), tr("The moving (EMA) price the chain uses for emission shares and pruning"), 0, 1);
    add("marketCap", tr("Market cap"), tr("All Alpha valued at the spot price"), 0, 2);
    add("supply", tr("Alpha supply"), tr("Alpha in the pool plus Alpha outside it"), 0, 3);
    add("stage", tr("Stage"), tr("Lifecycle stage (see README: Lifecycle stages)"), 0, 4);
    add("pruning", tr("Pruning"), tr("Place in the pruning order, or how long the subnet stays immune"), 0, 5);
    add("emissionTao", tr("Emission to pool"), tr("TAO and Alpha injected into the pool per day at the current rate"), 1, 0);
    add("emissionAlpha", tr("Alpha out per day"), tr("Alpha minted outside the pool per day: owner, miners, validators, root"), 1, 1);
    add("split", tr("Split of Alpha out"), tr("Owner 18 %, miners half of the rest, validators the other half minus the root share"), 1, 2);
    add("registration", tr("Registration cost"), tr("TAO burned to register a UID now (the burn price)"), 1, 3);
    add("tempo", tr("Tempo"), tr("Blocks between epochs (12 s each)"), 1, 4);
    add("owner", tr("Owner"), tr("Owner coldkey (SS58)"), 1, 5);

    price_ = new PriceCandleChart(this);
    price_->setObjectName(QStringLiteral("detailPriceChart"));
    lifecycle_ = new LifecycleLanesChart(this);
    lifecycle_->setObjectName(QStringLiteral("detailLifecycle"));
    lifecycle_->setMinimumHeight(70);
    lifecycle_->setMaximumHeight(90);
    emission_ = new SubnetEmissionChart(this);
    emission_->setObjectName(QStringLiteral("detailEmissionChart"));
    depth_ = new PoolDepthChart(this);
    depth_->setObjectName(QStringLiteral("detailPoolDepth"));
    hyperPage_ = new QWidget(this);
    hyperPage_->setObjectName(QStringLiteral("detailHyperparameters"));
    hyper_ = new QFormLayout(hyperPage_);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("detailTabs"));
    hyperModel_ = new QStandardItemModel(0, 2, this);
    hyperModel_->setHorizontalHeaderLabels({tr("Parameter"), tr("Value")});
    tabs_->addTab(ExportBar::withPng(emission_, QStringLiteral("emission"), this), tr("Emission"));
    tabs_->addTab(ExportBar::withPng(depth_, QStringLiteral("pool-depth"), this), tr("Pool depth"));
    tabs_->addTab(ExportBar::withCsv(hyperPage_, hyperModel_, QStringLiteral("hyperparameters"), this), tr("Hyperparameters"));
    auto* metaProxy = new QSortFilterProxyModel(this);
    metaProxy->setSourceModel(metagraph_);
    metaProxy->setSortRole(models::MetagraphModel::SortRole);
    metagraphTable_ = new QTableView(this);
    metagraphTable_->setObjectName(QStringLiteral("metagraphTable"));
    metagraphTable_->setModel(metaProxy);
    metagraphTable_->setSortingEnabled(true);
    metagraphTable_->sortByColumn(models::MetagraphModel::Stake, Qt::DescendingOrder);
    metagraphTable_->verticalHeader()->hide();
    metagraphTable_->setWordWrap(false);
    metagraphTable_->verticalHeader()->setDefaultSectionSize(metagraphTable_->fontMetrics().height() + 8);
    metagraphTable_->setAlternatingRowColors(true);
    metagraphTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tabs_->addTab(ExportBar::withCsv(metagraphTable_, metaProxy, QStringLiteral("metagraph"), this), tr("Metagraph"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(price_, 1);
    leftLayout->addWidget(ExportBar::withPng(lifecycle_, QStringLiteral("lifecycle"), this));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("detailSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(tabs_);
    splitter->setSizes({3, 2});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(header);
    layout->addWidget(splitter, 1);

    connect(price_, &PriceCandleChart::timeframeChanged, this, [this](models::Timeframe tf) {
        if (netuid_ >= 0) loader_->requestPrice(netuid_, tf, price_->bucketsWanted());
    });
    connect(loader_, &models::ExplorerLoader::priceLoaded, this,
            [this](int netuid, models::Timeframe tf, const models::PriceChartSeries& series) {
                if (netuid != netuid_ || tf != price_->timeframe()) return; // superseded
                const auto* row = model_->row(netuid);
                price_->setData(row ? tr("%1 %2 (netuid %3): Alpha price").arg(row->symbol, row->name).arg(netuid) : QString(), series);
            });
    connect(loader_, &models::ExplorerLoader::historyLoaded, this, [this](const models::NetworkHistory& history) {
        const auto* subnet = history.subnet(netuid_);
        if (!subnet || subnet->samples.isEmpty()) return;
        emission_->setHistory(*subnet);
        // The lane spans the subnet's life within the stored history.
        const qint64 from = history.timestampsMs.front(), to = history.timestampsMs.back();
        lifecycle_->setLanes({models::LifecycleTimeline::lane(history, *subnet)}, from, to);
    });
}

QLabel* SubnetDetailPage::figure(const QString& name, const QString& label, const QString& tip, int row, int column) {
    auto* grid = static_cast<QGridLayout*>(findChild<QGridLayout*>());
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 2, 0, 2);
    v->setSpacing(0);
    auto* caption = new QLabel(label, box);
    // A role, not a fixed colour, so the caption follows a theme change.
    caption->setForegroundRole(QPalette::PlaceholderText);
    auto* value = new QLabel(QStringLiteral("—"), box);
    value->setObjectName(QStringLiteral("figure_") + name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = value->font();
    f.setBold(true);
    value->setFont(f);
    v->addWidget(caption);
    v->addWidget(value);
    box->setToolTip(tip);
    grid->addWidget(box, row, column);
    figures_.insert(name, value);
    return value;
}

void SubnetDetailPage::showSubnet(int netuid) {
    netuid_ = netuid;
    refresh();
}

void SubnetDetailPage::refresh() {
    if (netuid_ < 0) return;
    fillFigures();
    loader_->requestPrice(netuid_, price_->timeframe(), price_->bucketsWanted());
    loader_->requestHistory(std::max(100, std::min(600, width())));
}

void SubnetDetailPage::fillFigures() {
    const auto* o = model_->overview(netuid_);
    if (!o) return;
    const auto& s = o->snapshot;
    const QString alpha = s.symbol.isEmpty() ? QStringLiteral("α") : s.symbol;
    title_->setText(tr("%1 %2 · netuid %3").arg(s.symbol, s.name).arg(s.netuid));
    const auto set = [&](const char* name, const QString& text) { figures_.value(QString::fromLatin1(name))->setText(text); };
    const quint64 supply = s.alphaIn + s.alphaOut;
    set("price", models::formatPrice(s.price) + QStringLiteral(" / ") + alpha);
    set("movingPrice", models::formatPrice(s.movingPrice) + QStringLiteral(" / ") + alpha);
    set("marketCap", models::formatAmount(static_cast<double>(supply) / 1e9 * s.price, 0) + QStringLiteral(" TAO"));
    set("supply", models::formatAlpha(supply, alpha, 0));
    auto* stage = figures_.value(QStringLiteral("stage"));
    stage->setText(models::lifecycleStageLabel(o->stage));
    stage->setStyleSheet(QStringLiteral("color: %1").arg(StageBadgeDelegate::colour(o->stage).name()));
    const quint64 now = model_->block();
    set("pruning", o->pruning.rank ? tr("rank %1 (1 = next)").arg(*o->pruning.rank)
                                   : tr("immune for %1").arg(models::formatBlockAge(o->pruning.immuneUntil - std::min(o->pruning.immuneUntil, now))));
    const auto e = models::SubnetFigures::emissionPerDay(s, model_->network().rootStake);
    set("emissionTao", tr("%1 TAO + %2 %3").arg(models::formatAmount(e.taoIn, 2), models::formatAmount(e.alphaIn, 0), alpha));
    set("emissionAlpha", models::formatAmount(e.alphaOut, 0) + QLatin1Char(' ') + alpha);
    set("split", tr("owner %1 · miners %2 · validators %3 · root %4 (%5 per day)")
                     .arg(models::formatAmount(e.owner, 0), models::formatAmount(e.miners, 0), models::formatAmount(e.validators, 0),
                          models::formatAmount(e.root, 0), alpha));
    const QVariantMap hp = models::ExplorerQueries::hyperparameters(dbPath_, s.netuid);
    set("registration", hp.contains(QStringLiteral("burn")) ? models::formatTao(hp.value(QStringLiteral("burn")).toULongLong(), 4)
                                                            : tr("not recorded"));
    set("tempo", tr("%1 blocks (%2)").arg(s.tempo).arg(models::formatBlockAge(s.tempo)));
    auto* owner = figures_.value(QStringLiteral("owner"));
    owner->setText(s.ownerColdkey.left(8) + QStringLiteral("…") + s.ownerColdkey.right(6));
    owner->setToolTip(tr("Coldkey %1\nHotkey %2").arg(s.ownerColdkey, s.ownerHotkey));

    const bool firstLoad = metagraph_->rowCount() == 0;
    metagraph_->load(s.netuid, alpha);
    if (firstLoad) metagraphTable_->resizeColumnsToContents();
    depth_->setCurve(tr("Price impact of one trade on %1 %2").arg(s.symbol, s.name), models::PoolDepth::compute(s));

    while (hyper_->rowCount() > 0) hyper_->removeRow(0);
    hyperModel_->setRowCount(0);
    // Shown in the form and kept in a model for the CSV export.
    const auto addHyper = [this](const QString& name, const QString& value) {
        hyper_->addRow(name, new QLabel(value));
        hyperModel_->appendRow({new QStandardItem(name), new QStandardItem(value)});
    };
    addHyper(tr("Tempo"), tr("%1 blocks").arg(s.tempo));
    addHyper(tr("UIDs"), tr("%1 of %2").arg(s.nUids).arg(s.maxUids));
    addHyper(tr("Validators with a permit"), QString::number(s.nValidators));
    addHyper(tr("Swap fee"), models::formatPercent(s.feeRate / 65535.0, 3));
    addHyper(tr("Pool TAO weight"), models::formatAmount(s.taoWeight, 4));
    addHyper(tr("Registered at block"), QString::number(s.registeredAt));
    addHyper(tr("Started"), o->startedAt ? tr("at block %1").arg(*o->startedAt) : s.started ? tr("yes (at genesis)") : tr("not yet"));
    addHyper(tr("Network immunity until block"), QString::number(o->pruning.immuneUntil));
    // Everything else the chain reports, under its own name (amounts in rao are labelled).
    for (auto it = hp.constBegin(); it != hp.constEnd(); ++it) {
        QString value = it.value().toString();
        if (it.key() == QLatin1String("burn")) value = models::formatTao(it.value().toULongLong(), 4);
        else if (it.value().typeId() == QMetaType::Double) value = models::formatAmount(it.value().toDouble(), 4);
        addHyper(it.key(), value);
    }
}

} // namespace ui
