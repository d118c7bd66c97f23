#include "models/explorer/PriceChartData.h"

#include "models/Downsample.h"
#include "models/store/MarketQueries.h"
#include "models/store/ReadConnection.h"
#include "models/store/Retention.h"

#include <QSqlQuery>
#include <algorithm>

namespace models {

quint64 PriceChartData::timeframeBlocks(Timeframe tf) {
    switch (tf) {
    case Timeframe::Hour: return 300;
    case Timeframe::Day: return 7'200;
    case Timeframe::Week: return 50'400;
    case Timeframe::Month: return 216'000;
    case Timeframe::All: return 0;
    }
    return 0;
}

quint64 PriceChartData::candleBlocks(Timeframe tf, quint64 spanBlocks) {
    switch (tf) {
    case Timeframe::Hour: return 5;
    case Timeframe::Day: return 75;
    case Timeframe::Week: return 300;
    case Timeframe::Month: return 1'800;
    case Timeframe::All: return std::max<quint64>(1, spanBlocks / 150);
    }
    return 1;
}

QVector<PriceCandle> PriceChartData::candles(const QVector<QPointF>& points, const QVector<quint64>& blocks, quint64 firstBlock,
                                             quint64 blocksPerCandle) {
    QVector<PriceCandle> out;
    if (blocksPerCandle == 0) return out;
    quint64 current = UINT64_MAX;
    for (qsizetype i = 0; i < points.size() && i < blocks.size(); ++i) {
        const double price = points[i].y();
        const quint64 bucket = (blocks[i] - std::min(blocks[i], firstBlock)) / blocksPerCandle;
        if (bucket != current) {
            current = bucket;
            // Open at the previous close so consecutive candles join, as exchanges draw them.
            const double open = out.isEmpty() ? price : out.back().close;
            out.push_back(PriceCandle{static_cast<qint64>(points[i].x()), open, std::max(open, price), std::min(open, price), price, 0});
            continue;
        }
        PriceCandle& c = out.back();
        c.high = std::max(c.high, price);
        c.low = std::min(c.low, price);
        c.close = price;
    }
    return out;
}

PriceChartSeries PriceChartData::load(const QString& dbPath, int netuid, Timeframe tf, int maxBuckets) {
    PriceChartSeries out;
    ReadConnection conn(dbPath);
    if (!conn.ok()) return out;
    QSqlQuery q(conn.db());
    q.setForwardOnly(true);
    quint64 newest = 0;
    if (q.exec(QStringLiteral("SELECT MAX(block) FROM subnet_snapshots WHERE netuid = %1").arg(netuid)) && q.next())
        newest = q.value(0).toULongLong();
    const quint64 span = timeframeBlocks(tf);
    const quint64 from = span && newest > span ? newest - span : 0;
    q.prepare(QStringLiteral("SELECT p.block, b.timestamp_ms, p.price, p.moving_price FROM subnet_snapshots p"
                             " JOIN blocks b ON b.number = p.block WHERE p.netuid = ? AND p.block > ? ORDER BY p.block"));
    q.bindValue(0, netuid);
    q.bindValue(1, static_cast<qulonglong>(from));
    if (!q.exec()) return out;
    QVector<QPointF> spot, moving;
    QVector<quint64> blocks;
    while (q.next()) {
        const double x = q.value(1).toDouble();
        blocks.push_back(q.value(0).toULongLong());
        spot.push_back({x, q.value(2).toDouble()});
        moving.push_back({x, q.value(3).toDouble()});
    }
    if (spot.isEmpty()) return out;
    quint64 perCandle = candleBlocks(tf, blocks.back() - blocks.front());
    // From an hour up, whole hours: those candles are stored (candles_1h) and read directly.
    if (perCandle > Retention::kCandleBlocks) perCandle = (perCandle + Retention::kCandleBlocks - 1) / Retention::kCandleBlocks * Retention::kCandleBlocks;
    // Candles replay the recorded trades (each one's price after it) and the block prices, so
    // an interval with trades shows their highs and lows and one without falls back to the blocks.
    for (const Candle& c : MarketQueries::candles(dbPath, static_cast<quint16>(netuid), from + 1, blocks.back(), perCandle)) {
        // Time of the start block, from the nearest stored block at or after it (12 s blocks).
        const auto it = std::lower_bound(blocks.begin(), blocks.end(), c.startBlock);
        const auto i = std::min<qsizetype>(it - blocks.begin(), blocks.size() - 1);
        const qint64 ms = static_cast<qint64>(spot[i].x()) - (static_cast<qint64>(blocks[i]) - static_cast<qint64>(c.startBlock)) * 12'000;
        out.candles.push_back(PriceCandle{ms, c.open, c.high, c.low, c.close, c.volume});
    }
    out.candleMs = static_cast<qint64>(perCandle) * 12'000;
    out.spot = downsampleMinMax(spot, maxBuckets);
    out.moving = downsampleMinMax(moving, maxBuckets);
    return out;
}

} // namespace models
