#pragma once
// OHLC + TAO volume per fixed block interval. Prices are observed in chain order: each
// trade's price after it, then the pool price at the end of the block. Used by the writer
// (stored hourly candles) and by queries (finer candles from recent rows, coarser from hours).

#include <QVector>
#include <map>

namespace models {

struct Candle {
    quint64 startBlock = 0;
    double open = 0;
    double high = 0;
    double low = 0;
    double close = 0;
    quint64 volume = 0; // TAO rao traded
};

class CandleAggregator {
public:
    explicit CandleAggregator(quint64 intervalBlocks) : interval_(intervalBlocks) {}

    void observe(quint64 block, double price, quint64 volume = 0);
    // Folds a finer candle (one whose range lies inside a single bucket) into its bucket.
    void merge(const Candle& finer);
    // Seeds a bucket with what was stored before (the writer resuming an open candle).
    void seed(const Candle& existing) {
        buckets_[existing.startBlock] = existing;
        current_ = nullptr;
    }

    quint64 interval() const { return interval_; }
    QVector<Candle> candles() const;
    const std::map<quint64, Candle>& buckets() const { return buckets_; }
    void clear() {
        buckets_.clear();
        current_ = nullptr;
    }

private:
    quint64 interval_;
    std::map<quint64, Candle> buckets_;
    Candle* current_ = nullptr; // the bucket observed last: most observations land in it again
};

} // namespace models
