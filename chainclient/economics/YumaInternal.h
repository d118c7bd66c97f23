#pragma once
// Pieces shared by the dense (reference) and sparse Yuma epochs; not part of the public API.

#include "chainclient/economics/Yuma.h"

#include <cstddef>
#include <vector>

namespace economics::yuma_detail {

struct Vote {
    double score;
    double stake;
};

// The chain compares I32F32 sums (resolution 2^-32); double rounding of the same size is
// absorbed so that exact ties such as stake .49 vs minority .49 resolve as they do on chain.
inline constexpr double kTieEps = 1e-9;

// The chain's stake-weighted κ-quantile search over `count` votes of total stake `total`;
// `v` is clobbered, `tmp` is scratch of the same size.
double quantileFromTop(Vote* v, Vote* tmp, std::size_t count, double total, double minority);

void normalize(std::vector<double>& v);
// v /= sum element-wise unless sum is 0: normalize for a sum taken while writing v.
void divideBy(std::vector<double>& v, double sum);

// Validates the per-UID vectors and fills r's stake, activeStake and new permits;
// `permit` gets the permits this epoch filters by (previous ones plus the owner).
void prelude(const EpochInput& in, EpochResult& r, std::vector<char>& permit);

// Liquid alpha's sigmoid (§7), clamped to [low, high].
double liquidAlphaOf(const LiquidAlpha& la, double d);

void runEpochSparse(const EpochInput& in, EpochResult& r);

} // namespace economics::yuma_detail
