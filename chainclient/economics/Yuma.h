#pragma once
// Yuma consensus for one epoch of one subnet (economics.md §7): a pure function from the
// subnet's stake, weights and previous bonds to consensus, incentive, dividends and new bonds.
// Double precision stands in for the chain's I32F32; results agree to well under 1e-3 (§10).
// Dense matrices are n×n, row-major, row = the UID that set the weights / holds the bonds; the
// dense path is the reference. The chain passes compressed rows (EpochInput::sparse), which
// costs O(nnz + n) per epoch and agrees with the dense path to rounding (tst_yuma_sparse).

#include "chainclient/economics/Money.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace economics {

enum class YumaVariant { Yuma3, Classic };

// Compressed rows: row k holds entries [start[k], start[k + 1]) of col/value, columns strictly
// ascending. The chain's weights and bonds are sparse (a validator weights a few dozen of 256
// UIDs), so the sparse form makes an epoch O(nnz) instead of O(rows × n).
struct SparseRows {
    std::vector<std::uint32_t> start{0}; // rows + 1 offsets
    std::vector<std::uint32_t> col;
    std::vector<double> value;

    std::size_t rows() const { return start.empty() ? 0 : start.size() - 1; }
    void clear() {
        start.assign(1, 0);
        col.clear();
        value.clear();
    }
    void push(std::uint32_t c, double v) {
        col.push_back(c);
        value.push_back(v);
    }
    void endRow() { start.push_back(static_cast<std::uint32_t>(col.size())); }
};

struct LiquidAlpha {
    double low = 0.7;
    double high = 0.9;
    double steepness = 1000.0; // AlphaSigmoidSteepness; the sigmoid uses steepness/100
};

// Per-UID flags are bytes (0 or 1), not std::vector<bool>: every epoch writes and reads them
// per UID, and bit packing made those accesses a measurable share of the chain's epoch.
using UidFlags = std::vector<std::uint8_t>;

struct EpochInput {
    std::size_t n = 0;
    std::vector<double> stakes;           // raw stake weight per UID (alpha + tao_weight·root), any scale
    std::vector<double> weights;          // n×n raw weights (u16 values or any non-negative scale)
    std::vector<double> bonds;            // n×n stored bonds as proportions (u16/65535); empty = none
    UidFlags validatorPermits;   // permits from the previous epoch; empty = none
    UidFlags active;             // empty = every UID active
    UidFlags recentlyRegistered; // UIDs registered since the last epoch: bond columns reset
    // Outdated weights (set before the target registered) are dropped when both are given:
    // W_ij is masked when weightsSetAt[i] <= registeredAt[j].
    std::vector<std::uint64_t> weightsSetAt;
    std::vector<std::uint64_t> registeredAt;
    std::optional<std::size_t> ownerUid; // keeps its self-weight and always holds a permit
    double kappa = 32767.0 / 65535.0;
    double bondsMovingAverage = 900'000.0; // parts per million
    double bondsPenalty = 1.0;             // 0 = raw weights build bonds, 1 = clipped weights
    YumaVariant variant = YumaVariant::Yuma3;
    std::optional<LiquidAlpha> liquidAlpha;
    std::size_t maxValidators = 64;
    double stakeThreshold = 0.0; // raw stake below this is ignored (except the owner's)
    // Compact form for the chain's sparse rows: when non-empty, weights and bonds hold
    // rowUids.size() rows of n (row k belongs to UID rowUids[k], ascending); every other UID
    // has neither weights nor bonds. The result's bonds then come back compact too.
    std::vector<std::size_t> rowUids;
    // Sparse form (what the chain passes): when set, sparseWeights and sparseBonds hold one row
    // per rowUids entry (rowUids ascending; sparseBonds may have no rows = no bonds) and the
    // dense weights/bonds are ignored. Results equal the compact dense form's to rounding;
    // the result's bonds come back in sparseBonds, one row per bondRows entry.
    bool sparse = false;
    SparseRows sparseWeights;
    SparseRows sparseBonds;
    // The caller guarantees rowUids and the sparse rows are well formed (ascending, below n):
    // the chain builds them from rows it keeps sorted, and re-checking ~700 entries every epoch
    // was a visible share of it. Debug builds check anyway; untrusted input leaves this false.
    // Trusted rows' col and value may also be longer than start.back(): the chain reuses them
    // as buffers, and cutting them every epoch made the next one zero-fill them again.
    bool trustedRows = false;
};

struct EpochResult {
    std::size_t n = 0;
    std::vector<double> stake;          // normalised stake S
    std::vector<double> activeStake;    // A: S of active, permitted validators, normalised
    std::vector<double> consensus;      // C
    std::vector<double> incentive;      // I
    std::vector<double> dividends;      // D
    std::vector<double> validatorTrust; // row sums of clipped weights
    std::vector<double> trust;          // legacy T_j: clipped rank / unclipped rank (display only)
    UidFlags validatorPermits;          // new permits (top-k by stake)
    std::vector<double> bonds;          // n×n bonds to store, as proportions in [0, 1]
    std::vector<std::size_t> bondRows;  // compact input only: bonds is bondRows.size()×n
    SparseRows sparseBonds;             // sparse input only (bonds stays empty): rows of bondRows
};

struct EmissionSplit {
    std::vector<AlphaRao> server;    // incentive share of E (miners)
    std::vector<AlphaRao> validator; // dividend share of E
    std::vector<AlphaRao> combined;  // normalise(I + D)·E, the stored per-UID Emission
};

EpochResult runEpoch(const EpochInput& in);
// Same, reusing `out`'s buffers (the chain runs one epoch per subnet per tempo).
void runEpoch(const EpochInput& in, EpochResult& out);

// §7 step 10: per-UID split of the epoch's total emission E, floored to rao. When nobody
// earns (Σ(I + D) = 0) validators get E pro rata to active stake (or to stake if none active).
EmissionSplit splitEmission(const EpochResult& r, AlphaRao total);
// Same, reusing `out`'s buffers.
void splitEmission(const EpochResult& r, AlphaRao total, EmissionSplit& out);

// Stake-weighted κ-quantile from the top over the given (stake, score) pairs, using the
// chain's deterministic mid-pivot search so ties resolve the same way. Only positive
// stakes take part; they are renormalised first.
double weightedMedian(std::span<const double> stake, std::span<const double> score, double majority);
// Column-wise weightedMedian of a rows×cols row-major matrix, one stake per row.
std::vector<double> weightedMedianCol(std::span<const double> stake, std::span<const double> matrix,
                                      std::size_t cols, double majority);

// Storage form of a proportion: floor(x·65535), clamped to [0, 65535]. Inline: it runs per
// stored bond. Truncation is floor for positive values, without a libm call.
inline std::uint16_t toU16Proportion(double x) {
    if (!(x > 0.0))
        return 0;
    const double v = x * 65535.0;
    return v >= 65535.0 ? std::uint16_t{65535} : static_cast<std::uint16_t>(v);
}
// u / 65535.0 for every u16 u, as the division gives it (a multiplication by the reciprocal
// differs in the last bit for 88 values). The chain converts every stored bond each epoch,
// and a lookup is cheaper there than a division.
const double* u16ProportionTable();
std::vector<std::uint16_t> bondsToU16(std::span<const double> bonds);
std::vector<double> bondsFromU16(std::span<const std::uint16_t> bonds);

} // namespace economics
