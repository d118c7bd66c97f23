#include "models/explorer/ExplorerLoader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace models {

ExplorerLoader::ExplorerLoader(QString dbPath, QObject* parent) : QObject(parent), dbPath_(std::move(dbPath)) {
    connect(&history_, &QFutureWatcher<NetworkHistory>::finished, this, [this] {
        const NetworkHistory result = history_.result();
        if (pendingHistory_ > 0) {
            const int next = pendingHistory_;
            pendingHistory_ = 0;
            requestHistory(next);
        }
        emit historyLoaded(result);
    });
    connect(&price_, &QFutureWatcher<PriceChartSeries>::finished, this, [this] {
        const PriceRequest done = runningPrice_;
        const PriceChartSeries result = price_.result();
        if (pendingPrice_) {
            const PriceRequest next = *pendingPrice_;
            pendingPrice_.reset();
            startPrice(next);
        }
        emit priceLoaded(done.netuid, done.timeframe, result);
    });
}

void ExplorerLoader::requestHistory(int maxSamples) {
    if (history_.isRunning()) {
        pendingHistory_ = maxSamples;
        return;
    }
    history_.setFuture(QtConcurrent::run([path = dbPath_, maxSamples] { return ExplorerQueries::history(path, maxSamples); }));
}

void ExplorerLoader::requestPrice(int netuid, Timeframe timeframe, int maxBuckets) {
    const PriceRequest r{netuid, timeframe, maxBuckets};
    if (price_.isRunning()) {
        pendingPrice_ = r;
        return;
    }
    startPrice(r);
}

void ExplorerLoader::startPrice(const PriceRequest& r) {
    runningPrice_ = r;
    price_.setFuture(QtConcurrent::run([path = dbPath_, r] { return PriceChartData::load(path, r.netuid, r.timeframe, r.buckets); }));
}

} // namespace models
