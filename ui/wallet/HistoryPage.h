#pragma once
// History: the current wallet's stakes, unstakes, moves, transfers and faucet credits
// (models::HistoryModel), with CSV export (models::historyCsv; the file dialog only here).

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace models {
class HistoryModel;
class WalletManager;
} // namespace models

namespace ui {

class HistoryPage : public QWidget {
    Q_OBJECT
  public:
    HistoryPage(models::WalletManager* manager, QString dbPath, QWidget* parent = nullptr);

    models::HistoryModel* model() const { return model_; }
    void refresh();
    void setHideBalances(bool hide);
    bool exportTo(const QString& path, QString* error = nullptr) const;
    void exportCsv();

  private:
    models::WalletManager* manager_;
    QString dbPath_;
    models::HistoryModel* model_;
    QTableView* table_;
    QLabel* summary_;
};

} // namespace ui
