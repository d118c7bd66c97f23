#include "ui/wallet/PortfolioPage.h"

#include "models/Format.h"
#include "models/HistoryModel.h"
#include "models/PortfolioModel.h"
#include "models/WalletManager.h"
#include "ui/ExportBar.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <algorithm>

namespace ui {

PortfolioPage::PortfolioPage(models::WalletManager* manager, QString dbPath, QWidget* parent)
    : QWidget(parent), manager_(manager), dbPath_(std::move(dbPath)),
      model_(new models::PortfolioModel(this)) {
    totals_ = new QLabel(this);
    totals_->setObjectName(QStringLiteral("totalsLabel"));
    totals_->setTextFormat(Qt::RichText);
    hide_ = new QCheckBox(tr("Hide balances"), this);
    hide_->setObjectName(QStringLiteral("hideBalances"));
    connect(hide_, &QCheckBox::toggled, this, &PortfolioPage::setHideBalances);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("portfolioTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);

    series_ = new QLineSeries;
    series_->setName(tr("Value (TAO)"));
    auto* chart = new QChart;
    chart->addSeries(series_);
    chart->setTitle(tr("Staked value over time (TAO, at hourly closes)"));
    chart->legend()->hide();
    xAxis_ = new QValueAxis;
    xAxis_->setTitleText(tr("Block"));
    xAxis_->setLabelFormat(QStringLiteral("%.0f"));
    yAxis_ = new QValueAxis;
    yAxis_->setTitleText(tr("TAO"));
    yAxis_->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(xAxis_, Qt::AlignBottom);
    chart->addAxis(yAxis_, Qt::AlignLeft);
    series_->attachAxis(xAxis_);
    series_->attachAxis(yAxis_);
    chartView_ = new QChartView(chart, this);
    chartView_->setObjectName(QStringLiteral("valueChart"));
    chartView_->setRenderHint(QPainter::Antialiasing);
    chartView_->setMinimumHeight(220);

    auto* top = new QHBoxLayout;
    top->addWidget(totals_, 1);
    top->addWidget(hide_);
    auto* split = new QSplitter(Qt::Vertical, this);
    // Same export buttons as the explorer's tables and charts (issue 5): CSV as shown, PNG as shown.
    split->addWidget(ExportBar::withCsv(table_, model_, QStringLiteral("portfolio"), this));
    split->addWidget(ExportBar::withPng(chartView_, QStringLiteral("portfolio-value"), this));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    showTotals();
}

QString PortfolioPage::totalsText() const {
    return totals_->text();
}
bool PortfolioPage::exportCsv(const QString& path) const {
    return ExportBar::saveCsv(*model_, path);
}
bool PortfolioPage::exportChartPng(const QString& path) const {
    return ExportBar::savePng(chartView_, path);
}
int PortfolioPage::chartPointCount() const {
    return static_cast<int>(series_->count());
}

void PortfolioPage::setHideBalances(bool hide) {
    if (hide_->isChecked() != hide)
        hide_->setChecked(hide); // re-enters through toggled
    model_->setHideBalances(hide);
    yAxis_->setLabelsVisible(!hide);
    showTotals();
    emit hideBalancesChanged(hide);
}

void PortfolioPage::refresh() {
    const auto info = manager_->currentInfo();
    const QString coldkey = info ? info->coldkeySs58 : QString();
    std::optional<quint64> free;
    if (const auto& a = manager_->account(); a && a->ok && a->account == coldkey)
        free = a->free;
    model_->refresh(dbPath_, coldkey, free);
    const int width = std::max(100, chartView_->width());
    const QVector<QPointF> points = models::PortfolioModel::valueHistory(
        dbPath_, model_->trades(), model_->rows(), model_->block(), width / 2, free,
        models::HistoryModel::balanceChanges(dbPath_, coldkey,
                                             models::WalletManager::activity(manager_->dataDir(),
                                                                             manager_->current())));
    chartView_->chart()->setTitle(
        free ? tr("Total value over time (free + staked, TAO; stake at hourly closes)")
             : tr("Staked value over time (TAO, at hourly closes)"));
    series_->replace(points);
    if (!points.isEmpty()) {
        double lo = points.front().y(), hi = lo;
        for (const QPointF& p : points)
            lo = std::min(lo, p.y()), hi = std::max(hi, p.y());
        const double pad = std::max(0.01, (hi - lo) * 0.1);
        xAxis_->setRange(points.front().x(), std::max(points.back().x(), points.front().x() + 1));
        yAxis_->setRange(std::max(0.0, lo - pad), hi + pad);
    }
    showTotals();
}

void PortfolioPage::showTotals() {
    if (manager_->current().isEmpty()) {
        totals_->setText(tr("No wallet yet: Wallet › New wallet… or Import from recovery phrase…"));
        return;
    }
    const models::PortfolioTotals t = model_->totals();
    const auto m = [this](const QString& s) { return model_->amount(s); };
    totals_->setText(
        tr("<b>%1</b> · Free: %2 · Staked (spot): %3 · Exit value: %4 · Cost basis: %5 · P&amp;L: %6 · "
           "Realized: %7 · Emissions: %8 · <b>Total (free + exit): %9</b>")
            .arg(manager_->current().toHtmlEscaped(),
                 t.free ? m(models::formatTao(*t.free, 4)) : tr("unknown"), m(models::formatTao(t.spot, 4)),
                 m(models::formatTao(t.exit, 4)), m(models::formatTao(t.cost, 4)),
                 m(models::formatSignedTao(t.pnl)), m(models::formatSignedTao(t.realized)),
                 m(models::formatTao(t.emissionValue, 4)), m(models::formatTao(t.total(), 4))));
}

} // namespace ui
