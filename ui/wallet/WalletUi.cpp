#include "ui/wallet/WalletUi.h"

#include "models/WalletManager.h"
#include "models/sync/SyncService.h"
#include "ui/wallet/AddressDialog.h"
#include "ui/wallet/CreateWalletDialog.h"
#include "ui/wallet/HistoryPage.h"
#include "ui/wallet/ImportWalletDialog.h"
#include "ui/wallet/PortfolioPage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace ui {
namespace {
QMenu* walletMenu(QMenuBar* bar) {
    if (auto* existing = bar->findChild<QMenu*>(QStringLiteral("walletMenu")))
        return existing;
    QMenu* menu = bar->addMenu(QObject::tr("&Wallet"));
    menu->setObjectName(QStringLiteral("walletMenu"));
    return menu;
}
} // namespace

WalletUi::WalletUi(models::SyncService* sync, QTabWidget* pages, QMenuBar* menus, QStatusBar* status,
                   QWidget* window)
    : QObject(window), sync_(sync), window_(window), status_(status) {
    setObjectName(QStringLiteral("walletUi"));
    // Wallets live next to the store, as the staking dialogs and the CLI expect them.
    manager_ = new models::WalletManager(QFileInfo(sync_->dbPath()).absolutePath(), sync_, this);

    portfolio_ = new PortfolioPage(manager_, sync_->dbPath(), pages);
    portfolio_->setObjectName(QStringLiteral("portfolioPage"));
    pages->addTab(portfolio_, tr("Portfolio"));
    history_ = new HistoryPage(manager_, sync_->dbPath(), pages);
    history_->setObjectName(QStringLiteral("historyPage"));
    pages->addTab(history_, tr("History"));
    connect(portfolio_, &PortfolioPage::hideBalancesChanged, history_, &HistoryPage::setHideBalances);

    QMenu* menu = walletMenu(menus);
    auto* first = menu->actions().value(0);
    auto add = [&](const QString& text, const char* name, void (WalletUi::*slot)()) {
        auto* a = new QAction(text, menu);
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, this, slot);
        menu->insertAction(first, a);
        return a;
    };
    add(tr("&New wallet…"), "newWalletAction", &WalletUi::newWallet);
    add(tr("&Import from recovery phrase…"), "importWalletAction", &WalletUi::importWallet);
    add(tr("Add &hotkey…"), "addHotkeyAction", &WalletUi::addHotkey);
    add(tr("Show &address…"), "showAddressAction", &WalletUi::showAddress);
    unlockAction_ = add(tr("Un&lock…"), "unlockAction", &WalletUi::unlock);
    lockAction_ = new QAction(tr("L&ock now"), menu);
    lockAction_->setObjectName(QStringLiteral("lockAction"));
    connect(lockAction_, &QAction::triggered, manager_, &models::WalletManager::lock);
    menu->insertAction(first, lockAction_);
    faucetAction_ = add(tr("Get test &TAO (local network)"), "faucetAction", &WalletUi::faucet);
    menu->setToolTipsVisible(true); // the faucet says why it is off on other networks
    if (first)
        menu->insertSeparator(first);

    combo_ = new QComboBox(window);
    combo_->setObjectName(QStringLiteral("walletCombo"));
    combo_->setToolTip(tr("Current wallet"));
    combo_->setMinimumContentsLength(12);
    lockLabel_ = new QLabel(window);
    lockLabel_->setObjectName(QStringLiteral("lockState"));
    status->addPermanentWidget(new QLabel(tr("Wallet:"), window));
    status->addPermanentWidget(combo_);
    status->addPermanentWidget(lockLabel_);
    connect(combo_, &QComboBox::textActivated, manager_, &models::WalletManager::setCurrent);

    connect(manager_, &models::WalletManager::walletsChanged, this, &WalletUi::fillWallets);
    connect(manager_, &models::WalletManager::currentChanged, this, [this] {
        fillWallets();
        dirty_ = true;
        refresh();
    });
    connect(manager_, &models::WalletManager::lockChanged, this, &WalletUi::updateState);
    connect(manager_, &models::WalletManager::accountChanged, this, [this] { portfolio_->refresh(); });
    connect(manager_, &models::WalletManager::faucetFinished, this,
            [this](const chainclient::SubmitResult& r) {
                if (!r.ok)
                    QMessageBox::warning(window_, tr("Test TAO"), r.message);
                else
                    status_->showMessage(tr("Test TAO arrived in block %1.").arg(r.block), 8000);
                dirty_ = true;
            });
    connect(sync_, &models::SyncService::committed, this, [this] { dirty_ = true; });

    tick_ = new QTimer(this);
    tick_->setInterval(1000);
    connect(tick_, &QTimer::timeout, this, [this] {
        if (dirty_)
            refresh();
    });
    tick_->start();
    fillWallets();
    updateState();
}

void WalletUi::fillWallets() {
    const QSignalBlocker block(combo_);
    combo_->clear();
    const QStringList names = manager_->walletNames();
    combo_->addItems(names);
    combo_->setCurrentText(manager_->current());
    combo_->setEnabled(!names.isEmpty());
    if (names.isEmpty())
        combo_->setPlaceholderText(tr("no wallet"));
    updateState();
}

void WalletUi::updateState() {
    const bool has = !manager_->current().isEmpty();
    const bool unlocked = manager_->isUnlocked();
    lockLabel_->setText(!has ? QString() : unlocked ? tr("Unlocked") : tr("Locked"));
    lockLabel_->setToolTip(unlocked
                               ? tr("The key stays in memory for at most %1 minutes or until you lock it.")
                                     .arg(models::WalletManager::kDefaultUnlockSeconds / 60)
                               : QString());
    unlockAction_->setEnabled(has && !unlocked);
    lockAction_->setEnabled(unlocked);
}

void WalletUi::refresh() {
    dirty_ = false;
    const bool faucet = manager_->faucetAvailable();
    faucetAction_->setEnabled(faucet && !manager_->current().isEmpty());
    faucetAction_->setToolTip(faucet ? tr("Credit test TAO to the current wallet in the next block.")
                                     : tr("Test TAO exist only on the local network; switch with Network › "
                                          "Local. Here, fund the wallet by sending TAO to its address."));
    manager_->requestAccount(); // the free balance; the portfolio refreshes again when it arrives
    portfolio_->refresh();
    history_->refresh();
}

void WalletUi::newWallet() {
    CreateWalletDialog dialog(manager_, window_);
    if (dialog.exec() == QDialog::Accepted)
        status_->showMessage(tr("Wallet %1 created.").arg(manager_->current()), 8000);
}

void WalletUi::importWallet() {
    ImportWalletDialog dialog(manager_, window_);
    if (dialog.exec() == QDialog::Accepted)
        status_->showMessage(tr("Wallet %1 imported.").arg(manager_->current()), 8000);
}

void WalletUi::addHotkey() {
    if (manager_->current().isEmpty())
        return void(QMessageBox::information(window_, tr("Wallet"), tr("Create or import a wallet first.")));
    bool ok = false;
    const QString name = QInputDialog::getText(window_, tr("Add hotkey"), tr("Hotkey name:"),
                                               QLineEdit::Normal, QStringLiteral("default"), &ok);
    if (!ok)
        return;
    const QString password =
        QInputDialog::getText(window_, tr("Add hotkey"), tr("Password of %1:").arg(manager_->current()),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    auto created = manager_->addHotkey(name.trimmed(), password);
    if (!created)
        return void(
            QMessageBox::warning(window_, tr("Add hotkey"), QString::fromStdString(created.error().message)));
    QMessageBox::information(window_, tr("Hotkey added"),
                             tr("Hotkey %1: %2\n\nIts recovery phrase, shown once — write it down:\n%3")
                                 .arg(created->hotkey.name, created->hotkey.ss58, created->mnemonic));
}

void WalletUi::unlock() {
    if (manager_->current().isEmpty())
        return;
    bool ok = false;
    const QString password =
        QInputDialog::getText(window_, tr("Unlock wallet"),
                              tr("Password of %1 (stays unlocked for %2 minutes or until you lock it):")
                                  .arg(manager_->current())
                                  .arg(models::WalletManager::kDefaultUnlockSeconds / 60),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    auto status = manager_->unlock(password);
    if (!status)
        QMessageBox::warning(window_, tr("Unlock wallet"), QString::fromStdString(status.error().message));
}

void WalletUi::showAddress() {
    const auto info = manager_->currentInfo();
    if (!info)
        return void(QMessageBox::information(window_, tr("Wallet"), tr("Create or import a wallet first.")));
    AddressDialog dialog(*info, window_);
    dialog.exec();
}

void WalletUi::faucet() {
    if (!manager_->requestFaucet())
        QMessageBox::information(window_, tr("Test TAO"),
                                 tr("Test TAO exists only on the local network, for a wallet you have."));
    else
        status_->showMessage(tr("Asking the local chain for %1 test TAO…")
                                 .arg(models::WalletManager::kFaucetRao / 1'000'000'000));
}

} // namespace ui
