#pragma once
// TAO (and per-subnet Alpha) block emission as a function of issuance (economics.md §1).

#include <cstdint>

namespace economics {

inline constexpr std::uint64_t kTotalSupplyRao = 21'000'000ULL * 1'000'000'000ULL;
inline constexpr std::uint64_t kDefaultBlockEmissionRao = 1'000'000'000ULL;

// floor(1e9 / 2^k) with k = floor(log2(1 / (1 - I / 21e15))); 0 at or above the hard cap.
std::uint64_t blockEmissionForIssuance(std::uint64_t issuanceRao);

} // namespace economics
