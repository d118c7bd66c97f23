#pragma once
// Identifiers shared by every part of the economics core.

#include <array>
#include <compare>
#include <cstdint>
#include <string>

namespace economics {

// A 32-byte public key (sr25519/ed25519), as on chain.
struct AccountId {
    std::array<std::uint8_t, 32> bytes{};
    auto operator<=>(const AccountId&) const = default;
    bool isZero() const;
    std::string hex() const; // "0x…" for logs and tests
    // Deterministic id for simulated participants: a pure function of the label.
    static AccountId fromLabel(const std::string& label);
};

struct NetUid {
    std::uint16_t value = 0;
    auto operator<=>(const NetUid&) const = default;
    bool isRoot() const { return value == 0; }
};

using BlockNumber = std::uint64_t;

inline constexpr std::uint64_t kBlocksPerDay = 7200; // 12 s blocks

} // namespace economics
