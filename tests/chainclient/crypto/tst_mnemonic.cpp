#include "chainclient/crypto/KeyDerivation.h"
#include "chainclient/crypto/Mnemonic.h"
#include "chainclient/crypto/Ss58.h"
#include "chainclient/crypto/WalletVectors.h"

#include <QJsonArray>
#include <QtTest>

using namespace chainclient::crypto;
using economics::ErrorCode;
using testsupport::fromHex0x;

class TestMnemonic : public QObject {
    Q_OBJECT
  private slots:
    void wordlistIsTheBip39EnglishList() {
        const QStringList& w = Mnemonic::wordlist();
        QCOMPARE(w.size(), 2048);
        QCOMPARE(w.first(), QString("abandon"));
        QCOMPARE(w.last(), QString("zoo"));
        QVERIFY(std::is_sorted(w.begin(), w.end()));
    }

    void bip39EntropyVectors() {
        auto legal = Mnemonic::fromEntropy(SecretBuffer::fromByteArray(QByteArray(16, '\x7f')));
        QVERIFY(legal.ok());
        QCOMPARE(legal->phrase(),
                 QString("legal winner thank year wave sausage worth useful legal winner thank yellow"));
        auto zero = Mnemonic::fromEntropy(SecretBuffer::fromByteArray(QByteArray(32, '\0')));
        QVERIFY(zero.ok());
        QCOMPARE(zero->wordCount(), 24);
        QVERIFY(zero->phrase().endsWith("abandon art"));
        auto back = Mnemonic::fromPhrase(zero->phrase());
        QVERIFY(back.ok());
        QCOMPARE(back->entropy().toByteArray(), QByteArray(32, '\0'));
        QVERIFY(!Mnemonic::fromEntropy(SecretBuffer::fromByteArray(QByteArray(17, '\1'))).ok());
    }

    void ed25519Vectors() {
        LOAD_WALLET_VECTORS(v);
        const QJsonArray vectors = v.value("ed25519").toArray();
        QVERIFY(vectors.size() >= 9);
        for (const auto& item : vectors) {
            const QJsonObject o = item.toObject();
            const QString mnemonic = o.value("mnemonic").toString();
            const QString path = o.value("path").toString();
            auto uri = KeyDerivation::parseUri(mnemonic + path);
            QVERIFY(uri.ok());
            auto m = Mnemonic::fromPhrase(mnemonic);
            QVERIFY(m.ok());
            QCOMPARE(KeyDerivation::miniSecret(*m, uri->password).toByteArray(),
                     fromHex0x(o.value("mini_secret").toString()));
            auto key = KeyDerivation::ed25519FromUri(mnemonic + path);
            QVERIFY2(key.ok(), qPrintable(mnemonic + path));
            QCOMPARE(key->publicKey(), fromHex0x(o.value("public_key").toString()));
            QCOMPARE(Ss58::encode(key->publicKey()), o.value("ss58").toString());
        }
    }

    void invalidMnemonicVectors() {
        LOAD_WALLET_VECTORS(v);
        const QJsonArray bad = v.value("invalid_mnemonics").toArray();
        QVERIFY(!bad.isEmpty());
        for (const auto& item : bad) {
            auto r = Mnemonic::fromPhrase(item.toObject().value("mnemonic").toString());
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::InvalidMnemonic);
        }
    }

    void invalidMnemonicMessages() {
        const QString good = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";
        QVERIFY(
            Mnemonic::fromPhrase("  Bottom drive obey lake curtain smoke basket hold race lonely fit WALK ")
                .ok());
        auto checksum =
            Mnemonic::fromPhrase("bottom drive obey lake curtain smoke basket hold race lonely walk fit");
        QVERIFY(!checksum.ok());
        QVERIFY(QString::fromStdString(checksum.error().message).contains("checksum"));
        auto unknown = Mnemonic::fromPhrase(QString(good).replace("walk", "walkk"));
        QVERIFY(!unknown.ok());
        QVERIFY(QString::fromStdString(unknown.error().message).contains("Word 12 ('walkk')"));
        auto count = Mnemonic::fromPhrase("bottom drive obey");
        QVERIFY(!count.ok());
        QVERIFY(QString::fromStdString(count.error().message).contains("this one has 3"));
        QVERIFY(!Mnemonic::fromPhrase("").ok());
    }

    void generateRoundTrips() {
        for (int words : {12, 24}) {
            const Mnemonic a = Mnemonic::generate(words);
            const Mnemonic b = Mnemonic::generate(words);
            QCOMPARE(a.wordCount(), words);
            QCOMPARE(a.words().size(), words);
            QVERIFY(a.phrase() != b.phrase());
            auto back = Mnemonic::fromPhrase(a.phrase());
            QVERIFY(back.ok());
            QCOMPARE(back->entropy().toByteArray(), a.entropy().toByteArray());
        }
    }

    void uriParsing() {
        auto u = KeyDerivation::parseUri("a b c//hard//1///pass//word");
        QVERIFY(u.ok());
        QCOMPARE(u->phrase, QString("a b c"));
        QCOMPARE(u->hardJunctions, QStringList({"hard", "1"}));
        QCOMPARE(u->password, QString("pass//word"));
        auto soft = KeyDerivation::ed25519FromUri(
            "bottom drive obey lake curtain smoke basket hold race lonely fit walk/soft");
        QVERIFY(!soft.ok());
        QCOMPARE(soft.error().code, ErrorCode::InvalidKey);
        QVERIFY(!KeyDerivation::parseUri("//Alice").ok());
        QVERIFY(!KeyDerivation::parseUri("word//a//").ok());
    }

    void chainCodes() {
        // Numbers are u64 LE; strings are SCALE-encoded; long ones hashed (Substrate's rules).
        QCOMPARE(KeyDerivation::chainCode("1").toHex(), QByteArray("01").append(QByteArray(62, '0')));
        QCOMPARE(KeyDerivation::chainCode("Alice").left(6), QByteArray("\x14"
                                                                       "Alice"));
        const QString longJunction(40, 'x');
        QCOMPARE(KeyDerivation::chainCode(longJunction).size(), 32);
        QVERIFY(!KeyDerivation::chainCode(longJunction).startsWith(QByteArray::fromHex("a0")));
    }

    void hexSeedUri() {
        auto key = KeyDerivation::ed25519FromUri(
            "0x9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        QVERIFY(key.ok());
        QCOMPARE(key->publicKey().toHex(),
                 QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        QVERIFY(!KeyDerivation::ed25519FromUri("0x1234").ok());
    }
};

QTEST_GUILESS_MAIN(TestMnemonic)
#include "tst_mnemonic.moc"
