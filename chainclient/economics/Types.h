#pragma once
// Identifiers shared by every part of the economics core.

#include <array>
#include <compare>
#include <cstdint>
#include <cstring>
#include <string>

namespace economics {

// A 32-byte public key (sr25519/ed25519), as on chain.
struct AccountId {
    std::array<std::uint8_t, 32> bytes{};
    // Byte-lexicographic like the default, but word-wise: maps keyed by accounts are hot.
    std::strong_ordering operator<=>(const AccountId& o) const {
        for (std::size_t i = 0; i < 4; ++i) {
            const std::uint64_t a = word(i), b = o.word(i);
            if (a != b) return __builtin_bswap64(a) <=> __builtin_bswap64(b);
        }
        return std::strong_ordering::equal;
    }
    bool operator==(const AccountId& o) const {
        return ((word(0) ^ o.word(0)) | (word(1) ^ o.word(1)) | (word(2) ^ o.word(2)) | (word(3) ^ o.word(3))) == 0;
    }
    bool isZero() const;
    std::string hex() const; // "0x…" for logs and tests
    // Deterministic id for simulated participants: a pure function of the label.
    static AccountId fromLabel(const std::string& label);

private:
    std::uint64_t word(std::size_t i) const {
        std::uint64_t w;
        std::memcpy(&w, bytes.data() + 8 * i, 8);
        return w;
    }
};

struct NetUid {
    std::uint16_t value = 0;
    auto operator<=>(const NetUid&) const = default;
    bool isRoot() const { return value == 0; }
};

using BlockNumber = std::uint64_t;

inline constexpr std::uint64_t kBlocksPerDay = 7200; // 12 s blocks

} // namespace economics
