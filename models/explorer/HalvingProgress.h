#pragma once
// Where total issuance stands between two TAO halvings (economics.md §1): the block emission
// halves each time issuance crosses 21 M × (1 − 2^−k) TAO.

#include <QtGlobal>

namespace models {

struct HalvingProgress {
    quint64 issuance = 0;          // rao
    quint64 blockEmission = 0;     // rao per block now
    quint64 previousThreshold = 0; // rao: issuance where the current emission began
    quint64 nextThreshold = 0;     // rao: issuance at which it halves next
    int halvings = 0;              // halvings so far (k)
    double fraction = 0;           // progress from previous to next threshold, 0..1
    quint64 blocksToNext = 0;      // at the current block emission

    static HalvingProgress at(quint64 issuanceRao);
};

} // namespace models
