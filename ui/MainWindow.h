#pragma once
// The main window: pages, and a status bar with block height, sync state and progress.

#include "models/sync/SyncService.h"

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;
QT_END_NAMESPACE

namespace models {
class SubnetListModel;
}

namespace ui {

class ExplorerPages;
class SubnetsPage;
class Theme;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(models::SyncService* sync, QWidget* parent = nullptr);

    SubnetsPage* subnetsPage() const { return subnetsPage_; }
    ExplorerPages* explorer() const { return explorer_; }
    models::SubnetListModel* subnetModel() const { return subnetModel_; }
    Theme* theme() const { return theme_; }

private:
    void onRefreshTick();
    void showSyncState(models::SyncService::State state);

    models::SyncService* sync_;
    models::SubnetListModel* subnetModel_;
    QTabWidget* tabs_;
    SubnetsPage* subnetsPage_;
    ExplorerPages* explorer_ = nullptr;
    Theme* theme_ = nullptr;
    QLabel* blockLabel_;
    QLabel* syncLabel_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    QTimer* refreshTimer_;
    quint64 shownBlock_ = 0;
};

} // namespace ui
