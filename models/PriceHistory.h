#pragma once
// Alpha price over time for one subnet, read from the store and reduced for a chart.

#include <QPointF>
#include <QString>
#include <QVector>

namespace models {

struct PriceSeries {
    QVector<QPointF> spot;   // x = ms since the Unix epoch, y = TAO per Alpha
    QVector<QPointF> moving; // the EMA price the chain uses for emission shares
};

class PriceHistory {
public:
    // Points with block > `afterBlock`, at most 2 × maxBuckets per series.
    static PriceSeries load(const QString& dbPath, int netuid, int maxBuckets, quint64 afterBlock = 0);
};

} // namespace models
