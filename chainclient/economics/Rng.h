#pragma once
// Deterministic random numbers for the simulator: xoshiro256** seeded by SplitMix64.
// std::*_distribution is not portable across standard libraries, so we derive our own
// uniform doubles and ranges to keep "same seed → same state hash" everywhere.

#include <cstdint>

namespace economics {

class Rng {
public:
    explicit Rng(std::uint64_t seed = 0);
    // Inline: the participants draw millions of numbers per simulated day.
    std::uint64_t next() {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // uniform(-1, 1) bit for bit (the scalings by 2 are exact) with one multiplication less.
    double symmetric() { return static_cast<double>(next() >> 11) * 0x1p-52 - 1.0; }
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : next() % n; } // [0, n), n > 0
    bool chance(double p) { return uniform() < p; }
    double normal();                                   // standard normal (Box–Muller)
    std::uint64_t state(int i) const { return s_[i]; }
    void setState(int i, std::uint64_t v) { s_[i] = v; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t s_[4];
};

} // namespace economics
