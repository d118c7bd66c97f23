#pragma once
// Deterministic random numbers for the simulator: xoshiro256** seeded by SplitMix64.
// std::*_distribution is not portable across standard libraries, so we derive our own
// uniform doubles and ranges to keep "same seed → same state hash" everywhere.

#include <cstdint>

namespace economics {

class Rng {
public:
    explicit Rng(std::uint64_t seed = 0);
    std::uint64_t next();
    double uniform();                                  // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    std::uint64_t below(std::uint64_t n);              // [0, n), n > 0
    bool chance(double p) { return uniform() < p; }
    double normal();                                   // standard normal (Box–Muller)
    std::uint64_t state(int i) const { return s_[i]; }
    void setState(int i, std::uint64_t v) { s_[i] = v; }

private:
    std::uint64_t s_[4];
};

} // namespace economics
