#pragma once
// The GUI's wallet state: which wallet is current, whether its coldkey is unlocked (in memory
// only, for a limited time or until lock(), wiped by SecretBuffer when dropped), the create
// flow's three-word check, the local faucet, and a per-wallet journal of what is not a trade
// (faucet credits) so History can list it. Secrets are never logged or journalled.

#include "chainclient/NodeClient.h"
#include "chainclient/NodeTypes.h"
#include "chainclient/crypto/Ed25519Key.h"
#include "chainclient/crypto/WalletStore.h"
#include "chainclient/economics/Result.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>
#include <optional>

class QTimer;

namespace models {

class SyncService;

// A wallet event that is not a stake trade in the store (faucet credits, transfers).
struct ActivityEntry {
    QString kind; // "faucet", "transfer"
    quint64 block = 0;
    qint64 timeMs = 0;
    quint64 tao = 0;
    QString counterparty;
};

class WalletManager : public QObject {
    Q_OBJECT
  public:
    static constexpr int kDefaultUnlockSeconds = 300;
    static constexpr quint64 kFaucetRao = 100'000'000'000; // 100 TAO, as the CLI

    // dataDir holds wallets/<name>/; sync may be null (no node: no faucet, no account reads).
    WalletManager(QString dataDir, SyncService* sync, QObject* parent = nullptr);

    QString dataDir() const { return dataDir_; }
    QStringList walletNames() const;
    QString current() const { return current_; }
    void setCurrent(const QString& name);
    std::optional<chainclient::crypto::WalletInfo> currentInfo() const;

    // Create flow: a fresh phrase is shown once; the user must repeat three of its words
    // (challenge() picks them, 0-based, ascending) before saveNew() writes anything.
    static QVector<int> challenge(int wordCount);
    static bool checkChallenge(const QStringList& words, const QVector<int>& indices,
                               const QStringList& answers);
    economics::Result<chainclient::crypto::WalletInfo> saveNew(const QString& name, const QString& phrase,
                                                               const QString& password);
    economics::Result<chainclient::crypto::WalletInfo>
    importPhrase(const QString& name, const QString& phrase, const QString& password);
    economics::Result<chainclient::crypto::WalletStore::CreatedHotkey> addHotkey(const QString& hotkey,
                                                                                 const QString& password);

    economics::Status unlock(const QString& password, int seconds = kDefaultUnlockSeconds);
    void lock();
    bool isUnlocked() const { return key_.has_value(); }
    const chainclient::crypto::Ed25519Key* unlockedKey() const { return key_ ? &*key_ : nullptr; }
    // The key to sign with, or WalletLocked (with a sentence saying what to do) while locked.
    economics::Result<const chainclient::crypto::Ed25519Key*> signingKey() const;

    // Local network only.
    bool faucetAvailable() const;
    bool requestFaucet(quint64 rao = kFaucetRao);
    // Reads the current wallet's account (free balance, positions) from the node.
    bool requestAccount();
    const std::optional<chainclient::AccountState>& account() const { return account_; }

    static QVector<ActivityEntry> activity(const QString& dataDir, const QString& wallet);
    static bool appendActivity(const QString& dataDir, const QString& wallet, const ActivityEntry& entry);

  signals:
    void walletsChanged();
    void currentChanged(const QString& name);
    void lockChanged(bool unlocked);
    void faucetFinished(const chainclient::SubmitResult& result);
    void accountChanged(const chainclient::AccountState& state);

  private:
    void attach(chainclient::NodeClient* node);
    chainclient::crypto::WalletStore store() const { return chainclient::crypto::WalletStore(dataDir_); }

    QString dataDir_;
    SyncService* sync_;
    QString current_;
    QPointer<chainclient::NodeClient> attached_;
    std::optional<chainclient::crypto::Ed25519Key> key_;
    QTimer* lockTimer_;
    quint64 faucetId_ = 0;
    quint64 accountId_ = 0;
    QString faucetWallet_;
    quint64 faucetRao_ = 0;
    std::optional<chainclient::AccountState> account_;
};

} // namespace models
