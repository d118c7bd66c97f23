#include "models/explorer/SubnetFigures.h"

#include "chainclient/economics/Chain.h"
#include "chainclient/economics/Subnet.h"
#include "models/explorer/ExplorerQueries.h"

namespace models {

EmissionPerDay SubnetFigures::emissionPerDay(const chainclient::SubnetSnapshot& s, quint64 rootStakeRao) {
    EmissionPerDay e;
    const double perDay = static_cast<double>(kBlocksPerDay) / 1e9; // rao per block → units per day
    e.taoIn = static_cast<double>(s.taoInEmission) * perDay;
    e.alphaIn = static_cast<double>(s.alphaInEmission) * perDay;
    e.alphaOut = static_cast<double>(s.alphaOutEmission) * perDay;
    const double root = economics::kDefaultTaoWeight * static_cast<double>(rootStakeRao);
    const double issuance = static_cast<double>(s.alphaIn) + static_cast<double>(s.alphaOut);
    e.rootProportion = root + issuance > 0 ? root / (root + issuance) : 0.0;
    e.owner = e.alphaOut * economics::kSubnetOwnerCutU16 / 65535.0;
    const double rest = e.alphaOut - e.owner;
    e.miners = rest * 0.5;
    e.root = rest * 0.5 * e.rootProportion;
    e.validators = rest * 0.5 - e.root;
    return e;
}

double SubnetFigures::networkRootProportion(const QVector<chainclient::SubnetSnapshot>& subnets, quint64 rootStakeRao) {
    double weighted = 0, total = 0;
    for (const auto& s : subnets) {
        weighted += s.emissionShare * emissionPerDay(s, rootStakeRao).rootProportion;
        total += s.emissionShare;
    }
    return total > 0 ? weighted / total : 0.0;
}

} // namespace models
