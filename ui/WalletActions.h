#pragma once
// The Wallet menu: Stake…, Unstake…, Move stake… and Send TAO… from an encrypted wallet on the
// connected node. Flow: pick the wallet → read its account from the node → StakeDialog or
// TransferDialog (live checks) → ConfirmSignDialog (exactly what will be signed) → password →
// sign → submit → result.
// The key is unlocked only after confirmation and dropped right after signing.

#include "models/WalletManager.h"
#include "models/WalletService.h"
#include "chainclient/crypto/WalletStore.h"
#include "models/sync/SyncService.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QMenuBar;
class QWidget;
QT_END_NAMESPACE

namespace ui {

class ConfirmSignDialog;


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
    void transfer();

  signals:
    // The node's answer to what was sent (after the result message box is shown).
    void submitted(const chainclient::SubmitResult& result);

  private:
    struct Signer {
        QString name;
        chainclient::crypto::WalletInfo info;
    };
    void run(models::StakeOrder::Kind kind);
    bool ensureService();
    std::optional<Signer> pickSigner();
    std::optional<chainclient::AccountState> fetchAccount(const QString& ss58);
    // Asks the node for the prepared order's network fee, which the service's checks then count.
    bool estimateFee(const models::SignedOrder& prepared, const QString& ss58);
    // `order`/`account`: a stake order, which off the local network the confirmation shows with
    // the node's own quote, checked again with the node's numbers.
    void confirmSignSubmit(const models::SignedOrder& prepared, const Signer& signer,
                           const std::optional<models::StakePreview>& preview,
                           const std::optional<models::StakeOrder>& order = std::nullopt,
                           const std::optional<chainclient::AccountState>& account = std::nullopt);
    // Asks the node for its quote of `order` while `confirm` is open (never blocking it).
    void askNodeQuote(ConfirmSignDialog& confirm, const models::StakeOrder& order,
                      const chainclient::AccountState& account);
    QString walletsDir() const;

    models::SyncService* sync_;
    QWidget* window_;
    std::unique_ptr<models::WalletService> service_;
    chainclient::NodeClient* serviceNode_ = nullptr;
    QPointer<models::WalletManager> manager_;
};

} // namespace ui
