#pragma once
// substrate_fixed values as the runtime stores them: raw little-endian "bits". The raw value is
// exact; the double is for display and ratios only.

#include "chainclient/subtensor/Int128.h"

#include <compare>
#include <cstdint>

namespace chainclient::subtensor {

struct I96F32 {
    I128 bits = 0;
    double toDouble() const { return static_cast<double>(bits) / 4294967296.0; }
    auto operator<=>(const I96F32&) const = default;
};

struct I32F32 {
    std::int64_t bits = 0;
    double toDouble() const { return static_cast<double>(bits) / 4294967296.0; }
    auto operator<=>(const I32F32&) const = default;
};

struct U64F64 {
    U128 bits = 0;
    double toDouble() const { return static_cast<double>(bits) / 18446744073709551616.0; }
    auto operator<=>(const U64F64&) const = default;
};

} // namespace chainclient::subtensor
