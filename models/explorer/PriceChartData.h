#pragma once
// The detail page's Alpha price chart for one timeframe: spot and EMA lines reduced to about
// one min/max pair per pixel, and OHLC candles from the recorded trades (MarketQueries::candles:
// each trade's price after it, then the block's closing price, so intervals without a trade
// fall back to block prices), about 60–170 candles per timeframe.

#include <QPointF>
#include <QString>
#include <QVector>

namespace models {

enum class Timeframe { Hour, Day, Week, Month, All };

struct PriceCandle {
    qint64 startMs = 0;
    double open = 0, high = 0, low = 0, close = 0;
    quint64 volume = 0; // TAO rao traded in the interval
};

struct PriceChartSeries {
    QVector<QPointF> spot;   // x = ms since the Unix epoch, y = TAO per Alpha
    QVector<QPointF> moving; // EMA price
    QVector<PriceCandle> candles;
    qint64 candleMs = 0;     // width of one candle
};

class PriceChartData {
public:
    static quint64 timeframeBlocks(Timeframe tf); // 0 for All
    // Blocks per candle: 1H → 5 (1 min), 1D → 75 (15 min), 1W → 300 (1 h), 1M → 1 800 (6 h),
    // All → the span / 150 (at least 1).
    static quint64 candleBlocks(Timeframe tf, quint64 spanBlocks);
    // Buckets of `blocksPerCandle` blocks counted from `firstBlock`; x of the points is ms, and
    // `blocks` gives each point's block (same length as points).
    static QVector<PriceCandle> candles(const QVector<QPointF>& points, const QVector<quint64>& blocks, quint64 firstBlock,
                                        quint64 blocksPerCandle);
    static PriceChartSeries load(const QString& dbPath, int netuid, Timeframe tf, int maxBuckets);
};

} // namespace models
