#include "chainclient/economics/Issuance.h"

#include <cmath>

namespace economics {

std::uint64_t halvedBlockEmission(std::uint64_t issuanceRao) {
    if (issuanceRao >= kTotalSupplyRao) return 0;
    // The halving thresholds are 21M·(1 − 2^−k): count them exactly with integers instead of
    // trusting log2 near a threshold (the chain floors a fixed-point log, which agrees).
    std::uint64_t k = 0;
    // remaining = 21e15 − I; k = number of times remaining has halved below 21e15.
    const std::uint64_t remaining = kTotalSupplyRao - issuanceRao;
    std::uint64_t threshold = kTotalSupplyRao / 2; // remaining ≤ this ⇒ k ≥ 1
    while (k < 63 && remaining <= threshold) {
        ++k;
        threshold /= 2;
        if (threshold == 0) break;
    }
    return kDefaultBlockEmissionRao >> k;
}

} // namespace economics
