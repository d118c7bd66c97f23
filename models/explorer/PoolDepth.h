#pragma once
// How far one trade would move a subnet's price: price impact against trade size for staking
// (TAO in) and unstaking (Alpha out, sized by its TAO value at the spot price), from the pool
// math of economics::Pool with the subnet's weights and fee.

#include "chainclient/NodeTypes.h"

#include <QPointF>
#include <QVector>

namespace models {

struct PoolDepthCurve {
    QVector<QPointF> stake;   // x = TAO paid, y = price impact in percent (positive: price rises)
    QVector<QPointF> unstake; // x = TAO value of the Alpha sold at spot, y = price impact in percent (negative)
};

class PoolDepth {
public:
    // `points` trade sizes spread evenly (by their logarithm) from 0.1 TAO to maxFraction × TAO in pool.
    static PoolDepthCurve compute(const chainclient::SubnetSnapshot& subnet, int points = 60, double maxFraction = 0.5);
};

} // namespace models
