#pragma once
// Fills plain C++ structs from a decoded ScaleValue by field NAME, not position: a runtime that
// reorders fields, adds new ones, or widens an integer (u16 → u64) still maps, and a value that
// does not fit its member is an error rather than a silent truncation.
//
// Supported members: unsigned/signed integers up to 128 bits, bool, std::string and
// std::vector<uint8_t> (from Vec<u8>, [u8; N], str or Vec<Compact<u8>>), byte arrays such as
// AccountId, I96F32/I32F32/U64F64, std::vector, std::array, std::pair, std::optional (strips
// every Option level; also used for fields a runtime may omit) and any struct with a static
// `fields(self, visitor)` listing (see SubtensorTypes.h).

#include "chainclient/subtensor/ScaleReader.h"
#include "chainclient/subtensor/ScaleValue.h"

#include <array>
#include <concepts>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace chainclient::subtensor {

namespace mapping_detail {
template <class T> struct IsOptional : std::false_type {};
template <class T> struct IsOptional<std::optional<T>> : std::true_type {};
template <class T> struct IsVector : std::false_type {};
template <class T, class A> struct IsVector<std::vector<T, A>> : std::true_type {};
template <class T> struct IsPair : std::false_type {};
template <class A, class B> struct IsPair<std::pair<A, B>> : std::true_type {};
template <class T> struct IsArray : std::false_type {};
template <class T, std::size_t N> struct IsArray<std::array<T, N>> : std::true_type {};

template <class T>
concept HasFields = requires(T& t) {
    T::fields(t, [](const char*, auto&) {});
};
template <class T>
concept FixedPointType = std::same_as<T, I96F32> || std::same_as<T, I32F32> || std::same_as<T, U64F64>;
template <class T>
concept IntegerType =
    (std::is_integral_v<T> && !std::same_as<T, bool>) || std::same_as<T, U128> || std::same_as<T, I128>;
} // namespace mapping_detail

class ValueMapper {
  public:
    template <class T> static Result<T> to(const ScaleValue& v) {
        T out{};
        std::string err;
        if (!convert(v, out, err))
            return economics::makeError(economics::ErrorCode::MalformedData, err);
        return out;
    }

  private:
    static bool fail(std::string& err, std::string msg) {
        err = std::move(msg);
        return false;
    }
    static const char* kindName(ScaleKind k) {
        static const char* names[] = {
            "struct",           "tuple",          "enum",   "sequence",     "bytes",           "bool",
            "unsigned integer", "signed integer", "string", "bit sequence", "integer sequence"};
        return names[static_cast<int>(k)];
    }

    // Member names are string literals: their length is known without strlen.
    template <std::size_t N> static std::string_view nameView(const char (&name)[N]) { return {name, N - 1}; }
    static std::string_view nameView(std::string_view name) { return name; }

    // Newtype structs (AccountId32(...), NetUid(u16), FixedI128{bits}) are transparent.
    static const ScaleValue& peel(const ScaleValue& v) {
        const ScaleValue* p = &v;
        while ((p->kind == ScaleKind::Composite || p->kind == ScaleKind::Tuple) && p->items.size() == 1)
            p = &p->items.front();
        return *p;
    }

    static bool bytesOf(const ScaleValue& v, std::vector<std::uint8_t>& out, std::string& err) {
        const ScaleValue& p = peel(v);
        if (p.kind == ScaleKind::Bytes || p.kind == ScaleKind::Str) {
            out = p.bytes;
            return true;
        }
        if (p.kind == ScaleKind::Numbers) { // Vec<Compact<u8>>
            out.clear();
            out.reserve(p.numbers.size());
            for (U128 n : p.numbers) {
                if (n > 255)
                    return fail(err, "expected a byte in a byte list");
                out.push_back(static_cast<std::uint8_t>(n));
            }
            return true;
        }
        if (p.kind == ScaleKind::Sequence) {
            out.clear();
            out.reserve(p.items.size());
            for (const auto& item : p.items) {
                const ScaleValue& e = peel(item);
                if (e.kind != ScaleKind::UInt || e.number > 255)
                    return fail(err, "expected a byte in a byte list");
                out.push_back(static_cast<std::uint8_t>(e.number));
            }
            return true;
        }
        return fail(err, std::string("expected bytes, found ") + kindName(p.kind));
    }

    template <class T> static bool fitUnsigned(U128 n, T& out, std::string& err) {
        if (n > static_cast<U128>(std::numeric_limits<T>::max()))
            return fail(err, "value " + toDecimal(n) + " too large");
        out = static_cast<T>(n);
        return true;
    }

    // Packed Numbers node into a container of integers (vector or array).
    template <class C> static bool fromNumbers(const ScaleValue& p, C& out, std::string& err) {
        using E = typename C::value_type;
        if constexpr (mapping_detail::IntegerType<E>) {
            if constexpr (mapping_detail::IsVector<C>::value)
                out.resize(p.numbers.size());
            else if (p.numbers.size() != out.size())
                return fail(err, "expected an array of " + std::to_string(out.size()));
            for (std::size_t i = 0; i < p.numbers.size(); ++i)
                if (!fitUnsigned(p.numbers[i], out[i], err))
                    return fail(err, "[" + std::to_string(i) + "] " + err);
            return true;
        } else {
            return fail(err, "expected a sequence of structured values, found integers");
        }
    }

    template <class T> static bool convert(const ScaleValue& raw, T& out, std::string& err) {
        using namespace mapping_detail;
        if constexpr (IsOptional<T>::value) {
            const ScaleValue* v = &raw;
            while (v && v->isOption())
                v = v->unwrapOption();
            if (!v) {
                out.reset();
                return true;
            }
            out.emplace(); // in place: a moved-in struct would copy its arrays and strings' headers
            return convert(*v, *out, err);
        } else {
            const ScaleValue* v = &raw;
            while (v->isOption()) {
                v = v->unwrapOption();
                if (!v)
                    return fail(err, "is None");
            }
            return convertPlain(*v, out, err);
        }
    }

    template <class T> static bool convertPlain(const ScaleValue& v, T& out, std::string& err) {
        using namespace mapping_detail;
        if constexpr (std::same_as<T, bool>) {
            const ScaleValue& p = peel(v);
            if (p.kind != ScaleKind::Bool)
                return fail(err, std::string("expected bool, found ") + kindName(p.kind));
            out = p.number != 0;
            return true;
        } else if constexpr (IntegerType<T>) {
            const ScaleValue& p = peel(v);
            if (p.kind == ScaleKind::UInt)
                return fitUnsigned(p.number, out, err);
            if (p.kind == ScaleKind::Int) {
                const I128 s = p.signedNumber();
                if constexpr (std::is_signed_v<T> || std::same_as<T, I128>) {
                    if (s > static_cast<I128>(std::numeric_limits<T>::max()) ||
                        s < static_cast<I128>(std::numeric_limits<T>::min()))
                        return fail(err, "value " + toDecimal(s) + " out of range");
                } else {
                    if (s < 0 || static_cast<U128>(s) > static_cast<U128>(std::numeric_limits<T>::max()))
                        return fail(err, "value " + toDecimal(s) + " out of range");
                }
                out = static_cast<T>(s);
                return true;
            }
            return fail(err, std::string("expected an integer, found ") + kindName(p.kind));
        } else if constexpr (FixedPointType<T>) {
            return convertPlain(v, out.bits, err); // {bits} struct or a bare integer
        } else if constexpr (std::same_as<T, std::string>) {
            if (const ScaleValue& p = peel(v); p.kind == ScaleKind::Bytes || p.kind == ScaleKind::Str) {
                out.assign(p.text());
                return true;
            }
            std::vector<std::uint8_t> b;
            if (!bytesOf(v, b, err))
                return false;
            out.assign(b.begin(), b.end());
            return true;
        } else if constexpr (std::same_as<T, std::vector<std::uint8_t>>) {
            return bytesOf(v, out, err);
        } else if constexpr (IsArray<T>::value) {
            using E = typename T::value_type;
            if constexpr (std::same_as<E, std::uint8_t>) {
                const ScaleValue& p = peel(v);
                if (p.kind == ScaleKind::Bytes || p.kind == ScaleKind::Str) { // no temporary vector
                    if (p.bytes.size() != out.size())
                        return fail(err, "expected " + std::to_string(out.size()) + " bytes, found " +
                                             std::to_string(p.bytes.size()));
                    std::copy(p.bytes.begin(), p.bytes.end(), out.begin());
                    return true;
                }
                std::vector<std::uint8_t> b;
                if (!bytesOf(p, b, err))
                    return false;
                if (b.size() != out.size())
                    return fail(err, "expected " + std::to_string(out.size()) + " bytes, found " +
                                         std::to_string(b.size()));
                std::copy(b.begin(), b.end(), out.begin());
                return true;
            } else {
                const ScaleValue& p = peel(v);
                if (p.kind == ScaleKind::Numbers)
                    return fromNumbers(p, out, err);
                if ((p.kind != ScaleKind::Sequence && p.kind != ScaleKind::Tuple) ||
                    p.items.size() != out.size())
                    return fail(err, "expected an array of " + std::to_string(out.size()));
                for (std::size_t i = 0; i < out.size(); ++i)
                    if (!convert(p.items[i], out[i], err))
                        return fail(err, "[" + std::to_string(i) + "] " + err);
                return true;
            }
        } else if constexpr (IsVector<T>::value) {
            using E = typename T::value_type;
            const ScaleValue& p = v.kind == ScaleKind::Composite && v.items.size() == 1 ? peel(v) : v;
            if constexpr (IntegerType<E>) {
                if (p.kind == ScaleKind::Bytes) {
                    out.assign(p.bytes.begin(), p.bytes.end());
                    return true;
                }
            }
            if (p.kind == ScaleKind::Numbers)
                return fromNumbers(p, out, err);
            if (p.kind != ScaleKind::Sequence && p.kind != ScaleKind::Tuple)
                return fail(err, std::string("expected a sequence, found ") + kindName(p.kind));
            out.clear();
            out.resize(p.items.size()); // converted in place, not built aside and moved in
            for (std::size_t i = 0; i < p.items.size(); ++i) {
                if constexpr (std::same_as<E, bool>) { // vector<bool> has no element references
                    bool e = false;
                    if (!convert(p.items[i], e, err))
                        return fail(err, "[" + std::to_string(i) + "] " + err);
                    out[i] = e;
                } else if (!convert(p.items[i], out[i], err)) {
                    return fail(err, "[" + std::to_string(i) + "] " + err);
                }
            }
            return true;
        } else if constexpr (IsPair<T>::value) {
            if ((v.kind != ScaleKind::Tuple && v.kind != ScaleKind::Composite) || v.items.size() != 2)
                return fail(err, "expected a pair");
            if (!convert(v.items[0], out.first, err))
                return fail(err, "(0) " + err);
            if (!convert(v.items[1], out.second, err))
                return fail(err, "(1) " + err);
            return true;
        } else if constexpr (HasFields<T>) {
            if (v.kind != ScaleKind::Composite && v.kind != ScaleKind::Variant)
                return fail(err, std::string("expected a struct, found ") + kindName(v.kind));
            bool ok = true;
            std::size_t hint = 0; // members are listed in the runtime's order, so lookups rarely scan
            T::fields(out, [&](const auto& name, auto& member) {
                if (!ok)
                    return;
                const ScaleValue* f = v.field(nameView(name), hint);
                using M = std::remove_cvref_t<decltype(member)>;
                if (!f) {
                    if constexpr (IsOptional<M>::value) {
                        member.reset();
                        return;
                    }
                    ok = fail(err, std::string("missing field ") + name);
                    return;
                }
                if (!convert(*f, member, err))
                    ok = fail(err, std::string(name) + ": " + err);
            });
            return ok;
        } else {
            static_assert(sizeof(T) == 0, "ValueMapper: unsupported member type");
        }
    }
};

} // namespace chainclient::subtensor
