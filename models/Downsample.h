#pragma once
// Reduces a time series for a chart of a given width without losing its extremes:
// per bucket (one per ~pixel column) it keeps the minimum and the maximum, in time order.

#include <QPointF>
#include <QVector>

namespace models {

// At most 2 × buckets points; returns the input unchanged when it is already small enough.
QVector<QPointF> downsampleMinMax(const QVector<QPointF>& points, int buckets);

} // namespace models
