#include "chainclient/subtensor/SubtensorEvents.h"

#include "chainclient/subtensor/AccountIdText.h"
#include "chainclient/subtensor/RuntimeDecoder.h"

#include <map>

namespace chainclient::subtensor {
namespace {

using economics::ErrorCode;
using economics::makeError;

// One event's fields: by name where the runtime names them, else by position (subtensor's own
// events are tuple variants).
class Args {
public:
    Args(const ScaleValue& ev, std::string_view event) : ev_(ev), event_(event) {}
    template <class T> bool get(std::string_view name, std::size_t index, T& out) {
        const ScaleValue* v = name.empty() ? nullptr : ev_.field(name);
        if (!v && ev_.fieldName(index).empty() && index < ev_.items.size()) v = &ev_.items[index];
        if (!v) return fail("missing field " + std::to_string(index));
        auto r = ValueMapper::to<T>(*v);
        if (!r) return fail("field " + std::to_string(index) + ": " + r.error().message);
        out = *r;
        return true;
    }
    const std::string& error() const { return error_; }

private:
    bool fail(const std::string& m) {
        if (error_.empty()) error_ = std::string(event_) + ": " + m;
        return false;
    }
    const ScaleValue& ev_;
    std::string_view event_;
    std::string error_;
};

// Phase::ApplyExtrinsic(index): the event belongs to the block's extrinsic number `index`.
std::optional<quint32> applyExtrinsicIndex(const ScaleValue& phase) {
    if (phase.kind != ScaleKind::Variant || phase.variantName() != "ApplyExtrinsic" || phase.items.size() != 1)
        return std::nullopt;
    auto index = ValueMapper::to<quint32>(phase.items.front());
    return index ? std::optional<quint32>(*index) : std::nullopt;
}

} // namespace

std::optional<std::pair<QString, QString>> SubtensorEvents::moduleError(const Metadata& md, std::uint8_t palletIndex,
                                                                        std::uint8_t errorIndex) {
    const Pallet* p = md.palletByIndex(palletIndex);
    if (!p || !p->errorType) return std::nullopt;
    const TypeInfo* t = md.types().type(*p->errorType);
    const TypeVariant* v = t ? t->variantByIndex(errorIndex) : nullptr;
    if (!v) return std::nullopt;
    return std::pair{QString::fromStdString(p->name), QString::fromStdString(v->name)};
}

Result<BlockEvents> SubtensorEvents::decode(const Metadata& md, std::optional<std::span<const std::uint8_t>> bytes, quint64 block) {
    BlockEvents out;
    const RuntimeDecoder dec(md);
    auto list = dec.decodeStorage("System", "Events", bytes);
    if (!list) return list.error();
    if (list->kind != ScaleKind::Sequence)
        return makeError(ErrorCode::MalformedData, "System.Events: expected a sequence of event records");
    auto bad = [&](const std::string& m) { return makeError(ErrorCode::MalformedData, "System.Events of block " + std::to_string(block) + ": " + m); };
    std::map<quint32, ExtrinsicOutcome> legs; // trade amounts per extrinsic index, until its outcome
    for (const ScaleValue& record : list->items) {
        const ScaleValue* phase = record.field("phase");
        const ScaleValue* outer = record.field("event");
        if (!phase || !outer || outer->kind != ScaleKind::Variant || outer->items.size() != 1 ||
            outer->items.front().kind != ScaleKind::Variant)
            return bad("an event record without phase or a pallet event");
        const std::string_view pallet = outer->variantName();
        const ScaleValue& ev = outer->items.front();
        const std::string_view name = ev.variantName();
        Args a(ev, name);
        const std::optional<quint32> extrinsic = applyExtrinsicIndex(*phase);
        if (pallet == "SubtensorModule" && (name == "StakeAdded" || name == "StakeRemoved")) {
            // (coldkey, hotkey, tao, alpha, netuid, fee): TAO in and Alpha out for a stake, Alpha in
            // and TAO out for an unstake, both reported as the amounts that changed hands.
            AccountId cold{}, hot{};
            TradeRecord t;
            t.block = block;
            t.side = name == "StakeAdded" ? TradeSide::Stake : TradeSide::Unstake;
            if (!a.get("", 0, cold) || !a.get("", 1, hot) || !a.get("", 2, t.tao) || !a.get("", 3, t.alpha) ||
                !a.get("", 4, t.netuid) || !a.get("", 5, t.fee))
                return bad(a.error());
            t.coldkey = accountIdText(cold);
            t.hotkey = accountIdText(hot);
            out.trades.push_back(t);
            out.touched.push_back({cold, hot, t.netuid});
            if (extrinsic) {
                ExtrinsicOutcome& sums = legs[*extrinsic];
                sums.tao = t.tao;
                sums.alpha = t.alpha;
                sums.fee += t.fee;
                sums.netuid = t.netuid;
            }
        } else if (pallet == "SubtensorModule" && name == "StakeTransferred") {
            // (origin coldkey, destination coldkey, hotkey, origin netuid, destination netuid, TAO moved)
            AccountId from{}, to{}, hot{};
            TransferRecord t;
            t.block = block;
            t.kind = TransferRecord::Kind::Stake;
            if (!a.get("", 0, from) || !a.get("", 1, to) || !a.get("", 2, hot) || !a.get("", 3, t.netuid) ||
                !a.get("", 4, t.destNetuid) || !a.get("", 5, t.tao))
                return bad(a.error());
            t.from = accountIdText(from);
            t.to = accountIdText(to);
            t.hotkey = accountIdText(hot);
            out.transfers.push_back(t);
            out.touched.push_back({from, hot, t.netuid});
            out.touched.push_back({to, hot, t.destNetuid});
        } else if (pallet == "SubtensorModule" && name == "StakeMoved") {
            // (coldkey, origin hotkey, origin netuid, destination hotkey, destination netuid, TAO moved)
            AccountId cold{}, hot{}, destHot{};
            TransferRecord t;
            t.block = block;
            t.kind = TransferRecord::Kind::Move;
            if (!a.get("", 0, cold) || !a.get("", 1, hot) || !a.get("", 2, t.netuid) || !a.get("", 3, destHot) ||
                !a.get("", 4, t.destNetuid) || !a.get("", 5, t.tao))
                return bad(a.error());
            out.touched.push_back({cold, hot, t.netuid});
            out.touched.push_back({cold, destHot, t.destNetuid});
            // Across subnets the move is an unstake and a stake, which their own events report.
            if (t.netuid == t.destNetuid) {
                t.from = t.to = accountIdText(cold);
                t.hotkey = accountIdText(hot);
                t.destHotkey = accountIdText(destHot);
                out.transfers.push_back(t);
            }
        } else if (pallet == "SubtensorModule" && name == "StakeSwapped") {
            // (coldkey, hotkey, origin netuid, destination netuid, TAO moved): the trades carry it.
            AccountId cold{}, hot{};
            quint16 origin = 0, dest = 0;
            if (!a.get("", 0, cold) || !a.get("", 1, hot) || !a.get("", 2, origin) || !a.get("", 3, dest))
                return bad(a.error());
            out.touched.push_back({cold, hot, origin});
            out.touched.push_back({cold, hot, dest});
        } else if (pallet == "SubtensorModule" && (name == "TakeDecreased" || name == "TakeIncreased")) {
            // (coldkey, hotkey, new take u16)
            AccountId cold{}, hot{};
            quint16 take = 0;
            if (!a.get("", 0, cold) || !a.get("", 1, hot) || !a.get("", 2, take)) return bad(a.error());
            out.takesChanged = true;
        } else if (pallet == "Balances" && name == "Transfer") {
            AccountId from{}, to{};
            TransferRecord t;
            t.block = block;
            t.kind = TransferRecord::Kind::Tao;
            if (!a.get("from", 0, from) || !a.get("to", 1, to) || !a.get("amount", 2, t.tao)) return bad(a.error());
            t.from = accountIdText(from);
            t.to = accountIdText(to);
            out.transfers.push_back(t);
            if (extrinsic) legs[*extrinsic].tao = t.tao;
        } else if (pallet == "System" && (name == "ExtrinsicSuccess" || name == "ExtrinsicFailed")) {
            if (!extrinsic) continue;
            // Substrate deposits ExtrinsicSuccess/Failed last, after the call's own events.
            ExtrinsicOutcome o = legs[*extrinsic];
            o.index = *extrinsic;
            o.ok = name == "ExtrinsicSuccess";
            if (!o.ok) {
                const ScaleValue* err = ev.field("dispatch_error");
                if (!err && !ev.items.empty()) err = &ev.items.front();
                if (!err || err->kind != ScaleKind::Variant) return bad("ExtrinsicFailed without a DispatchError");
                o.errorCode = QString::fromUtf8(err->variantName().data(), static_cast<qsizetype>(err->variantName().size()));
                if (err->variantName() == "Module" && err->items.size() == 1) {
                    // ModuleError { index: u8, error: [u8; 4] }: the first error byte is the variant.
                    std::uint8_t index = 0;
                    std::array<std::uint8_t, 4> code{};
                    Args m(err->items.front(), "ModuleError");
                    if (!m.get("index", 0, index) || !m.get("error", 1, code)) return bad(m.error());
                    if (auto named = moduleError(md, index, code[0])) {
                        o.pallet = named->first;
                        o.errorCode = named->second;
                    }
                }
            }
            out.outcomes.push_back(o);
        }
    }
    return out;
}

} // namespace chainclient::subtensor
