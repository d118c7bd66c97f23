// System.Events decoding (SubtensorEvents) against the real finney spec-343 metadata: a blob is
// encoded here from that metadata's own types (a small metadata-driven encoder, so the layout
// is the runtime's, not ours), decoded, and checked record by record. Also: the loopback
// metadata declares its events and errors at finney's variant indexes.

#include "FixtureSupport.h"

#include "chainclient/local/AccountText.h"
#include "chainclient/local/RpcServerMetadata.h"
#include "chainclient/subtensor/ScaleWriter.h"
#include "chainclient/subtensor/SubtensorEvents.h"

#include <QTest>

using namespace chainclient;
using namespace chainclient::subtensor;

namespace {

// A value to encode: a variant name, named or positional fields, a number or raw bytes.
struct V {
    std::string variant;
    std::vector<std::pair<std::string, V>> fields;
    U128 number = 0;
    std::vector<std::uint8_t> bytes;
    std::vector<V> items;
};

V num(U128 n) { V v; v.number = n; return v; }
V raw(std::vector<std::uint8_t> b) { V v; v.bytes = std::move(b); return v; }
V var(std::string name, std::vector<std::pair<std::string, V>> fields = {}) { V v; v.variant = std::move(name); v.fields = std::move(fields); return v; }
V account(std::uint8_t fill) { return raw(std::vector<std::uint8_t>(32, fill)); }

// Encodes `v` as metadata type `id`; fields not given encode as their type's zero.
class Encoder {
public:
    explicit Encoder(const PortableRegistry& types) : t_(types) {}
    bool encode(std::uint32_t id, const V* v, ScaleWriter& w) const {
        const TypeInfo* ti = t_.type(id);
        if (!ti) return false;
        switch (ti->kind) {
        case TypeKind::Composite:
            if (ti->fields.size() == 1 && v && v->fields.empty()) return encode(ti->fields[0].type, v, w); // newtype
            return encodeFields(ti->fields, v, w);
        case TypeKind::Variant: {
            const TypeVariant* tv = v && !v->variant.empty() ? ti->variantByName(v->variant) : (ti->variants.empty() ? nullptr : &ti->variants[0]);
            if (!tv) return false;
            w.writeU8(tv->index);
            return encodeFields(tv->fields, v, w);
        }
        case TypeKind::Sequence:
            if (v && !v->bytes.empty()) {
                w.writeByteVec(v->bytes);
                return true;
            }
            w.writeCompact(v ? v->items.size() : 0);
            for (std::size_t i = 0; v && i < v->items.size(); ++i)
                if (!encode(ti->element, &v->items[i], w)) return false;
            return true;
        case TypeKind::Array:
            if (v && !v->bytes.empty()) {
                if (v->bytes.size() != ti->arrayLength) return false;
                w.writeBytes(v->bytes);
                return true;
            }
            for (std::uint32_t i = 0; i < ti->arrayLength; ++i)
                if (!encode(ti->element, v && i < v->items.size() ? &v->items[i] : nullptr, w)) return false;
            return true;
        case TypeKind::Tuple:
            for (std::size_t i = 0; i < ti->tuple.size(); ++i)
                if (!encode(ti->tuple[i], v && i < v->items.size() ? &v->items[i] : nullptr, w)) return false;
            return true;
        case TypeKind::Compact:
            w.writeCompact(v ? v->number : 0);
            return true;
        case TypeKind::Primitive: {
            const U128 n = v ? v->number : 0;
            switch (ti->primitive) {
            case PrimitiveKind::Bool: w.writeU8(n ? 1 : 0); return true;
            case PrimitiveKind::U8: w.writeU8(static_cast<std::uint8_t>(n)); return true;
            case PrimitiveKind::U16: w.writeU16(static_cast<std::uint16_t>(n)); return true;
            case PrimitiveKind::U32: w.writeU32(static_cast<std::uint32_t>(n)); return true;
            case PrimitiveKind::U64: w.writeU64(static_cast<std::uint64_t>(n)); return true;
            case PrimitiveKind::U128: w.writeU128(n); return true;
            default: return false;
            }
        }
        default:
            return false;
        }
    }

private:
    bool encodeFields(const std::vector<TypeField>& defs, const V* v, ScaleWriter& w) const {
        for (std::size_t i = 0; i < defs.size(); ++i) {
            const V* f = nullptr;
            if (v && defs[i].name.empty() && i < v->fields.size()) f = &v->fields[i].second; // positional
            for (std::size_t k = 0; v && !defs[i].name.empty() && k < v->fields.size() && !f; ++k)
                if (v->fields[k].first == defs[i].name) f = &v->fields[k].second;
            if (!encode(defs[i].type, f, w)) return false;
        }
        return true;
    }
    const PortableRegistry& t_;
};

V record(V phase, std::string pallet, V event) { return V{{}, {{"phase", std::move(phase)}, {"event", var(std::move(pallet), {{"", std::move(event)}})}}, 0, {}, {}}; }
V applyExtrinsic(std::uint32_t i) { return var("ApplyExtrinsic", {{"", num(i)}}); }
QString ss58(std::uint8_t fill) {
    economics::AccountId id;
    id.bytes.fill(fill);
    return accountToText(id);
}

const Metadata* finney() {
    return fixtures::metadata(QStringLiteral("metadata/finney-spec343-metadata-v15.json"));
}

} // namespace

class TstSubtensorEvents : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        if (fixtures::chainFixturesDir().isEmpty()) QSKIP("chain fixtures not found (set SUBNETSCOPE_SHARED_DIR)");
        QVERIFY(finney());
    }

    void decodesFinneyEvents() {
        const Metadata& md = *finney();
        const auto* entry = md.storageEntry("System", "Events");
        QVERIFY(entry);
        V list;
        const V none = var("Initialization");
        list.items = {
            // (coldkey, hotkey, tao, alpha, netuid, fee) as pallet_subtensor deposits them
            record(none, "SubtensorModule", var("StakeAdded", {{"", account(1)}, {"", account(2)}, {"", num(5'000'000'000)},
                                                              {"", num(7'000'000'000)}, {"", num(3)}, {"", num(1234)}})),
            record(applyExtrinsic(1), "SubtensorModule",
                   var("StakeRemoved", {{"", account(1)}, {"", account(2)}, {"", num(900)}, {"", num(1000)}, {"", num(3)}, {"", num(5)}})),
            record(applyExtrinsic(1), "Balances", var("Transfer", {{"from", account(1)}, {"to", account(4)}, {"amount", num(2'000'000'000)}})),
            record(none, "SubtensorModule",
                   var("StakeTransferred", {{"", account(1)}, {"", account(4)}, {"", account(2)}, {"", num(3)}, {"", num(3)}, {"", num(999)}})),
            record(none, "SubtensorModule",
                   var("StakeMoved", {{"", account(1)}, {"", account(2)}, {"", num(3)}, {"", account(5)}, {"", num(3)}, {"", num(555)}})),
            record(none, "SubtensorModule",
                   var("StakeMoved", {{"", account(1)}, {"", account(2)}, {"", num(3)}, {"", account(5)}, {"", num(4)}, {"", num(77)}})),
            // Not mapped: decoded and skipped.
            record(applyExtrinsic(2), "TransactionPayment",
                   var("TransactionFeePaid", {{"who", account(1)}, {"actual_fee", num(100)}, {"tip", num(0)}})),
            record(applyExtrinsic(2), "System",
                   var("ExtrinsicFailed", {{"dispatch_error", var("Module", {{"", V{{}, {{"index", num(7)}, {"error", raw({12, 0, 0, 0})}}, 0, {}, {}}}})}})),
            record(applyExtrinsic(1), "System", var("ExtrinsicSuccess")),
            record(applyExtrinsic(3), "System", var("ExtrinsicFailed", {{"dispatch_error", var("BadOrigin")}})),
        };
        ScaleWriter w;
        QVERIFY(Encoder(md.types()).encode(entry->valueType, &list, w));
        const auto bytes = w.take();

        auto decoded = SubtensorEvents::decode(md, std::span<const std::uint8_t>(bytes), 42);
        QVERIFY2(decoded.ok(), qPrintable(fixtures::errorText(decoded)));
        const BlockEvents& e = *decoded;

        QCOMPARE(e.trades.size(), 2);
        const TradeRecord& buy = e.trades[0];
        QCOMPARE(buy.block, quint64(42));
        QCOMPARE(buy.side, TradeSide::Stake);
        QCOMPARE(buy.coldkey, ss58(1));
        QCOMPARE(buy.hotkey, ss58(2));
        QCOMPARE(buy.tao, quint64(5'000'000'000));
        QCOMPARE(buy.alpha, quint64(7'000'000'000));
        QCOMPARE(buy.netuid, quint16(3));
        QCOMPARE(buy.fee, quint64(1234));
        QCOMPARE(e.trades[1].side, TradeSide::Unstake);
        QCOMPARE(e.trades[1].tao, quint64(900));
        QCOMPARE(e.trades[1].alpha, quint64(1000));

        QCOMPARE(e.transfers.size(), 3); // the cross-subnet move is two trades on a real chain, not a transfer
        QCOMPARE(e.transfers[0].kind, TransferRecord::Kind::Tao);
        QCOMPARE(e.transfers[0].from, ss58(1));
        QCOMPARE(e.transfers[0].to, ss58(4));
        QCOMPARE(e.transfers[0].tao, quint64(2'000'000'000));
        QCOMPARE(e.transfers[1].kind, TransferRecord::Kind::Stake);
        QCOMPARE(e.transfers[1].from, ss58(1));
        QCOMPARE(e.transfers[1].to, ss58(4));
        QCOMPARE(e.transfers[1].hotkey, ss58(2));
        QCOMPARE(e.transfers[1].netuid, quint16(3));
        QCOMPARE(e.transfers[1].destNetuid, quint16(3));
        QCOMPARE(e.transfers[1].tao, quint64(999));
        QCOMPARE(e.transfers[2].kind, TransferRecord::Kind::Move);
        QCOMPARE(e.transfers[2].hotkey, ss58(2));
        QCOMPARE(e.transfers[2].destHotkey, ss58(5));
        QCOMPARE(e.transfers[2].tao, quint64(555));

        // Positions to re-read: both trades', both ends of the transfer and of each move.
        QCOMPARE(e.touched.size(), std::size_t(8));
        QCOMPARE(e.touched[3].coldkey, (AccountId{[] { AccountId a; a.fill(4); return a; }()}));
        QCOMPARE(e.touched[7].netuid, quint16(4));

        QCOMPARE(e.outcomes.size(), std::size_t(3));
        QCOMPARE(e.outcomes[0].index, quint32(2));
        QVERIFY(!e.outcomes[0].ok);
        QCOMPARE(e.outcomes[0].pallet, QStringLiteral("SubtensorModule"));
        QCOMPARE(e.outcomes[0].errorCode, QStringLiteral("NotEnoughBalanceToStake")); // pallet_subtensor::Error index 12
        QCOMPARE(e.outcomes[1].index, quint32(1));
        QVERIFY(e.outcomes[1].ok);
        QCOMPARE(e.outcomes[2].errorCode, QStringLiteral("BadOrigin"));
        QVERIFY(e.outcomes[2].pallet.isEmpty());

        // Malformed blobs are errors, never partial results or crashes.
        for (std::size_t cut : {std::size_t(1), std::size_t(40), bytes.size() / 2, bytes.size() - 1}) {
            const auto r = SubtensorEvents::decode(md, std::span<const std::uint8_t>(bytes.data(), cut), 42);
            QVERIFY2(!r.ok(), qPrintable(QString("cut at %1").arg(cut)));
        }
        auto longer = bytes;
        longer.push_back(0);
        QVERIFY(!SubtensorEvents::decode(md, std::span<const std::uint8_t>(longer), 42).ok());
        auto absent = SubtensorEvents::decode(md, std::nullopt, 42); // no storage value: no events
        QVERIFY2(absent.ok(), qPrintable(fixtures::errorText(absent)));
        QVERIFY(absent->trades.isEmpty() && absent->outcomes.empty());
        QVERIFY(!e.takesChanged && !absent->takesChanged);
    }

    // TakeDecreased / TakeIncreased (coldkey, hotkey, u16 take) say the takes must be re-read.
    void takeEventsMarkTakesChanged() {
        const Metadata& md = *finney();
        const auto* entry = md.storageEntry("System", "Events");
        QVERIFY(entry);
        for (const char* name : {"TakeDecreased", "TakeIncreased"}) {
            V list;
            list.items = {record(var("Initialization"), "SubtensorModule", var(name, {{"", account(1)}, {"", account(2)}, {"", num(5'000)}}))};
            ScaleWriter w;
            QVERIFY(Encoder(md.types()).encode(entry->valueType, &list, w));
            const auto bytes = w.take();
            auto decoded = SubtensorEvents::decode(md, std::span<const std::uint8_t>(bytes), 7);
            QVERIFY2(decoded.ok(), qPrintable(fixtures::errorText(decoded)));
            QVERIFY(decoded->takesChanged);
            QVERIFY(decoded->trades.isEmpty() && decoded->touched.empty());
        }
    }

    // The loopback server's events and errors sit at finney's indexes with finney's arity.
    void loopbackMatchesFinneyIndexes() {
        const Metadata& real = *finney();
        const Metadata& ours = RpcServerMetadata::metadata();
        int checked = 0;
        for (const Pallet& p : ours.pallets()) {
            const Pallet* r = real.pallet(p.name);
            QVERIFY2(r, p.name.c_str());
            QCOMPARE(r->index, p.index);
            for (auto [mine, theirs] : {std::pair{p.eventType, r->eventType}, std::pair{p.errorType, r->errorType}}) {
                if (!mine) continue;
                QVERIFY(theirs);
                for (const TypeVariant& v : ours.types().type(*mine)->variants) {
                    const TypeVariant* rv = real.types().type(*theirs)->variantByName(v.name);
                    QVERIFY2(rv, (p.name + "::" + v.name).c_str());
                    QCOMPARE(rv->index, v.index);
                    QCOMPARE(rv->fields.size(), v.fields.size());
                    for (std::size_t i = 0; i < v.fields.size(); ++i) QCOMPARE(rv->fields[i].name, v.fields[i].name);
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 20);
    }
};

QTEST_GUILESS_MAIN(TstSubtensorEvents)
#include "tst_subtensor_events.moc"
