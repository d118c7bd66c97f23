#include "models/store/CandleAggregator.h"

#include "models/store/Retention.h"

#include <algorithm>

namespace models {

void CandleAggregator::observe(quint64 block, double price, quint64 volume) {
    const quint64 start = Retention::candleStart(block, interval_);
    if (!current_ || current_->startBlock != start) {
        auto [it, fresh] = buckets_.try_emplace(start);
        if (fresh) it->second = Candle{start, price, price, price, price, 0};
        current_ = &it->second;
    }
    Candle& c = *current_;
    c.high = std::max(c.high, price);
    c.low = std::min(c.low, price);
    c.close = price;
    c.volume += volume;
}

void CandleAggregator::merge(const Candle& finer) {
    current_ = nullptr;
    const quint64 start = Retention::candleStart(finer.startBlock, interval_);
    auto [it, fresh] = buckets_.try_emplace(start);
    Candle& c = it->second;
    if (fresh) {
        c = finer;
        c.startBlock = start;
        return;
    }
    c.high = std::max(c.high, finer.high);
    c.low = std::min(c.low, finer.low);
    c.close = finer.close;
    c.volume += finer.volume;
}

QVector<Candle> CandleAggregator::candles() const {
    QVector<Candle> out;
    out.reserve(static_cast<qsizetype>(buckets_.size()));
    for (const auto& [start, c] : buckets_) out.push_back(c);
    return out;
}

} // namespace models
