#include "chainclient/economics/Types.h"

#include <algorithm>

namespace economics {

bool AccountId::isZero() const {
    return std::all_of(bytes.begin(), bytes.end(), [](std::uint8_t b) { return b == 0; });
}

std::string AccountId::hex() const {
    static const char* digits = "0123456789abcdef";
    std::string s = "0x";
    for (auto b : bytes) {
        s += digits[b >> 4];
        s += digits[b & 15];
    }
    return s;
}

AccountId AccountId::fromLabel(const std::string& label) {
    // SplitMix64 over an FNV-1a seed: spreads labels over all 32 bytes.
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : label) h = (h ^ c) * 1099511628211ULL;
    AccountId id;
    for (std::size_t i = 0; i < 4; ++i) {
        h += 0x9e3779b97f4a7c15ULL;
        std::uint64_t z = h;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        for (std::size_t j = 0; j < 8; ++j) id.bytes[i * 8 + j] = static_cast<std::uint8_t>(z >> (8 * j));
    }
    return id;
}

} // namespace economics
