#include "chainclient/crypto/WalletStore.h"

#include "chainclient/crypto/KeyDerivation.h"
#include "chainclient/crypto/Keyfile.h"
#include "chainclient/crypto/Mnemonic.h"
#include "chainclient/crypto/Ss58.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace chainclient::crypto {

using economics::ErrorCode;
using economics::makeError;

namespace {

constexpr auto OwnerOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

std::string quoted(const QString& s) {
    return "'" + s.toStdString() + "'";
}

economics::Error badName(const char* kind, const QString& name) {
    return makeError(ErrorCode::InvalidState, std::string(kind) + " name " + quoted(name) +
                                                  " is not allowed: use 1-64 letters, digits, '-' or '_'.");
}

economics::Status makePrivateDir(const QString& path) {
    if (!QDir().mkpath(path))
        return makeError(ErrorCode::StorageError, "Cannot create folder " + path.toStdString() + ".");
    QFile::setPermissions(path, OwnerOnlyDir);
    return economics::okStatus();
}

economics::Status checkPassword(const QString& password) {
    if (password.isEmpty())
        return makeError(ErrorCode::InvalidState, "A wallet password must not be empty.");
    return economics::okStatus();
}

} // namespace

WalletStore::WalletStore(QString dataDir) : root_(std::move(dataDir) + QStringLiteral("/wallets")) {}

bool WalletStore::isValidName(const QString& name) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return re.match(name).hasMatch();
}

QString WalletStore::walletDir(const QString& name) const {
    return root_ + QLatin1Char('/') + name;
}

economics::Result<WalletInfo> WalletStore::storeNewWallet(const QString& name, const Ed25519Key& key,
                                                          const QString& password) {
    const QString dir = walletDir(name);
    if (auto s = makePrivateDir(dir); !s)
        return s.error();
    // The public file goes last: a wallet only "exists" once both files are complete.
    if (auto s = Keyfile::writeEncrypted(dir + "/coldkey", key, password); !s)
        return s.error();
    if (auto s = Keyfile::writePublic(dir + "/coldkeypub.txt", key.publicKey()); !s)
        return s.error();
    return load(name);
}

economics::Result<WalletStore::Created> WalletStore::create(const QString& name, const QString& password,
                                                            int words) {
    if (!isValidName(name))
        return badName("Wallet", name);
    if (auto s = checkPassword(password); !s)
        return s.error();
    if (QFile::exists(walletDir(name) + "/coldkeypub.txt"))
        return makeError(ErrorCode::WalletExists, "A wallet named " + quoted(name) + " already exists.");
    if (words != 12 && words != 24)
        return makeError(ErrorCode::InvalidMnemonic, "A new recovery phrase has 12 or 24 words.");
    const Mnemonic mnemonic = Mnemonic::generate(words);
    auto key = KeyDerivation::ed25519FromMnemonic(mnemonic);
    if (!key)
        return key.error();
    auto info = storeNewWallet(name, *key, password);
    if (!info)
        return info.error();
    return Created{*info, mnemonic.phrase()};
}

economics::Result<WalletInfo> WalletStore::importMnemonic(const QString& name, const QString& secretUri,
                                                          const QString& password) {
    if (!isValidName(name))
        return badName("Wallet", name);
    if (auto s = checkPassword(password); !s)
        return s.error();
    if (QFile::exists(walletDir(name) + "/coldkeypub.txt"))
        return makeError(ErrorCode::WalletExists, "A wallet named " + quoted(name) + " already exists.");
    auto key = KeyDerivation::ed25519FromUri(secretUri);
    if (!key)
        return key.error();
    return storeNewWallet(name, *key, password);
}

economics::Result<WalletInfo> WalletStore::createWatchOnly(const QString& name, const QString& ss58) {
    if (!isValidName(name))
        return badName("Wallet", name);
    if (QFile::exists(walletDir(name) + "/coldkeypub.txt"))
        return makeError(ErrorCode::WalletExists, "A wallet named " + quoted(name) + " already exists.");
    auto account = Ss58::decodeAccountId(ss58);
    if (!account)
        return account.error();
    if (auto s = makePrivateDir(walletDir(name)); !s)
        return s.error();
    if (auto s = Keyfile::writePublic(walletDir(name) + "/coldkeypub.txt", *account); !s)
        return s.error();
    return load(name);
}

economics::Result<WalletInfo> WalletStore::load(const QString& name) const {
    if (!isValidName(name))
        return badName("Wallet", name);
    const QString dir = walletDir(name);
    if (!QFile::exists(dir + "/coldkeypub.txt"))
        return makeError(ErrorCode::WalletNotFound, "There is no wallet named " + quoted(name) + ".");
    auto pub = Keyfile::readPublic(dir + "/coldkeypub.txt");
    if (!pub)
        return pub.error();
    WalletInfo info;
    info.name = name;
    info.coldkeyPublic = pub->publicKey;
    info.coldkeySs58 = pub->ss58;
    info.watchOnly = !QFile::exists(dir + "/coldkey");
    const QStringList files = QDir(dir + "/hotkeys").entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        if (!isValidName(file))
            continue; // leftovers such as editor backups or interrupted temp files
        auto hk = Keyfile::readEncryptedPublic(dir + "/hotkeys/" + file);
        if (hk)
            info.hotkeys.push_back(HotkeyInfo{file, hk->publicKey, hk->ss58});
    }
    return info;
}

std::vector<WalletInfo> WalletStore::list() const {
    std::vector<WalletInfo> out;
    for (const QString& name : QDir(root_).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (auto info = load(name))
            out.push_back(*info);
    }
    return out;
}

economics::Result<Ed25519Key> WalletStore::unlockColdkey(const QString& name, const QString& password) const {
    auto info = load(name);
    if (!info)
        return info.error();
    if (info->watchOnly)
        return makeError(ErrorCode::NotSupported,
                         "Wallet " + quoted(name) + " is watch-only: it has no secret key to sign with.");
    auto key = Keyfile::unlock(walletDir(name) + "/coldkey", password,
                               "wallet " + QString::fromStdString(quoted(name)));
    if (key && key->publicKey() != info->coldkeyPublic)
        return makeError(ErrorCode::StorageError,
                         "Wallet " + quoted(name) + " is inconsistent: coldkey and coldkeypub.txt differ.");
    return key;
}

economics::Result<WalletStore::CreatedHotkey>
WalletStore::addHotkey(const QString& wallet, const QString& hotkey, const QString& password, int words) {
    if (!isValidName(hotkey))
        return badName("Hotkey", hotkey);
    // Proves the password is the wallet's, so every key of a wallet shares one password.
    auto cold = unlockColdkey(wallet, password);
    if (!cold)
        return cold.error();
    const QString dir = walletDir(wallet) + "/hotkeys";
    if (QFile::exists(dir + "/" + hotkey))
        return makeError(ErrorCode::WalletExists,
                         "Wallet " + quoted(wallet) + " already has a hotkey named " + quoted(hotkey) + ".");
    if (words != 12 && words != 24)
        return makeError(ErrorCode::InvalidMnemonic, "A new recovery phrase has 12 or 24 words.");
    if (auto s = makePrivateDir(dir); !s)
        return s.error();
    const Mnemonic mnemonic = Mnemonic::generate(words);
    auto key = KeyDerivation::ed25519FromMnemonic(mnemonic);
    if (!key)
        return key.error();
    if (auto s = Keyfile::writeEncrypted(dir + "/" + hotkey, *key, password); !s)
        return s.error();
    return CreatedHotkey{HotkeyInfo{hotkey, key->publicKey(), Ss58::encode(key->publicKey())},
                         mnemonic.phrase()};
}

economics::Result<Ed25519Key> WalletStore::unlockHotkey(const QString& wallet, const QString& hotkey,
                                                        const QString& password) const {
    if (!isValidName(wallet))
        return badName("Wallet", wallet);
    if (!isValidName(hotkey))
        return badName("Hotkey", hotkey);
    const QString path = walletDir(wallet) + "/hotkeys/" + hotkey;
    if (!QFile::exists(path))
        return makeError(ErrorCode::WalletNotFound,
                         "Wallet " + quoted(wallet) + " has no hotkey named " + quoted(hotkey) + ".");
    return Keyfile::unlock(path, password,
                           "wallet " + QString::fromStdString(quoted(wallet)) + " (hotkey " +
                               QString::fromStdString(quoted(hotkey)) + ")");
}

} // namespace chainclient::crypto
