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
                    if (fname.empty())
                        w.writeU8(0); // unnamed (tuple struct / newtype)
                    else
                        w.writeU8(1).writeString(fname);
                    w.writeCompact(ty).writeU8(0).writeCompact(0u);
                }
            },
            name);
    }
    std::uint32_t sequence(std::uint32_t elem) {
        return add([&](ScaleWriter& w) { w.writeU8(2).writeCompact(elem); });
    }
    std::uint32_t array(std::uint32_t len, std::uint32_t elem) {
        return add([&](ScaleWriter& w) { w.writeU8(3).writeU32(len).writeCompact(elem); });
    }
    std::uint32_t bitSequence(std::uint32_t store, std::uint32_t order) {
        return add([&](ScaleWriter& w) { w.writeU8(7).writeCompact(store).writeCompact(order); });
    }
    std::uint32_t variant(const std::string& name,
                          const std::vector<std::pair<std::string, std::uint32_t>>& cases) {
        return add(
            [&](ScaleWriter& w) {
                w.writeU8(1).writeCompact(cases.size());
                std::uint8_t index = 0;
                for (const auto& [vname, ty] : cases) {
                    w.writeString(vname);
                    if (ty == kNoField)
                        w.writeCompact(0u);
                    else
                        w.writeCompact(1u).writeU8(0).writeCompact(ty).writeU8(0).writeCompact(0u);
                    w.writeU8(index++).writeCompact(0u);
                }
            },
            name);
    }
    static constexpr std::uint32_t kNoField = ~0u;

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

    void dynamicDecoderShapes() {
        RegistryBuilder b;
        const auto u8 = b.primitive(3), u32 = b.primitive(5), u128 = b.primitive(7), i64 = b.primitive(12);
        const auto lsb0 = b.composite("Lsb0", {});
        const auto bits = b.bitSequence(u8, lsb0);
        const auto perbill = b.composite("Perbill", {{"", u32}});
        const auto cPerbill = b.compact(perbill);
        const auto vecU128 = b.sequence(u128);
        const auto arrI64 = b.array(2, i64);
        const auto option = b.variant("Option", {{"None", RegistryBuilder::kNoField}, {"Some", u8}});
        const auto kind = b.variant("Kind", {{"Plain", RegistryBuilder::kNoField}, {"Weird", u32}});
        const auto root = b.composite("Root", {{"flags", bits},
                                               {"share", cPerbill},
                                               {"big", vecU128},
                                               {"pair", arrI64},
                                               {"maybe", option},
                                               {"kind", kind}});
        const auto regBytes = b.bytes();
        ScaleReader rr(regBytes);
        auto reg = PortableRegistry::read(rr);
        QVERIFY2(reg.ok(), qPrintable(fixtures::errorText(reg)));

        ScaleWriter w;
        w.writeCompact(10u).writeU8(0xff).writeU8(0x03);     // 10 bits in two u8 words
        w.writeCompact(500'000'000u);                        // Compact<Perbill>
        w.writeCompact(1u).writeU128(~static_cast<U128>(0)); // Vec<u128>
        w.writeI64(-5).writeI64(7);                          // [i64; 2]
        w.writeU8(1).writeU8(9);                             // Some(9)
        w.writeU8(1).writeU32(42);                           // Kind::Weird(42)
        auto v = DynamicDecoder(*reg).decodeAll(root, w.bytes());
        QVERIFY2(v.ok(), qPrintable(fixtures::errorText(v)));
        QCOMPARE(v->field("flags")->kind, ScaleKind::BitSequence);
        QVERIFY(v->field("flags")->number == 10);
        QCOMPARE(v->field("flags")->bytes.size(), std::size_t(2));
        QVERIFY(v->field("share")->compact && v->field("share")->number == 500'000'000);
        QCOMPARE(v->field("big")->kind, ScaleKind::Numbers);
        QVERIFY(v->field("big")->numbers.at(0) == ~static_cast<U128>(0));
        QCOMPARE(v->field("pair")->items.at(0).kind, ScaleKind::Int);
        QVERIFY(v->field("pair")->items.at(0).signedNumber() == -5);
        QVERIFY(v->field("maybe")->isOption() && v->field("maybe")->unwrapOption()->number == 9);
        QCOMPARE(std::string(v->field("kind")->variantName()), std::string("Weird"));
        QVERIFY(v->field("kind")->items.at(0).number == 42);
        QCOMPARE(ValueMapper::to<std::uint32_t>(*v->field("share")).value(), 500'000'000u);
        using Pair = std::array<std::int64_t, 2>;
        using Triple = std::array<std::int64_t, 3>;
        QCOMPARE(ValueMapper::to<Pair>(*v->field("pair")).value()[1], std::int64_t(7));
        QVERIFY(!ValueMapper::to<Triple>(*v->field("pair")).ok());
        QVERIFY(!ValueMapper::to<std::uint64_t>(*v->field("pair")->items.data()).ok()); // -5 is not unsigned

        // Unknown enum index, truncated bit sequence, oversized Compact<Perbill>.
        std::vector<std::uint8_t> bad = w.bytes();
        bad[bad.size() - 5] = 7; // the Kind index: no variant 7
        QVERIFY(!DynamicDecoder(*reg).decodeAll(root, bad).ok());
        ScaleWriter tooWide;
        tooWide.writeCompact(0u).writeCompact(static_cast<U128>(1) << 40);
        auto wide = DynamicDecoder(*reg).decodeAll(root, tooWide.bytes());
        QVERIFY(!wide.ok());
        QVERIFY2(wide.error().message.find("too wide") != std::string::npos, wide.error().message.c_str());
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
