#include "models/WalletManager.h"

#include "chainclient/crypto/Mnemonic.h"
#include "chainclient/local/LocalNode.h"
#include "models/sync/SyncService.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>

namespace models {
namespace {
constexpr auto kActivityFile = "activity.jsonl";
} // namespace

WalletManager::WalletManager(QString dataDir, SyncService* sync, QObject* parent)
    : QObject(parent), dataDir_(std::move(dataDir)), sync_(sync), lockTimer_(new QTimer(this)) {
    lockTimer_->setSingleShot(true);
    connect(lockTimer_, &QTimer::timeout, this, &WalletManager::lock);
    const QStringList names = walletNames();
    if (!names.isEmpty())
        current_ = names.first();
}

QStringList WalletManager::walletNames() const {
    QStringList names;
    for (const auto& w : store().list())
        names << w.name;
    return names;
}

void WalletManager::setCurrent(const QString& name) {
    if (name == current_)
        return;
    lock(); // an unlocked key belongs to the wallet it was unlocked for
    current_ = name;
    account_.reset();
    emit currentChanged(name);
}

std::optional<chainclient::crypto::WalletInfo> WalletManager::currentInfo() const {
    if (current_.isEmpty())
        return std::nullopt;
    auto info = store().load(current_);
    if (!info)
        return std::nullopt;
    return *info;
}

QVector<int> WalletManager::challenge(int wordCount) {
    QVector<int> picked;
    while (picked.size() < std::min(3, wordCount)) {
        const int i = static_cast<int>(QRandomGenerator::system()->bounded(wordCount));
        if (!picked.contains(i))
            picked.push_back(i);
    }
    std::sort(picked.begin(), picked.end());
    return picked;
}

bool WalletManager::checkChallenge(const QStringList& words, const QVector<int>& indices,
                                   const QStringList& answers) {
    if (indices.isEmpty() || answers.size() != indices.size())
        return false;
    for (int k = 0; k < indices.size(); ++k) {
        const int i = indices[k];
        if (i < 0 || i >= words.size() || answers[k].trimmed().toLower() != words[i])
            return false;
    }
    return true;
}

economics::Result<chainclient::crypto::WalletInfo>
WalletManager::saveNew(const QString& name, const QString& phrase, const QString& password) {
    return importPhrase(name, phrase, password);
}

economics::Result<chainclient::crypto::WalletInfo>
WalletManager::importPhrase(const QString& name, const QString& phrase, const QString& password) {
    if (password.isEmpty())
        return economics::makeError(economics::ErrorCode::WrongPassword,
                                    "Choose a password to encrypt the wallet.");
    auto mnemonic = chainclient::crypto::Mnemonic::fromPhrase(phrase);
    if (!mnemonic)
        return mnemonic.error();
    auto info = store().importMnemonic(name, mnemonic->phrase(), password);
    if (!info)
        return info.error();
    emit walletsChanged();
    setCurrent(name);
    return info;
}

economics::Result<chainclient::crypto::WalletStore::CreatedHotkey>
WalletManager::addHotkey(const QString& hotkey, const QString& password) {
    if (current_.isEmpty())
        return economics::makeError(economics::ErrorCode::WalletNotFound, "Create or import a wallet first.");
    auto created = store().addHotkey(current_, hotkey, password);
    if (created)
        emit walletsChanged();
    return created;
}

economics::Status WalletManager::unlock(const QString& password, int seconds) {
    if (current_.isEmpty())
        return economics::makeError(economics::ErrorCode::WalletNotFound, "Create or import a wallet first.");
    auto key = store().unlockColdkey(current_, password);
    if (!key)
        return key.error();
    key_.emplace(std::move(key).value());
    lockTimer_->start(std::max(1, seconds) * 1000);
    emit lockChanged(true);
    return economics::okStatus();
}

void WalletManager::lock() {
    lockTimer_->stop();
    if (!key_)
        return;
    key_.reset(); // the seed's SecretBuffer wipes itself
    emit lockChanged(false);
}

bool WalletManager::faucetAvailable() const {
    return sync_ && qobject_cast<chainclient::LocalNode*>(sync_->node());
}

bool WalletManager::requestFaucet(quint64 rao) {
    auto* node = sync_ ? qobject_cast<chainclient::LocalNode*>(sync_->node()) : nullptr;
    const auto info = currentInfo();
    if (!node || !info || rao == 0)
        return false;
    faucetWallet_ = current_;
    faucetRao_ = rao;
    attach(node);
    faucetId_ = node->faucet(info->coldkeySs58, rao);
    return true;
}

economics::Result<const chainclient::crypto::Ed25519Key*> WalletManager::signingKey() const {
    if (current_.isEmpty())
        return economics::makeError(economics::ErrorCode::WalletNotFound, "No wallet is selected.");
    if (!key_)
        return economics::makeError(economics::ErrorCode::WalletLocked,
                                    "The wallet '" + current_.toStdString() +
                                        "' is locked: unlock it with its password to sign.");
    return &*key_;
}

bool WalletManager::requestAccount() {
    chainclient::NodeClient* node = sync_ ? sync_->node() : nullptr;
    const auto info = currentInfo();
    if (!node || !info)
        return false;
    attach(node);
    accountId_ = node->requestAccountState(info->coldkeySs58);
    return true;
}

void WalletManager::attach(chainclient::NodeClient* node) {
    if (attached_ == node)
        return;
    if (attached_)
        disconnect(attached_, nullptr, this, nullptr);
    attached_ = node;
    connect(node, &chainclient::NodeClient::submitted, this, [this](const chainclient::SubmitResult& r) {
        if (faucetId_ == 0 || r.requestId != faucetId_)
            return;
        faucetId_ = 0;
        if (r.ok)
            appendActivity(dataDir_, faucetWallet_,
                           // Time 0: History reads the block's own time, as for trades.
                           {QStringLiteral("faucet"), r.block, 0, r.tao ? r.tao : faucetRao_, QString()});
        emit faucetFinished(r);
    });
    connect(node, &chainclient::NodeClient::accountStateReady, this,
            [this](const chainclient::AccountState& s) {
                if (accountId_ == 0 || s.requestId != accountId_)
                    return;
                account_ = s;
                emit accountChanged(s);
            });
}

QVector<ActivityEntry> WalletManager::activity(const QString& dataDir, const QString& wallet) {
    QVector<ActivityEntry> out;
    QFile f(chainclient::crypto::WalletStore(dataDir).walletDir(wallet) + QLatin1Char('/') +
            QLatin1String(kActivityFile));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (o.isEmpty())
            continue;
        out.push_back({o.value(QLatin1String("kind")).toString(),
                       static_cast<quint64>(o.value(QLatin1String("block")).toInteger()),
                       o.value(QLatin1String("timeMs")).toInteger(),
                       o.value(QLatin1String("tao")).toString().toULongLong(),
                       o.value(QLatin1String("counterparty")).toString()});
    }
    return out;
}

bool WalletManager::appendActivity(const QString& dataDir, const QString& wallet, const ActivityEntry& e) {
    const QString dir = chainclient::crypto::WalletStore(dataDir).walletDir(wallet);
    if (!QDir(dir).exists())
        return false;
    QFile f(dir + QLatin1Char('/') + QLatin1String(kActivityFile));
    if (!f.open(QIODevice::Append))
        return false;
    // Amounts as strings: JSON numbers lose precision above 2^53 rao.
    const QJsonObject o{{QStringLiteral("kind"), e.kind},
                        {QStringLiteral("block"), static_cast<qint64>(e.block)},
                        {QStringLiteral("timeMs"), e.timeMs},
                        {QStringLiteral("tao"), QString::number(e.tao)},
                        {QStringLiteral("counterparty"), e.counterparty}};
    return f.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n') > 0;
}

} // namespace models
