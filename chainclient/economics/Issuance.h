#pragma once
// TAO (and per-subnet Alpha) block emission as a function of issuance (economics.md §1).

#include <cstdint>

namespace economics {

inline constexpr std::uint64_t kTotalSupplyRao = 21'000'000ULL * 1'000'000'000ULL;
inline constexpr std::uint64_t kDefaultBlockEmissionRao = 1'000'000'000ULL;

// The halving count of blockEmissionForIssuance, for issuance past the first halving.
std::uint64_t halvedBlockEmission(std::uint64_t issuanceRao);

// floor(1e9 / 2^k) with k = floor(log2(1 / (1 - I / 21e15))); 0 at or above the hard cap.
// Inline with the common case first: the coinbase asks it for every subnet's Alpha every block.
inline std::uint64_t blockEmissionForIssuance(std::uint64_t issuanceRao) {
    if (issuanceRao < kTotalSupplyRao - kTotalSupplyRao / 2) // remaining > 21e15 / 2: k = 0
        return kDefaultBlockEmissionRao;
    return halvedBlockEmission(issuanceRao);
}

} // namespace economics
