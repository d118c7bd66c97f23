#include "models/Downsample.h"

namespace models {

QVector<QPointF> downsampleMinMax(const QVector<QPointF>& points, int buckets) {
    if (buckets <= 0 || points.size() <= 2 * buckets) return points;
    QVector<QPointF> out;
    out.reserve(2 * buckets);
    const double x0 = points.front().x();
    const double span = points.back().x() - x0;
    qsizetype i = 0;
    const qsizetype n = points.size();
    for (int b = 0; b < buckets && i < n; ++b) {
        const bool lastBucket = b + 1 == buckets;
        const double end = x0 + span * (b + 1) / buckets;
        if (!lastBucket && points[i].x() > end) continue; // nothing falls in this bucket
        qsizetype lo = i, hi = i;
        for (; i < n && (lastBucket || points[i].x() <= end); ++i) {
            if (points[i].y() < points[lo].y()) lo = i;
            if (points[i].y() > points[hi].y()) hi = i;
        }
        out.push_back(points[std::min(lo, hi)]);
        if (lo != hi) out.push_back(points[std::max(lo, hi)]);
    }
    return out;
}

} // namespace models
