#pragma once
// Everything wallet-shaped in the main window besides the staking dialogs: the wallet manager
// entries of the Wallet menu (new, import, add hotkey, unlock, lock, address, test TAO), the
// current wallet in the status bar, and the Portfolio and History pages. Refreshes on a 1 s tick
// after new blocks are stored (design.md §3), never per chain event.

#include <QObject>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QMenuBar;
class QStatusBar;
class QTabWidget;
class QTimer;
class QAction;
QT_END_NAMESPACE

namespace models {
class SyncService;
class WalletManager;
} // namespace models

namespace ui {

class HistoryPage;
class PortfolioPage;

class WalletUi : public QObject {
    Q_OBJECT
  public:
    WalletUi(models::SyncService* sync, QTabWidget* pages, QMenuBar* menus, QStatusBar* status,
             QWidget* window);

    models::WalletManager* manager() const { return manager_; }
    PortfolioPage* portfolio() const { return portfolio_; }
    HistoryPage* history() const { return history_; }

    void newWallet();
    void importWallet();
    void addHotkey();
    void unlock();
    void showAddress();
    void faucet();
    void refresh();

  private:
    void fillWallets();
    void updateState();

    models::SyncService* sync_;
    QWidget* window_;
    QStatusBar* status_;
    models::WalletManager* manager_;
    PortfolioPage* portfolio_;
    HistoryPage* history_;
    QComboBox* combo_;
    QLabel* lockLabel_;
    QAction* lockAction_ = nullptr;
    QAction* unlockAction_ = nullptr;
    QAction* faucetAction_ = nullptr;
    QTimer* tick_;
    bool dirty_ = true;
};

} // namespace ui
