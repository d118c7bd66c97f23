#include "chainclient/subtensor/DynamicDecoder.h"

#include <limits>

namespace chainclient::subtensor {

using economics::okStatus;

namespace {

// Adds the innermost struct field to an error so "end of input" says where in the type it hit.
economics::Error inField(economics::Error e, const TypeInfo& owner, const TypeField& f, std::size_t index) {
    if (e.message.find(" (in ") == std::string::npos) {
        const std::string owner_name = owner.path.empty() ? "struct" : owner.path.back();
        e.message += " (in " + owner_name + "." + (f.name.empty() ? std::to_string(index) : f.name) + ")";
    }
    return e;
}

U128 maxForPrimitive(PrimitiveKind p) {
    switch (p) {
    case PrimitiveKind::U8:
        return std::numeric_limits<std::uint8_t>::max();
    case PrimitiveKind::U16:
        return std::numeric_limits<std::uint16_t>::max();
    case PrimitiveKind::U32:
        return std::numeric_limits<std::uint32_t>::max();
    case PrimitiveKind::U64:
        return std::numeric_limits<std::uint64_t>::max();
    default:
        return ~static_cast<U128>(0);
    }
}

} // namespace

bool DynamicDecoder::isU8(std::uint32_t typeId) const {
    const TypeInfo* t = types_.type(typeId);
    return t && t->kind == TypeKind::Primitive && t->primitive == PrimitiveKind::U8;
}

bool DynamicDecoder::packedUInt(std::uint32_t typeId, PrimitiveKind& prim, bool& compact) const {
    const TypeInfo* t = types_.type(typeId);
    compact = false;
    if (t && t->kind == TypeKind::Compact) {
        compact = true;
        t = types_.type(t->element);
    }
    if (!t || t->kind != TypeKind::Primitive)
        return false;
    switch (t->primitive) {
    case PrimitiveKind::U8: // plain u8 sequences are Bytes; Compact<u8> ones (names) pack here
        prim = t->primitive;
        return compact;
    case PrimitiveKind::U16:
    case PrimitiveKind::U32:
    case PrimitiveKind::U64:
    case PrimitiveKind::U128:
        prim = t->primitive;
        return true;
    default:
        return false;
    }
}

Status DynamicDecoder::decodeNumbers(std::size_t n, PrimitiveKind prim, bool compact, ScaleReader& r,
                                     ScaleValue& out) const {
    out.kind = ScaleKind::Numbers;
    out.compact = compact;
    if (n > r.remaining())
        return r.error("sequence length " + std::to_string(n) + " exceeds the input");
    out.numbers.resize(n);
    const U128 max = maxForPrimitive(prim);
    for (std::size_t i = 0; i < n; ++i) {
        if (compact) {
            const std::size_t at = r.position();
            auto v = r.readCompact();
            if (!v)
                return v.error();
            if (*v > max)
                return economics::makeError(economics::ErrorCode::MalformedData,
                                            "SCALE: compact value " + toDecimal(*v) +
                                                " too wide for its type at byte " + std::to_string(at));
            out.numbers[i] = *v;
            continue;
        }
        Result<U128> v = U128(0);
        switch (prim) {
        case PrimitiveKind::U16: {
            auto x = r.readU16();
            v = x ? Result<U128>(U128(*x)) : Result<U128>(x.error());
            break;
        }
        case PrimitiveKind::U32: {
            auto x = r.readU32();
            v = x ? Result<U128>(U128(*x)) : Result<U128>(x.error());
            break;
        }
        case PrimitiveKind::U64: {
            auto x = r.readU64();
            v = x ? Result<U128>(U128(*x)) : Result<U128>(x.error());
            break;
        }
        default:
            v = r.readU128();
            break;
        }
        if (!v)
            return v.error();
        out.numbers[i] = *v;
    }
    return okStatus();
}

Result<ScaleValue> DynamicDecoder::decode(std::uint32_t typeId, ScaleReader& r) const {
    ScaleValue v;
    std::size_t budget = nodeBudget(r.remaining());
    if (auto s = decodeInto(typeId, r, v, 0, budget); !s)
        return s.error();
    return v;
}

Result<ScaleValue> DynamicDecoder::decodeAll(std::uint32_t typeId,
                                             std::span<const std::uint8_t> bytes) const {
    ScaleReader r(bytes);
    auto v = decode(typeId, r);
    if (!v)
        return v.error();
    if (!r.atEnd())
        return r.error(std::to_string(r.remaining()) + " trailing bytes after " + types_.displayName(typeId));
    return v;
}

std::size_t DynamicDecoder::nodeBudget(std::size_t bytes) {
    return bytes > (std::numeric_limits<std::size_t>::max() - kNodeAllowance) / kNodesPerByte
               ? std::numeric_limits<std::size_t>::max()
               : bytes * kNodesPerByte + kNodeAllowance;
}

Status DynamicDecoder::decodeInto(std::uint32_t typeId, ScaleReader& r, ScaleValue& out, int depth,
                                  std::size_t& budget) const {
    if (depth > kMaxDepth)
        return r.error("type nesting deeper than " + std::to_string(kMaxDepth));
    if (budget == 0)
        return r.error("value has more parts than its input can hold");
    --budget;
    const TypeInfo* t = types_.type(typeId);
    if (!t)
        return r.error("unknown type id " + std::to_string(typeId));
    out.typeId = typeId;
    switch (t->kind) {
    case TypeKind::Composite:
        out.kind = ScaleKind::Composite;
        out.fields = &t->fields;
        return decodeFields(t->fields, r, out, depth, *t, budget);
    case TypeKind::Variant: {
        out.kind = ScaleKind::Variant;
        auto idx = r.readEnumIndex();
        if (!idx)
            return idx.error();
        const TypeVariant* v = t->variantByIndex(*idx);
        if (!v) {
            return r.error("no variant " + std::to_string(*idx) + " in " + types_.displayName(typeId));
        }
        out.variant = v;
        return decodeFields(v->fields, r, out, depth, *t, budget);
    }
    case TypeKind::Sequence:
    case TypeKind::Array: {
        std::size_t n = t->arrayLength;
        if (t->kind == TypeKind::Sequence) {
            auto len = r.readLength();
            if (!len)
                return len.error();
            n = *len;
        }
        if (isU8(t->element)) {
            out.kind = ScaleKind::Bytes;
            auto b = r.readBytes(n, t->kind == TypeKind::Sequence ? "Vec<u8>" : "[u8; N]");
            if (!b)
                return b.error();
            out.bytes.assign(b->begin(), b->end());
            return okStatus();
        }
        PrimitiveKind prim{};
        bool compact = false;
        if (packedUInt(t->element, prim, compact))
            return decodeNumbers(n, prim, compact, r, out);
        out.kind = ScaleKind::Sequence;
        // Arrays have no prefix to validate; still refuse sizes the input cannot hold.
        if ((n > r.remaining() && n > 4096) || n > budget)
            return r.error("array length " + std::to_string(n) + " exceeds the input");
        out.items.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            if (auto s = decodeInto(t->element, r, out.items[i], depth + 1, budget); !s)
                return s;
        return okStatus();
    }
    case TypeKind::Tuple:
        out.kind = ScaleKind::Tuple;
        out.items.resize(t->tuple.size());
        for (std::size_t i = 0; i < t->tuple.size(); ++i)
            if (auto s = decodeInto(t->tuple[i], r, out.items[i], depth + 1, budget); !s)
                return s;
        return okStatus();
    case TypeKind::Primitive:
        return decodePrimitive(t->primitive, r, out);
    case TypeKind::Compact:
        return decodeCompact(*t, r, out);
    case TypeKind::BitSequence: {
        const TypeInfo* store = types_.type(t->element);
        if (!store || store->kind != TypeKind::Primitive)
            return r.error("bit sequence with a non-primitive store");
        std::size_t storeBytes = 0;
        switch (store->primitive) {
        case PrimitiveKind::U8:
            storeBytes = 1;
            break;
        case PrimitiveKind::U16:
            storeBytes = 2;
            break;
        case PrimitiveKind::U32:
            storeBytes = 4;
            break;
        case PrimitiveKind::U64:
            storeBytes = 8;
            break;
        default:
            return r.error("bit sequence store must be u8..u64");
        }
        auto bits = r.readCompact();
        if (!bits)
            return bits.error();
        // Round up without adding first: a bit count near 2^128 must not wrap to a few bytes.
        const U128 storeBits = storeBytes * 8;
        const U128 words = *bits / storeBits + (*bits % storeBits != 0 ? 1 : 0);
        if (words > r.remaining())
            return r.error("bit sequence of " + toDecimal(*bits) + " bits exceeds the input");
        auto b = r.readBytes(static_cast<std::size_t>(words) * storeBytes, "bit sequence");
        if (!b)
            return b.error();
        out.kind = ScaleKind::BitSequence;
        out.number = *bits;
        out.bytes.assign(b->begin(), b->end());
        return okStatus();
    }
    }
    return r.error("unhandled type kind");
}

Status DynamicDecoder::decodeFields(const std::vector<TypeField>& defs, ScaleReader& r, ScaleValue& out,
                                    int depth, const TypeInfo& owner, std::size_t& budget) const {
    out.items.resize(defs.size());
    for (std::size_t i = 0; i < defs.size(); ++i)
        if (auto s = decodeInto(defs[i].type, r, out.items[i], depth + 1, budget); !s)
            return inField(s.error(), owner, defs[i], i);
    return okStatus();
}

Status DynamicDecoder::decodePrimitive(PrimitiveKind p, ScaleReader& r, ScaleValue& out) const {
    auto take = [&](auto result, ScaleKind kind) -> Status {
        if (!result)
            return result.error();
        out.kind = kind;
        out.number = static_cast<U128>(*result);
        return okStatus();
    };
    switch (p) {
    case PrimitiveKind::Bool:
        return take(r.readBool(), ScaleKind::Bool);
    case PrimitiveKind::Char:
        return take(r.readU32(), ScaleKind::UInt);
    case PrimitiveKind::U8:
        return take(r.readU8(), ScaleKind::UInt);
    case PrimitiveKind::U16:
        return take(r.readU16(), ScaleKind::UInt);
    case PrimitiveKind::U32:
        return take(r.readU32(), ScaleKind::UInt);
    case PrimitiveKind::U64:
        return take(r.readU64(), ScaleKind::UInt);
    case PrimitiveKind::U128:
        return take(r.readU128(), ScaleKind::UInt);
    case PrimitiveKind::I8:
        return take(r.readI8(), ScaleKind::Int);
    case PrimitiveKind::I16:
        return take(r.readI16(), ScaleKind::Int);
    case PrimitiveKind::I32:
        return take(r.readI32(), ScaleKind::Int);
    case PrimitiveKind::I64:
        return take(r.readI64(), ScaleKind::Int);
    case PrimitiveKind::I128:
        return take(r.readI128(), ScaleKind::Int);
    case PrimitiveKind::Str: {
        auto n = r.readLength();
        if (!n)
            return n.error();
        auto b = r.readBytes(*n, "str");
        if (!b)
            return b.error();
        out.kind = ScaleKind::Str;
        out.bytes.assign(b->begin(), b->end());
        return okStatus();
    }
    case PrimitiveKind::U256:
    case PrimitiveKind::I256: {
        auto b = r.readBytes(32, "256-bit integer");
        if (!b)
            return b.error();
        out.kind = ScaleKind::Bytes;
        out.bytes.assign(b->begin(), b->end());
        return okStatus();
    }
    }
    return r.error("unknown primitive");
}

Status DynamicDecoder::decodeCompact(const TypeInfo& t, ScaleReader& r, ScaleValue& out) const {
    // Compact<Wrapper(u32)>-style types: follow single-field structs down to the integer width.
    const TypeInfo* inner = types_.type(t.element);
    for (int hops = 0; inner && hops < 8 && inner->kind == TypeKind::Composite && inner->fields.size() == 1;
         ++hops)
        inner = types_.type(inner->fields.front().type);
    if (inner && inner->kind == TypeKind::Tuple && inner->tuple.empty()) { // Compact<()>
        out.kind = ScaleKind::Tuple;
        return okStatus();
    }
    if (!inner || inner->kind != TypeKind::Primitive)
        return r.error("Compact of a non-integer type");
    const std::size_t at = r.position();
    auto v = r.readCompact();
    if (!v)
        return v.error();
    if (*v > maxForPrimitive(inner->primitive))
        return economics::makeError(economics::ErrorCode::MalformedData,
                                    "SCALE: compact value " + toDecimal(*v) +
                                        " too wide for its type at byte " + std::to_string(at));
    out.kind = ScaleKind::UInt;
    out.compact = true;
    out.number = *v;
    return okStatus();
}

} // namespace chainclient::subtensor
