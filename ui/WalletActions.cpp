#include "ui/WalletActions.h"

#include "chainclient/crypto/WalletStore.h"
#include "chainclient/economics/Money.h"
#include "models/store/StoreQueries.h"
#include "ui/ConfirmSignDialog.h"
#include "ui/StakeDialog.h"
#include "ui/wallet/TransferDialog.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

namespace ui {
namespace {
constexpr quint64 kEraPeriod = 1024;
// Inclusion takes a block or two on a real network (12 s each).
constexpr int kAnswerTimeoutMs = 120'000;
// How long the confirmation waits for the node's quote before showing the estimate alone.
constexpr int kQuoteTimeoutMs = 20'000;
} // namespace

WalletActions::WalletActions(models::SyncService* sync, QWidget* window)
    : QObject(window), sync_(sync), window_(window) {
    setObjectName(QStringLiteral("walletActions"));
}

void WalletActions::installMenu(QMenuBar* bar) {
    QMenu* menu = bar->addMenu(tr("&Wallet"));
    menu->setObjectName(QStringLiteral("walletMenu"));
    QAction* stakeAction = menu->addAction(tr("&Stake…"), this, &WalletActions::stake);
    stakeAction->setObjectName(QStringLiteral("stakeAction"));
    QAction* unstakeAction = menu->addAction(tr("&Unstake…"), this, &WalletActions::unstake);
    unstakeAction->setObjectName(QStringLiteral("unstakeAction"));
    QAction* moveAction = menu->addAction(tr("&Move stake…"), this, &WalletActions::move);
    moveAction->setObjectName(QStringLiteral("moveAction"));
    QAction* transferAction = menu->addAction(tr("Send &TAO…"), this, &WalletActions::transfer);
    transferAction->setObjectName(QStringLiteral("transferAction"));
}

QString WalletActions::walletsDir() const {
    return QFileInfo(sync_->dbPath()).absolutePath();
}

bool WalletActions::ensureService() {
    chainclient::NodeClient* node = sync_->node();
    if (!node) {
        QMessageBox::information(window_, tr("Wallet"),
                                 tr("The node is not connected yet; try again in a moment."));
        return false;
    }
    if (!service_ || serviceNode_ != node) {
        service_ = std::make_unique<models::WalletService>(node);
        serviceNode_ = node;
    }
    service_->setSubnets(models::StoreQueries::latestSubnets(sync_->dbPath()));
    service_->setValidators(models::WalletService::loadValidators(sync_->dbPath()));
    return true;
}

std::optional<WalletActions::Signer> WalletActions::pickSigner() {
    chainclient::crypto::WalletStore store(walletsDir());
    QStringList names;
    for (const auto& w : store.list())
        if (!w.watchOnly)
            names << w.name;
    if (names.isEmpty()) {
        QMessageBox::information(window_, tr("Wallet"),
                                 tr("There is no wallet that can sign yet. Create one with Wallet › New "
                                    "wallet… or “subnetscope-cli wallet create”."));
        return std::nullopt;
    }
    QString name = names.first();
    if (manager_ && names.contains(manager_->current()))
        name = manager_->current();
    else if (names.size() > 1) {
        bool ok = false;
        name = QInputDialog::getItem(window_, tr("Wallet"), tr("Sign with wallet:"), names, 0, false, &ok);
        if (!ok)
            return std::nullopt;
    }
    auto info = store.load(name);
    if (!info) {
        QMessageBox::warning(window_, tr("Wallet"), QString::fromStdString(info.error().message));
        return std::nullopt;
    }
    return Signer{name, *info};
}

std::optional<chainclient::AccountState> WalletActions::fetchAccount(const QString& ss58) {
    // Nonce, balance and positions as the node has them now.
    std::optional<chainclient::AccountState> account;
    QEventLoop loop;
    auto c = connect(service_.get(), &models::WalletService::accountReady, &loop,
                     [&](const chainclient::AccountState& s) {
                         account = s;
                         loop.quit();
                     });
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    service_->fetchAccount(ss58);
    if (!account)
        loop.exec();
    disconnect(c);
    if (!account || !account->ok) {
        QMessageBox::warning(window_, tr("Wallet"),
                             account ? account->message : tr("The node did not answer with the account."));
        return std::nullopt;
    }
    return account;
}

bool WalletActions::estimateFee(const models::SignedOrder& prepared, const QString& ss58) {
    std::optional<chainclient::FeeEstimate> estimate;
    QEventLoop loop;
    auto c = connect(service_.get(), &models::WalletService::feeReady, &loop,
                     [&](const chainclient::FeeEstimate& e) {
                         estimate = e;
                         loop.quit();
                     });
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    service_->requestFee(prepared, ss58);
    if (!estimate)
        loop.exec();
    disconnect(c);
    if (!estimate || !estimate->ok) {
        QMessageBox::warning(window_, tr("Wallet"),
                             tr("The node could not estimate the transaction fee: %1")
                                 .arg(estimate ? estimate->message : tr("no answer")));
        return false;
    }
    return true;
}

void WalletActions::run(models::StakeOrder::Kind kind) {
    if (!ensureService())
        return;
    const auto signer = pickSigner();
    if (!signer)
        return;
    auto account = fetchAccount(signer->info.coldkeySs58);
    if (!account)
        return;
    StakeDialog dialog(service_.get(), *account, kind, window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The dialog may have been open for a while: sign against the head and nonce as they are now,
    // with a mortality long enough to read the confirmation (1024 blocks, within BlockHashCount).
    account = fetchAccount(signer->info.coldkeySs58);
    if (!account)
        return;
    auto prepared = service_->prepare(dialog.order(), *account, kEraPeriod);
    if (prepared) {
        if (!estimateFee(*prepared, signer->info.coldkeySs58))
            return;
        prepared = service_->prepare(dialog.order(), *account, kEraPeriod); // now counting the fee
    }
    if (!prepared)
        return void(
            QMessageBox::warning(window_, tr("Wallet"), QString::fromStdString(prepared.error().message)));
    confirmSignSubmit(*prepared, *signer, dialog.preview(), dialog.order(), *account);
}

void WalletActions::transfer() {
    if (!ensureService())
        return;
    const auto signer = pickSigner();
    if (!signer)
        return;
    auto account = fetchAccount(signer->info.coldkeySs58);
    if (!account)
        return;
    TransferDialog dialog(service_.get(), *account, window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    account = fetchAccount(signer->info.coldkeySs58);
    if (!account)
        return;
    auto prepared = service_->prepareTransfer(dialog.order(), *account, kEraPeriod);
    if (prepared) {
        if (!estimateFee(*prepared, signer->info.coldkeySs58))
            return;
        prepared = service_->prepareTransfer(dialog.order(), *account, kEraPeriod);
    }
    if (!prepared)
        return void(
            QMessageBox::warning(window_, tr("Wallet"), QString::fromStdString(prepared.error().message)));
    confirmSignSubmit(*prepared, *signer, std::nullopt);
}

void WalletActions::confirmSignSubmit(const models::SignedOrder& prepared, const Signer& signer,
                                      const std::optional<models::StakePreview>& preview,
                                      const std::optional<models::StakeOrder>& order,
                                      const std::optional<chainclient::AccountState>& account) {
    // Off the local network the dialog names the network in red before anything is signed.
    ConfirmSignDialog confirm(prepared, signer.info.coldkeySs58, preview, window_,
                              serviceNode_->networkName());
    if (order && account && serviceNode_->networkName() != QLatin1String("local"))
        askNodeQuote(confirm, *order, *account);
    const int answer = confirm.exec();
    service_->setNodeQuote(std::nullopt); // later previews start from the estimate again
    if (answer != QDialog::Accepted)
        return;

    models::SignedOrder signedOrder;
    if (manager_ && manager_->current() == signer.name && manager_->isUnlocked()) {
        signedOrder = models::WalletService::signPrepared(prepared, *manager_->unlockedKey());
    } else {
        bool ok = false;
        const QString password =
            QInputDialog::getText(window_, tr("Unlock wallet"), tr("Password for %1:").arg(signer.name),
                                  QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        auto key = chainclient::crypto::WalletStore(walletsDir()).unlockColdkey(signer.name, password);
        if (!key)
            return void(
                QMessageBox::warning(window_, tr("Wallet"), QString::fromStdString(key.error().message)));
        signedOrder = models::WalletService::signPrepared(prepared, *key);
    }

    // A node that takes the transaction and then goes quiet: say so instead of waiting forever.
    auto* quiet = new QTimer(this);
    quiet->setSingleShot(true);
    connect(quiet, &QTimer::timeout, this, [this, quiet, network = serviceNode_->networkName()] {
        quiet->deleteLater();
        QMessageBox::warning(window_, tr("No answer yet"),
                             tr("%1 has not reported the transaction within %2 minutes. It may still be "
                                "included: check the portfolio before sending it again.")
                                 .arg(network)
                                 .arg(kAnswerTimeoutMs / 60'000));
    });
    quiet->start(kAnswerTimeoutMs);
    connect(
        service_.get(), &models::WalletService::finished, this,
        [this, quiet = QPointer<QTimer>(quiet)](const chainclient::SubmitResult& r) {
            if (quiet) {
                quiet->stop();
                quiet->deleteLater();
            }
            emit submitted(r);
            if (!r.ok) {
                QMessageBox::warning(window_, tr("Transaction refused"),
                                     tr("%1 (%2)").arg(r.message, r.errorCode));
                return;
            }
            // A remote node reports only the block; the amounts show in the portfolio once the
            // store has that block.
            if (r.tao == 0 && r.alpha == 0 && serviceNode_ &&
                serviceNode_->networkName() != QLatin1String("local"))
                return void(QMessageBox::information(
                    window_, tr("Transaction sent"),
                    tr("Included in block %1 on %2. The portfolio shows the new balance once that block "
                       "is synced.")
                        .arg(r.block)
                        .arg(serviceNode_->networkName())));
            QMessageBox::information(window_, tr("Transaction sent"),
                                     tr("Included in block %1.\nTAO: %2\nAlpha: %3\nFee: %4\nPrice after: %5")
                                         .arg(r.block)
                                         .arg(QString::fromStdString(economics::formatUnits(r.tao)),
                                              QString::fromStdString(economics::formatUnits(r.alpha)),
                                              QString::fromStdString(economics::formatUnits(r.fee)),
                                              QString::number(r.priceAfter, 'f', 9)));
        },
        Qt::SingleShotConnection);
    service_->submit(signedOrder.extrinsic);
}

void WalletActions::askNodeQuote(ConfirmSignDialog& confirm, const models::StakeOrder& order,
                                 const chainclient::AccountState& account) {
    service_->setNodeQuote(std::nullopt);
    if (!service_->requestSwapQuote(order))
        return; // a move or root: nothing the node quotes, the preview stands
    confirm.setNodeQuotePending();
    // A node that does not answer must not hold the signature forever: after a while the
    // estimate stands, said to be one. A late answer still replaces it.
    auto* timeout = new QTimer(&confirm);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, &confirm, [&confirm] {
        chainclient::SwapQuote none;
        none.errorCode = QStringLiteral("Timeout");
        none.message = tr("no answer within %1 s.").arg(kQuoteTimeoutMs / 1000);
        confirm.showNodeQuote(none);
    });
    timeout->start(kQuoteTimeoutMs);
    // Context `confirm`: an answer after the dialog closed goes nowhere.
    connect(
        service_.get(), &models::WalletService::swapQuoteReady, &confirm,
        [this, &confirm, timeout, order, account](const chainclient::SwapQuote& q) {
            timeout->stop();
            QString problem;
            if (q.ok) {
                // The checks again, now with the node's amounts against the call's limit.
                service_->setNodeQuote(q);
                if (auto checked = service_->check(order, account); !checked)
                    problem = QString::fromStdString(checked.error().message);
            }
            confirm.showNodeQuote(q, problem);
        },
        Qt::SingleShotConnection);
}

} // namespace ui
