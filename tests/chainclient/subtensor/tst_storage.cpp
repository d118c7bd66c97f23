// Storage keys built from the metadata's hashers against the keys the SDK sent, storage values
// decoded (System.Account balance read), map keys decoded back, and the finney SDK assertions
// (expected.json) that are not tied to one runtime-API exchange.
#include "FixtureSupport.h"
#include "PeerCompare.h"
#include "chainclient/crypto/Ss58.h"
#include "chainclient/subtensor/Metagraph.h"
#include "chainclient/subtensor/RuntimeDecoder.h"
#include "chainclient/subtensor/ScaleWriter.h"
#include "chainclient/subtensor/StorageKey.h"

#include <QJsonArray>
#include <QtTest>

using namespace chainclient::subtensor;
using Bytes = std::vector<std::uint8_t>;

namespace {

const QString kMd343 = "metadata/finney-spec343-metadata-v15.json";
const QString kMd320 = "metadata/finney-spec320-metadata-v15.json";

QJsonObject rpc(const QString& scenario) {
    return fixtures::loadJson(fixtures::chainFixturesDir() + "/finney/" + scenario + "/rpc.json").object();
}
QJsonObject exchange(const QJsonObject& file, int i) {
    return file.value("exchanges").toArray()[i].toObject();
}
QJsonValue param(const QJsonObject& ex, int i) {
    return ex.value("request").toObject().value("params").toArray()[i];
}
QJsonValue result(const QJsonObject& ex) {
    return ex.value("response").toObject().value("result");
}
QJsonValue assertion(const QString& scenario, int i) {
    return fixtures::loadJson(fixtures::chainFixturesDir() + "/finney/" + scenario + "/expected.json")
        .object()
        .value("assertions")
        .toArray()[i]
        .toObject()
        .value("value");
}
QString hex(const Bytes& b) {
    return QString::fromStdString(Hex::encode(b));
}
Bytes u16le(std::uint16_t v) {
    return ScaleWriter().writeU16(v).take();
}
Bytes accountBytes(const QString& ss58) {
    const QByteArray k = chainclient::crypto::Ss58::decodeAccountId(ss58).value();
    return Bytes(k.begin(), k.end());
}
std::uint64_t headerNumber(const QJsonValue& header) {
    return header.toObject().value("number").toString().toULongLong(nullptr, 16);
}

} // namespace

class TstStorage : public QObject {
    Q_OBJECT
  private slots:
    void init() {
        if (fixtures::chainFixturesDir().isEmpty())
            QSKIP(
                "chain fixtures not found: set SUBNETSCOPE_SHARED_DIR to the folder holding chain-fixtures/");
    }

    void hashersAndPrefixes() {
        QCOMPARE(hex(StorageKey::itemPrefix("System", "Account")),
                 QString("0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9"));
        QCOMPARE(hex(StorageKey::hash(StorageHasher::Identity, u16le(1))), QString("0x0100"));
        QCOMPARE(StorageKey::hash(StorageHasher::Twox64Concat, u16le(1)).size(), std::size_t(10));
        QCOMPARE(StorageKey::hash(StorageHasher::Blake2_128Concat, Bytes(32, 0)).size(), std::size_t(48));
        QCOMPARE(StorageKey::hash(StorageHasher::Blake2_256, Bytes{1}).size(), std::size_t(32));
        QCOMPARE(StorageKey::hash(StorageHasher::Twox256, Bytes{1}).size(), std::size_t(32));
        QCOMPARE(StorageKey::hash(StorageHasher::Twox128, Bytes{1}).size(), std::size_t(16));
        QCOMPARE(StorageKey::hash(StorageHasher::Blake2_128, Bytes{1}).size(), std::size_t(16));
    }

    void systemAccountBalanceSpec208() {
        const Metadata* md = fixtures::metadata(kMd343);
        QVERIFY(md);
        const QJsonObject ex = exchange(rpc("s208-system-account-balance"), 4);
        const Bytes recordedKey = fixtures::hexBytes(param(ex, 0).toString());
        const Bytes account(recordedKey.end() - 32, recordedKey.end());
        auto key = StorageKey::build(*md, "System", "Account", {account});
        QVERIFY2(key.ok(), qPrintable(fixtures::errorText(key)));
        QCOMPARE(hex(*key), param(ex, 0).toString());

        auto args = StorageKey::decodeKeyArgs(*md, "System", "Account", recordedKey);
        QVERIFY2(args.ok(), qPrintable(fixtures::errorText(args)));
        QCOMPARE(args->size(), std::size_t(1));
        QVERIFY(
            std::equal(account.begin(), account.end(), ValueMapper::to<AccountId>(args->front())->begin()));

        RuntimeDecoder dec(*md);
        const Bytes value = fixtures::hexBytes(result(ex).toString());
        auto info = dec.storage<AccountInfo>("System", "Account", std::span<const std::uint8_t>(value));
        QVERIFY2(info.ok(), qPrintable(fixtures::errorText(info)));
        QCOMPARE(info->nonce, 141u);
        QCOMPARE(info->consumers, 1u);
        QCOMPARE(info->providers, 1u);
        QCOMPARE(info->sufficients, 0u);
        QCOMPARE(info->data.free, 7'450'117'072ull);
        QCOMPARE(info->data.reserved, 100'000'000ull);
        QCOMPARE(info->data.frozen, 0ull);
        QVERIFY(info->data.flags == (U128(1) << 127));

        // An absent account reads as the pallet default (all zero), not an error.
        auto absent = dec.storage<AccountInfo>("System", "Account", std::nullopt);
        QVERIFY2(absent.ok(), qPrintable(fixtures::errorText(absent)));
        QCOMPARE(absent->data.free, 0ull);
        QCOMPARE(absent->nonce, 0u);
    }

    void uidsDoubleMapAndNeuron() {
        const Metadata* md = fixtures::metadata(kMd320);
        QVERIFY(md);
        const QJsonObject ex = exchange(rpc("s315-neuron-for-pubkey-netuid14"), 0);
        const QString hotkey = assertion("s315-neuron-for-pubkey-netuid14", 0).toString();
        auto key = StorageKey::build(*md, "SubtensorModule", "Uids", {u16le(14), accountBytes(hotkey)});
        QVERIFY2(key.ok(), qPrintable(fixtures::errorText(key)));
        QCOMPARE(hex(*key), param(ex, 0).toString());
        RuntimeDecoder dec(*md);
        const Bytes value = fixtures::hexBytes(result(ex).toString());
        auto uid =
            dec.storage<std::uint16_t>("SubtensorModule", "Uids", std::span<const std::uint8_t>(value));
        QVERIFY(uid.ok());
        QCOMPARE(*uid, std::uint16_t(29));
        QCOMPARE(assertion("s315-neuron-for-pubkey-netuid14", 2).toBool(), true); // Uids entry exists

        const QJsonObject neuronEx = exchange(rpc("s315-neuron-for-pubkey-netuid14"), 1);
        const Bytes neuronBytes = fixtures::hexBytes(result(neuronEx).toString());
        auto neuron = dec.call<std::optional<NeuronInfo>>("NeuronInfoRuntimeApi", "get_neuron", neuronBytes);
        QVERIFY2(neuron.ok(), qPrintable(fixtures::errorText(neuron)));
        QVERIFY(neuron->has_value());
        QCOMPARE(assertion("s315-neuron-for-pubkey-netuid14", 1).toBool(), true);
        QCOMPARE(peer::ss58((*neuron)->hotkey), hotkey);
        QCOMPARE((*neuron)->uid, std::uint16_t(29));
        QCOMPARE((*neuron)->netuid, std::uint16_t(14));
        QCOMPARE((*neuron)->weights.size(), std::size_t(5));
        QCOMPARE((*neuron)->bonds.size(), std::size_t(32));
    }

    void identityKeyedItems() {
        const Metadata* md = fixtures::metadata(kMd320);
        QVERIFY(md);
        RuntimeDecoder dec(*md);
        const QJsonObject file = rpc("s315-subnetwork-n-netuid1");
        auto added = StorageKey::build(*md, "SubtensorModule", "NetworksAdded", {u16le(1)});
        QCOMPARE(hex(*added), param(exchange(file, 0), 0).toString());
        auto n = StorageKey::build(*md, "SubtensorModule", "SubnetworkN", {u16le(1)});
        QCOMPARE(hex(*n), param(exchange(file, 1), 0).toString());
        const Bytes nBytes = fixtures::hexBytes(result(exchange(file, 1)).toString());
        auto count = dec.storage<std::uint16_t>("SubtensorModule", "SubnetworkN",
                                                std::span<const std::uint8_t>(nBytes));
        QVERIFY(count.ok());
        QCOMPARE(int(*count), assertion("s315-subnetwork-n-netuid1", 0).toInt());
    }

    void blocksSinceLastUpdate() {
        const Metadata* md = fixtures::metadata(kMd320);
        QVERIFY(md);
        const QJsonObject file = rpc("s320-b6553223-blocks-since-last-update");
        auto key = StorageKey::build(*md, "SubtensorModule", "LastUpdate", {u16le(1)});
        QCOMPARE(hex(*key), param(exchange(file, 5), 0).toString());
        RuntimeDecoder dec(*md);
        const Bytes value = fixtures::hexBytes(result(exchange(file, 5)).toString());
        auto last = dec.storage<std::vector<std::uint64_t>>("SubtensorModule", "LastUpdate",
                                                            std::span<const std::uint8_t>(value));
        QVERIFY(last.ok());
        QCOMPARE(last->size(), std::size_t(1024));
        const std::uint64_t block = headerNumber(result(exchange(file, 1)));
        QCOMPARE(block, 6'553'223ull);
        QCOMPARE(double(block - last->front()),
                 assertion("s320-b6553223-blocks-since-last-update", 0).toDouble());
    }

    void netuidsForHotkeyByMapIteration() {
        const Metadata* md = fixtures::metadata(kMd320);
        QVERIFY(md);
        const QJsonObject file = rpc("s315-netuids-for-hotkey");
        const QJsonObject page = exchange(file, 1);
        const Bytes prefixKey = fixtures::hexBytes(param(page, 0).toString());
        // The prefix is IsNetworkMember(hotkey, *): take the hotkey from it and rebuild it.
        const Bytes hotkey(prefixKey.end() - 32, prefixKey.end());
        auto prefix = StorageKey::build(*md, "SubtensorModule", "IsNetworkMember", {hotkey});
        QVERIFY2(prefix.ok(), qPrintable(fixtures::errorText(prefix)));
        QCOMPARE(hex(*prefix), param(page, 0).toString());

        RuntimeDecoder dec(*md);
        const QJsonArray keys = result(page).toArray();
        QCOMPARE(keys.size(), 100);
        QVERIFY(result(exchange(file, 2)).toArray().isEmpty()); // second page ends the scan
        std::map<QString, std::uint16_t> netuidOfKey;
        for (const auto& k : keys) {
            auto args = StorageKey::decodeKeyArgs(*md, "SubtensorModule", "IsNetworkMember",
                                                  fixtures::hexBytes(k.toString()));
            QVERIFY2(args.ok(), qPrintable(fixtures::errorText(args)));
            QCOMPARE(args->size(), std::size_t(2));
            QVERIFY(ValueMapper::to<AccountId>((*args)[0])->size() == 32);
            netuidOfKey[k.toString()] = ValueMapper::to<std::uint16_t>((*args)[1]).value();
        }
        QJsonArray netuids;
        for (const auto& change :
             result(exchange(file, 3)).toArray()[0].toObject().value("changes").toArray()) {
            const QJsonArray kv = change.toArray();
            QVERIFY(netuidOfKey.count(kv[0].toString()));
            const Bytes v = fixtures::hexBytes(kv[1].toString());
            auto member =
                dec.storage<bool>("SubtensorModule", "IsNetworkMember", std::span<const std::uint8_t>(v));
            QVERIFY(member.ok());
            if (*member)
                netuids.append(int(netuidOfKey[kv[0].toString()]));
        }
        QCOMPARE(netuids, assertion("s315-netuids-for-hotkey", 0).toArray());
    }

    void twox64ConcatKeysAndNullResults() {
        const Metadata* md = fixtures::metadata(kMd343);
        QVERIFY(md);
        const QJsonObject file = rpc("s343-b6852690-selective-mechagraph-netuid1");
        RuntimeDecoder dec(*md);
        for (int i : {1, 2}) {
            const QJsonObject ex = exchange(file, i);
            QVERIFY(result(ex).isNull());
            // Find the item whose Twox64Concat(netuid 1) key the SDK read, from the metadata alone.
            QString found;
            for (const StorageEntry& e : md->pallet("SubtensorModule")->storage) {
                if (e.hashers != std::vector<StorageHasher>{StorageHasher::Twox64Concat})
                    continue;
                auto key = StorageKey::build(*md, "SubtensorModule", e.name, {u16le(1)});
                if (key.ok() && hex(*key) == param(ex, 0).toString())
                    found = QString::fromStdString(e.name);
            }
            QVERIFY2(!found.isEmpty(),
                     qPrintable(QString("no Twox64Concat item matches exchange %1").arg(i)));
            // null = absent: the default (or None for OptionQuery items) applies.
            auto v = dec.decodeStorage("SubtensorModule", found.toStdString(), std::nullopt);
            const StorageEntry* e = md->storageEntry("SubtensorModule", found.toStdString());
            QCOMPARE(v.ok(), !e->optional);
        }
    }

    void sdkBlockAndMetagraphAssertions() {
        const QJsonObject hashFile = rpc("s315-b6522038-block-hash-and-current-block");
        QCOMPARE(result(exchange(hashFile, 0)).toString(),
                 assertion("s315-b6522038-block-hash-and-current-block", 0).toString());
        QCOMPARE(double(headerNumber(result(exchange(hashFile, 2)))),
                 assertion("s315-b6522038-block-hash-and-current-block", 1).toDouble());
        const QJsonObject rt = rpc("s343-b6852690-block-and-runtime");
        QCOMPARE(double(headerNumber(result(exchange(rt, 1)))),
                 assertion("s343-b6852690-block-and-runtime", 0).toDouble());
        QCOMPARE(result(exchange(rt, 4)).toObject().value("specVersion").toInt(), 343);

        const Metadata* md = fixtures::metadata(kMd343);
        QVERIFY(md);
        RuntimeDecoder dec(*md);
        const Bytes mg = fixtures::hexBytes(
            result(exchange(rpc("s343-b6852690-selective-mechagraph-netuid1"), 0)).toString());
        auto graph =
            dec.call<std::optional<Metagraph>>("SubnetInfoRuntimeApi", "get_selective_mechagraph", mg);
        QVERIFY2(graph.ok(), qPrintable(fixtures::errorText(graph)));
        const Metagraph& g = graph->value();
        const QString scen = "s343-b6852690-selective-mechagraph-netuid1";
        QCOMPARE(double(g.hotkeys->size()), assertion(scen, 0).toDouble());
        QCOMPARE(double(*g.numUids), assertion(scen, 0).toDouble());
        QCOMPARE(double(g.netuid), assertion(scen, 1).toDouble());
        QCOMPARE(double(*g.block), assertion(scen, 2).toDouble());
        QCOMPARE(*g.name, std::string("Apex"));
        QCOMPARE(*g.symbol, std::string("\xce\xb1"));
        QVERIFY(g.movingPrice->toDouble() > 0.0 && g.movingPrice->bits == 40869489);
        QCOMPARE(g.validators->size(), std::size_t(12));

        const Metadata* md320 = fixtures::metadata(kMd320);
        QVERIFY(md320);
        RuntimeDecoder dec320(*md320);
        const Bytes all =
            fixtures::hexBytes(result(exchange(rpc("s315-b6521727-subnets-info-v2-all"), 2)).toString());
        auto subnets = dec320.call<std::vector<std::optional<SubnetInfoV2>>>("SubnetInfoRuntimeApi",
                                                                             "get_subnets_info_v2", all);
        QVERIFY2(subnets.ok(), qPrintable(fixtures::errorText(subnets)));
        QCOMPARE(subnets->size(), std::size_t(129));
        const QString s = "s315-b6521727-subnets-info-v2-all";
        QCOMPARE(peer::ss58((*subnets)[0]->owner), assertion(s, 0).toString());
        QCOMPARE(double((*subnets)[1]->kappa), assertion(s, 1).toDouble());
        QCOMPARE(double((*subnets)[1]->maxWeightsLimit), assertion(s, 2).toDouble());
        QCOMPARE(double((*subnets)[1]->blocksSinceLastStep), assertion(s, 3).toDouble());
    }
};

QTEST_GUILESS_MAIN(TstStorage)
#include "tst_storage.moc"
