// SubtensorNode against the real runtime's shapes: every runtime API and storage item it reads
// exists in the recorded finney metadata (spec 343 and 320), the metagraph fields it asks for
// resolve by name there, and recorded answers map into a SubnetSnapshot with the values the
// peer decoder saw.

#include "chainclient/subtensor/FixtureSupport.h"

#include "chainclient/local/RpcServerMetadata.h"
#include "chainclient/subtensor/RuntimeDecoder.h"
#include "chainclient/subtensor/StorageKey.h"
#include "chainclient/subtensor/SubtensorNodeSnapshot.h"

#include <QJsonArray>
#include <QTest>

using namespace chainclient::subtensor;

namespace {

std::vector<std::uint8_t> resultOf(const QString& scenario, int exchange) {
    const QJsonObject rpc = fixtures::loadJson(fixtures::chainFixturesDir() + "/" + scenario + "/rpc.json").object();
    return fixtures::hexBytes(rpc.value("exchanges").toArray().at(exchange).toObject().value("response").toObject().value("result").toString());
}

QStringList fieldNames(const Metadata& md, const std::vector<std::uint16_t>& indexes) {
    const auto* m = md.runtimeApiMethod("SubnetInfoRuntimeApi", "get_selective_metagraph");
    const auto* some = md.types().type(md.types().type(m->output)->variantByName("Some")->fields.front().type);
    QStringList names;
    for (auto i : indexes) names << QString::fromStdString(some->fields.at(i).name);
    names.sort();
    return names;
}

} // namespace

class TestRpcFinneyShapes : public QObject {
    Q_OBJECT
private slots:
    void everyReadExistsInTheRecordedRuntimes_data() {
        QTest::addColumn<QString>("metadata");
        QTest::newRow("spec 343") << "metadata/finney-spec343-metadata-v15.json";
        QTest::newRow("spec 320") << "metadata/finney-spec320-metadata-v15.json";
    }
    void everyReadExistsInTheRecordedRuntimes() {
        if (fixtures::chainFixturesDir().isEmpty()) QSKIP("chain-fixtures not found (set SUBNETSCOPE_SHARED_DIR)");
        QFETCH(QString, metadata);
        QString error;
        const Metadata* md = fixtures::metadata(metadata, &error);
        QVERIFY2(md, qPrintable(error));
        // What SubtensorNodeWorker and SubtensorNodeAccount call, and the loopback server serves.
        for (auto [api, method] : {std::pair{"SubnetInfoRuntimeApi", "get_all_dynamic_info"},
                                   std::pair{"SubnetInfoRuntimeApi", "get_selective_metagraph"},
                                   std::pair{"NeuronInfoRuntimeApi", "get_neurons_lite"},
                                   std::pair{"SwapRuntimeApi", "current_alpha_price"},
                                   std::pair{"StakeInfoRuntimeApi", "get_stake_info_for_coldkey"}}) {
            QVERIFY2(md->runtimeApiMethod(api, method), method);
            QVERIFY2(chainclient::RpcServerMetadata::metadata().runtimeApiMethod(api, method), method);
        }
        for (auto [pallet, item] : {std::pair{"Timestamp", "Now"}, std::pair{"SubtensorModule", "TotalIssuance"},
                                    std::pair{"SubtensorModule", "SubnetTAO"}, std::pair{"SubtensorModule", "SubtokenEnabled"},
                                    std::pair{"System", "Account"}}) {
            QVERIFY2(md->storageEntry(pallet, item), item);
            const auto* ours = chainclient::RpcServerMetadata::metadata().storageEntry(pallet, item);
            QVERIFY2(ours, item);
            // Same hashers, so the same key reaches either node.
            QVERIFY2(ours->hashers == md->storageEntry(pallet, item)->hashers, item);
        }
        const auto light = SubtensorNodeSnapshot::selectiveIndexes(*md, false);
        const auto full = SubtensorNodeSnapshot::selectiveIndexes(*md, true);
        QCOMPARE(fieldNames(*md, light), (QStringList{"activity_cutoff", "burn", "immunity_period", "max_uids", "max_validators",
                                                      "num_uids", "registration_allowed", "validator_permit"}));
        QCOMPARE(int(full.size()), 20);
        // The loopback metadata resolves the same names (its indexes follow the same order).
        QCOMPARE(fieldNames(chainclient::RpcServerMetadata::metadata(),
                            SubtensorNodeSnapshot::selectiveIndexes(chainclient::RpcServerMetadata::metadata(), true)),
                 fieldNames(*md, full));
        QCOMPARE(SubtensorNodeSnapshot::selectiveIndexes(chainclient::RpcServerMetadata::metadata(), true), full);
    }

    void recordedAnswersMapToASubnetSnapshot() {
        if (fixtures::chainFixturesDir().isEmpty()) QSKIP("chain-fixtures not found (set SUBNETSCOPE_SHARED_DIR)");
        const Metadata* md = fixtures::metadata("metadata/finney-spec343-metadata-v15.json");
        QVERIFY(md);
        const RuntimeDecoder dec(*md);
        auto dyn = dec.call<std::optional<DynamicInfo>>("SubnetInfoRuntimeApi", "get_dynamic_info",
                                                        resultOf("localnet-turbobt/dynamic-info-netuid1", 0));
        QVERIFY2(dyn && *dyn, qPrintable(fixtures::errorText(dyn)));
        auto graph = dec.call<std::optional<Metagraph>>("SubnetInfoRuntimeApi", "get_selective_mechagraph",
                                                        resultOf("finney/s343-b6852690-selective-mechagraph-netuid1", 0));
        QVERIFY2(graph && *graph, qPrintable(fixtures::errorText(graph)));

        SubtensorBlockData data;
        data.number = 6852690;
        data.dynamic.push_back(**dyn);
        data.metagraphs[(*dyn)->netuid] = **graph;
        data.subtokenEnabled[(*dyn)->netuid] = true;
        data.dynamic.back().blocksSinceLastStep = 0; // as on an epoch block: metagraph rows too
        const auto snap = SubtensorNodeSnapshot::build(data);
        QCOMPARE(snap.subnets.size(), 1);
        const auto& s = snap.subnets.front();
        const auto& d = **dyn;
        const auto& m = **graph;
        QCOMPARE(s.netuid, d.netuid);
        QCOMPARE(s.name, QString::fromStdString(d.subnetName));
        QCOMPARE(s.taoIn, d.taoIn);
        QCOMPARE(s.alphaIn, d.alphaIn);
        QCOMPARE(s.price, double(d.taoIn) / double(d.alphaIn)); // no SwapRuntimeApi answer given
        QCOMPARE(s.movingPrice, d.movingPrice.toDouble());
        QCOMPARE(s.emissionShare, d.emission > 0 ? 1.0 : 0.0); // the only subnet gets it all
        QCOMPARE(s.nUids, quint16(1024)); // expected.json: n = 1024
        QCOMPARE(s.maxUids, *m.maxUids);
        QCOMPARE(int(s.nValidators), int(std::count(m.validatorPermit->begin(), m.validatorPermit->end(), true)));
        QVERIFY(s.nValidators > 0);
        QCOMPARE(s.hyperparameters.activityCutoff, *m.activityCutoff);
        QCOMPARE(s.metagraph.size(), 1024);
        QCOMPARE(s.metagraph[5].alphaStake, m.alphaStake->at(5));
        QCOMPARE(s.metagraph[5].incentive, m.incentives->at(5) / 65535.0);
        QCOMPARE(s.metagraph[5].registeredAt, m.blockAtRegistration->at(5));
        QCOMPARE(snap.events.size(), 1);
        QCOMPARE(snap.events.front().kind, QString("epoch"));
    }
};

QTEST_GUILESS_MAIN(TestRpcFinneyShapes)
#include "tst_rpc_finney_shapes.moc"
