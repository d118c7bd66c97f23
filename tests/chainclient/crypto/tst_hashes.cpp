#include "chainclient/crypto/Hashes.h"
#include "chainclient/crypto/WalletVectors.h"

#include <QJsonArray>
#include <QtTest>

using chainclient::crypto::Hashes;
using testsupport::fromHex0x;

class TestHashes : public QObject {
    Q_OBJECT
  private slots:
    void vectors() {
        LOAD_WALLET_VECTORS(v);
        const QJsonArray hashes = v.value("hashes").toArray();
        QVERIFY(!hashes.isEmpty());
        for (const auto& item : hashes) {
            const QJsonObject h = item.toObject();
            const QByteArray in = h.value("input_utf8").toString().toUtf8();
            QCOMPARE(Hashes::blake2b128(in), fromHex0x(h.value("blake2b_128").toString()));
            QCOMPARE(Hashes::blake2b256(in), fromHex0x(h.value("blake2b_256").toString()));
            QCOMPARE(Hashes::blake2b512(in), fromHex0x(h.value("blake2b_512").toString()));
            QCOMPARE(Hashes::twox64(in), fromHex0x(h.value("twox64").toString()));
            QCOMPARE(Hashes::twox128(in), fromHex0x(h.value("twox128").toString()));
        }
    }

    void storageHashersKeepTheKey() {
        const QByteArray key = QByteArray::fromHex("0100");
        QCOMPARE(Hashes::twox64Concat(key), Hashes::twox64(key) + key);
        QCOMPARE(Hashes::blake2_128Concat(key), Hashes::blake2b128(key) + key);
    }

    void twox256ExtendsTwox128() {
        // Substrate's well-known prefix of the System pallet: twox128("System").
        QCOMPARE(Hashes::twox128("System").toHex(), QByteArray("26aa394eea5630e07c48ae0c9558cef7"));
        const QByteArray t256 = Hashes::twox256("System");
        QCOMPARE(t256.size(), 32);
        QCOMPARE(t256.left(16), Hashes::twox128("System"));
        QCOMPARE(t256.mid(16, 8), Hashes::twox64("System", 2));
    }

    void blake2bLengths() {
        QCOMPARE(Hashes::blake2b("abc", 20).size(), 20);
        QVERIFY(Hashes::blake2b("abc", 20) != Hashes::blake2b256("abc").left(20)); // length is a parameter
    }
};

QTEST_GUILESS_MAIN(TestHashes)
#include "tst_hashes.moc"
