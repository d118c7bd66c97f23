#include "chainclient/economics/Registration.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>

namespace economics {

namespace {

constexpr std::uint64_t kQ32One = 1ULL << 32;

std::uint64_t mulQ32(std::uint64_t value, std::uint64_t factorQ32) {
    const u128 shifted = (static_cast<u128>(value) * factorQ32) >> 32;
    return shifted > std::numeric_limits<std::uint64_t>::max() ? std::numeric_limits<std::uint64_t>::max()
                                                               : static_cast<std::uint64_t>(shifted);
}

// Square-and-multiply in Q32, flooring at every step exactly like the chain, so the binary
// search below lands on the same factor.
std::uint64_t powQ32(std::uint64_t base, std::uint32_t exp) {
    std::uint64_t result = kQ32One;
    std::uint64_t factor = base;
    while (exp > 0) {
        if (exp & 1U)
            result = mulQ32(result, factor);
        exp >>= 1U;
        if (exp > 0)
            factor = mulQ32(factor, factor);
    }
    return result;
}

std::uint64_t saturatingAdd(std::uint64_t a, std::uint64_t b) {
    std::uint64_t r = 0;
    return __builtin_add_overflow(a, b, &r) ? std::numeric_limits<std::uint64_t>::max() : r;
}

} // namespace

std::uint64_t effectiveLockReductionInterval(std::uint64_t interval, Rao blockEmission) {
    // blockEmission / 1e9 is an exact power of two, so integer mulDiv equals the chain's fixed point.
    const u128 r = static_cast<u128>(interval) * blockEmission.rao() / kRaoPerTao;
    return r > std::numeric_limits<std::uint64_t>::max() ? std::numeric_limits<std::uint64_t>::max()
                                                         : static_cast<std::uint64_t>(r);
}

Rao networkLockCost(Rao lastLock, BlockNumber lastLockBlock, BlockNumber now, Rao minLock,
                    std::uint64_t effectiveInterval) {
    const std::uint64_t mult = lastLockBlock == 0 ? 1 : 2;
    u128 doubled = static_cast<u128>(lastLock.rao()) * mult;
    const std::uint64_t perBlock = effectiveInterval == 0 ? 0 : lastLock.rao() / effectiveInterval;
    const std::uint64_t elapsed = now > lastLockBlock ? now - lastLockBlock : 0;
    const u128 decay = static_cast<u128>(perBlock) * elapsed;
    const u128 cost = decay >= doubled ? 0 : doubled - decay;
    const std::uint64_t capped = cost > std::numeric_limits<std::uint64_t>::max()
                                     ? std::numeric_limits<std::uint64_t>::max()
                                     : static_cast<std::uint64_t>(cost);
    return std::max(Rao::fromRao(capped), minLock);
}

std::uint64_t burnDecayFactorQ32(std::uint16_t halfLife) {
    if (halfLife == 0)
        return kQ32One;
    const std::uint64_t half = kQ32One >> 1;
    std::uint64_t lo = 0;
    std::uint64_t hi = kQ32One;
    while (lo + 1 < hi) {
        const std::uint64_t mid = lo + ((hi - lo) >> 1);
        if (powQ32(mid, halfLife) > half)
            hi = mid;
        else
            lo = mid;
    }
    return lo;
}

Rao decayBurn(Rao burn, std::uint16_t halfLife) {
    if (halfLife == 0)
        return burn;
    return Rao::fromRao(mulQ32(burn.rao(), burnDecayFactorQ32(halfLife)));
}

Rao bumpBurn(Rao burn, double mult) {
    if (!(mult > 1.0))
        return burn; // the chain never lets the multiplier lower the price
    // mult·2^64 is exact for a double (scaling by a power of two); split into integer and
    // fractional Q64 parts so burn·mult floors exactly without overflowing 128 bits.
    const double whole = std::floor(mult);
    if (whole >= 18446744073709551616.0)
        return Rao::max();
    const auto intPart = static_cast<std::uint64_t>(whole);
    const auto fracBits = static_cast<std::uint64_t>(std::ldexp(mult - whole, 64));
    const u128 intProduct = static_cast<u128>(burn.rao()) * intPart;
    const u128 fracProduct = (static_cast<u128>(burn.rao()) * fracBits) >> 64;
    const u128 total = intProduct + fracProduct;
    return total > std::numeric_limits<std::uint64_t>::max()
               ? Rao::max()
               : Rao::fromRao(static_cast<std::uint64_t>(total));
}

Rao clampBurn(Rao burn, Rao minBurn, Rao maxBurn) {
    if (burn < minBurn)
        return minBurn;
    if (burn > maxBurn)
        return maxBurn;
    return burn;
}

double medianSubnetPrice(std::span<const SubnetPrice> prices) {
    std::vector<double> p;
    p.reserve(prices.size());
    for (const SubnetPrice& sp : prices)
        if (!sp.netuid.isRoot() && sp.price > 0.0)
            p.push_back(sp.price);
    if (p.empty())
        return 1.0;
    std::sort(p.begin(), p.end());
    const std::size_t mid = p.size() / 2;
    if (p.size() % 2 == 1)
        return p[mid];
    return (p[mid - 1] + p[mid]) / 2.0;
}

AlphaRao seedAlphaIn(Rao poolTao, double price) {
    if (!(price > 0.0))
        return AlphaRao::zero();
    return AlphaRao::fromRao(floorToRao(static_cast<double>(poolTao.rao()) / price));
}

std::optional<NetUid> subnetToPrune(std::span<const SubnetPruneCandidate> subnets, BlockNumber now,
                                    std::uint64_t immunityPeriod) {
    const SubnetPruneCandidate* best = nullptr;
    for (const SubnetPruneCandidate& s : subnets) {
        if (s.netuid.isRoot())
            continue;
        if (now < saturatingAdd(s.registeredAt, immunityPeriod))
            continue;
        if (best == nullptr || s.emaPrice < best->emaPrice ||
            (s.emaPrice == best->emaPrice &&
             (s.registeredAt < best->registeredAt ||
              (s.registeredAt == best->registeredAt && s.netuid < best->netuid))))
            best = &s;
    }
    if (best == nullptr)
        return std::nullopt;
    return best->netuid;
}

std::optional<std::uint16_t> neuronToPrune(std::span<const NeuronPruneCandidate> neurons, BlockNumber now,
                                           std::uint64_t immunityPeriod, std::uint16_t minNonImmune) {
    auto better = [](const NeuronPruneCandidate& a, const NeuronPruneCandidate* b) {
        if (b == nullptr)
            return true;
        if (a.emission != b->emission)
            return a.emission < b->emission;
        if (a.registeredAt != b->registeredAt)
            return a.registeredAt < b->registeredAt;
        return a.uid < b->uid;
    };
    const NeuronPruneCandidate* bestFree = nullptr;
    const NeuronPruneCandidate* bestImmune = nullptr;
    std::size_t freeCount = 0;
    for (const NeuronPruneCandidate& c : neurons) {
        if (c.immortal)
            continue;
        const std::uint64_t age = now > c.registeredAt ? now - c.registeredAt : 0;
        if (age < immunityPeriod) {
            if (better(c, bestImmune))
                bestImmune = &c;
        } else {
            ++freeCount;
            if (better(c, bestFree))
                bestFree = &c;
        }
    }
    if (bestFree != nullptr && freeCount > minNonImmune)
        return bestFree->uid;
    if (bestImmune != nullptr)
        return bestImmune->uid;
    // Mirrors the chain: with too few free UIDs and no immune one, nothing is chosen.
    return std::nullopt;
}

namespace {

// Mid-pivot partitions that are branch-free (each value is written to both ends, only the
// matching cursor advances): on random values std::nth_element's mispredicted branches cost
// several times as much.
KthLargest partitionSelect(double* v, double* tmp, std::size_t n, std::size_t k) {
    std::size_t above = 0;
    while (n > 1) {
        const double pivot = v[n / 2];
        std::size_t nHigh = 0, nLow = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double x = v[i];
            tmp[nHigh] = x;
            tmp[n - 1 - nLow] = x;
            nHigh += x > pivot ? 1U : 0U;
            nLow += x < pivot ? 1U : 0U;
        }
        if (k <= nHigh) {
            std::swap(v, tmp);
            n = nHigh;
        } else if (k > n - nLow) {
            k -= n - nLow;
            above += n - nLow; // everything at or above the pivot is above the answer
            double* lower = tmp + (n - nLow);
            tmp = v;
            v = lower;
            n = nLow;
        } else {
            return {pivot, above + nHigh};
        }
    }
    return {v[0], above};
}

// A key whose unsigned order is the order of the doubles (±0 both map to +0's key).
std::uint64_t orderKey(double x) {
    std::uint64_t bits;
    x += 0.0; // −0 → +0: equal values must share a bucket
    std::memcpy(&bits, &x, sizeof bits);
    return bits ^ (static_cast<std::uint64_t>(static_cast<std::int64_t>(bits) >> 63) | (1ULL << 63));
}

double fromOrderKey(std::uint64_t key) {
    const std::uint64_t bits = key ^ ((key >> 63) ? (1ULL << 63) : ~0ULL);
    double x;
    std::memcpy(&x, &bits, sizeof x);
    return x;
}

} // namespace

KthLargest kthLargest(double* v, double* tmp, std::size_t n, std::size_t k) {
    // Below this the partitions' ~3.4 passes are cheaper than the histogram's fixed costs.
    constexpr std::size_t kPartitionBelow = 48;
    if (n < kPartitionBelow) return partitionSelect(v, tmp, n, k);
    double lo = v[0], hi = v[0];
    for (std::size_t i = 1; i < n; ++i) {
        const double x = v[i];
        lo = x < lo ? x : lo;
        hi = hi < x ? x : hi;
    }
    const std::uint64_t keyLo = orderKey(lo), range = orderKey(hi) - keyLo;
    if (range == 0) return {hi, 0};
    // 256 buckets, equal widths in key space: about exponentially growing in value, so skewed
    // stakes spread as well as uniform scores. A bucket's values are all below the next one's.
    constexpr int kBits = 8;
    const int shift = std::max(0, static_cast<int>(std::bit_width(range)) - kBits);
    std::uint32_t count[1U << kBits] = {};
    const std::size_t last = range >> shift;
    // The min() only matters for a NaN, which must not write outside `count`.
    for (std::size_t i = 0; i < n; ++i) ++count[std::min<std::size_t>((orderKey(v[i]) - keyLo) >> shift, last)];
    std::size_t b = last, above = 0;
    while (above + count[b] < k) above += count[b--];
    // The k-th largest lies in bucket b: gather it (bounds as doubles, one compare each) and
    // select inside it; v is free by then and serves as the scratch.
    const double lower = fromOrderKey(keyLo + (static_cast<std::uint64_t>(b) << shift));
    const bool top = b == last;
    const double upper = top ? 0.0 : fromOrderKey(keyLo + (static_cast<std::uint64_t>(b + 1) << shift));
    std::size_t m = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = v[i];
        tmp[m] = x;
        m += static_cast<std::size_t>((x >= lower) & (top | (x < upper)));
    }
    const KthLargest inside = kthLargest(tmp, v, m, k - above);
    return {inside.value, above + inside.above};
}

std::size_t keepLargest(double* score, std::uint16_t* tag, std::size_t n, std::size_t k, double* scratch) {
    if (k >= n) return n;
    if (k == 0) return 0;
    const auto [lo, hi] = std::minmax_element(score, score + n);
    return keepLargest(score, tag, n, k, scratch, *lo, *hi);
}

std::size_t keepLargest(double* score, std::uint16_t* tag, std::size_t n, std::size_t k, double* scratch, double lowest,
                        double highest) {
    if (k >= n) return n;
    if (k == 0) return 0;
    assert(std::all_of(score, score + n, [=](double x) { return lowest <= x && x <= highest; }));
    double kth = 0;
    std::size_t above = 0, m = n;
    // Any bounds give the same result: the buckets only narrow the search, and every bucket
    // holds whole runs of equal scores with larger scores in lower buckets.
    // 64 buckets: the walk to the k-th largest's bucket is a quarter of 256's, for a few more
    // entries in that bucket (about n/64 at the sizes of the simulation).
    constexpr int kBuckets = 64;
    const double top = highest, width = top - lowest, scale = (kBuckets - 1) / width;
    constexpr std::size_t kHistogramFrom = 64;
    if (n >= kHistogramFrom && width > 0 && width <= std::numeric_limits<double>::max() &&
        scale <= std::numeric_limits<double>::max()) {
        // Equal-width buckets counted from the top ((top − x)·scale is monotone in x and
        // below kBuckets): the k-th largest lies in the first bucket where the count reaches k.
        // One pass then drops everything below that bucket, in order: about k entries are left
        // instead of n, and the selection runs on that bucket's own values.
        const auto bucket = [top, scale](double x) { return static_cast<int>((top - x) * scale); };
        // Each entry's bucket is kept for the second pass in scratch's second half (free until
        // the selection below).
        auto* const buckets = reinterpret_cast<std::uint8_t*>(scratch + n);
        std::uint32_t count[kBuckets] = {};
        for (std::size_t i = 0; i < n; ++i) {
            const int d = bucket(score[i]);
            buckets[i] = static_cast<std::uint8_t>(d);
            ++count[d];
        }
        int b = 0;
        while (above + count[b] < k) above += count[b++];
        m = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double x = score[i];
            score[m] = x; // m <= i: nothing unread is overwritten
            tag[m] = tag[i];
            m += static_cast<std::size_t>(buckets[i] <= b);
        }
        std::size_t gathered = 0;
        for (std::size_t i = 0; i < m; ++i) {
            scratch[gathered] = score[i];
            gathered += static_cast<std::size_t>(bucket(score[i]) == b);
        }
        const KthLargest inside = partitionSelect(scratch, scratch + gathered, gathered, k - above);
        kth = inside.value;
        above += inside.above;
    } else {
        std::copy(score, score + n, scratch);
        const KthLargest all = kthLargest(scratch, scratch + n, n, k);
        kth = all.value;
        above = all.above;
    }
    // Everything above the k-th largest, then the earliest ones tied at it. Branch-free: on
    // random scores a branch mispredicted about every other entry.
    std::size_t ties = k - above, kept = 0;
    for (std::size_t x = 0; x < m; ++x) {
        const double e = score[x];
        const std::uint16_t t = tag[x];
        const bool tie = (e == kth) & (ties > 0);
        score[kept] = e; // kept <= x
        tag[kept] = t;
        kept += static_cast<std::size_t>((e > kth) | tie);
        ties -= static_cast<std::size_t>(tie);
    }
    return k;
}

std::vector<std::uint8_t> validatorPermits(std::span<const double> stake, std::size_t k) {
    std::vector<std::uint8_t> permit;
    validatorPermits(stake, k, permit);
    return permit;
}

void validatorPermits(std::span<const double> stake, std::size_t k, std::vector<std::uint8_t>& permit) {
    const std::size_t n = stake.size();
    permit.resize(n);
    // Through a local pointer: stores of uint8_t may alias anything, so permit.data() was
    // reloaded on every write.
    std::uint8_t* const out = permit.data();
    if (k == 0) {
        std::fill(out, out + n, std::uint8_t{0});
        return;
    }
    // The n − k lowest by (stake, index) lose their permit. Select the (n − k)-th smallest stake
    // on plain doubles (every epoch runs this), then break ties at that stake by index.
    // Most UIDs of a subnet are miners with no stake: with no negative stakes the zeros are the
    // lowest, so only the positive stakes need the selection, and none when k of them or fewer.
    // One pass sets the permits of non-zero stakes and gathers those stakes.
    thread_local std::vector<double> sorted, scratch;
    sorted.resize(n);
    double* const gathered = sorted.data();
    bool negative = false;
    std::size_t nonZero = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double st = stake[i];
        const bool kept = st != 0.0;
        negative |= st < 0.0;
        out[i] = kept ? 1 : 0;
        gathered[nonZero] = st; // kept only when non-zero: the cursor advances past it
        nonZero += kept ? 1U : 0U;
    }
    if (n <= k)
        return;
    sorted.resize(nonZero);
    if (!negative && sorted.size() <= k)
        return;
    std::size_t rank = n - k;
    if (negative) {
        sorted.assign(stake.begin(), stake.end());
    } else {
        rank -= n - sorted.size(); // the zeros sit below every positive stake
    }
    // The rank-th smallest (0-based) is the (size − rank)-th largest.
    scratch.resize(sorted.size());
    const double threshold = kthLargest(sorted.data(), scratch.data(), sorted.size(), sorted.size() - rank).value;
    std::size_t tiesToDrop = n - k;
    for (std::size_t i = 0; i < n; ++i)
        if (stake[i] < threshold)
            --tiesToDrop;
    for (std::size_t i = 0; i < n; ++i) {
        if (stake[i] < threshold) {
            out[i] = 0;
        } else if (stake[i] == threshold && tiesToDrop > 0) {
            out[i] = 0;
            --tiesToDrop;
        }
    }
}

std::vector<Rao> distributeProRata(Rao pot, std::span<const std::uint64_t> values) {
    std::vector<Rao> out(values.size(), Rao::zero());
    u128 total = 0;
    for (std::uint64_t v : values)
        total += v;
    if (pot.isZero() || total == 0)
        return out;
    struct Portion {
        std::size_t index;
        u128 remainder;
    };
    // Every epoch splits several pots this way: reuse the buffer, divide once per value (the
    // remainder follows from the quotient), and in 64 bits when the product fits.
    thread_local std::vector<Portion> portions;
    portions.clear();
    u128 distributed = 0;
    const bool narrow = total <= UINT64_MAX;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i] == 0)
            continue;
        const u128 product = static_cast<u128>(pot.rao()) * values[i];
        std::uint64_t share = 0; // ≤ pot
        u128 remainder = 0;
        if (narrow && product <= UINT64_MAX) {
            const auto p = static_cast<std::uint64_t>(product), t = static_cast<std::uint64_t>(total);
            share = p / t;
            remainder = p - share * t;
        } else {
            share = static_cast<std::uint64_t>(product / total);
            remainder = product - static_cast<u128>(share) * total;
        }
        out[i] = Rao::fromRao(share);
        distributed += share;
        portions.push_back({i, remainder});
    }
    // The `leftover` largest remainders (earlier index first on ties, as a stable sort by
    // remainder would order them) get one rao each; leftover < number of portions.
    const auto leftover = static_cast<std::size_t>(static_cast<u128>(pot.rao()) - distributed);
    if (leftover == 0)
        return out;
    auto larger = [](const Portion& a, const Portion& b) {
        return a.remainder > b.remainder || (a.remainder == b.remainder && a.index < b.index);
    };
    if (leftover < portions.size())
        std::nth_element(portions.begin(), portions.begin() + static_cast<std::ptrdiff_t>(leftover), portions.end(), larger);
    for (std::size_t k = 0; k < leftover && k < portions.size(); ++k)
        out[portions[k].index] += Rao::fromRao(1);
    return out;
}

} // namespace economics
