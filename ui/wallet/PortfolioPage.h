#pragma once
// Portfolio: the current wallet's positions with spot and exit value, cost basis, P&L and
// emissions (models::PortfolioModel), totals in TAO, the free balance, the staked value over
// time, and a switch that masks every amount.

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QChartView;
class QLabel;
class QLineSeries;
class QTableView;
class QValueAxis;
QT_END_NAMESPACE

namespace models {
class PortfolioModel;
class WalletManager;
} // namespace models

namespace ui {

class PortfolioPage : public QWidget {
    Q_OBJECT
  public:
    PortfolioPage(models::WalletManager* manager, QString dbPath, QWidget* parent = nullptr);

    models::PortfolioModel* model() const { return model_; }
    QString totalsText() const;
    int chartPointCount() const;
    // What the "Export CSV…" (csv_portfolio) and "Save PNG…" (png_portfolio-value) buttons write,
    // without their file dialogs. False if the file cannot be written.
    bool exportCsv(const QString& path) const;
    bool exportChartPng(const QString& path) const;
    void setHideBalances(bool hide);
    void refresh();

  signals:
    void hideBalancesChanged(bool hide);

  private:
    void showTotals();

    models::WalletManager* manager_;
    QString dbPath_;
    models::PortfolioModel* model_;
    QLabel* totals_;
    QCheckBox* hide_;
    QTableView* table_;
    QChartView* chartView_;
    QLineSeries* series_;
    QValueAxis* xAxis_;
    QValueAxis* yAxis_;
};

} // namespace ui
