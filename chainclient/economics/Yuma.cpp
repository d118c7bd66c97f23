#include "chainclient/economics/Yuma.h"

#include "chainclient/economics/Registration.h"
#include "chainclient/economics/YumaInternal.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace economics {

namespace yuma_detail {

void divideBy(std::vector<double>& v, double sum) {
    if (sum == 0.0)
        return;
    for (double& x : v)
        x /= sum;
}

void normalize(std::vector<double>& v) {
    double sum = 0.0;
    for (double x : v)
        sum += x;
    divideBy(v, sum);
}

} // namespace yuma_detail

namespace {

using yuma_detail::normalize;
using yuma_detail::Vote;
using yuma_detail::quantileFromTop;

// Column-normalises a rows×n row-major matrix (columns summing to 0 stay 0).
void colNormalize(std::vector<double>& mat, std::size_t n, std::size_t rows) {
    std::vector<double> inv(n, 0.0);
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < n; ++j)
            inv[j] += mat[i * n + j];
    for (double& s : inv)
        s = s != 0.0 ? 1.0 / s : 0.0;
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (inv[j] != 0.0)
                mat[i * n + j] *= inv[j];
}

// The chain's mid-pivot partition search for the stake-weighted κ-quantile. It returns the
// score whose stake interval [below, below + equal) (summed in ascending score order) holds
// the minority point, the top score when minority ≥ total and the lowest when minority < 0.
// The partition is branch-free: scores are effectively random, and mispredicted branches
// were most of an epoch's cost. `v` and `tmp` hold `count` votes each; `v` is clobbered.
} // namespace

namespace yuma_detail {

namespace {

// The search's last step on two votes, written out: the pivot is b, which is neither low nor
// high, so each stake sum is a's stake or 0 (0 + s + 0 == s for the non-negative stakes).
inline double lastPair(const Vote& a, const Vote& b, double below, double total, double minority) {
    const double pivot = b.score;
    if (a.score < pivot) return minority < below + a.stake - kTieEps ? a.score : pivot;
    if (a.score > pivot) return below + total - a.stake <= minority + kTieEps ? a.score : pivot;
    return pivot;
}

// The step on three votes (pivot v[1]), written out with the general step's sums and order:
// lows keep their order, highs come out reversed.
inline double lastTriple(const Vote* v, double below, double total, double minority) {
    const double pivot = v[1].score;
    const Vote& x = v[0];
    const Vote& z = v[2];
    const bool xLow = x.score < pivot, zLow = z.score < pivot;
    const bool xHigh = x.score > pivot, zHigh = z.score > pivot;
    const double lowStake = (xLow ? x.stake : 0.0) + (zLow ? z.stake : 0.0);
    const double highStake = (xHigh ? x.stake : 0.0) + (zHigh ? z.stake : 0.0);
    if ((xLow || zLow) && minority < below + lowStake - kTieEps) {
        if (xLow && zLow) return lastPair(x, z, below, lowStake, minority);
        return xLow ? x.score : z.score;
    }
    if ((xHigh || zHigh) && below + total - highStake <= minority + kTieEps) {
        below += total - highStake;
        if (xHigh && zHigh) return lastPair(z, x, below, highStake, minority);
        return xHigh ? x.score : z.score;
    }
    return pivot;
}

// The step on four votes (pivot v[2]), the same way; the lows and the reversed highs are
// gathered branch-free into arrays of three.
inline double lastQuad(const Vote* v, double below, double total, double minority) {
    const double pivot = v[2].score;
    Vote low[3], high[3];
    std::size_t nLow = 0, nHigh = 0;
    double lowStake = 0.0, highStake = 0.0;
    for (const std::size_t i : {0U, 1U, 3U}) {
        const Vote x = v[i];
        const bool isLow = x.score < pivot, isHigh = x.score > pivot;
        low[nLow] = x;
        high[2 - nHigh] = x; // from the back: the general step's reversed order
        lowStake += isLow ? x.stake : 0.0;
        highStake += isHigh ? x.stake : 0.0;
        nLow += isLow ? 1U : 0U;
        nHigh += isHigh ? 1U : 0U;
    }
    const auto finish = [minority](const Vote* list, std::size_t count, double under, double stake) {
        if (count == 3) return lastTriple(list, under, stake, minority);
        if (count == 2) return lastPair(list[0], list[1], under, stake, minority);
        return list[0].score;
    };
    if (nLow > 0 && minority < below + lowStake - kTieEps) return finish(low, nLow, below, lowStake);
    if (nHigh > 0 && below + total - highStake <= minority + kTieEps)
        return finish(high + (3 - nHigh), nHigh, below + (total - highStake), highStake);
    return pivot;
}

} // namespace

double quantileFromTop(Vote* v, Vote* tmp, std::size_t count, double total, double minority) {
    double below = 0.0; // stake of all votes under the current partition
    // Two to four votes (over two thirds of the steps in the simulation) are written out below.
    while (count > 4) {
        const double pivot = v[count / 2].score;
        std::size_t nLow = 0;
        std::size_t nHigh = 0;
        double lowStake = 0.0;
        double highStake = 0.0;
        // Lower votes fill tmp from the front, higher ones from the back; a vote is written
        // to both slots and only the matching cursor advances, so nothing kept is overwritten.
        for (std::size_t i = 0; i < count; ++i) {
            const Vote x = v[i];
            const bool isLow = x.score < pivot;
            const bool isHigh = x.score > pivot;
            tmp[nLow] = x;
            tmp[count - 1 - nHigh] = x;
            lowStake += isLow ? x.stake : 0.0;
            highStake += isHigh ? x.stake : 0.0;
            nLow += isLow ? 1U : 0U;
            nHigh += isHigh ? 1U : 0U;
        }
        if (nLow > 0 && minority < below + lowStake - kTieEps) {
            std::swap(v, tmp);
            count = nLow;
            total = lowStake;
        } else if (nHigh > 0 && below + total - highStake <= minority + kTieEps) {
            below += total - highStake;
            Vote* upper = tmp + (count - nHigh);
            tmp = v;
            v = upper;
            count = nHigh;
            total = highStake;
        } else {
            return pivot;
        }
    }
    if (count == 4) return lastQuad(v, below, total, minority);
    if (count == 3) return lastTriple(v, below, total, minority);
    if (count == 2) return lastPair(v[0], v[1], below, total, minority);
    return count == 1 ? v[0].score : 0.0;
}

double liquidAlphaOf(const LiquidAlpha& la, double d) {
    const double sigmoid = 1.0 / (1.0 + std::exp(-(la.steepness / 100.0) * (d - 0.5)));
    return std::clamp(la.low + sigmoid * (la.high - la.low), la.low, la.high);
}

void prelude(const EpochInput& in, EpochResult& r, std::vector<char>& permit) {
    const std::size_t n = in.n;
    auto checkVec = [n](std::size_t size, bool optional, const char* what) {
        if (size != n && !(optional && size == 0))
            throw std::invalid_argument(std::string("runEpoch: bad size of ") + what);
    };
    checkVec(in.stakes.size(), false, "stakes");
    checkVec(in.validatorPermits.size(), true, "validatorPermits");
    checkVec(in.active.size(), true, "active");
    checkVec(in.recentlyRegistered.size(), true, "recentlyRegistered");
    checkVec(in.weightsSetAt.size(), true, "weightsSetAt");
    checkVec(in.registeredAt.size(), true, "registeredAt");
    r.n = n;
    const bool hasOwner = in.ownerUid && *in.ownerUid < n;
    const std::size_t owner = hasOwner ? *in.ownerUid : n;

    // The normalisations' sums are taken in the loops that write the values (same order, same
    // sums): every pass over the n UIDs counts in the chain's epoch.
    r.stake.resize(n);
    double stakeSum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double st = (i != owner && in.stakes[i] < in.stakeThreshold) ? 0.0 : std::max(0.0, in.stakes[i]);
        r.stake[i] = st;
        stakeSum += st;
    }
    divideBy(r.stake, stakeSum);

    // Permits: this epoch filters by the previous permits and hands out new ones. Only their
    // truth is read, so the input bytes are copied as they are.
    if (in.validatorPermits.empty())
        permit.assign(n, 0);
    else
        permit.assign(in.validatorPermits.begin(), in.validatorPermits.end());
    if (hasOwner)
        permit[owner] = 1;
    validatorPermits(r.stake, in.maxValidators, r.validatorPermits);
    if (hasOwner)
        r.validatorPermits[owner] = 1;

    r.activeStake.resize(n);
    double activeSum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const bool active = in.active.empty() || in.active[i];
        const double a = active && permit[i] ? r.stake[i] : 0.0;
        r.activeStake[i] = a;
        activeSum += a;
    }
    divideBy(r.activeStake, activeSum);
}

} // namespace yuma_detail

double weightedMedian(std::span<const double> stake, std::span<const double> score, double majority) {
    if (stake.size() != score.size())
        throw std::invalid_argument("weightedMedian: size mismatch");
    double sum = 0.0;
    for (double st : stake)
        if (st > 0.0)
            sum += st;
    if (sum == 0.0)
        return 0.0;
    std::vector<Vote> cur;
    for (std::size_t i = 0; i < stake.size(); ++i)
        if (stake[i] > 0.0)
            cur.push_back({score[i], stake[i] / sum});
    double normSum = 0.0;
    for (const Vote& v : cur)
        normSum += v.stake;
    std::vector<Vote> tmp(cur.size());
    return quantileFromTop(cur.data(), tmp.data(), cur.size(), normSum, normSum - majority);
}

std::vector<double> weightedMedianCol(std::span<const double> stake, std::span<const double> matrix,
                                      std::size_t cols, double majority) {
    const std::size_t rows = stake.size();
    if (matrix.size() != rows * cols)
        throw std::invalid_argument("weightedMedianCol: size mismatch");
    std::vector<double> median(cols, 0.0);
    double sum = 0.0;
    for (double st : stake)
        if (st > 0.0)
            sum += st;
    if (sum == 0.0)
        return median;
    std::vector<std::size_t> voters;
    std::vector<double> useStake;
    for (std::size_t i = 0; i < rows; ++i) {
        if (stake[i] > 0.0) {
            voters.push_back(i);
            useStake.push_back(stake[i] / sum);
        }
    }
    double normSum = 0.0;
    for (double st : useStake)
        normSum += st;
    const double minority = normSum - majority;
    const std::size_t m = voters.size();
    std::vector<Vote> cur(m);
    std::vector<Vote> tmp(m);
    for (std::size_t j = 0; j < cols; ++j) {
        bool any = false;
        for (std::size_t k = 0; k < m; ++k) {
            const double score = matrix[voters[k] * cols + j]; // few rows: they stay in L1
            cur[k] = {score, useStake[k]};
            any = any || score != 0.0;
        }
        if (!any)
            continue; // every voter at 0: the quantile is 0
        median[j] = quantileFromTop(cur.data(), tmp.data(), m, normSum, minority);
    }
    return median;
}

std::vector<std::uint16_t> bondsToU16(std::span<const double> bonds) {
    std::vector<std::uint16_t> out(bonds.size());
    for (std::size_t k = 0; k < bonds.size(); ++k)
        out[k] = toU16Proportion(bonds[k]);
    return out;
}

const double* u16ProportionTable() {
    static const std::vector<double> table = [] {
        std::vector<double> t(65536);
        for (std::size_t u = 0; u < t.size(); ++u)
            t[u] = static_cast<double>(u) / 65535.0;
        return t;
    }();
    return table.data();
}

std::vector<double> bondsFromU16(std::span<const std::uint16_t> bonds) {
    std::vector<double> out(bonds.size());
    for (std::size_t k = 0; k < bonds.size(); ++k)
        out[k] = static_cast<double>(bonds[k]) / 65535.0;
    return out;
}

EpochResult runEpoch(const EpochInput& in) {
    EpochResult r;
    runEpoch(in, r);
    return r;
}

void runEpoch(const EpochInput& in, EpochResult& r) {
    if (in.sparse) {
        yuma_detail::runEpochSparse(in, r);
        return;
    }
    // The dense path: the reference the sparse one is tested against, and the §8.4 vectors' form.
    const std::size_t n = in.n;
    const bool compact = !in.rowUids.empty();
    const std::size_t inRows = compact ? in.rowUids.size() : n;
    if (in.weights.size() != inRows * n)
        throw std::invalid_argument("runEpoch: weights must be n×n (or rows×n in compact form)");
    if (!in.bonds.empty() && in.bonds.size() != inRows * n)
        throw std::invalid_argument("runEpoch: bonds must match the weights' shape or be empty");
    // Input row of each UID, or npos when it has neither weights nor bonds.
    constexpr std::size_t npos = static_cast<std::size_t>(-1);
    std::vector<std::size_t> inRow(n, npos);
    for (std::size_t k = 0; k < inRows; ++k) {
        const std::size_t uid = compact ? in.rowUids[k] : k;
        if (uid >= n)
            throw std::invalid_argument("runEpoch: row UID out of range");
        inRow[uid] = k;
    }
    std::vector<char> permit;
    yuma_detail::prelude(in, r, permit);
    r.bondRows.clear();
    r.sparseBonds.clear();
    const bool hasOwner = in.ownerUid && *in.ownerUid < n;
    const std::size_t owner = hasOwner ? *in.ownerUid : n;

    // Only rows that set weights (permitted) or still hold bonds take part; the matrices below
    // are m×n over those rows, row k standing for UID rows[k].
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t src = inRow[i];
        const bool hasBondRow =
            !in.bonds.empty() && src != npos &&
            std::any_of(in.bonds.begin() + static_cast<std::ptrdiff_t>(src * n),
                        in.bonds.begin() + static_cast<std::ptrdiff_t>((src + 1) * n), [](double b) { return b != 0.0; });
        // In compact form a UID without an input row has no weights and no bonds: its row
        // would be all zeros (no consensus vote, no rank, no bonds, no dividends), so skip it.
        if (compact && src == npos)
            continue;
        if (permit[i] || hasBondRow)
            rows.push_back(i);
    }
    const std::size_t m = rows.size();
    std::vector<double> rowStake(m);
    for (std::size_t k = 0; k < m; ++k)
        rowStake[k] = r.activeStake[rows[k]];

    // Weights: permitted rows only, no self-weight (bar the owner), no outdated entries.
    std::vector<double> w(m * n, 0.0);
    const bool maskOutdated = !in.weightsSetAt.empty() && !in.registeredAt.empty();
    for (std::size_t k = 0; k < m; ++k) {
        const std::size_t i = rows[k];
        if (!permit[i] || inRow[i] == npos)
            continue;
        double* row = &w[k * n];
        const double* src = &in.weights[inRow[i] * n];
        double sum = 0.0;
        for (std::size_t j = 0; j < n; ++j) {
            double v = std::max(0.0, src[j]);
            if (maskOutdated && in.weightsSetAt[i] <= in.registeredAt[j])
                v = 0.0;
            row[j] = v;
        }
        if (i != owner)
            row[i] = 0.0;
        for (std::size_t j = 0; j < n; ++j)
            sum += row[j];
        if (sum > 0.0) {
            const double inv = 1.0 / sum;
            for (std::size_t j = 0; j < n; ++j)
                row[j] *= inv;
        }
    }

    // Consensus and clipping.
    r.consensus = weightedMedianCol(rowStake, w, n, in.kappa);
    // Clipped weights feed trust and ranks; the weights that build bonds interpolate from raw
    // to clipped by the bonds penalty, computed in the same pass (in place of W).
    r.validatorTrust.assign(n, 0.0);
    std::vector<double> ranks(n, 0.0);
    std::vector<double> preRanks(n, 0.0);
    const double beta = in.bondsPenalty;
    for (std::size_t k = 0; k < m; ++k) {
        double trust = 0.0;
        double* row = &w[k * n];
        const double a = rowStake[k];
        for (std::size_t j = 0; j < n; ++j) {
            const double c = std::min(row[j], r.consensus[j]);
            trust += c;
            ranks[j] += a * c;
            preRanks[j] += a * row[j];
            row[j] += beta * (c - row[j]);
        }
        r.validatorTrust[rows[k]] = trust;
    }
    r.trust.assign(n, 0.0);
    for (std::size_t j = 0; j < n; ++j)
        r.trust[j] = preRanks[j] > 0.0 ? ranks[j] / preRanks[j] : 0.0;
    normalize(ranks);
    r.incentive = ranks;
    const std::vector<double>& wb = w;

    std::vector<double> bonds(m * n, 0.0);
    if (!in.bonds.empty()) {
        for (std::size_t k = 0; k < m; ++k)
            if (inRow[rows[k]] != npos)
                std::copy_n(in.bonds.begin() + static_cast<std::ptrdiff_t>(inRow[rows[k]] * n), n,
                            bonds.begin() + static_cast<std::ptrdiff_t>(k * n));
        for (std::size_t j = 0; j < in.recentlyRegistered.size(); ++j)
            if (in.recentlyRegistered[j])
                for (std::size_t k = 0; k < m; ++k)
                    bonds[k * n + j] = 0.0;
    }

    std::vector<double> ema(m * n, 0.0);
    r.dividends.assign(n, 0.0);
    const double fixedAlpha = 1.0 - in.bondsMovingAverage / 1e6;
    if (in.variant == YumaVariant::Yuma3) {
        const bool liquid = in.liquidAlpha && std::any_of(r.consensus.begin(), r.consensus.end(),
                                                          [](double c) { return c != 0.0; });
        const LiquidAlpha la = in.liquidAlpha.value_or(LiquidAlpha{});
        auto liquidAlpha = [&la](double d) { return yuma_detail::liquidAlphaOf(la, d); };
        const double alphaAtZero = liquidAlpha(0.0); // weight at or under consensus: the common case
        for (std::size_t k = 0; k < m; ++k)
            for (std::size_t j = 0; j < n; ++j) {
                const double wv = wb[k * n + j];
                const double bv = bonds[k * n + j];
                if (wv == 0.0 && bv == 0.0)
                    continue;
                double alpha = fixedAlpha;
                if (liquid) {
                    // Buying in above consensus is slow; selling out of a bond is fast.
                    const double d =
                        wv >= bv ? std::clamp(wv - r.consensus[j], 0.0, 1.0) : std::clamp(bv - wv, 0.0, 1.0);
                    alpha = d == 0.0 ? alphaAtZero : liquidAlpha(d);
                }
                ema[k * n + j] = std::min(1.0, (1.0 - alpha) * bv + std::max(0.0, alpha * wv));
            }
        std::vector<double>& norm = bonds; // reused: previous bonds are no longer needed
        norm = ema;
        colNormalize(norm, n, m);
        for (std::size_t k = 0; k < m; ++k) {
            double total = 0.0;
            for (std::size_t j = 0; j < n; ++j)
                total += norm[k * n + j] * r.incentive[j];
            r.dividends[rows[k]] = total * rowStake[k];
        }
        normalize(r.dividends);
    } else {
        colNormalize(bonds, n, m);
        std::vector<double>& delta = ema;
        for (std::size_t k = 0; k < m; ++k)
            for (std::size_t j = 0; j < n; ++j)
                delta[k * n + j] = wb[k * n + j] * rowStake[k];
        colNormalize(delta, n, m);
        for (std::size_t x = 0; x < m * n; ++x)
            ema[x] = fixedAlpha * delta[x] + (1.0 - fixedAlpha) * bonds[x];
        colNormalize(ema, n, m);
        for (std::size_t k = 0; k < m; ++k) {
            double total = 0.0;
            for (std::size_t j = 0; j < n; ++j)
                total += ema[k * n + j] * r.incentive[j];
            r.dividends[rows[k]] = total;
        }
        normalize(r.dividends);
        // Stored bonds are column max-upscaled so the largest holder of each column reads 1.
        std::vector<double> colMax(n, 0.0);
        for (std::size_t k = 0; k < m; ++k)
            for (std::size_t j = 0; j < n; ++j)
                colMax[j] = std::max(colMax[j], ema[k * n + j]);
        for (std::size_t k = 0; k < m; ++k)
            for (std::size_t j = 0; j < n; ++j)
                if (colMax[j] != 0.0)
                    ema[k * n + j] /= colMax[j];
    }

    // A validator keeps its new bonds only with a permit; losing the permit clears them.
    // Rows outside `rows` hold no bonds and get none.
    if (compact)
        r.bondRows = rows;
    r.bonds.assign((compact ? m : n) * n, 0.0);
    for (std::size_t k = 0; k < m; ++k) {
        const std::size_t i = rows[k];
        const std::size_t dst = compact ? k : i;
        if (r.validatorPermits[i]) {
            std::copy_n(ema.begin() + static_cast<std::ptrdiff_t>(k * n), n,
                        r.bonds.begin() + static_cast<std::ptrdiff_t>(dst * n));
        } else if (!permit[i] && !in.bonds.empty() && inRow[i] != npos) {
            std::copy_n(in.bonds.begin() + static_cast<std::ptrdiff_t>(inRow[i] * n), n,
                        r.bonds.begin() + static_cast<std::ptrdiff_t>(dst * n));
        }
    }
}

EmissionSplit splitEmission(const EpochResult& r, AlphaRao total) {
    EmissionSplit out;
    splitEmission(r, total, out);
    return out;
}

void splitEmission(const EpochResult& r, AlphaRao total, EmissionSplit& out) {
    const std::size_t n = r.n;
    const double e = static_cast<double>(total.rao());
    // Every entry is written below (server only by the second loop): no zero-filling first.
    out.server.resize(n);
    out.validator.resize(n);
    out.combined.resize(n);
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        sum += r.incentive[i] + r.dividends[i];
    auto rao = [e](double share) { return AlphaRao::fromRao(floorToRao(share * e)); };
    if (sum == 0.0) {
        const bool anyActive =
            std::any_of(r.activeStake.begin(), r.activeStake.end(), [](double a) { return a != 0.0; });
        const std::vector<double>& basis = anyActive ? r.activeStake : r.stake;
        out.server.assign(n, AlphaRao::zero());
        for (std::size_t i = 0; i < n; ++i) {
            out.validator[i] = rao(basis[i]);
            out.combined[i] = out.validator[i];
        }
        return;
    }
    // A zero share divides to zero, and x + 0 is x: most UIDs are miners (no dividends) or
    // validators (no incentive), so one division per UID gives the same three amounts.
    for (std::size_t i = 0; i < n; ++i) {
        const double inc = r.incentive[i], div = r.dividends[i];
        out.server[i] = inc != 0.0 ? rao(inc / sum) : AlphaRao::zero();
        out.validator[i] = div != 0.0 ? rao(div / sum) : AlphaRao::zero();
        out.combined[i] = div == 0.0 ? out.server[i] : inc == 0.0 ? out.validator[i] : rao((inc + div) / sum);
    }
}

} // namespace economics
