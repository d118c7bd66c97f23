// Signed v4 extrinsics against chain-fixtures/computed/signed-extrinsics-ed25519-spec343.json
// (polkadot-js cross-checked), plus the decoder's and verifier's rejections.

#include "chainclient/crypto/Ed25519Key.h"
#include "chainclient/crypto/SecretBuffer.h"
#include "chainclient/subtensor/Extrinsic.h"
#include "chainclient/subtensor/FixtureSupport.h" // tests/chainclient/subtensor

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace chainclient::subtensor;
using chainclient::crypto::Ed25519Key;

namespace {

QString fixturePath() {
    QString dir = qEnvironmentVariable("SUBNETSCOPE_SHARED_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(SUBNETSCOPE_SHARED_DIR);
    return dir + QStringLiteral("/chain-fixtures/computed/signed-extrinsics-ed25519-spec343.json");
}

QByteArray hex(const QString& s) {
    return QByteArray::fromHex(s.startsWith(QLatin1String("0x")) ? s.mid(2).toLatin1() : s.toLatin1());
}

Ed25519Key keyFrom(const QJsonObject& root) {
    const QByteArray seed =
        hex(root[QStringLiteral("signer")].toObject()[QStringLiteral("seed_hex")].toString());
    auto key = Ed25519Key::fromSeed(chainclient::crypto::SecretBuffer::fromByteArray(seed));
    if (!key)
        qFatal("bad seed in fixture");
    return std::move(key).value();
}

const QByteArray kHotkey =
    hex(QStringLiteral("e2ee75ea11e4c5b7f5dac2e735278cfa0b1590c9856690f66653bdd85b709104"));

// The calls of the fixture, built from their arguments rather than copied bytes.
std::map<QString, Call> expectedCalls() {
    std::vector<Call> five;
    for (std::uint16_t n = 1; n <= 5; ++n)
        five.push_back(Call::addStake(kHotkey, n, 1'000'000'000));
    return {
        {QStringLiteral("add_stake"), Call::addStake(kHotkey, 1, 1'000'000'000)},
        {QStringLiteral("remove_stake"), Call::removeStake(kHotkey, 1, 500'000'000)},
        {QStringLiteral("add_stake_limit"),
         Call::addStakeLimit(kHotkey, 1, 1'000'000'000, limitPriceToRao(0.01), false)},
        {QStringLiteral("move_stake"), Call::moveStake(kHotkey, kHotkey, 1, 2, 250'000'000)},
        {QStringLiteral("transfer_keep_alive"), Call::transferKeepAlive(kHotkey, 123'456'789)},
        {QStringLiteral("utility_batch_all_5x_add_stake"), Call::batchAll(five)},
    };
}

} // namespace

class TestExtrinsic : public QObject {
    Q_OBJECT

    QJsonObject root_;

    SigningContext contextFor(const QJsonObject& v) const {
        const QJsonObject chain = root_[QStringLiteral("chain")].toObject();
        const QJsonObject era = v[QStringLiteral("era")].toObject();
        SigningContext ctx;
        ctx.specVersion = static_cast<std::uint32_t>(chain[QStringLiteral("spec_version")].toInt());
        ctx.transactionVersion =
            static_cast<std::uint32_t>(chain[QStringLiteral("transaction_version")].toInt());
        ctx.genesisHash = hex(chain[QStringLiteral("genesis_hash")].toString());
        ctx.birthHash = hex(chain[QStringLiteral("era_birth_block_hash")].toString());
        ctx.era = Era::mortal(static_cast<std::uint64_t>(era[QStringLiteral("period")].toInteger()),
                              static_cast<std::uint64_t>(era[QStringLiteral("current")].toInteger()));
        ctx.nonce = static_cast<std::uint64_t>(v[QStringLiteral("nonce")].toInteger());
        ctx.tip = static_cast<std::uint64_t>(v[QStringLiteral("tip")].toInteger());
        return ctx;
    }

  private slots:
    void initTestCase() {
        QFile f(fixturePath());
        if (!f.open(QIODevice::ReadOnly))
            QSKIP(qPrintable("signed-extrinsics fixture not found at " + fixturePath() +
                             "; set SUBNETSCOPE_SHARED_DIR"));
        root_ = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!root_.isEmpty());
    }

    void vectors_data() {
        QTest::addColumn<QString>("name");
        for (const QString& name : root_[QStringLiteral("vectors")].toObject().keys())
            QTest::newRow(qPrintable(name)) << name;
    }

    void vectors() {
        QFETCH(QString, name);
        const QJsonObject v = root_[QStringLiteral("vectors")].toObject()[name].toObject();
        const auto calls = expectedCalls();
        QVERIFY2(calls.count(name), "every fixture vector has a hand-built call");
        const Ed25519Key key = keyFrom(root_);
        QCOMPARE(key.publicKey(),
                 hex(root_[QStringLiteral("signer")].toObject()[QStringLiteral("public_key")].toString()));

        const QByteArray call = calls.at(name).encode();
        QCOMPARE(call.toHex(), hex(v[QStringLiteral("call_data")].toString()).toHex());

        const SigningContext ctx = contextFor(v);
        const QJsonObject era = v[QStringLiteral("era")].toObject();
        QCOMPARE(ctx.era.encode().toHex(), hex(era[QStringLiteral("encoded")].toString()).toHex());
        QCOMPARE(ctx.era.phase(), static_cast<std::uint64_t>(era[QStringLiteral("phase")].toInteger()));
        QCOMPARE(ctx.era.birthBlock(static_cast<std::uint64_t>(era[QStringLiteral("current")].toInteger())),
                 static_cast<std::uint64_t>(era[QStringLiteral("birth_block")].toInteger()));
        QCOMPARE(Extrinsic::extra(ctx).toHex(), hex(v[QStringLiteral("extra")].toString()).toHex());
        QCOMPARE(Extrinsic::additionalSigned(ctx).toHex(),
                 hex(v[QStringLiteral("additional_signed")].toString()).toHex());
        const QByteArray payload = Extrinsic::signingPayload(call, ctx);
        QCOMPARE(payload.toHex(), hex(v[QStringLiteral("signing_payload")].toString()).toHex());
        QCOMPARE(payload.size(), v[QStringLiteral("signing_payload_len")].toInt());
        const QByteArray message = Extrinsic::messageToSign(payload);
        QCOMPARE(message != payload, v[QStringLiteral("hashed_before_signing")].toBool());
        QCOMPARE(message.toHex(), hex(v[QStringLiteral("signed_message")].toString()).toHex());

        const QByteArray xt = Extrinsic::signEd25519(call, ctx, key);
        QCOMPARE(xt.toHex(), hex(v[QStringLiteral("extrinsic")].toString()).toHex());
        QCOMPARE(xt.size(), v[QStringLiteral("extrinsic_len")].toInt());

        // Round trip: the decoder recovers every field and the signature verifies.
        auto decoded = Extrinsic::decode(xt);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
        QCOMPARE(decoded->signer, key.publicKey());
        QCOMPARE(decoded->signature.toHex(), hex(v[QStringLiteral("signature_ed25519")].toString()).toHex());
        QCOMPARE(decoded->nonce, ctx.nonce);
        QCOMPARE(decoded->era.period(), ctx.era.period());
        QCOMPARE(decoded->era.phase(), ctx.era.phase());
        QCOMPARE(decoded->callData, call);
        QCOMPARE(decoded->call.encode(), call);
        QVERIFY(Extrinsic::verify(*decoded, ctx.specVersion, ctx.transactionVersion, ctx.genesisHash,
                                  ctx.birthHash));
        // Any other chain, runtime or birth block breaks the signature.
        QByteArray otherGenesis = ctx.genesisHash;
        otherGenesis[0] = static_cast<char>(otherGenesis[0] ^ 1);
        QVERIFY(!Extrinsic::verify(*decoded, ctx.specVersion, ctx.transactionVersion, otherGenesis,
                                   ctx.birthHash));
        QVERIFY(!Extrinsic::verify(*decoded, ctx.specVersion + 1, ctx.transactionVersion, ctx.genesisHash,
                                   ctx.birthHash));
        QVERIFY(!Extrinsic::verify(*decoded, ctx.specVersion, ctx.transactionVersion, ctx.genesisHash,
                                   ctx.genesisHash));
    }

    void tamperedBytesFailVerificationOrDecoding() {
        const QJsonObject v =
            root_[QStringLiteral("vectors")].toObject()[QStringLiteral("add_stake")].toObject();
        const QByteArray xt = hex(v[QStringLiteral("extrinsic")].toString());
        const SigningContext ctx = contextFor(v);
        int rejected = 0;
        // Flip one bit in every byte after the length prefix: each copy must decode-fail or not verify.
        for (int i = 2; i < xt.size(); ++i) {
            QByteArray t = xt;
            t[i] = static_cast<char>(t[i] ^ 0x01);
            auto d = Extrinsic::decode(t);
            if (!d || !Extrinsic::verify(*d, ctx.specVersion, ctx.transactionVersion, ctx.genesisHash,
                                         ctx.birthHash))
                ++rejected;
        }
        QCOMPARE(rejected, xt.size() - 2);
    }

    void decoderRejectsMalformedInput() {
        const QJsonObject v =
            root_[QStringLiteral("vectors")].toObject()[QStringLiteral("add_stake")].toObject();
        const QByteArray xt = hex(v[QStringLiteral("extrinsic")].toString());
        QVERIFY(!Extrinsic::decode(QByteArray()).ok());
        QVERIFY(!Extrinsic::decode(xt.left(xt.size() - 1)).ok()); // length prefix mismatch
        QVERIFY(!Extrinsic::decode(xt + QByteArray(1, '\0')).ok());
        QByteArray unsignedXt = xt;
        unsignedXt[2] = 0x04;
        QCOMPARE(Extrinsic::decode(unsignedXt).error().code, economics::ErrorCode::NotSupported);
        // Unknown call index.
        QVERIFY(!Call::decode(QByteArray::fromHex("07ff")).ok());
        QVERIFY(!Call::decode(QByteArray::fromHex("0702")).ok()); // truncated arguments
    }

    // The hard-coded indices and argument order are checked against the recorded runtime.
    void callIndicesMatchSpec343Metadata() {
        if (fixtures::chainFixturesDir().isEmpty())
            QSKIP("chain-fixtures not found; set SUBNETSCOPE_SHARED_DIR");
        QString error;
        const auto* md =
            fixtures::metadata(QStringLiteral("metadata/finney-spec343-metadata-v15.json"), &error);
        QVERIFY2(md, qPrintable(error));
        struct Expect {
            CallKind kind;
            const char* pallet;
            const char* call;
            std::vector<std::string> args;
        };
        const std::vector<Expect> expected = {
            {CallKind::TransferAllowDeath, "Balances", "transfer_allow_death", {"dest", "value"}},
            {CallKind::TransferKeepAlive, "Balances", "transfer_keep_alive", {"dest", "value"}},
            {CallKind::AddStake, "SubtensorModule", "add_stake", {"hotkey", "netuid", "amount_staked"}},
            {CallKind::RemoveStake,
             "SubtensorModule",
             "remove_stake",
             {"hotkey", "netuid", "amount_unstaked"}},
            {CallKind::MoveStake,
             "SubtensorModule",
             "move_stake",
             {"origin_hotkey", "destination_hotkey", "origin_netuid", "destination_netuid", "alpha_amount"}},
            {CallKind::TransferStake,
             "SubtensorModule",
             "transfer_stake",
             {"destination_coldkey", "hotkey", "origin_netuid", "destination_netuid", "alpha_amount"}},
            {CallKind::SwapStake,
             "SubtensorModule",
             "swap_stake",
             {"hotkey", "origin_netuid", "destination_netuid", "alpha_amount"}},
            {CallKind::AddStakeLimit,
             "SubtensorModule",
             "add_stake_limit",
             {"hotkey", "netuid", "amount_staked", "limit_price", "allow_partial"}},
            {CallKind::RemoveStakeLimit,
             "SubtensorModule",
             "remove_stake_limit",
             {"hotkey", "netuid", "amount_unstaked", "limit_price", "allow_partial"}},
            {CallKind::SwapStakeLimit,
             "SubtensorModule",
             "swap_stake_limit",
             {"hotkey", "origin_netuid", "destination_netuid", "alpha_amount", "limit_price",
              "allow_partial"}},
            {CallKind::BatchAll, "Utility", "batch_all", {"calls"}},
        };
        for (const Expect& e : expected) {
            const auto* pallet = md->pallet(e.pallet);
            QVERIFY2(pallet && pallet->callType, e.pallet);
            const auto k = static_cast<std::uint16_t>(e.kind);
            QCOMPARE(pallet->index, static_cast<std::uint8_t>(k >> 8));
            const auto* calls = md->types().type(*pallet->callType);
            QVERIFY(calls);
            const auto* variant = calls->variantByName(e.call);
            QVERIFY2(variant, e.call);
            QCOMPARE(variant->index, static_cast<std::uint8_t>(k & 0xff));
            std::vector<std::string> names;
            for (const auto& f : variant->fields)
                names.push_back(f.name);
            QVERIFY2(names == e.args, e.call);
        }
        // The signed extensions our "extra" and "additional signed" assume, in metadata order.
        std::vector<std::string> ids;
        for (const auto& x : md->extrinsic().signedExtensions)
            ids.push_back(x.identifier);
        const std::vector<std::string> expectedIds = {
            "CheckNonZeroSender", "CheckSpecVersion",         "CheckTxVersion",
            "CheckGenesis",       "CheckMortality",           "CheckNonce",
            "CheckWeight",        "ChargeTransactionPayment", "SubtensorTransactionExtension",
            "DrandPriority",      "CheckMetadataHash"};
        QVERIFY(ids == expectedIds);
    }

    void eraRules() {
        QCOMPARE(Era::immortal().encode(), QByteArray(1, '\0'));
        QCOMPARE(Era::immortal().birthBlock(12345), 0u);
        // Period rounding and clamping.
        QCOMPARE(Era::mortal(100, 0).period(), 128u);
        QCOMPARE(Era::mortal(1, 0).period(), 4u);
        QCOMPARE(Era::mortal(1'000'000, 0).period(), 65536u);
        // Large periods quantize the phase (factor period >> 12 = 16 at 65536).
        const Era big = Era::mortal(65536, 100'017);
        QCOMPARE(big.phase() % 16, 0u);
        for (const Era& e : {Era::mortal(64, 1000), Era::mortal(65536, 100'017), Era::mortal(4, 7)}) {
            const QByteArray enc = e.encode();
            ScaleReader r({reinterpret_cast<const std::uint8_t*>(enc.constData()),
                           static_cast<std::size_t>(enc.size())});
            auto d = Era::decode(r);
            QVERIFY(d.ok());
            QCOMPARE(d->period(), e.period());
            QCOMPARE(d->phase(), e.phase());
        }
        // Birth block: the latest block ≤ current in the era's phase.
        const Era e = Era::mortal(64, 1000); // phase 1000 % 64 = 40
        QCOMPARE(e.birthBlock(1000), 1000u);
        QCOMPARE(e.birthBlock(1063), 1000u);
        QCOMPARE(e.birthBlock(1064), 1064u);
    }
};

QTEST_GUILESS_MAIN(TestExtrinsic)
#include "tst_extrinsic.moc"
