// Metadata V14/V15 parsing against the recorded finney metadata (spec 320 and 343).
#include "FixtureSupport.h"
#include "chainclient/subtensor/Metadata.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace chainclient::subtensor;

namespace {
std::vector<std::uint8_t> resultBytes(const QString& rel) {
    return fixtures::hexBytes(
        fixtures::loadJson(fixtures::chainFixturesDir() + "/" + rel).object().value("result").toString());
}
} // namespace

class TstMetadata : public QObject {
    Q_OBJECT
  private slots:
    void init() {
        if (fixtures::chainFixturesDir().isEmpty())
            QSKIP(
                "chain fixtures not found: set SUBNETSCOPE_SHARED_DIR to the folder holding chain-fixtures/");
    }

    void v15Spec343() {
        const auto bytes = resultBytes("metadata/finney-spec343-metadata-v15.json");
        QVERIFY(bytes.size() > 250'000);
        auto md = Metadata::parse(bytes); // its speed is a benchmark matter, not asserted here
        QVERIFY2(md.ok(), md.ok() ? "" : md.error().message.c_str());
        QCOMPARE(md->version(), std::uint8_t(15));
        QVERIFY(md->types().size() > 500);

        // Pallet indices from construct_runtime! (chain-protocol.md §3).
        const std::pair<const char*, int> pallets[] = {{"System", 0},
                                                       {"Balances", 5},
                                                       {"TransactionPayment", 6},
                                                       {"SubtensorModule", 7},
                                                       {"Utility", 11},
                                                       {"Proxy", 16},
                                                       {"Swap", 28}};
        for (const auto& [name, index] : pallets) {
            const Pallet* p = md->pallet(name);
            QVERIFY2(p, name);
            QCOMPARE(int(p->index), index);
        }

        const StorageEntry* account = md->storageEntry("System", "Account");
        QVERIFY(account && account->isMap);
        QCOMPARE(account->hashers, std::vector<StorageHasher>{StorageHasher::Blake2_128Concat});
        QCOMPARE(md->pallet("System")->storagePrefix, std::string("System"));
        const StorageEntry* uids = md->storageEntry("SubtensorModule", "Uids");
        QVERIFY(uids && uids->isMap);
        QCOMPARE(uids->hashers,
                 (std::vector<StorageHasher>{StorageHasher::Identity, StorageHasher::Blake2_128Concat}));
        const StorageEntry* member = md->storageEntry("SubtensorModule", "IsNetworkMember");
        QCOMPARE(member->hashers,
                 (std::vector<StorageHasher>{StorageHasher::Blake2_128Concat, StorageHasher::Identity}));
        const StorageEntry* sqrtPrice = md->storageEntry("Swap", "AlphaSqrtPrice");
        QVERIFY(sqrtPrice);
        QCOMPARE(sqrtPrice->hashers, std::vector<StorageHasher>{StorageHasher::Twox64Concat});
        const StorageEntry* networksAdded = md->storageEntry("SubtensorModule", "NetworksAdded");
        QVERIFY(networksAdded && !networksAdded->optional);
        QCOMPARE(networksAdded->defaultValue, std::vector<std::uint8_t>{0}); // ValueQuery default false

        // Calls: a Variant type with the staking calls at their recorded indices.
        const TypeInfo* calls = md->types().type(*md->pallet("SubtensorModule")->callType);
        QVERIFY(calls && calls->kind == TypeKind::Variant);
        QCOMPARE(int(calls->variantByName("add_stake")->index), 2);
        QCOMPARE(int(calls->variantByName("remove_stake_limit")->index), 89);
        QCOMPARE(int(md->types()
                         .type(*md->pallet("Balances")->callType)
                         ->variantByName("transfer_keep_alive")
                         ->index),
                 3);

        // Constants: System.SS58Prefix = 42 (u16 LE); System.Version carries spec 343.
        const PalletConstant* ss58 = md->pallet("System")->constant("SS58Prefix");
        QVERIFY(ss58);
        QCOMPARE(ss58->value, (std::vector<std::uint8_t>{42, 0}));
        QVERIFY(md->pallet("System")->constant("Version"));

        // Runtime APIs with input and output type ids.
        const RuntimeApiMethod* dyn = md->runtimeApiMethod("SubnetInfoRuntimeApi", "get_dynamic_info");
        QVERIFY(dyn);
        QCOMPARE(dyn->inputs.size(), std::size_t(1));
        QCOMPARE(dyn->inputs[0].name, std::string("netuid"));
        QCOMPARE(md->types().displayName(dyn->output), std::string("Option<DynamicInfo<AccountId32>>"));
        const RuntimeApiMethod* sel =
            md->runtimeApiMethod("SubnetInfoRuntimeApi", "get_selective_mechagraph");
        QVERIFY(sel);
        QCOMPARE(sel->inputs.size(), std::size_t(3));
        QVERIFY(md->runtimeApiMethod("NeuronInfoRuntimeApi", "get_neurons_lite"));
        QVERIFY(md->runtimeApiMethod("StakeInfoRuntimeApi", "get_stake_info_for_coldkey"));
        QVERIFY(md->runtimeApiMethod("DelegateInfoRuntimeApi", "get_delegates"));
        QVERIFY(md->runtimeApiMethod("SwapRuntimeApi", "current_alpha_price"));
        QVERIFY(!md->runtimeApiMethod("SubnetInfoRuntimeApi", "no_such_method"));

        // Signed extensions, in metadata order (chain-protocol.md §3).
        const char* expected[] = {
            "CheckNonZeroSender", "CheckSpecVersion",         "CheckTxVersion",
            "CheckGenesis",       "CheckMortality",           "CheckNonce",
            "CheckWeight",        "ChargeTransactionPayment", "SubtensorTransactionExtension",
            "DrandPriority",      "CheckMetadataHash"};
        const auto& ext = md->extrinsic().signedExtensions;
        QCOMPARE(ext.size(), std::size(expected));
        for (std::size_t i = 0; i < ext.size(); ++i)
            QCOMPARE(ext[i].identifier, std::string(expected[i]));
        QCOMPARE(md->extrinsic().version, std::uint8_t(4));
        QVERIFY(md->extrinsic().addressType.has_value());
        QCOMPARE(md->types().type(*md->extrinsic().signatureType)->path.back(),
                 std::string("MultiSignature"));
    }

    void v14Spec343MatchesV15Types() {
        auto v14 = Metadata::parse(resultBytes("metadata/finney-spec343-metadata-v14.json"));
        QVERIFY2(v14.ok(), v14.ok() ? "" : v14.error().message.c_str());
        QCOMPARE(v14->version(), std::uint8_t(14));
        QVERIFY(v14->runtimeApis().empty());
        QVERIFY(v14->extrinsic().type.has_value());
        QCOMPARE(v14->extrinsic().signedExtensions.size(), std::size_t(11));
        QString err;
        const Metadata* v15 = fixtures::metadata("metadata/finney-spec343-metadata-v15.json", &err);
        QVERIFY2(v15, qPrintable(err));
        QCOMPARE(v14->pallets().size(), v15->pallets().size());
        QCOMPARE(v14->storageEntry("System", "Account")->valueType,
                 v15->storageEntry("System", "Account")->valueType);
    }

    void v15Spec320() {
        QString err;
        const Metadata* md = fixtures::metadata("metadata/finney-spec320-metadata-v15.json", &err);
        QVERIFY2(md, qPrintable(err));
        QCOMPARE(md->version(), std::uint8_t(15));
        QVERIFY(md->runtimeApiMethod("SubnetInfoRuntimeApi", "get_subnets_info_v2"));
        QVERIFY(md->runtimeApiMethod("NeuronInfoRuntimeApi", "get_neuron"));
    }

    void corruptMetadataIsAnError() {
        auto bytes = resultBytes("metadata/finney-spec343-metadata-v15.json");
        for (std::size_t cut : {std::size_t(3), std::size_t(9), bytes.size() / 2, bytes.size() - 1}) {
            std::vector<std::uint8_t> part(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(cut));
            auto md = Metadata::parse(part);
            QVERIFY(!md.ok());
        }
        std::vector<std::uint8_t> v13{'m', 'e', 't', 'a', 13};
        auto md = Metadata::parse(v13);
        QVERIFY(!md.ok());
        QCOMPARE(md.error().code, economics::ErrorCode::NotSupported);
    }
};

QTEST_GUILESS_MAIN(TstMetadata)
#include "tst_metadata.moc"
