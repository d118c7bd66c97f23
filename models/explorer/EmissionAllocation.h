#pragma once
// How the network's emission is split across subnets, over time and now: the top N subnets by
// their newest share, one band each, plus "others" — stacked (each band's upper edge is the
// running sum) so an area chart draws it directly.

#include "models/explorer/ExplorerQueries.h"

#include <QPointF>
#include <QString>
#include <QVector>

namespace models {

struct EmissionBand {
    int netuid = -1;        // -1 for "others"
    QString label;          // "α1 apex" or "others"
    QVector<QPointF> lower; // x = ms since the Unix epoch, y = cumulative share in percent
    QVector<QPointF> upper;
    double latestShare = 0; // fraction of the newest sample
};

class EmissionAllocation {
public:
    // At most maxPoints samples per band (the history is sampled to its own size already).
    static QVector<EmissionBand> stacked(const NetworkHistory& history, int topN);
};

} // namespace models
