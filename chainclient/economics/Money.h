#pragma once
// Strong, overflow-checked money types. Every on-chain amount is a u64 count of rao
// (1 TAO = 1e9 rao; every subnet's Alpha uses the same 1e9 scaling, economics.md §1).
// Arithmetic that would wrap is a bug in the caller (user input is validated before it
// reaches here), so it throws std::overflow_error rather than silently saturating.

#include <compare>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>

namespace economics {

__extension__ using u128 = unsigned __int128; // GCC/Clang builtin; __extension__ keeps -Wpedantic quiet

inline constexpr std::uint64_t kRaoPerTao = 1'000'000'000ULL;

// Out of line and cold, so the checked operators below stay a few instructions and inline
// everywhere (the coinbase adds amounts for every subnet every block).
[[noreturn, gnu::cold]] void throwAmountError(const char* what);

template <class Tag>
class Amount {
public:
    constexpr Amount() = default;
    static constexpr Amount fromRao(std::uint64_t rao) { return Amount(rao); }
    static constexpr Amount zero() { return Amount(0); }
    static constexpr Amount max() { return Amount(std::numeric_limits<std::uint64_t>::max()); }

    constexpr std::uint64_t rao() const { return value_; }
    constexpr bool isZero() const { return value_ == 0; }
    // Display only: never feed the result back into accounting.
    constexpr double toUnits() const { return static_cast<double>(value_) / static_cast<double>(kRaoPerTao); }

    constexpr auto operator<=>(const Amount&) const = default;

    constexpr Amount operator+(Amount o) const {
        std::uint64_t r = 0;
        if (__builtin_add_overflow(value_, o.value_, &r)) [[unlikely]] throwAmountError("amount overflow in +");
        return Amount(r);
    }
    constexpr Amount operator-(Amount o) const {
        if (o.value_ > value_) [[unlikely]] throwAmountError("amount underflow in -");
        return Amount(value_ - o.value_);
    }
    constexpr Amount& operator+=(Amount o) { return *this = *this + o; }
    // += for a caller that has proven the sum fits (see the coinbase): the plain add in release
    // builds, still checked in debug builds.
    constexpr Amount& addInRange(Amount o) {
#ifndef NDEBUG
        return *this += o;
#else
        value_ += o.value_;
        return *this;
#endif
    }
    constexpr Amount& operator-=(Amount o) { return *this = *this - o; }

    // a - b, or zero when b > a.
    constexpr Amount saturatingSub(Amount o) const { return Amount(o.value_ > value_ ? 0 : value_ - o.value_); }

    // floor(value * num / den) with a 128-bit intermediate; throws if the result exceeds u64.
    constexpr Amount mulDiv(std::uint64_t num, std::uint64_t den) const {
        if (den == 0) throw std::domain_error("mulDiv by zero");
        if (num == 0 || value_ <= std::numeric_limits<std::uint64_t>::max() / num) return Amount(value_ * num / den); // no 128-bit division
        const u128 r = static_cast<u128>(value_) * num / den;
        if (r > std::numeric_limits<std::uint64_t>::max()) throwAmountError("amount overflow in mulDiv");
        return Amount(static_cast<std::uint64_t>(r));
    }

private:
    constexpr explicit Amount(std::uint64_t v) : value_(v) {}
    std::uint64_t value_ = 0;
};

struct TaoTag {};
struct AlphaTag {};
using Rao = Amount<TaoTag>;        // TAO, in rao
using AlphaRao = Amount<AlphaTag>; // a subnet's Alpha, in its rao (1e-9 Alpha)

constexpr Rao operator""_tao(unsigned long long t) { return Rao::fromRao(t * kRaoPerTao); }
constexpr Rao operator""_rao(unsigned long long r) { return Rao::fromRao(r); }

// Converts a double (from pool math) to rao, flooring and clamping to [0, u64 max].
inline std::uint64_t floorToRao(double v) {
    if (!(v > 0.0)) return 0;
    // Below 2^63 the signed conversion is one instruction; the unsigned one adds a range test.
    if (v < 9223372036854775808.0) return static_cast<std::uint64_t>(static_cast<std::int64_t>(v));
    if (v >= 18446744073709549568.0) return std::numeric_limits<std::uint64_t>::max();
    return static_cast<std::uint64_t>(v);
}

// For values already proven to lie in [0, 2^63), e.g. amounts bounded by one block's emission
// (≤ 1e9 rao): the bare signed conversions, one instruction each, where floorToRao and the
// unsigned conversion add range tests and a second path. Same results in that range; debug
// builds check the range.
inline std::uint64_t floorToRaoInRange(double v) {
#ifndef NDEBUG
    if (!(v >= 0.0 && v < 9223372036854775808.0)) throwAmountError("floorToRaoInRange: value out of range");
#endif
    return static_cast<std::uint64_t>(static_cast<std::int64_t>(v));
}
inline double raoInRangeToDouble(std::uint64_t rao) {
#ifndef NDEBUG
    if (rao >> 63) throwAmountError("raoInRangeToDouble: value out of range");
#endif
    return static_cast<double>(static_cast<std::int64_t>(rao));
}

// "12.345678901" style decimal, exact, for logs and JSON-free text output.
std::string formatUnits(std::uint64_t rao, int decimals = 9);

} // namespace economics
