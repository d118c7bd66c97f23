#include "chainclient/crypto/KeyDerivation.h"
#include "chainclient/crypto/Keyfile.h"
#include "chainclient/crypto/Mnemonic.h"
#include "chainclient/crypto/WalletStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace chainclient::crypto;
using economics::ErrorCode;

namespace {
const QString VectorPhrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";
const QString AliceSs58 = "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu";

int modeOf(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& data) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}
} // namespace

class TestWalletStore : public QObject {
    Q_OBJECT
  private slots:
    void createThenUnlock() {
        QTemporaryDir tmp;
        WalletStore store(tmp.path());
        auto created = store.create("alice", "correct horse");
        QVERIFY(created.ok());
        QCOMPARE(created->mnemonic.split(' ').size(), 12);
        QVERIFY(!created->wallet.watchOnly);
        auto fromPhrase = KeyDerivation::ed25519FromUri(created->mnemonic);
        QVERIFY(fromPhrase.ok());
        QCOMPARE(created->wallet.coldkeyPublic, fromPhrase->publicKey());
        auto key = store.unlockColdkey("alice", "correct horse");
        QVERIFY(key.ok());
        QCOMPARE(key->publicKey(), created->wallet.coldkeyPublic);
        QVERIFY(Ed25519Key::verify(key->publicKey(), "m", key->sign("m")));
        QCOMPARE(store.create("alice", "x").error().code, ErrorCode::WalletExists);
        QCOMPARE(store.create("bob", "").error().code, ErrorCode::InvalidState);
        QCOMPARE(store.create("../evil", "pw").error().code, ErrorCode::InvalidState);
        QVERIFY(!QFile::exists(tmp.path() + "/evil"));
    }

    void importVectorAndLoadWithoutPassword() {
        QTemporaryDir tmp;
        WalletStore store(tmp.path());
        auto info = store.importMnemonic("w", VectorPhrase + "//Alice", "pw");
        QVERIFY(info.ok());
        QCOMPARE(info->coldkeySs58, AliceSs58);
        auto loaded = WalletStore(tmp.path()).load("w");
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->coldkeySs58, AliceSs58);
        auto bad = store.importMnemonic(
            "v", "bottom drive obey lake curtain smoke basket hold race lonely fit fit", "pw");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidMnemonic);
        QVERIFY(!QDir(store.walletDir("v")).exists());
    }

    void wrongPasswordIsAClearError() {
        QTemporaryDir tmp;
        WalletStore store(tmp.path());
        QVERIFY(store.importMnemonic("alice", VectorPhrase, "right").ok());
        auto r = store.unlockColdkey("alice", "wrong");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::WrongPassword);
        QVERIFY(QString::fromStdString(r.error().message).startsWith("Wrong password for wallet 'alice'"));
        QCOMPARE(store.unlockColdkey("nobody", "x").error().code, ErrorCode::WalletNotFound);
    }

    void filesAreOwnerOnlyAndAtomic() {
        QTemporaryDir tmp;
        WalletStore store(tmp.path());
        QVERIFY(store.create("alice", "pw").ok());
        QVERIFY(store.addHotkey("alice", "default", "pw").ok());
        const QString dir = store.walletDir("alice");
        QCOMPARE(modeOf(dir + "/coldkey"), 0600);
        QCOMPARE(modeOf(dir + "/coldkeypub.txt"), 0600);
        QCOMPARE(modeOf(dir + "/hotkeys/default"), 0600);
        QCOMPARE(modeOf(dir), 0700);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
                 QStringList({"coldkey", "coldkeypub.txt"})); // no temp files left behind
        const QJsonObject env = QJsonDocument::fromJson(readAll(dir + "/coldkey")).object();
        QCOMPARE(env.value("version").toInt(), 1);
        QCOMPARE(env.value("kdf").toObject().value("n").toInteger(), 32768);
        QCOMPARE(env.value("cipher").toObject().value("name").toString(), QString("aes-256-gcm"));
    }

    void noPlaintextSecretInFiles() {
        QTemporaryDir tmp;
        WalletStore store(tmp.path());
        QVERIFY(store.importMnemonic("w", VectorPhrase, "pw").ok());
        const QByteArray file = readAll(store.walletDir("w") + "/coldkey");
        QVERIFY(!file.isEmpty());
        auto m = Mnemonic::fromPhrase(VectorPhrase);
        QVERIFY(m.ok());
        const QByteArray seed = KeyDerivation::miniSecret(*m).toByteArray();
        for (const QByteArray& secret :
             {VectorPhrase.toUtf8(), QByteArray("bottom"), QByteArray("curtain"), QByteArray("basket"),
              QByteArray("lonely"), seed, seed.toHex(), seed.toBase64(), m->entropy().toByteArray(),
              m->entropy().toByteArray().toHex(), m->entropy().toByteArray().toBase64()})
            QVERIFY2(!file.contains(secret), secret.constData());
        QVERIFY(!readAll(store.walletDir("w") + "/coldkeypub.txt").contains(seed.toHex()));
    }

    void tamperingIsDetected() {
        QTemporaryDir tmp;
        WalletStore store(tmp.path());
        QVERIFY(store.importMnemonic("w", VectorPhrase, "pw").ok());
        const QString path = store.walletDir("w") + "/coldkey";
        const QByteArray original = readAll(path);
        QJsonObject env = QJsonDocument::fromJson(original).object();

        QByteArray ct = QByteArray::fromBase64(env.value("ciphertext").toString().toLatin1());
        ct[0] = static_cast<char>(ct[0] ^ 0x01);
        QJsonObject flipped = env;
        flipped["ciphertext"] = QString::fromLatin1(ct.toBase64());
        writeAll(path, QJsonDocument(flipped).toJson());
        QCOMPARE(store.unlockColdkey("w", "pw").error().code, ErrorCode::WrongPassword);

        // Swap in another valid key pair: the public fields are authenticated too.
        auto other = KeyDerivation::ed25519FromUri(VectorPhrase + "//Bob");
        QVERIFY(other.ok());
        QJsonObject swapped = env;
        swapped["public_key"] = QString::fromLatin1("0x" + other->publicKey().toHex());
        swapped["ss58"] = "5GoNkf6WdbxCFnPdAnYYQyCjAKPJgLNxXwPjwTh6DGg6gN3E";
        writeAll(path, QJsonDocument(swapped).toJson());
        QVERIFY(!store.unlockColdkey("w", "pw").ok());

        QJsonObject weakened = env;
        QJsonObject kdf = env.value("kdf").toObject();
        kdf["n"] = 2;
        weakened["kdf"] = kdf;
        writeAll(path, QJsonDocument(weakened).toJson());
        QCOMPARE(store.unlockColdkey("w", "pw").error().code, ErrorCode::StorageError);

        writeAll(path, original.left(original.size() / 2));
        QCOMPARE(store.unlockColdkey("w", "pw").error().code, ErrorCode::StorageError);

        writeAll(path, original);
        QVERIFY(store.unlockColdkey("w", "pw").ok());
    }

    void watchOnlyWallets() {
        QTemporaryDir tmp;
        WalletStore store(tmp.path());
        auto w = store.createWatchOnly("watch", AliceSs58);
        QVERIFY(w.ok());
        QVERIFY(w->watchOnly);
        QCOMPARE(w->coldkeySs58, AliceSs58);
        QCOMPARE(store.unlockColdkey("watch", "pw").error().code, ErrorCode::NotSupported);
        QCOMPARE(store.addHotkey("watch", "h", "pw").error().code, ErrorCode::NotSupported);
        auto bad = store.createWatchOnly("bad", "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpv");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidAddress);
    }

    void listAndHotkeys() {
        QTemporaryDir tmp;
        WalletStore store(tmp.path());
        QVERIFY(store.importMnemonic("b", VectorPhrase, "pw").ok());
        QVERIFY(store.createWatchOnly("a", AliceSs58).ok());
        auto wrong = store.addHotkey("b", "hk", "nope");
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        QVERIFY(!QFile::exists(store.walletDir("b") + "/hotkeys/hk"));
        auto hk = store.addHotkey("b", "hk", "pw");
        QVERIFY(hk.ok());
        QCOMPARE(hk->mnemonic.split(' ').size(), 12);
        QCOMPARE(store.addHotkey("b", "hk", "pw").error().code, ErrorCode::WalletExists);
        const auto all = store.list();
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all[0].name, QString("a"));
        QCOMPARE(all[1].name, QString("b"));
        QCOMPARE(all[1].hotkeys.size(), std::size_t(1));
        QCOMPARE(all[1].hotkeys[0].name, QString("hk"));
        QCOMPARE(all[1].hotkeys[0].publicKey, hk->hotkey.publicKey);
        auto key = store.unlockHotkey("b", "hk", "pw");
        QVERIFY(key.ok());
        QCOMPARE(key->publicKey(), hk->hotkey.publicKey);
        QCOMPARE(KeyDerivation::ed25519FromUri(hk->mnemonic)->publicKey(), hk->hotkey.publicKey);
        auto bad = store.unlockHotkey("b", "hk", "nope");
        QVERIFY(QString::fromStdString(bad.error().message)
                    .startsWith("Wrong password for wallet 'b' (hotkey 'hk')"));
        QCOMPARE(store.unlockHotkey("b", "missing", "pw").error().code, ErrorCode::WalletNotFound);
    }
};

QTEST_GUILESS_MAIN(TestWalletStore)
#include "tst_walletstore.moc"
