// The sparse Yuma epoch: the same steps as the dense reference in Yuma.cpp over compressed
// rows, so an epoch costs O(nnz + n) instead of O(rows × n). A validator weights a few dozen
// of 256 UIDs; cells where both the weight and the bond are 0 stay 0 in every step, so only
// the union of the two patterns is visited. Work buffers live per thread and are reused.

#include "chainclient/economics/YumaInternal.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace economics::yuma_detail {
namespace {

struct Workspace {
    std::vector<char> permit;
    std::vector<std::uint8_t> noReset; // all 0: stands in for an empty recentlyRegistered
    std::vector<std::size_t> rows; // input row index of each taking-part row
    std::vector<double> rowStake;
    SparseRows w;    // normalised weights, later the weights that build bonds
    SparseRows b;    // previous bonds (recently registered columns reset)
    SparseRows ema;  // new bonds
    SparseRows tmp;  // classic: Δ
    std::vector<double> ranks, preRanks, colA, colB;
    std::vector<std::uint32_t> colStart, colFill;
    std::vector<Vote> votes, scratch;
    std::vector<double> colStakeSum;
    // emaFixed's dense rows and column marks; all zero between calls (each row clears what it set).
    std::vector<double> wRow, bRow;
    std::vector<std::uint64_t> marks;
};

// `tail`: col and value may be longer than the rows' entries (EpochInput::trustedRows).
void checkRows(const SparseRows& m, std::size_t rows, std::size_t n, const char* what, bool tail) {
    if (m.start.size() != rows + 1 || m.start.front() != 0 || m.col.size() != m.value.size() ||
        (tail ? m.start.back() > m.col.size() : m.start.back() != m.col.size()))
        throw std::invalid_argument(std::string("runEpoch: bad shape of ") + what);
    bool ok = true;
    for (std::size_t k = 0; k < rows && ok; ++k) {
        const std::uint32_t b = m.start[k], e = m.start[k + 1];
        if (b > e) {
            ok = false;
            break;
        }
        if (b == e)
            continue;
        // Without a short circuit the ascent check vectorises; rows are checked every epoch.
        unsigned ascending = m.col[e - 1] < n ? 1U : 0U;
        const std::uint32_t* c = m.col.data();
        for (std::uint32_t x = b + 1; x < e; ++x)
            ascending &= c[x] > c[x - 1] ? 1U : 0U;
        ok = ascending != 0;
    }
    if (!ok)
        throw std::invalid_argument(std::string("runEpoch: rows must have ascending columns below n in ") + what);
}

// Two divisions per instruction: GCC keeps the scalar loops' branch around the division, so
// it does not vectorise them, and per UID divisions were a visible share of an epoch. Each
// lane's quotient is the scalar quotient (IEEE division per lane), so results are identical.
using Pair = double __attribute__((vector_size(16)));

// out[j] = den[j] > 0 ? num[j] / den[j] : 0.
void quotientsWherePositive(const double* num, const double* den, double* out, std::size_t n) {
    const Pair zero = {0.0, 0.0}, one = {1.0, 1.0};
    std::size_t j = 0;
    for (; j + 2 <= n; j += 2) {
        Pair a, b;
        std::memcpy(&a, num + j, sizeof a);
        std::memcpy(&b, den + j, sizeof b);
        const auto positive = b > zero;
        const Pair q = a / (positive ? b : one);
        const Pair kept = positive ? q : zero;
        std::memcpy(out + j, &kept, sizeof kept);
    }
    for (; j < n; ++j)
        out[j] = den[j] > 0.0 ? num[j] / den[j] : 0.0;
}

// v[j] = 1 / v[j] where that is a non-zero number, else 1: a column summing to 0 (or whose
// reciprocal is 0) is left as it is, and x · 1.0 is x exactly, so the dividends need no test
// per bond for it.
void reciprocalsOrOne(double* v, std::size_t n) {
    const Pair zero = {0.0, 0.0}, one = {1.0, 1.0};
    std::size_t j = 0;
    for (; j + 2 <= n; j += 2) {
        Pair x;
        std::memcpy(&x, v + j, sizeof x);
        const Pair q = one / (x != zero ? x : one);
        const Pair kept = (x != zero) & (q != zero) ? q : one;
        std::memcpy(v + j, &kept, sizeof kept);
    }
    for (; j < n; ++j) {
        const double q = v[j] != 0.0 ? 1.0 / v[j] : 0.0;
        v[j] = q != 0.0 ? q : 1.0;
    }
}

// Scales every column to sum 1 (columns summing to 0 stay 0), as colNormalize does densely.
void colNormalize(SparseRows& m, std::vector<double>& sums, std::size_t n) {
    sums.assign(n, 0.0);
    for (std::size_t e = 0; e < m.col.size(); ++e)
        sums[m.col[e]] += m.value[e];
    for (double& s : sums)
        s = s != 0.0 ? 1.0 / s : 0.0;
    for (std::size_t e = 0; e < m.col.size(); ++e)
        if (sums[m.col[e]] != 0.0)
            m.value[e] *= sums[m.col[e]];
}

// Calls f(col, weightValue, bondValue) over the union of row k of `a` and row k of `b`.
template <class F>
void forUnion(const SparseRows& a, const SparseRows& b, std::size_t k, F&& f) {
    std::uint32_t x = a.start[k], xe = a.start[k + 1];
    std::uint32_t y = b.start[k], ye = b.start[k + 1];
    while (x < xe || y < ye) {
        if (y >= ye || (x < xe && a.col[x] < b.col[y])) {
            f(a.col[x], a.value[x], 0.0);
            ++x;
        } else if (x >= xe || b.col[y] < a.col[x]) {
            f(b.col[y], 0.0, b.value[y]);
            ++y;
        } else {
            f(a.col[x], a.value[x], b.value[y]);
            ++x;
            ++y;
        }
    }
}

// Makes room for `entries` entries in `rows` rows written by cursor: col and value only grow
// (never zero-filled again), so they may hold more than the start[rows] entries in use.
void growTo(SparseRows& m, std::size_t entries, std::size_t rows) {
    m.start.resize(rows + 1);
    m.start[0] = 0;
    if (m.col.size() < entries)
        m.col.resize(entries);
    if (m.value.size() < entries)
        m.value.resize(entries);
}

// Yuma3's bond EMA with one α (the chain's common case: it runs over every bond of every
// validator), straight from the input bonds: row t of `w` with input bond row rows[t], bonds
// of recently registered columns and zero bonds left out. Each row's weights and bonds are
// scattered into dense rows and the union's columns marked in a bitmap, which is walked in
// ascending order: cheaper than merging the two sorted rows, and it spares copying the bonds
// first. Every cell gets the same operands as a merge would give it (0.0 for a missing side).
// The column sums of the new bonds (for the dividends) are taken on the way, in entry order.
void emaFixed(Workspace& ws, const SparseRows& w, const SparseRows* inB, const std::uint8_t* reset, double alpha,
              std::size_t n, SparseRows& ema, std::vector<double>& colSum) {
    const std::size_t m = w.rows();
    growTo(ema, w.start[m] + (inB ? inB->start[inB->rows()] : 0), m);
    if (ws.wRow.size() < n) {
        ws.wRow.resize(n, 0.0);
        ws.bRow.resize(n, 0.0);
    }
    const std::size_t words = (n + 63) / 64;
    if (ws.marks.size() < words)
        ws.marks.resize(words, 0);
    colSum.assign(n, 0.0);
    double* wd = ws.wRow.data();
    double* bd = ws.bRow.data();
    std::uint64_t* marks = ws.marks.data();
    std::uint32_t* oc = ema.col.data();
    double* ov = ema.value.data();
    std::uint32_t fill = 0;
    const double keep = 1.0 - alpha;
    for (std::size_t t = 0; t < m; ++t) {
        for (std::uint32_t e = w.start[t]; e < w.start[t + 1]; ++e) {
            const std::uint32_t j = w.col[e];
            wd[j] = w.value[e];
            marks[j >> 6] |= std::uint64_t{1} << (j & 63);
        }
        if (inB) {
            const std::size_t k = ws.rows[t];
            for (std::uint32_t e = inB->start[k]; e < inB->start[k + 1]; ++e) {
                const std::uint32_t j = inB->col[e];
                const double v = inB->value[e];
                const bool kept = v != 0.0 && reset[j] == 0;
                bd[j] = kept ? v : 0.0;
                marks[j >> 6] |= std::uint64_t{kept ? 1U : 0U} << (j & 63);
            }
        }
        for (std::size_t q = 0; q < words; ++q) {
            std::uint64_t bits = marks[q];
            marks[q] = 0;
            while (bits != 0) {
                const auto j = static_cast<std::uint32_t>(q * 64 + static_cast<unsigned>(__builtin_ctzll(bits)));
                bits &= bits - 1;
                const double wv = wd[j], bv = bd[j];
                wd[j] = 0.0;
                bd[j] = 0.0;
                // A weight clipped to 0 without a bond stays out, as in the merge.
                if (wv == 0.0 && bv == 0.0)
                    continue;
                const double v = std::min(1.0, keep * bv + std::max(0.0, alpha * wv));
                oc[fill] = j;
                ov[fill] = v;
                ++fill;
                colSum[j] += v;
            }
        }
        ema.start[t + 1] = fill;
    }
}

// Up to this many vote slots (n × voters, 16 bytes each) the votes go in a dense table.
constexpr std::size_t kDenseVotes = std::size_t{1} << 18;

// Stake-weighted κ-quantile per column over the voters with positive stake. Voters that do
// not weight a column vote 0 there; their stake is pooled into one zero vote, which gives the
// same quantile because the search depends only on the stake per distinct score.
void consensus(Workspace& ws, std::size_t n, double kappa, std::vector<double>& out) {
    out.assign(n, 0.0);
    const std::size_t m = ws.rows.size();
    double sum = 0.0;
    std::size_t voters = 0;
    for (double st : ws.rowStake)
        if (st > 0.0) {
            sum += st;
            ++voters;
        }
    if (sum == 0.0)
        return;
    double normSum = 0.0;
    for (double st : ws.rowStake)
        if (st > 0.0)
            normSum += st / sum;
    const double minority = normSum - kappa;
    const SparseRows& w = ws.w;
    // Two buffers of voters + 1 (a column's voters plus the pooled zero vote).
    ws.scratch.resize(2 * (voters + 1));
    // One column's votes (in row order) and their stake.
    const auto column = [&](const Vote* col, std::size_t count, double stakeSum) {
        if (count == 1 && voters > 1) {
            // One voter plus the pooled zero vote: quantileFromTop's single partition step on
            // [voter, zero] (pivot 0, the voter above it), written out; same comparisons, same result.
            return col[0].score > 0.0 && normSum - col[0].stake <= minority + kTieEps ? col[0].score : 0.0;
        }
        Vote* v = ws.scratch.data();
        std::copy_n(col, count, v);
        std::size_t total = count;
        if (count < voters)
            v[total++] = {0.0, std::max(0.0, normSum - stakeSum)};
        return quantileFromTop(v, v + voters + 1, total, normSum, minority);
    };
    // Every non-zero weight of a voter with positive stake, in row order, as
    // place(column, score, the voter's share of the stake).
    const auto forEachVote = [&](auto&& place) {
        for (std::size_t k = 0; k < m; ++k) {
            if (!(ws.rowStake[k] > 0.0))
                continue;
            const double stake = ws.rowStake[k] / sum;
            for (std::uint32_t e = w.start[k]; e < w.start[k + 1]; ++e)
                if (w.value[e] != 0.0)
                    place(w.col[e], w.value[e], stake);
        }
    };
    ws.colStakeSum.assign(n, 0.0);
    double* const colStakeSum = ws.colStakeSum.data();
    if (n * voters <= kDenseVotes) {
        // A row's columns are distinct, so a column has at most one vote per voter: `voters`
        // slots per column take them in row order without the counting pass and prefix sums.
        if (ws.votes.size() < n * voters)
            ws.votes.resize(n * voters);
        ws.colFill.assign(n, 0);
        Vote* const votes = ws.votes.data();
        std::uint32_t* const fill = ws.colFill.data();
        forEachVote([&](std::uint32_t j, double score, double stake) {
            votes[j * voters + fill[j]++] = {score, stake};
            colStakeSum[j] += stake;
        });
        for (std::size_t j = 0; j < n; ++j)
            if (fill[j] != 0) // else every voter at 0: the quantile is 0
                out[j] = column(votes + j * voters, fill[j], colStakeSum[j]);
        return;
    }
    ws.colStart.assign(n + 1, 0);
    forEachVote([&](std::uint32_t j, double, double) { ++ws.colStart[j + 1]; });
    for (std::size_t j = 0; j < n; ++j)
        ws.colStart[j + 1] += ws.colStart[j];
    ws.votes.resize(ws.colStart[n]);
    ws.colFill.assign(ws.colStart.begin(), ws.colStart.end() - 1);
    forEachVote([&](std::uint32_t j, double score, double stake) {
        ws.votes[ws.colFill[j]++] = {score, stake};
        colStakeSum[j] += stake;
    });
    for (std::size_t j = 0; j < n; ++j) {
        const std::size_t count = ws.colStart[j + 1] - ws.colStart[j];
        if (count != 0) // else every voter at 0: the quantile is 0
            out[j] = column(ws.votes.data() + ws.colStart[j], count, colStakeSum[j]);
    }
}

} // namespace

void runEpochSparse(const EpochInput& in, EpochResult& r) {
    thread_local Workspace ws;
    const std::size_t n = in.n;
    const std::size_t inRows = in.rowUids.size();
    const bool hasBonds = in.sparseBonds.rows() > 0;
#ifdef NDEBUG
    if (!in.trustedRows)
#endif
    {
        for (std::size_t k = 0; k < inRows; ++k)
            if (in.rowUids[k] >= n || (k > 0 && in.rowUids[k] <= in.rowUids[k - 1]))
                throw std::invalid_argument("runEpoch: row UIDs must ascend below n");
        checkRows(in.sparseWeights, inRows, n, "sparseWeights", in.trustedRows);
        if (hasBonds)
            checkRows(in.sparseBonds, inRows, n, "sparseBonds", in.trustedRows);
    }
    prelude(in, r, ws.permit);
    const std::vector<char>& permit = ws.permit;
    const bool hasOwner = in.ownerUid && *in.ownerUid < n;
    const std::size_t owner = hasOwner ? *in.ownerUid : n;
    const SparseRows& inW = in.sparseWeights;
    const SparseRows& inB = in.sparseBonds;

    // Rows that set weights (permitted) or still hold bonds take part.
    ws.rows.clear();
    for (std::size_t k = 0; k < inRows; ++k) {
        bool hasBondRow = false;
        if (hasBonds)
            for (std::uint32_t e = inB.start[k]; e < inB.start[k + 1] && !hasBondRow; ++e)
                hasBondRow = inB.value[e] != 0.0;
        if (permit[in.rowUids[k]] || hasBondRow)
            ws.rows.push_back(k);
    }
    const std::size_t m = ws.rows.size();
    ws.rowStake.resize(m);
    for (std::size_t t = 0; t < m; ++t)
        ws.rowStake[t] = r.activeStake[in.rowUids[ws.rows[t]]];

    // Weights: permitted rows only, no self-weight (bar the owner), no outdated entries.
    const bool maskOutdated = !in.weightsSetAt.empty() && !in.registeredAt.empty();
    // Written by cursor into buffers that only grow (see growTo): w.col and w.value may be
    // longer than the w.start[m] entries in use.
    SparseRows& w = ws.w;
    growTo(w, inW.start[inRows], m);
    {
        std::uint32_t fill = 0;
        for (std::size_t t = 0; t < m; ++t) {
            const std::size_t k = ws.rows[t];
            const std::size_t i = in.rowUids[k];
            const std::uint32_t first = fill;
            double sum = 0.0;
            if (permit[i]) {
                for (std::uint32_t e = inW.start[k]; e < inW.start[k + 1]; ++e) {
                    const std::uint32_t j = inW.col[e];
                    const double v = std::max(0.0, inW.value[e]);
                    if (v == 0.0 || (maskOutdated && in.weightsSetAt[i] <= in.registeredAt[j]) || (j == i && i != owner))
                        continue;
                    w.col[fill] = j;
                    w.value[fill++] = v;
                    sum += v;
                }
            }
            if (sum > 0.0) {
                const double inv = 1.0 / sum;
                for (std::uint32_t e = first; e < fill; ++e)
                    w.value[e] *= inv;
            }
            w.start[t + 1] = fill;
        }
    }

    consensus(ws, n, in.kappa, r.consensus);

    // Clipping: trust and ranks from clipped weights; bonds build from raw → clipped by β.
    r.validatorTrust.assign(n, 0.0);
    ws.ranks.assign(n, 0.0);
    ws.preRanks.assign(n, 0.0);
    const double beta = in.bondsPenalty;
    for (std::size_t t = 0; t < m; ++t) {
        double trust = 0.0;
        const double a = ws.rowStake[t];
        for (std::uint32_t e = w.start[t]; e < w.start[t + 1]; ++e) {
            const std::uint32_t j = w.col[e];
            const double c = std::min(w.value[e], r.consensus[j]);
            trust += c;
            ws.ranks[j] += a * c;
            ws.preRanks[j] += a * w.value[e];
            w.value[e] += beta * (c - w.value[e]);
        }
        r.validatorTrust[in.rowUids[ws.rows[t]]] = trust;
    }
    r.trust.assign(n, 0.0);
    quotientsWherePositive(ws.ranks.data(), ws.preRanks.data(), r.trust.data(), n);
    normalize(ws.ranks);
    r.incentive = ws.ranks;

    // Previous bonds of the taking-part rows, recently registered columns reset (the fixed-α
    // EMA reads them from the input directly; the other paths take this copy).
    const std::uint8_t* reset = in.recentlyRegistered.data();
    if (in.recentlyRegistered.empty()) {
        ws.noReset.assign(n, 0);
        reset = ws.noReset.data();
    }
    SparseRows& b = ws.b;
    // Written through raw cursors into buffers that only ever grow (a push_back per bond, or
    // zero-filling on every resize, was a visible share of the epoch), so b.col and b.value
    // may be longer than the b.start[m] entries in use.
    auto copyPreviousBonds = [&] {
        growTo(b, hasBonds ? inB.start[inRows] : 0, m);
        std::uint32_t fill = 0;
        for (std::size_t t = 0; t < m; ++t) {
            const std::size_t k = ws.rows[t];
            if (hasBonds)
                for (std::uint32_t e = inB.start[k]; e < inB.start[k + 1]; ++e) {
                    const std::uint32_t j = inB.col[e];
                    const double v = inB.value[e];
                    b.col[fill] = j;
                    b.value[fill] = v;
                    fill += (v != 0.0 && !reset[j]) ? 1U : 0U;
                }
            b.start[t + 1] = fill;
        }
    };

    SparseRows& ema = ws.ema;
    r.dividends.assign(n, 0.0);
    const double fixedAlpha = 1.0 - in.bondsMovingAverage / 1e6;
    if (in.variant == YumaVariant::Yuma3) {
        const bool liquid = in.liquidAlpha && std::any_of(r.consensus.begin(), r.consensus.end(),
                                                          [](double c) { return c != 0.0; });
        const LiquidAlpha la = in.liquidAlpha.value_or(LiquidAlpha{});
        const double alphaAtZero = liquidAlphaOf(la, 0.0);
        if (liquid) {
            copyPreviousBonds();
            ema.clear();
            for (std::size_t t = 0; t < m; ++t) {
                forUnion(w, b, t, [&](std::uint32_t j, double wv, double bv) {
                    if (wv == 0.0 && bv == 0.0)
                        return;
                    // Buying in above consensus is slow; selling out of a bond is fast.
                    const double d =
                        wv >= bv ? std::clamp(wv - r.consensus[j], 0.0, 1.0) : std::clamp(bv - wv, 0.0, 1.0);
                    const double alpha = d == 0.0 ? alphaAtZero : liquidAlphaOf(la, d);
                    ema.push(j, std::min(1.0, (1.0 - alpha) * bv + std::max(0.0, alpha * wv)));
                });
                ema.endRow();
            }
            ws.colA.assign(n, 0.0);
            for (std::size_t e = 0; e < ema.start[m]; ++e)
                ws.colA[ema.col[e]] += ema.value[e];
        } else {
            emaFixed(ws, w, hasBonds ? &inB : nullptr, reset, fixedAlpha, n, ema, ws.colA);
        }
        // Dividends from column-normalised bonds; the stored bonds stay un-normalised.
        reciprocalsOrOne(ws.colA.data(), n);
        for (std::size_t t = 0; t < m; ++t) {
            double total = 0.0;
            for (std::uint32_t e = ema.start[t]; e < ema.start[t + 1]; ++e) {
                const std::uint32_t j = ema.col[e];
                total += ema.value[e] * ws.colA[j] * r.incentive[j];
            }
            r.dividends[in.rowUids[ws.rows[t]]] = total * ws.rowStake[t];
        }
    } else {
        copyPreviousBonds();
        ema.clear();
        b.col.resize(b.start[m]); // colNormalize walks every entry
        b.value.resize(b.start[m]);
        colNormalize(b, ws.colA, n);
        SparseRows& delta = ws.tmp;
        delta = w;
        delta.col.resize(delta.start[m]); // colNormalize walks every entry
        delta.value.resize(delta.start[m]);
        for (std::size_t t = 0; t < m; ++t)
            for (std::uint32_t e = delta.start[t]; e < delta.start[t + 1]; ++e)
                delta.value[e] *= ws.rowStake[t];
        colNormalize(delta, ws.colA, n);
        for (std::size_t t = 0; t < m; ++t) {
            forUnion(delta, b, t, [&](std::uint32_t j, double dv, double bv) {
                ema.push(j, fixedAlpha * dv + (1.0 - fixedAlpha) * bv);
            });
            ema.endRow();
        }
        colNormalize(ema, ws.colA, n);
        for (std::size_t t = 0; t < m; ++t) {
            double total = 0.0;
            for (std::uint32_t e = ema.start[t]; e < ema.start[t + 1]; ++e)
                total += ema.value[e] * r.incentive[ema.col[e]];
            r.dividends[in.rowUids[ws.rows[t]]] = total;
        }
        // Stored bonds are column max-upscaled so the largest holder of each column reads 1.
        ws.colB.assign(n, 0.0);
        for (std::size_t e = 0; e < ema.col.size(); ++e)
            ws.colB[ema.col[e]] = std::max(ws.colB[ema.col[e]], ema.value[e]);
        for (std::size_t e = 0; e < ema.col.size(); ++e)
            if (ws.colB[ema.col[e]] != 0.0)
                ema.value[e] /= ws.colB[ema.col[e]];
    }
    // Only the taking-part rows hold dividends, in ascending UID order: their sum is the sum
    // over all n (adding +0.0 changes nothing), and a positive sum leaves the zeros at +0.0.
    double dividendSum = 0.0;
    for (std::size_t t = 0; t < m; ++t)
        dividendSum += r.dividends[in.rowUids[ws.rows[t]]];
    if (dividendSum > 0.0) {
        for (std::size_t t = 0; t < m; ++t)
            r.dividends[in.rowUids[ws.rows[t]]] /= dividendSum;
    } else {
        normalize(r.dividends);
    }

    // A validator keeps its new bonds only with a permit; losing the permit clears them.
    r.bonds.clear();
    r.bondRows.resize(m);
    SparseRows& out = r.sparseBonds;
    out.clear();
    for (std::size_t t = 0; t < m; ++t) {
        const std::size_t k = ws.rows[t];
        const std::size_t i = in.rowUids[k];
        r.bondRows[t] = i;
        const SparseRows* src = r.validatorPermits[i] ? &ema : (!permit[i] && hasBonds) ? &inB : nullptr;
        if (src) {
            const std::size_t row = src == &ema ? t : k;
            const auto b0 = static_cast<std::ptrdiff_t>(src->start[row]), b1 = static_cast<std::ptrdiff_t>(src->start[row + 1]);
            out.col.insert(out.col.end(), src->col.begin() + b0, src->col.begin() + b1);
            out.value.insert(out.value.end(), src->value.begin() + b0, src->value.begin() + b1);
        }
        out.endRow();
    }
}

} // namespace economics::yuma_detail
