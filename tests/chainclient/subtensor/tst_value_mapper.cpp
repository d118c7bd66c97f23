// Typed mapping by field name: a runtime that reorders, widens or adds fields still maps; values
// that do not fit, missing fields and None are errors; DelegateInfo/StakeInfo (no recordings)
// decode through the spec-343 metadata types; truncated or garbage input fails cleanly.
#include "FixtureSupport.h"
#include "chainclient/subtensor/DynamicDecoder.h"
#include "chainclient/subtensor/RuntimeDecoder.h"
#include "chainclient/subtensor/ScaleWriter.h"
#include "chainclient/subtensor/SubtensorTypes.h"
#include "chainclient/subtensor/TypedEncoder.h"

#include <QtTest>
#include <random>

using namespace chainclient::subtensor;

namespace {

// Hand-built scale-info registry: a hyperparameter struct as a future runtime might lay it out.
class RegistryBuilder {
  public:
    std::uint32_t primitive(std::uint8_t kind) {
        return add([&](ScaleWriter& w) { w.writeU8(5).writeU8(kind); });
    }
    std::uint32_t compact(std::uint32_t inner) {
        return add([&](ScaleWriter& w) { w.writeU8(6).writeCompact(inner); });
    }
    std::uint32_t composite(const std::string& name,
                            const std::vector<std::pair<std::string, std::uint32_t>>& fields) {
        return add(
            [&](ScaleWriter& w) {
                w.writeU8(0).writeCompact(fields.size());
                for (const auto& [fname, ty] : fields) {
                    w.writeU8(1).writeString(fname).writeCompact(ty).writeU8(0).writeCompact(0u);
                }
            },
            name);
    }
    std::vector<std::uint8_t> bytes() const {
        ScaleWriter w;
        w.writeCompact(count_).writeBytes(body_.bytes());
        return w.take();
    }

  private:
    template <class F> std::uint32_t add(F&& def, const std::string& pathName = {}) {
        body_.writeCompact(count_);
        if (pathName.empty())
            body_.writeCompact(0u);
        else
            body_.writeCompact(1u).writeString(pathName);
        body_.writeCompact(0u); // no type params
        def(body_);
        body_.writeCompact(0u); // no docs
        return count_++;
    }
    ScaleWriter body_;
    std::uint32_t count_ = 0;
};

} // namespace

class TstValueMapper : public QObject {
    Q_OBJECT
  private slots:
    void reorderedWidenedAndExtendedStructStillMaps() {
        RegistryBuilder b;
        const auto tBool = b.primitive(0), tU16 = b.primitive(4), tU64 = b.primitive(6);
        const auto cU16 = b.compact(tU16), cU64 = b.compact(tU64);
        // Every SubnetHyperparams field, in reverse order; every integer widened to Compact<u64>
        // except rho (still Compact<u16>), plus a field this client has never heard of.
        std::vector<std::pair<std::string, std::uint32_t>> fields;
        ScaleWriter value;
        std::vector<std::string> names;
        const SubnetHyperparams proto;
        SubnetHyperparams::fields(proto, [&](const char* n, const auto&) { names.insert(names.begin(), n); });
        std::uint64_t next = 1;
        for (const auto& n : names) {
            if (n == "registration_allowed" || n == "commit_reveal_weights_enabled" ||
                n == "liquid_alpha_enabled") {
                fields.emplace_back(n, tBool);
                value.writeBool(true);
            } else {
                fields.emplace_back(n, n == "rho" ? cU16 : cU64);
                value.writeCompact(n == "activity_cutoff" ? 70'000u : next++);
            }
        }
        fields.emplace_back("brand_new_field", cU64);
        value.writeCompact(123u);
        const auto tStruct = b.composite("SubnetHyperparams", fields);

        const auto regBytes = b.bytes();
        ScaleReader rr(regBytes);
        auto reg = PortableRegistry::read(rr);
        QVERIFY2(reg.ok(), qPrintable(fixtures::errorText(reg)));
        QVERIFY(rr.atEnd());
        auto tree = DynamicDecoder(*reg).decodeAll(tStruct, value.bytes());
        QVERIFY2(tree.ok(), qPrintable(fixtures::errorText(tree)));
        auto hp = ValueMapper::to<SubnetHyperparams>(*tree);
        QVERIFY2(hp.ok(), qPrintable(fixtures::errorText(hp)));
        QCOMPARE(hp->activityCutoff, 70'000ull); // u16 → u64 widening fits our u64 member
        QCOMPARE(hp->liquidAlphaEnabled, true);
        QCOMPARE(hp->alphaLow, std::uint16_t(1)); // last field in the struct, first on the wire
        // rho is last on the wire: 27 fields minus 3 bools minus activity_cutoff's fixed value.
        QCOMPARE(hp->rho, std::uint16_t(23));
        QCOMPARE(hp->kappa, std::uint16_t(22));

        // A widened value that no longer fits a narrow member is an error naming the field.
        ScaleWriter tooWide;
        for (const auto& n : names) {
            if (n == "registration_allowed" || n == "commit_reveal_weights_enabled" ||
                n == "liquid_alpha_enabled")
                tooWide.writeBool(false);
            else
                tooWide.writeCompact(n == "tempo" ? 70'000u : 1u);
        }
        tooWide.writeCompact(0u);
        auto wideTree = DynamicDecoder(*reg).decodeAll(tStruct, tooWide.bytes());
        QVERIFY(wideTree.ok());
        auto bad = ValueMapper::to<SubnetHyperparams>(*wideTree);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.find("tempo") != std::string::npos, bad.error().message.c_str());

        // A missing required field is an error too.
        auto missing = ValueMapper::to<SubnetHyperparamsV2>(*tree);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.find("missing field alpha_sigmoid_steepness") != std::string::npos);
    }

    void delegateAndStakeInfoThroughMetadataTypes() {
        if (fixtures::chainFixturesDir().isEmpty())
            QSKIP(
                "chain fixtures not found: set SUBNETSCOPE_SHARED_DIR to the folder holding chain-fixtures/");
        const Metadata* md = fixtures::metadata("metadata/finney-spec343-metadata-v15.json");
        QVERIFY(md);
        RuntimeDecoder dec(*md);
        const AccountId a{1}, c{2}, o{3};
        // Vec<DelegateInfo> with one delegate, laid out as chain-protocol.md §2 lists it.
        ScaleWriter w;
        w.writeCompact(1u).writeBytes(a).writeCompact(11796u);
        w.writeCompact(1u)
            .writeBytes(c)
            .writeCompact(2u)
            .writeCompact(1u)
            .writeCompact(5'000'000'000ull)
            .writeCompact(64u)
            .writeCompact(7u);
        w.writeBytes(o).writeCompact(2u).writeCompact(0u).writeCompact(64u).writeCompact(1u).writeCompact(
            64u);
        w.writeCompact(1234u).writeCompact(98765u);
        auto delegates =
            dec.call<std::vector<DelegateInfo>>("DelegateInfoRuntimeApi", "get_delegates", w.bytes());
        QVERIFY2(delegates.ok(), qPrintable(fixtures::errorText(delegates)));
        QCOMPARE(delegates->size(), std::size_t(1));
        const DelegateInfo& d = delegates->front();
        QVERIFY(d.delegateSs58 == a && d.ownerSs58 == o);
        QCOMPARE(d.take, std::uint16_t(11796));
        QCOMPARE(d.nominators.size(), std::size_t(1));
        QVERIFY(d.nominators[0].first == c);
        QCOMPARE(d.nominators[0].second.size(), std::size_t(2));
        QCOMPARE(d.nominators[0].second[0].second, 5'000'000'000ull);
        QCOMPARE(d.nominators[0].second[1].first, std::uint16_t(64));
        QCOMPARE(d.registrations, (std::vector<std::uint16_t>{0, 64}));
        QCOMPARE(d.validatorPermits, (std::vector<std::uint16_t>{64}));
        QCOMPARE(d.returnPer1000, 1234ull);
        QCOMPARE(d.totalDailyReturn, 98765ull);

        ScaleWriter s;
        s.writeCompact(1u)
            .writeBytes(a)
            .writeBytes(c)
            .writeCompact(3u)
            .writeCompact(10u)
            .writeCompact(20u)
            .writeCompact(30u)
            .writeCompact(40u)
            .writeCompact(50u)
            .writeBool(true);
        auto stakes =
            dec.call<std::vector<StakeInfo>>("StakeInfoRuntimeApi", "get_stake_info_for_coldkey", s.bytes());
        QVERIFY2(stakes.ok(), qPrintable(fixtures::errorText(stakes)));
        const StakeInfo& st = stakes->front();
        QVERIFY(st.hotkey == a && st.coldkey == c);
        QCOMPARE(st.netuid, std::uint16_t(3));
        QCOMPARE(st.stake, 10ull);
        QCOMPARE(st.locked, 20ull);
        QCOMPARE(st.emission, 30ull);
        QCOMPARE(st.taoEmission, 40ull);
        QCOMPARE(st.drain, 50ull);
        QCOMPARE(st.isRegistered, true);

        // One byte short: an error naming the position, never a partial struct.
        std::vector<std::uint8_t> cut = s.bytes();
        cut.pop_back();
        auto shortRead =
            dec.call<std::vector<StakeInfo>>("StakeInfoRuntimeApi", "get_stake_info_for_coldkey", cut);
        QVERIFY(!shortRead.ok());
        QVERIFY2(shortRead.error().message.find("unexpected end of input") != std::string::npos,
                 shortRead.error().message.c_str());
        // Encoding for this runtime: a value wider than its spec-343 wire type is refused.
        const auto hpType = dec.callOutputType("SubnetInfoRuntimeApi", "get_subnet_hyperparams");
        QVERIFY(hpType.ok());
        std::optional<SubnetHyperparams> hp = SubnetHyperparams{};
        QVERIFY(TypedEncoder::encode(hp, *hpType, md->types()).ok());
        hp->activityCutoff = 70'000; // Compact<u16> at spec 343
        auto wide = TypedEncoder::encode(hp, *hpType, md->types());
        QVERIFY(!wide.ok());
        QVERIFY2(wide.error().message.find("activity_cutoff") != std::string::npos,
                 wide.error().message.c_str());
        auto stakeType = dec.callOutputType("StakeInfoRuntimeApi", "get_stake_info_for_coldkey");
        auto reencoded = TypedEncoder::encode(*stakes, *stakeType, md->types());
        QVERIFY(reencoded.ok());
        QVERIFY(*reencoded == s.bytes());

        // None where a value is required.
        auto none =
            dec.call<DynamicInfo>("SubnetInfoRuntimeApi", "get_dynamic_info", std::vector<std::uint8_t>{0});
        QVERIFY(!none.ok());
    }

    void truncatedAndGarbageInputFailsCleanly() {
        if (fixtures::chainFixturesDir().isEmpty())
            QSKIP(
                "chain fixtures not found: set SUBNETSCOPE_SHARED_DIR to the folder holding chain-fixtures/");
        const Metadata* md = fixtures::metadata("metadata/finney-spec343-metadata-v15.json");
        QVERIFY(md);
        RuntimeDecoder dec(*md);
        const QJsonObject rpc = fixtures::loadJson(fixtures::chainFixturesDir() +
                                                   "/localnet-turbobt/neuron-netuid1-uid0/rpc.json")
                                    .object();
        const auto blob = fixtures::hexBytes(rpc.value("exchanges")
                                                 .toArray()[0]
                                                 .toObject()
                                                 .value("response")
                                                 .toObject()
                                                 .value("result")
                                                 .toString());
        QVERIFY(dec.decodeCall("NeuronInfoRuntimeApi", "get_neuron", blob).ok());
        for (std::size_t cut = 0; cut < blob.size(); ++cut) {
            std::vector<std::uint8_t> part(blob.begin(), blob.begin() + static_cast<std::ptrdiff_t>(cut));
            QVERIFY(!dec.decodeCall("NeuronInfoRuntimeApi", "get_neuron", part).ok());
        }
        std::vector<std::uint8_t> extra = blob;
        extra.push_back(0);
        auto trailing = dec.decodeCall("NeuronInfoRuntimeApi", "get_neuron", extra);
        QVERIFY(!trailing.ok());
        QVERIFY(trailing.error().message.find("trailing") != std::string::npos);
        std::mt19937 rng(7);
        for (int round = 0; round < 2000; ++round) {
            std::vector<std::uint8_t> junk(rng() % 300);
            for (auto& x : junk)
                x = static_cast<std::uint8_t>(rng());
            (void)dec.decodeCall("SubnetInfoRuntimeApi", "get_selective_mechagraph", junk);
            (void)dec.decodeCall("NeuronInfoRuntimeApi", "get_neurons_lite", junk);
        }
    }
};

QTEST_GUILESS_MAIN(TstValueMapper)
#include "tst_value_mapper.moc"
