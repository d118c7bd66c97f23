#pragma once
// The inverse of ValueMapper: SCALE-encodes a plain struct (SubtensorTypes.h, Metagraph.h) as the
// metadata type `typeId` lays it out, taking members by field name in the metadata's field order.
// Lets the loopback server answer runtime-API calls in exactly the layout of a given runtime.
// Integers are range-checked against the wire width; a struct member missing from the metadata
// type is fine (skipped), a metadata field the struct lacks is an error.

#include "chainclient/subtensor/PortableRegistry.h"
#include "chainclient/subtensor/ScaleWriter.h"
#include "chainclient/subtensor/ValueMapper.h"

#include <string>
#include <vector>

namespace chainclient::subtensor {

class TypedEncoder {
  public:
    template <class T>
    static Result<std::vector<std::uint8_t>> encode(const T& value, std::uint32_t typeId,
                                                    const PortableRegistry& reg) {
        ScaleWriter w;
        std::string err;
        if (!enc(value, typeId, reg, w, err, 0))
            return economics::makeError(economics::ErrorCode::InvalidState, err);
        return w.take();
    }

  private:
    static bool fail(std::string& err, std::string msg) {
        err = std::move(msg);
        return false;
    }

    static bool isOptionType(const TypeInfo& t) {
        return t.kind == TypeKind::Variant && t.variants.size() == 2 && t.variantByName("None") &&
               t.variantByName("Some") && t.variantByName("Some")->fields.size() == 1;
    }

    static bool writeUInt(U128 v, const TypeInfo& t, const PortableRegistry& reg, ScaleWriter& w,
                          std::string& err) {
        const TypeInfo* p = &t;
        bool compact = false;
        if (p->kind == TypeKind::Compact) {
            compact = true;
            p = reg.type(p->element);
            for (int hops = 0; p && hops < 8 && p->kind == TypeKind::Composite && p->fields.size() == 1;
                 ++hops)
                p = reg.type(p->fields.front().type);
        }
        if (!p || p->kind != TypeKind::Primitive)
            return fail(err, "integer for a non-integer type");
        auto fits = [&](int bits) { return bits >= 128 || v < (U128(1) << bits); };
        int bits = 0;
        switch (p->primitive) {
        case PrimitiveKind::U8:
            bits = 8;
            break;
        case PrimitiveKind::U16:
            bits = 16;
            break;
        case PrimitiveKind::U32:
            bits = 32;
            break;
        case PrimitiveKind::U64:
            bits = 64;
            break;
        case PrimitiveKind::U128:
            bits = 128;
            break;
        default:
            return fail(err, "unsigned value for a " + reg.displayName(p->id) + " field");
        }
        if (!fits(bits))
            return fail(err, "value " + toDecimal(v) + " does not fit " + reg.displayName(p->id));
        if (compact) {
            w.writeCompact(v);
            return true;
        }
        for (int i = 0; i < bits / 8; ++i)
            w.writeU8(static_cast<std::uint8_t>(v >> (8 * i)));
        return true;
    }

    static bool writeInt(I128 v, const TypeInfo& t, ScaleWriter& w, std::string& err) {
        int bytes = 0;
        if (t.kind == TypeKind::Primitive) {
            switch (t.primitive) {
            case PrimitiveKind::I8:
                bytes = 1;
                break;
            case PrimitiveKind::I16:
                bytes = 2;
                break;
            case PrimitiveKind::I32:
                bytes = 4;
                break;
            case PrimitiveKind::I64:
                bytes = 8;
                break;
            case PrimitiveKind::I128:
                bytes = 16;
                break;
            default:
                break;
            }
        }
        if (bytes == 0)
            return fail(err, "signed value for a non-signed field");
        if (bytes < 16) {
            const I128 lim = I128(1) << (8 * bytes - 1);
            if (v < -lim || v >= lim)
                return fail(err, "value " + toDecimal(v) + " out of range");
        }
        for (int i = 0; i < bytes; ++i)
            w.writeU8(static_cast<std::uint8_t>(static_cast<U128>(v) >> (8 * i)));
        return true;
    }

    template <class C>
    static bool encodeElements(const C& items, const TypeInfo& t, const PortableRegistry& reg, ScaleWriter& w,
                               std::string& err, int depth) {
        if (t.kind == TypeKind::Sequence)
            w.writeCompact(items.size());
        else if (t.kind != TypeKind::Array || t.arrayLength != items.size())
            return fail(err, "sequence for " + reg.displayName(t.id));
        for (std::size_t i = 0; i < items.size(); ++i) {
            using E = std::remove_cvref_t<decltype(items[i])>;
            const auto& e = static_cast<const E&>(items[i]);
            if (!enc(e, t.element, reg, w, err, depth + 1))
                return fail(err, "[" + std::to_string(i) + "] " + err);
        }
        return true;
    }

    template <class T>
    static bool enc(const T& v, std::uint32_t typeId, const PortableRegistry& reg, ScaleWriter& w,
                    std::string& err, int depth) {
        using namespace mapping_detail;
        const TypeInfo* t = reg.type(typeId);
        if (!t)
            return fail(err, "unknown type id " + std::to_string(typeId));
        if (depth > 64)
            return fail(err, "type nesting too deep");
        if (isOptionType(*t)) {
            const std::uint32_t inner = t->variantByName("Some")->fields.front().type;
            if constexpr (IsOptional<T>::value) {
                if (!v) {
                    w.writeU8(t->variantByName("None")->index);
                    return true;
                }
                w.writeU8(t->variantByName("Some")->index);
                return enc(*v, inner, reg, w, err, depth + 1);
            } else {
                w.writeU8(t->variantByName("Some")->index);
                return enc(v, inner, reg, w, err, depth + 1);
            }
        }
        if constexpr (IsOptional<T>::value) {
            if (!v)
                return fail(err, "None for the non-optional " + reg.displayName(typeId));
            return enc(*v, typeId, reg, w, err, depth);
        } else if constexpr (HasFields<T>) {
            if (t->kind != TypeKind::Composite)
                return fail(err, "struct for " + reg.displayName(typeId));
            for (const TypeField& f : t->fields) {
                bool found = false, ok = true;
                T::fields(v, [&](const char* name, const auto& member) {
                    if (found || f.name != name)
                        return;
                    found = true;
                    if (!enc(member, f.type, reg, w, err, depth + 1))
                        ok = fail(err, f.name + ": " + err);
                });
                if (!found)
                    return fail(err, "no member for field " + f.name + " of " + reg.displayName(typeId));
                if (!ok)
                    return false;
            }
            return true;
        } else {
            // Newtypes (AccountId32, FixedI128 {bits}) are transparent for non-struct values.
            if (t->kind == TypeKind::Composite && t->fields.size() == 1)
                return enc(v, t->fields.front().type, reg, w, err, depth + 1);
            if constexpr (std::same_as<T, bool>) {
                if (t->kind != TypeKind::Primitive || t->primitive != PrimitiveKind::Bool)
                    return fail(err, "bool for " + reg.displayName(typeId));
                w.writeBool(v);
                return true;
            } else if constexpr (IntegerType<T>) {
                if constexpr (std::is_signed_v<T> || std::same_as<T, I128>) {
                    if (t->kind == TypeKind::Primitive && t->primitive >= PrimitiveKind::I8)
                        return writeInt(static_cast<I128>(v), *t, w, err);
                    if (v < 0)
                        return fail(err, "negative value for an unsigned field");
                }
                return writeUInt(static_cast<U128>(v), *t, reg, w, err);
            } else if constexpr (FixedPointType<T>) {
                return enc(v.bits, typeId, reg, w, err, depth);
            } else if constexpr (std::same_as<T, std::string>) {
                return encodeElements(std::vector<std::uint8_t>(v.begin(), v.end()), *t, reg, w, err, depth);
            } else if constexpr (IsVector<T>::value || IsArray<T>::value) {
                if constexpr (std::same_as<typename T::value_type, bool>) {
                    if (t->kind == TypeKind::Sequence)
                        w.writeCompact(v.size());
                    else
                        return fail(err, "Vec<bool> for " + reg.displayName(typeId));
                    for (bool b : v)
                        if (!enc(b, t->element, reg, w, err, depth + 1))
                            return false;
                    return true;
                } else {
                    return encodeElements(v, *t, reg, w, err, depth);
                }
            } else if constexpr (IsPair<T>::value) {
                if (t->kind != TypeKind::Tuple || t->tuple.size() != 2)
                    return fail(err, "pair for " + reg.displayName(typeId));
                return enc(v.first, t->tuple[0], reg, w, err, depth + 1) &&
                       enc(v.second, t->tuple[1], reg, w, err, depth + 1);
            } else {
                static_assert(sizeof(T) == 0, "TypedEncoder: unsupported member type");
            }
        }
    }
};

} // namespace chainclient::subtensor
