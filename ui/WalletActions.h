#pragma once
// The Wallet menu: Stake…, Unstake… and Move stake… from an encrypted wallet on the connected node.
// Flow: pick the wallet → read its account from the node → StakeDialog (live preview) →
// ConfirmSignDialog (exactly what will be signed) → password → sign → submit → result.
// The key is unlocked only after confirmation and dropped right after signing.

#include "models/WalletManager.h"
#include "models/WalletService.h"
#include "models/sync/SyncService.h"

#include <QObject>
#include <QPointer>
#include <memory>

QT_BEGIN_NAMESPACE
class QMenuBar;
class QWidget;
QT_END_NAMESPACE

namespace ui {

class WalletActions : public QObject {
    Q_OBJECT
  public:
    WalletActions(models::SyncService* sync, QWidget* window);

    void installMenu(QMenuBar* bar);
    // Sign with the manager's current wallet, reusing its unlocked key when there is one.
    void setWalletManager(models::WalletManager* manager) { manager_ = manager; }
    void stake() { run(models::StakeOrder::Kind::Add); }
    void unstake() { run(models::StakeOrder::Kind::Remove); }
    void move() { run(models::StakeOrder::Kind::Move); }

  private:
    void run(models::StakeOrder::Kind kind);
    bool ensureService();
    QString walletsDir() const;

    models::SyncService* sync_;
    QWidget* window_;
    std::unique_ptr<models::WalletService> service_;
    chainclient::NodeClient* serviceNode_ = nullptr;
    QPointer<models::WalletManager> manager_;
};

} // namespace ui
