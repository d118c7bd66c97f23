// Every recorded runtime-API and storage result under chain-fixtures/finney and
// chain-fixtures/localnet-turbobt, decoded with the metadata its rpc.json names: all bytes consumed,
// the value tree equal to peer_decoded.json field by field, the typed struct equal to
// peer_decoded.json and to expected.json (turbobt's values) where present, and the struct
// re-encoded through the same metadata type equal to the recorded bytes.
#include "FixtureSupport.h"
#include "PeerCompare.h"
#include "chainclient/subtensor/Metagraph.h"
#include "chainclient/subtensor/RuntimeDecoder.h"
#include "chainclient/subtensor/TypedEncoder.h"

#include <QJsonArray>
#include <QtTest>

using namespace chainclient::subtensor;

namespace {

struct RoundTrip {
    const PortableRegistry& registry;
    std::uint32_t typeId;
    const std::vector<std::uint8_t>& bytes;
};

struct Exchange {
    int index = 0;
    QJsonObject request, response, decode;
};

QJsonObject byExchangeIndex(const QJsonObject& file, int index) {
    for (const auto& x : file.value("exchanges").toArray())
        if (x.toObject().value("exchange_index").toInt(-1) == index)
            return x.toObject();
    for (const auto& x : file.value("assertions").toArray())
        if (x.toObject().value("exchange_index").toInt(-1) == index)
            return x.toObject();
    return {};
}

// Maps the decoded value to the struct type the client uses for this result and compares it.
template <class T>
void checkTyped(const RoundTrip& ctx, const ScaleValue& tree, const QJsonObject& peerEx,
                const QJsonObject& expectedEx, const QString& where, int& typedChecks) {
    auto typed = ValueMapper::to<T>(tree);
    QVERIFY2(typed.ok(), qPrintable(where + ": typed mapping failed: " + fixtures::errorText(typed)));
    if (!peerEx.isEmpty()) {
        peer::Mismatches m;
        peer::compareTyped(peerEx.value("value"), *typed, "value", m, {});
        QVERIFY2(m.count == 0, qPrintable(where + " typed vs peer: " + m.summary()));
    }
    if (!expectedEx.isEmpty()) {
        peer::Mismatches m;
        peer::compareTyped(expectedEx.value("value"), *typed, "value", m, {.emptyVecIsNull = true});
        QVERIFY2(m.count == 0, qPrintable(where + " typed vs expected.json: " + m.summary()));
    }
    // Encoding the struct back through the same metadata type reproduces the recorded bytes.
    auto again = TypedEncoder::encode(*typed, ctx.typeId, ctx.registry);
    QVERIFY2(again.ok(), qPrintable(where + ": re-encoding failed: " + fixtures::errorText(again)));
    QVERIFY2(*again == ctx.bytes, qPrintable(where + ": re-encoded bytes differ from the recording"));
    ++typedChecks;
}

void checkTypedFor(const QString& key, const RoundTrip& ctx, const ScaleValue& tree,
                   const QJsonObject& peerEx, const QJsonObject& expectedEx, const QString& where,
                   int& typedChecks) {
    if (key == "get_neurons_lite")
        return checkTyped<std::vector<NeuronInfoLite>>(ctx, tree, peerEx, expectedEx, where, typedChecks);
    if (key == "get_neuron")
        return checkTyped<std::optional<NeuronInfo>>(ctx, tree, peerEx, expectedEx, where, typedChecks);
    if (key == "get_subnet_state")
        return checkTyped<std::optional<SubnetState>>(ctx, tree, peerEx, expectedEx, where, typedChecks);
    if (key == "get_selective_mechagraph")
        return checkTyped<std::optional<Metagraph>>(ctx, tree, peerEx, expectedEx, where, typedChecks);
    if (key == "get_subnets_info_v2")
        return checkTyped<std::vector<std::optional<SubnetInfoV2>>>(ctx, tree, peerEx, expectedEx, where,
                                                                    typedChecks);
    if (key == "get_dynamic_info")
        return checkTyped<std::optional<DynamicInfo>>(ctx, tree, peerEx, expectedEx, where, typedChecks);
    if (key == "get_subnet_hyperparams")
        return checkTyped<std::optional<SubnetHyperparams>>(ctx, tree, peerEx, expectedEx, where,
                                                            typedChecks);
    if (key == "get_subnet_hyperparams_v2")
        return checkTyped<std::optional<SubnetHyperparamsV2>>(ctx, tree, peerEx, expectedEx, where,
                                                              typedChecks);
    if (key == "System.Account")
        return checkTyped<AccountInfo>(ctx, tree, peerEx, expectedEx, where, typedChecks);
    if (key == "SubtensorModule.NetworksAdded")
        return checkTyped<bool>(ctx, tree, peerEx, expectedEx, where, typedChecks);
    if (key == "SubtensorModule.SubnetworkN" || key == "SubtensorModule.Uids")
        return checkTyped<std::uint16_t>(ctx, tree, peerEx, expectedEx, where, typedChecks);
    if (key == "SubtensorModule.LastUpdate")
        return checkTyped<std::vector<std::uint64_t>>(ctx, tree, peerEx, expectedEx, where, typedChecks);
    QFAIL(qPrintable(where + ": no typed mapping registered for " + key));
}

} // namespace

class TstFixtureDecode : public QObject {
    Q_OBJECT
  private slots:
    void decodesEveryRecordedResult_data() {
        QTest::addColumn<QString>("scenario");
        const QString root = fixtures::chainFixturesDir();
        if (root.isEmpty()) {
            QTest::newRow("no-fixtures") << QString();
            return;
        }
        for (const QString group : {"finney", "localnet-turbobt"})
            for (const QString& d :
                 QDir(root + "/" + group).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
                if (QFile::exists(root + "/" + group + "/" + d + "/rpc.json"))
                    QTest::newRow(qPrintable(group + "/" + d)) << group + "/" + d;
    }

    void decodesEveryRecordedResult() {
        QFETCH(QString, scenario);
        if (scenario.isEmpty())
            QSKIP(
                "chain fixtures not found: set SUBNETSCOPE_SHARED_DIR to the folder holding chain-fixtures/");
        const QString dir = fixtures::chainFixturesDir() + "/" + scenario;
        const QJsonObject rpc = fixtures::loadJson(dir + "/rpc.json").object();
        const QJsonObject peerFile = fixtures::loadJson(dir + "/peer_decoded.json").object();
        const QJsonObject expectedFile = fixtures::loadJson(dir + "/expected.json").object();
        const bool expectedByIndex =
            !expectedFile.value("assertions").toArray().isEmpty() &&
            expectedFile.value("assertions").toArray()[0].toObject().contains("exchange_index");
        const QJsonArray exchanges = rpc.value("exchanges").toArray();

        int decoded = 0, typedChecks = 0;
        for (int i = 0; i < exchanges.size(); ++i) {
            const QJsonObject ex = exchanges[i].toObject();
            const QJsonObject decode = ex.value("decode").toObject();
            const QJsonValue result = ex.value("response").toObject().value("result");
            const QJsonObject peerEx = byExchangeIndex(peerFile, i);
            if (decode.isEmpty()) {
                QVERIFY2(peerEx.isEmpty(),
                         qPrintable(QString("peer decoded exchange %1 has no decode info").arg(i)));
                continue;
            }
            QString err;
            const Metadata* md = fixtures::metadata(rpc.value("metadata").toString(), &err);
            QVERIFY2(md, qPrintable("metadata: " + err));
            if (!peerEx.isEmpty())
                QCOMPARE(peerEx.value("metadata").toString(), rpc.value("metadata").toString());
            RuntimeDecoder dec(*md);
            const QString where = QString("%1 exchange %2").arg(scenario).arg(i);
            const auto bytes = fixtures::hexBytes(result.toString());
            const QString kind = decode.value("kind").toString();
            QString key;
            Result<ScaleValue> tree =
                economics::makeError(economics::ErrorCode::NotSupported, "unknown decode kind");
            if (kind == "runtime_api") {
                key = decode.value("method").toString();
                tree = dec.decodeCall(decode.value("api").toString().toStdString(), key.toStdString(), bytes);
            } else if (kind == "storage") {
                key = decode.value("pallet").toString() + "." + decode.value("item").toString();
                tree = dec.decodeStorage(decode.value("pallet").toString().toStdString(),
                                         decode.value("item").toString().toStdString(),
                                         std::span<const std::uint8_t>(bytes));
            }
            // decodeCall/decodeStorage fail unless every byte is consumed.
            QVERIFY2(tree.ok(), qPrintable(where + ": " + fixtures::errorText(tree)));
            if (!peerEx.isEmpty()) {
                QCOMPARE(qsizetype(bytes.size()), qsizetype(peerEx.value("bytes").toInt()));
                QCOMPARE(peerEx.value("bytes_consumed").toInt(), peerEx.value("bytes").toInt());
                peer::Mismatches m;
                peer::compareTree(*tree, peerEx.value("value"), md->types(), "value", m);
                QVERIFY2(m.count == 0, qPrintable(where + " tree vs peer: " + m.summary()));
            }
            const QJsonObject expectedEx = expectedByIndex ? byExchangeIndex(expectedFile, i) : QJsonObject();
            const auto typeId =
                kind == "storage"
                    ? dec.storageValueType(decode.value("pallet").toString().toStdString(),
                                           decode.value("item").toString().toStdString())
                    : dec.callOutputType(decode.value("api").toString().toStdString(), key.toStdString());
            QVERIFY(typeId.ok());
            const RoundTrip ctx{md->types(), *typeId, bytes};
            checkTypedFor(key, ctx, *tree, peerEx, expectedEx, where, typedChecks);
            if (QTest::currentTestFailed())
                return;
            ++decoded;
        }
        // Every peer-decoded exchange was one of ours.
        QCOMPARE(decoded, peerFile.value("exchanges").toArray().size());
        QCOMPARE(typedChecks, decoded);
        if (expectedByIndex)
            QVERIFY(decoded >= expectedFile.value("assertions").toArray().size());
    }
};

QTEST_GUILESS_MAIN(TstFixtureDecode)
#include "tst_fixture_decode.moc"
