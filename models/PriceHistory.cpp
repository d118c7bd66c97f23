#include "models/PriceHistory.h"

#include "models/Downsample.h"
#include "models/store/ReadConnection.h"

#include <QSqlQuery>

namespace models {

PriceSeries PriceHistory::load(const QString& dbPath, int netuid, int maxBuckets, quint64 afterBlock) {
    PriceSeries series;
    ReadConnection conn(dbPath);
    if (!conn.ok()) return series;
    QSqlQuery q(conn.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT b.timestamp_ms, p.price, p.moving_price FROM subnet_snapshots p"
                             " JOIN blocks b ON b.number = p.block WHERE p.netuid = :netuid AND p.block > :after"
                             " ORDER BY p.block"));
    q.bindValue(QStringLiteral(":netuid"), netuid);
    q.bindValue(QStringLiteral(":after"), afterBlock);
    if (!q.exec()) return series;
    QVector<QPointF> spot, moving;
    while (q.next()) {
        const double x = q.value(0).toDouble();
        spot.push_back({x, q.value(1).toDouble()});
        moving.push_back({x, q.value(2).toDouble()});
    }
    series.spot = downsampleMinMax(spot, maxBuckets);
    series.moving = downsampleMinMax(moving, maxBuckets);
    return series;
}

} // namespace models
