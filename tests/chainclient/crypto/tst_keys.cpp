#include "chainclient/crypto/Ed25519Key.h"
#include "chainclient/crypto/Ss58.h"
#include "chainclient/crypto/WalletVectors.h"

#include <QJsonArray>
#include <QtTest>

using namespace chainclient::crypto;
using economics::ErrorCode;
using testsupport::fromHex0x;

class TestKeys : public QObject {
    Q_OBJECT
  private slots:
    void ss58EncodesEveryVectorKey() {
        LOAD_WALLET_VECTORS(v);
        int n = 0;
        for (const char* group : {"ed25519", "sr25519_public_only"}) {
            for (const auto& item : v.value(group).toArray()) {
                const QJsonObject o = item.toObject();
                const QByteArray pk = fromHex0x(o.value("public_key").toString());
                const QString addr = o.value("ss58").toString();
                QCOMPARE(Ss58::encode(pk), addr);
                auto back = Ss58::decodeAccountId(addr);
                QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
                QCOMPARE(*back, pk);
                ++n;
            }
        }
        QVERIFY(n >= 9);
    }

    void ss58ProtocolVectors() {
        QCOMPARE(Ss58::encode(QByteArray(32, '\0')),
                 QString("5C4hrfjw9DjXZTzV3MwzrrAr9P1MJhSrvWGWqi1eSuyUpnhM"));
        QCOMPARE(Ss58::encode(
                     QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")),
                 QString("5Gw54ghuAHodDGAS91DUxqvKa6PeT9bhDdns3ztBupY8pSyn"));
    }

    void ss58RejectsInvalidVectors() {
        LOAD_WALLET_VECTORS(v);
        const QJsonArray bad = v.value("ss58_invalid").toArray();
        QVERIFY(!bad.isEmpty());
        for (const auto& item : bad) {
            auto r = Ss58::decodeAccountId(item.toObject().value("address").toString());
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::InvalidAddress);
            QVERIFY(!r.error().message.empty());
        }
    }

    void ss58ErrorsSayWhatIsWrong() {
        const QString good = "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu";
        auto checksumErr = Ss58::decode(good.left(good.size() - 1) + "v");
        QVERIFY(!checksumErr.ok());
        QVERIFY(QString::fromStdString(checksumErr.error().message).contains("checksum"));
        auto lengthErr = Ss58::decode(good.left(good.size() - 1));
        QVERIFY(!lengthErr.ok());
        QVERIFY(QString::fromStdString(lengthErr.error().message).contains("length"));
        auto charErr = Ss58::decode("5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTp0");
        QVERIFY(!charErr.ok());
        QVERIFY(QString::fromStdString(charErr.error().message).contains("base58"));
        QVERIFY(!Ss58::decode("").ok());
        QVERIFY(!Ss58::decode("5FA9nQDVg267DEd8m1Zyp").ok());
    }

    void ss58OtherPrefixes() {
        const QByteArray pk =
            QByteArray::fromHex("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
        // Polkadot (0) and Kusama (2) forms of the well-known //Alice sr25519 key.
        QCOMPARE(Ss58::encode(pk, 0), QString("15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5"));
        QCOMPARE(Ss58::encode(pk, 2), QString("HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F"));
        for (std::uint16_t prefix : {0, 2, 42, 63, 64, 255, 1000, 16383}) {
            auto d = Ss58::decode(Ss58::encode(pk, prefix));
            QVERIFY(d.ok());
            QCOMPARE(d->prefix, prefix);
            QCOMPARE(d->publicKey, pk);
        }
        auto wrongNetwork = Ss58::decodeAccountId(Ss58::encode(pk, 0));
        QVERIFY(!wrongNetwork.ok());
        QVERIFY(QString::fromStdString(wrongNetwork.error().message).contains("prefix 0"));
    }

    void ed25519Rfc8032Test1() {
        const auto seed = SecretBuffer::fromByteArray(
            QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        auto key = Ed25519Key::fromSeed(seed);
        QVERIFY(key.ok());
        QCOMPARE(key->publicKey().toHex(),
                 QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        const QByteArray sig = key->sign(QByteArray());
        QCOMPARE(sig.toHex(), QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                                         "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
        QVERIFY(Ed25519Key::verify(key->publicKey(), QByteArray(), sig));
    }

    void ed25519RejectsForgeries() {
        auto key = Ed25519Key::fromSeed(SecretBuffer::fromByteArray(QByteArray(32, '\x07')));
        auto other = Ed25519Key::fromSeed(SecretBuffer::fromByteArray(QByteArray(32, '\x08')));
        QVERIFY(key.ok() && other.ok());
        const QByteArray msg = "stake 1 TAO";
        QByteArray sig = key->sign(msg);
        QVERIFY(Ed25519Key::verify(key->publicKey(), msg, sig));
        QVERIFY(!Ed25519Key::verify(other->publicKey(), msg, sig));
        QVERIFY(!Ed25519Key::verify(key->publicKey(), "stake 2 TAO", sig));
        sig[10] = static_cast<char>(sig[10] ^ 1);
        QVERIFY(!Ed25519Key::verify(key->publicKey(), msg, sig));
        QVERIFY(!Ed25519Key::verify(key->publicKey(), msg, sig.left(63)));
    }

    void ed25519RejectsBadSeedLength() {
        auto r = Ed25519Key::fromSeed(SecretBuffer::fromByteArray(QByteArray(31, '\x01')));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidKey);
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
