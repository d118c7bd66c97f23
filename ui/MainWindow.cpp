#include "ui/MainWindow.h"

#include "models/SubnetListModel.h"
#include "ui/ExplorerPages.h"
#include "ui/SubnetsPage.h"
#include "ui/Theme.h"
#include "ui/WindowState.h"
#include "ui/WalletActions.h"
#include "ui/wallet/WalletUi.h"

#include <QLabel>
#include <QMenuBar>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace ui {

MainWindow::MainWindow(models::SyncService* sync, QWidget* parent) : QMainWindow(parent), sync_(sync) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Subnetscope — %1 network").arg(QStringLiteral("local")));
    setWindowIcon(QIcon(QStringLiteral(":/icons/subnetscope.png")));
    resize(1280, 800);

    subnetModel_ = new models::SubnetListModel(sync_->dbPath(), this);
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("pages"));
    subnetsPage_ = new SubnetsPage(subnetModel_, sync_->dbPath(), tabs_);
    subnetsPage_->setObjectName(QStringLiteral("subnetsPage"));
    tabs_->addTab(subnetsPage_, tr("Subnets"));
    explorer_ = new ExplorerPages(tabs_, subnetsPage_, subnetModel_, sync_->dbPath(), this);
    setCentralWidget(tabs_);

    blockLabel_ = new QLabel(this);
    blockLabel_->setObjectName(QStringLiteral("blockLabel"));
    syncLabel_ = new QLabel(this);
    syncLabel_->setObjectName(QStringLiteral("syncLabel"));
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("syncProgress"));
    progress_->setMaximumWidth(220);
    progress_->setVisible(false);
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setObjectName(QStringLiteral("cancelSync"));
    cancel_->setVisible(false);
    statusBar()->addWidget(syncLabel_);
    statusBar()->addWidget(progress_);
    statusBar()->addWidget(cancel_);
    statusBar()->addPermanentWidget(blockLabel_);

    connect(cancel_, &QPushButton::clicked, sync_, &models::SyncService::cancel);
    connect(sync_, &models::SyncService::stateChanged, this, &MainWindow::showSyncState);
    connect(sync_, &models::SyncService::progress, this, [this](quint64 done, quint64 total, double eta) {
        progress_->setVisible(true);
        cancel_->setVisible(true);
        progress_->setRange(0, 1000);
        progress_->setValue(total ? static_cast<int>(1000 * done / total) : 0);
        progress_->setFormat(eta >= 0 ? tr("%p% · %1 s left").arg(static_cast<int>(eta + 0.5)) : tr("%p%"));
    });
    connect(sync_, &models::SyncService::failed, this, [this](const QString& message) {
        syncLabel_->setText(tr("Sync failed: %1").arg(message));
    });
    showSyncState(sync_->state());

    // Models refresh on a tick, never per chain event (design.md §3).
    refreshTimer_ = new QTimer(this);
    refreshTimer_->setInterval(500);
    connect(refreshTimer_, &QTimer::timeout, this, &MainWindow::onRefreshTick);
    refreshTimer_->start();
    // An existing store fills the subnets page at once, not on the first tick (start ≤ 0.5 s).
    QTimer::singleShot(0, subnetsPage_, &SubnetsPage::refresh);

    auto* walletActions = new WalletActions(sync_, this);
    walletActions->installMenu(menuBar());
    // Wallet manager entries, current wallet in the status bar, Portfolio and History pages.
    walletActions->setWalletManager((new WalletUi(sync_, tabs_, menuBar(), statusBar(), this))->manager());
    // View ▸ Theme, then the window as the user left it (all pages exist by now).
    theme_ = new Theme(this);
    theme_->installMenu(menuBar());
    new WindowState(this, tabs_);
}

void MainWindow::onRefreshTick() {
    const quint64 synced = sync_->syncedBlock();
    blockLabel_->setText(tr("Block %1 · head %2").arg(QLocale().toString(synced), QLocale().toString(sync_->headBlock())));
    if (synced == shownBlock_) return;
    shownBlock_ = synced;
    subnetsPage_->refresh();
    explorer_->refresh();
}

void MainWindow::showSyncState(models::SyncService::State state) {
    using S = models::SyncService::State;
    const bool catchingUp = state == S::CatchingUp;
    progress_->setVisible(catchingUp);
    cancel_->setVisible(catchingUp);
    switch (state) {
    case S::Idle: syncLabel_->setText(tr("Idle")); break;
    case S::Opening: syncLabel_->setText(tr("Opening the store…")); break;
    case S::CatchingUp: syncLabel_->setText(tr("Catching up history…")); break;
    case S::Live: syncLabel_->setText(tr("Synced · following the chain")); break;
    case S::Stopped: syncLabel_->setText(tr("Sync stopped")); break;
    case S::Failed: syncLabel_->setText(tr("Sync failed")); break;
    }
}

} // namespace ui
