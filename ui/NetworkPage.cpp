#include "ui/NetworkPage.h"

#include "models/Format.h"
#include "models/SubnetListModel.h"
#include "models/explorer/EmissionAllocation.h"
#include "models/explorer/ExplorerLoader.h"
#include "models/explorer/HalvingProgress.h"
#include "models/explorer/LifecycleTimeline.h"
#include "models/explorer/SubnetFigures.h"
#include "ui/ExportBar.h"
#include "ui/charts/InteractiveChartView.h"
#include "ui/charts/LifecycleLanesChart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QProgressBar>
#include <QScrollArea>
#include <QToolButton>
#include <QSplitter>
#include <QValueAxis>
#include <QVBoxLayout>

namespace ui {
namespace {

QColor bandColour(int i) {
    static const QColor palette[] = {QColor(0x42, 0x8b, 0xca), QColor(0x2e, 0x9e, 0x5b), QColor(0xc9, 0x9a, 0x2e),
                                     QColor(0xd2, 0x4b, 0x3c), QColor(0x7e, 0x57, 0xc2), QColor(0x26, 0xa6, 0x9a),
                                     QColor(0xec, 0x40, 0x7a), QColor(0x8d, 0x6e, 0x63), QColor(0x9e, 0x9e, 0x9e)};
    return palette[std::min(i, 8)];
}

QLabel* figureLabel(QWidget* parent, const QString& name, const QString& tip) {
    auto* l = new QLabel(QStringLiteral("—"), parent);
    l->setObjectName(name);
    l->setToolTip(tip);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

NetworkPage::NetworkPage(models::SubnetListModel* model, QString dbPath, QWidget* parent) : QWidget(parent), model_(model) {
    loader_ = new models::ExplorerLoader(std::move(dbPath), this);
    connect(loader_, &models::ExplorerLoader::historyLoaded, this, &NetworkPage::showHistory);

    issuance_ = figureLabel(this, QStringLiteral("networkIssuance"), tr("All TAO issued so far, and the TAO minted per block now"));
    rootStake_ = figureLabel(this, QStringLiteral("networkRootStake"), tr("TAO staked on the root network (netuid 0)"));
    rootProportion_ = figureLabel(this, QStringLiteral("networkRootProportion"),
                                  tr("Part of validators' Alpha that goes to root stakers, averaged over subnets by emission share"));
    halving_ = new QProgressBar(this);
    halving_->setObjectName(QStringLiteral("halvingProgress"));
    halving_->setRange(0, 1000);
    halving_->setToolTip(tr("Issuance between the last and the next halving of the block emission"));
    auto* figures = new QGridLayout;
    const auto caption = [this](const QString& t) { return new QLabel(t, this); };
    figures->addWidget(caption(tr("Total issuance")), 0, 0);
    figures->addWidget(issuance_, 1, 0);
    figures->addWidget(caption(tr("Progress to the next halving")), 0, 1);
    figures->addWidget(halving_, 1, 1);
    figures->addWidget(caption(tr("Root stake")), 0, 2);
    figures->addWidget(rootStake_, 1, 2);
    figures->addWidget(caption(tr("Root proportion")), 0, 3);
    figures->addWidget(rootProportion_, 1, 3);
    figures->setColumnStretch(1, 1);

    allocation_ = new QChart;
    allocation_->setTitle(tr("Emission allocation over time (top %1 subnets and others, % of each block's TAO)").arg(kTopSubnets));
    axisX_ = new QDateTimeAxis;
    axisX_->setTitleText(tr("Time (UTC)"));
    axisY_ = new QValueAxis;
    axisY_->setTitleText(tr("Share of emission (%)"));
    axisY_->setRange(0, 100);
    axisY_->setLabelFormat(QStringLiteral("%.0f"));
    allocation_->addAxis(axisX_, Qt::AlignBottom);
    allocation_->addAxis(axisY_, Qt::AlignLeft);
    allocation_->legend()->setAlignment(Qt::AlignRight);
    allocation_->setMargins(QMargins(4, 4, 4, 4));
    allocationView_ = new InteractiveChartView(allocation_, this);
    allocationView_->setObjectName(QStringLiteral("allocationView"));
    allocationView_->setValueText([](QPointF v) {
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(v.x()), Qt::UTC).toString(QStringLiteral("MMM d HH:mm")) +
               QStringLiteral("\n") + models::formatAmount(v.y(), 1) + QStringLiteral(" % (stacked)");
    });

    donut_ = new QChart;
    donut_->setTitle(tr("Emission now"));
    pie_ = new QPieSeries;
    pie_->setHoleSize(0.45);
    donut_->addSeries(pie_);
    donut_->legend()->setAlignment(Qt::AlignBottom);
    donut_->setMargins(QMargins(2, 2, 2, 2));
    auto* donutView = new QChartView(donut_, this);
    donutView->setObjectName(QStringLiteral("emissionDonut"));
    donutView->setRenderHint(QPainter::Antialiasing);

    laneOrder_ = new QComboBox(this);
    laneOrder_->setObjectName(QStringLiteral("laneOrder"));
    laneOrder_->addItem(tr("Sort by registration"));
    laneOrder_->addItem(tr("Sort by netuid"));
    connect(laneOrder_, &QComboBox::currentIndexChanged, this, [this] { showHistory(history_); });
    lanes_ = new LifecycleLanesChart(this);
    lanes_->setObjectName(QStringLiteral("networkLifecycle"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(lanes_);
    scroll->setWidgetResizable(true);
    auto* lanesBox = new QWidget(this);
    auto* lanesLayout = new QVBoxLayout(lanesBox);
    lanesLayout->setContentsMargins(0, 0, 0, 0);
    auto* lanesBar = new QHBoxLayout;
    lanesBar->addWidget(new QLabel(tr("Lifecycle of every subnet"), this));
    lanesBar->addStretch(1);
    lanesBar->addWidget(laneOrder_);
    lanesBar->addWidget(ExportBar::pngButton(lanes_, QStringLiteral("lifecycle-swimlanes"), this));
    lanesLayout->addLayout(lanesBar);
    lanesLayout->addWidget(scroll, 1);

    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->setObjectName(QStringLiteral("networkChartsSplitter"));
    charts->addWidget(ExportBar::withPng(allocationView_, QStringLiteral("emission-allocation"), this));
    charts->addWidget(ExportBar::withPng(donutView, QStringLiteral("emission-now"), this));
    charts->setSizes({7, 3});
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("networkSplitter"));
    vertical->addWidget(charts);
    vertical->addWidget(lanesBox);
    vertical->setSizes({1, 1});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(figures);
    layout->addWidget(vertical, 1);
}

int NetworkPage::bandCount() const { return static_cast<int>(allocation_->series().size()); }

int NetworkPage::pointCount() const {
    int n = 0;
    for (auto* s : allocation_->series())
        if (auto* area = qobject_cast<QAreaSeries*>(s)) n += static_cast<int>(area->upperSeries()->count());
    return n;
}

int NetworkPage::sliceCount() const { return static_cast<int>(pie_->count()); }

void NetworkPage::refresh() {
    fillFigures();
    loader_->requestHistory(std::max(100, std::min(800, allocationView_->width())));
}

void NetworkPage::fillFigures() {
    const auto& net = model_->network();
    const auto halving = models::HalvingProgress::at(net.totalIssuance);
    issuance_->setText(tr("%1 · %2 per block").arg(models::formatTao(net.totalIssuance, 0), models::formatTao(halving.blockEmission, 3)));
    halving_->setValue(static_cast<int>(halving.fraction * 1000));
    halving_->setFormat(tr("%1 of the way to %2 (halving %3, ≈ %4 at this rate)")
                            .arg(models::formatPercent(halving.fraction), models::formatTao(halving.nextThreshold, 0))
                            .arg(halving.halvings + 1)
                            .arg(models::formatBlockAge(halving.blocksToNext)));
    rootStake_->setText(models::formatTao(net.rootStake, 0));
    QVector<chainclient::SubnetSnapshot> snaps;
    for (const auto& o : net.subnets) snaps.push_back(o.snapshot);
    rootProportion_->setText(models::formatPercent(models::SubnetFigures::networkRootProportion(snaps, net.rootStake)));
}

void NetworkPage::showHistory(const models::NetworkHistory& history) {
    history_ = history;
    if (history.blocks.isEmpty()) return;
    const auto bands = models::EmissionAllocation::stacked(history, kTopSubnets);
    allocation_->removeAllSeries(); // a handful of series, rebuilt once per refresh
    pie_ = new QPieSeries;
    pie_->setHoleSize(0.45);
    for (int i = 0; i < bands.size(); ++i) {
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        upper->replace(bands[i].upper);
        lower->replace(bands[i].lower);
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(bands[i].label);
        area->setColor(bandColour(i));
        area->setBorderColor(bandColour(i).darker(120));
        allocation_->addSeries(area);
        area->attachAxis(axisX_);
        area->attachAxis(axisY_);
        auto* slice = pie_->append(QStringLiteral("%1 %2").arg(bands[i].netuid >= 0 ? QString::number(bands[i].netuid) : bands[i].label,
                                                               models::formatPercent(bands[i].latestShare, 1)),
                                   bands[i].latestShare);
        slice->setColor(bandColour(i));
    }
    for (auto* s : donut_->series()) {
        donut_->removeSeries(s);
        delete s;
    }
    donut_->addSeries(pie_);
    const qint64 from = history.timestampsMs.front(), to = history.timestampsMs.back();
    axisX_->setFormat(to - from > 3LL * 86'400'000 ? QStringLiteral("MMM d") : QStringLiteral("MMM d HH:mm"));
    axisX_->setRange(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC), QDateTime::fromMSecsSinceEpoch(to, Qt::UTC));

    auto lanes = models::LifecycleTimeline::lanes(history);
    if (laneOrder_->currentIndex() == 1)
        std::sort(lanes.begin(), lanes.end(), [](const auto& a, const auto& b) { return a.netuid < b.netuid; });
    lanes_->setLanes(lanes, from, to);
}

} // namespace ui
