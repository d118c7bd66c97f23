#pragma once
// Wallets on disk, btcli-style: <data-dir>/wallets/<name>/ holds `coldkey` (encrypted),
// `coldkeypub.txt` (public) and `hotkeys/<hotkey>` (encrypted, public part readable).
// A watch-only wallet has only coldkeypub.txt. Listing and public info need no password.

#include "chainclient/crypto/Ed25519Key.h"
#include "chainclient/economics/Result.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace chainclient::crypto {

struct HotkeyInfo {
    QString name;
    QByteArray publicKey;
    QString ss58;
};

struct WalletInfo {
    QString name;
    QByteArray coldkeyPublic;
    QString coldkeySs58;
    bool watchOnly = false;
    std::vector<HotkeyInfo> hotkeys;
};

class WalletStore {
  public:
    explicit WalletStore(QString dataDir);

    // A fresh coldkey from a new mnemonic; the phrase is returned once and never stored.
    struct Created {
        WalletInfo wallet;
        QString mnemonic;
    };
    economics::Result<Created> create(const QString& name, const QString& password, int words = 12);
    // secretUri: a mnemonic, optionally with "//hard" junctions and "///passphrase".
    economics::Result<WalletInfo> importMnemonic(const QString& name, const QString& secretUri,
                                                 const QString& password);
    economics::Result<WalletInfo> createWatchOnly(const QString& name, const QString& ss58);

    std::vector<WalletInfo> list() const;
    economics::Result<WalletInfo> load(const QString& name) const;
    economics::Result<Ed25519Key> unlockColdkey(const QString& name, const QString& password) const;

    // A new hotkey from its own mnemonic, encrypted with the wallet password (checked first).
    struct CreatedHotkey {
        HotkeyInfo hotkey;
        QString mnemonic;
    };
    economics::Result<CreatedHotkey> addHotkey(const QString& wallet, const QString& hotkey,
                                               const QString& password, int words = 12);
    economics::Result<Ed25519Key> unlockHotkey(const QString& wallet, const QString& hotkey,
                                               const QString& password) const;

    QString walletDir(const QString& name) const;
    static bool isValidName(const QString& name);

  private:
    economics::Result<WalletInfo> storeNewWallet(const QString& name, const Ed25519Key& key,
                                                 const QString& password);
    QString root_;
};

} // namespace chainclient::crypto
