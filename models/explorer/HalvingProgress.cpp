#include "models/explorer/HalvingProgress.h"

#include "chainclient/economics/Issuance.h"

#include <algorithm>
#include <cmath>

namespace models {

HalvingProgress HalvingProgress::at(quint64 issuanceRao) {
    HalvingProgress p;
    p.issuance = issuanceRao;
    p.blockEmission = economics::blockEmissionForIssuance(issuanceRao);
    const double cap = static_cast<double>(economics::kTotalSupplyRao);
    if (p.blockEmission == 0) { // at the hard cap
        p.previousThreshold = p.nextThreshold = economics::kTotalSupplyRao;
        p.fraction = 1.0;
        return p;
    }
    // The chain's own emission tells k: it is floor(1e9 / 2^k).
    while ((economics::kDefaultBlockEmissionRao >> p.halvings) > p.blockEmission) ++p.halvings;
    const auto threshold = [&](int k) { return static_cast<quint64>(std::ceil(cap * (1.0 - std::ldexp(1.0, -k)))); };
    p.previousThreshold = threshold(p.halvings);
    p.nextThreshold = threshold(p.halvings + 1);
    // Nudge the rounded threshold onto the first issuance the chain really halves at.
    while (p.nextThreshold > issuanceRao && economics::blockEmissionForIssuance(p.nextThreshold - 1) < p.blockEmission)
        --p.nextThreshold;
    while (economics::blockEmissionForIssuance(p.nextThreshold) == p.blockEmission && p.nextThreshold < economics::kTotalSupplyRao)
        ++p.nextThreshold;
    const double span = static_cast<double>(p.nextThreshold - p.previousThreshold);
    p.fraction = span > 0 ? std::clamp(static_cast<double>(issuanceRao - std::min(issuanceRao, p.previousThreshold)) / span, 0.0, 1.0) : 1.0;
    p.blocksToNext = p.blockEmission ? (p.nextThreshold - std::min(p.nextThreshold, issuanceRao) + p.blockEmission - 1) / p.blockEmission : 0;
    return p;
}

} // namespace models
