#pragma once
// A subnet's emission per day and where it goes (economics.md §3.2–3.3): TAO and Alpha into the
// pool, and Alpha outside the pool split to owner (18 %), miners (half the rest) and validators
// (the other half, of which the root proportion goes to root stakers).

#include "chainclient/NodeTypes.h"

namespace models {

struct EmissionPerDay {
    double taoIn = 0;      // TAO into the pool per day
    double alphaIn = 0;    // Alpha into the pool per day
    double alphaOut = 0;   // Alpha minted outside the pool per day
    double owner = 0;      // Alpha per day
    double miners = 0;
    double validators = 0; // Alpha validators (after root)
    double root = 0;       // Alpha per day to root stakers
    double rootProportion = 0;
};

class SubnetFigures {
public:
    static EmissionPerDay emissionPerDay(const chainclient::SubnetSnapshot& s, quint64 rootStakeRao);
    // Root proportion across the network: each subnet's weighted by its emission share.
    static double networkRootProportion(const QVector<chainclient::SubnetSnapshot>& subnets, quint64 rootStakeRao);
};

} // namespace models
