#include "chainclient/subtensor/ExtrinsicCall.h"

#include "chainclient/subtensor/ScaleWriter.h"

#include <cmath>
#include <limits>

namespace chainclient::subtensor {
namespace {

using economics::ErrorCode;
using economics::makeError;

constexpr int kAccountSize = 32;
constexpr std::size_t kMaxBatch = 64; // a wallet never batches more; bounds the decoder's recursion work

std::span<const std::uint8_t> bytesOf(const QByteArray& b) {
    return {reinterpret_cast<const std::uint8_t*>(b.constData()), static_cast<std::size_t>(b.size())};
}

void writeAccount(ScaleWriter& w, const QByteArray& account) {
    // A wrong-sized account is a programming error upstream (addresses are decoded before this).
    Q_ASSERT(account.size() == kAccountSize);
    w.writeBytes(bytesOf(account));
}

void encodeInto(ScaleWriter& w, const Call& c) {
    const auto k = static_cast<std::uint16_t>(c.kind);
    w.writeU8(static_cast<std::uint8_t>(k >> 8)).writeU8(static_cast<std::uint8_t>(k & 0xff));
    switch (c.kind) {
    case CallKind::TransferAllowDeath:
    case CallKind::TransferKeepAlive:
        w.writeU8(0); // MultiAddress::Id
        writeAccount(w, c.destination);
        w.writeCompact(c.amount);
        break;
    case CallKind::AddStake:
    case CallKind::RemoveStake:
        writeAccount(w, c.hotkey);
        w.writeU16(c.netuid).writeU64(c.amount);
        break;
    case CallKind::AddStakeLimit:
    case CallKind::RemoveStakeLimit:
        writeAccount(w, c.hotkey);
        w.writeU16(c.netuid).writeU64(c.amount).writeU64(c.limitPrice).writeBool(c.allowPartial);
        break;
    case CallKind::MoveStake:
        writeAccount(w, c.hotkey);
        writeAccount(w, c.destination);
        w.writeU16(c.netuid).writeU16(c.destNetuid).writeU64(c.amount);
        break;
    case CallKind::TransferStake:
        writeAccount(w, c.destination);
        writeAccount(w, c.hotkey);
        w.writeU16(c.netuid).writeU16(c.destNetuid).writeU64(c.amount);
        break;
    case CallKind::SwapStake:
        writeAccount(w, c.hotkey);
        w.writeU16(c.netuid).writeU16(c.destNetuid).writeU64(c.amount);
        break;
    case CallKind::SwapStakeLimit:
        writeAccount(w, c.hotkey);
        w.writeU16(c.netuid)
            .writeU16(c.destNetuid)
            .writeU64(c.amount)
            .writeU64(c.limitPrice)
            .writeBool(c.allowPartial);
        break;
    case CallKind::BatchAll:
        w.writeCompact(c.batch.size());
        for (const auto& inner : c.batch)
            encodeInto(w, inner);
        break;
    }
}

economics::Result<QByteArray> readAccount(ScaleReader& r) {
    auto a = r.readAccountId();
    if (!a)
        return a.error();
    return QByteArray(reinterpret_cast<const char*>(a->data()), kAccountSize);
}

// Reads fields in wire order, stopping at the first error.
struct FieldReader {
    ScaleReader& r;
    std::optional<economics::Error> err;
    void account(QByteArray& out) {
        if (err)
            return;
        auto a = readAccount(r);
        if (!a)
            err = a.error();
        else
            out = *a;
    }
    void u16(std::uint16_t& out) {
        if (err)
            return;
        auto v = r.readU16();
        if (!v)
            err = v.error();
        else
            out = *v;
    }
    void u64(std::uint64_t& out) {
        if (err)
            return;
        auto v = r.readU64();
        if (!v)
            err = v.error();
        else
            out = *v;
    }
    void boolean(bool& out) {
        if (err)
            return;
        auto v = r.readBool();
        if (!v)
            err = v.error();
        else
            out = *v;
    }
    void compactU64(std::uint64_t& out) {
        if (err)
            return;
        auto v = r.readCompactU64();
        if (!v)
            err = v.error();
        else
            out = *v;
    }
};

economics::Result<Call> decodeOne(ScaleReader& r, int depth) {
    const std::size_t at = r.position();
    auto pallet = r.readU8();
    if (!pallet)
        return pallet.error();
    auto index = r.readU8();
    if (!index)
        return index.error();
    Call c;
    c.kind = static_cast<CallKind>((static_cast<std::uint16_t>(*pallet) << 8) | *index);
    FieldReader f{r, std::nullopt};
    switch (c.kind) {
    case CallKind::TransferAllowDeath:
    case CallKind::TransferKeepAlive: {
        auto variant = r.readU8();
        if (!variant)
            return variant.error();
        if (*variant != 0)
            return r.error("unsupported MultiAddress variant " + std::to_string(*variant));
        f.account(c.destination);
        f.compactU64(c.amount);
        break;
    }
    case CallKind::AddStake:
    case CallKind::RemoveStake:
        f.account(c.hotkey), f.u16(c.netuid), f.u64(c.amount);
        break;
    case CallKind::AddStakeLimit:
    case CallKind::RemoveStakeLimit:
        f.account(c.hotkey), f.u16(c.netuid), f.u64(c.amount), f.u64(c.limitPrice), f.boolean(c.allowPartial);
        break;
    case CallKind::MoveStake:
        f.account(c.hotkey), f.account(c.destination), f.u16(c.netuid), f.u16(c.destNetuid), f.u64(c.amount);
        break;
    case CallKind::TransferStake:
        f.account(c.destination), f.account(c.hotkey), f.u16(c.netuid), f.u16(c.destNetuid), f.u64(c.amount);
        break;
    case CallKind::SwapStake:
        f.account(c.hotkey), f.u16(c.netuid), f.u16(c.destNetuid), f.u64(c.amount);
        break;
    case CallKind::SwapStakeLimit:
        f.account(c.hotkey), f.u16(c.netuid), f.u16(c.destNetuid), f.u64(c.amount), f.u64(c.limitPrice),
            f.boolean(c.allowPartial);
        break;
    case CallKind::BatchAll: {
        if (depth > 0)
            return r.error("nested batch_all is not supported");
        auto n = r.readLength(2);
        if (!n)
            return n.error();
        if (*n > kMaxBatch)
            return r.error("batch_all with " + std::to_string(*n) + " calls is too long");
        for (std::size_t i = 0; i < *n; ++i) {
            auto inner = decodeOne(r, depth + 1);
            if (!inner)
                return inner.error();
            c.batch.push_back(std::move(inner).value());
        }
        break;
    }
    default:
        return makeError(ErrorCode::NotSupported, "Call " + std::to_string(*pallet) + "." +
                                                      std::to_string(*index) + " at byte " +
                                                      std::to_string(at) + " is not supported.");
    }
    if (f.err)
        return *f.err;
    return c;
}

} // namespace

const char* callKindName(CallKind kind) {
    switch (kind) {
    case CallKind::TransferAllowDeath:
        return "Balances.transfer_allow_death";
    case CallKind::TransferKeepAlive:
        return "Balances.transfer_keep_alive";
    case CallKind::AddStake:
        return "SubtensorModule.add_stake";
    case CallKind::RemoveStake:
        return "SubtensorModule.remove_stake";
    case CallKind::MoveStake:
        return "SubtensorModule.move_stake";
    case CallKind::TransferStake:
        return "SubtensorModule.transfer_stake";
    case CallKind::SwapStake:
        return "SubtensorModule.swap_stake";
    case CallKind::AddStakeLimit:
        return "SubtensorModule.add_stake_limit";
    case CallKind::RemoveStakeLimit:
        return "SubtensorModule.remove_stake_limit";
    case CallKind::SwapStakeLimit:
        return "SubtensorModule.swap_stake_limit";
    case CallKind::BatchAll:
        return "Utility.batch_all";
    }
    return "unknown";
}

Call Call::addStake(const QByteArray& hotkey, std::uint16_t netuid, std::uint64_t taoRao) {
    Call c;
    c.kind = CallKind::AddStake, c.hotkey = hotkey, c.netuid = netuid, c.amount = taoRao;
    return c;
}

Call Call::removeStake(const QByteArray& hotkey, std::uint16_t netuid, std::uint64_t alphaRao) {
    Call c = addStake(hotkey, netuid, alphaRao);
    c.kind = CallKind::RemoveStake;
    return c;
}

Call Call::addStakeLimit(const QByteArray& hotkey, std::uint16_t netuid, std::uint64_t taoRao,
                         std::uint64_t limitPrice, bool allowPartial) {
    Call c = addStake(hotkey, netuid, taoRao);
    c.kind = CallKind::AddStakeLimit, c.limitPrice = limitPrice, c.allowPartial = allowPartial;
    return c;
}

Call Call::removeStakeLimit(const QByteArray& hotkey, std::uint16_t netuid, std::uint64_t alphaRao,
                            std::uint64_t limitPrice, bool allowPartial) {
    Call c = addStakeLimit(hotkey, netuid, alphaRao, limitPrice, allowPartial);
    c.kind = CallKind::RemoveStakeLimit;
    return c;
}

Call Call::moveStake(const QByteArray& originHotkey, const QByteArray& destinationHotkey,
                     std::uint16_t originNetuid, std::uint16_t destinationNetuid, std::uint64_t alphaRao) {
    Call c;
    c.kind = CallKind::MoveStake, c.hotkey = originHotkey, c.destination = destinationHotkey;
    c.netuid = originNetuid, c.destNetuid = destinationNetuid, c.amount = alphaRao;
    return c;
}

Call Call::transferStake(const QByteArray& destinationColdkey, const QByteArray& hotkey,
                         std::uint16_t originNetuid, std::uint16_t destinationNetuid,
                         std::uint64_t alphaRao) {
    Call c = moveStake(hotkey, destinationColdkey, originNetuid, destinationNetuid, alphaRao);
    c.kind = CallKind::TransferStake;
    return c;
}

Call Call::swapStake(const QByteArray& hotkey, std::uint16_t originNetuid, std::uint16_t destinationNetuid,
                     std::uint64_t alphaRao) {
    Call c;
    c.kind = CallKind::SwapStake, c.hotkey = hotkey, c.netuid = originNetuid,
    c.destNetuid = destinationNetuid;
    c.amount = alphaRao;
    return c;
}

Call Call::transferKeepAlive(const QByteArray& dest, std::uint64_t taoRao) {
    Call c;
    c.kind = CallKind::TransferKeepAlive, c.destination = dest, c.amount = taoRao;
    return c;
}

Call Call::batchAll(std::vector<Call> calls) {
    Call c;
    c.kind = CallKind::BatchAll, c.batch = std::move(calls);
    return c;
}

QByteArray Call::encode() const {
    ScaleWriter w;
    encodeInto(w, *this);
    const auto& b = w.bytes();
    return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
}

economics::Result<Call> Call::decode(ScaleReader& reader) {
    return decodeOne(reader, 0);
}

economics::Result<Call> Call::decode(const QByteArray& bytes) {
    ScaleReader r(bytesOf(bytes));
    auto c = decodeOne(r, 0);
    if (!c)
        return c.error();
    if (!r.atEnd())
        return r.error("trailing bytes after the call");
    return c;
}

std::uint64_t limitPriceToRao(double taoPerAlpha) {
    if (!(taoPerAlpha > 0))
        return 0;
    const double rao = std::round(taoPerAlpha * 1e9);
    if (rao >= 18446744073709549568.0)
        return std::numeric_limits<std::uint64_t>::max();
    return static_cast<std::uint64_t>(rao);
}

double limitPriceFromRao(std::uint64_t raoPerAlpha) {
    return static_cast<double>(raoPerAlpha) / 1e9;
}

} // namespace chainclient::subtensor
