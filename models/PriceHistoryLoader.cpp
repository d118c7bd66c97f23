#include "models/PriceHistoryLoader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace models {

PriceHistoryLoader::PriceHistoryLoader(QString dbPath, QObject* parent) : QObject(parent), dbPath_(std::move(dbPath)) {
    connect(&watcher_, &QFutureWatcher<PriceSeries>::finished, this, [this] {
        const int netuid = runningNetuid_;
        const PriceSeries series = watcher_.result();
        if (pendingNetuid_ >= 0) { // a newer request waited for this one
            const int next = pendingNetuid_;
            pendingNetuid_ = -1;
            request(next, pendingBuckets_);
        }
        emit loaded(netuid, series); // receivers ignore results for a subnet no longer shown
    });
}

void PriceHistoryLoader::request(int netuid, int maxBuckets) {
    if (watcher_.isRunning()) {
        pendingNetuid_ = netuid;
        pendingBuckets_ = maxBuckets;
        return;
    }
    runningNetuid_ = netuid;
    watcher_.setFuture(QtConcurrent::run([path = dbPath_, netuid, maxBuckets] { return PriceHistory::load(path, netuid, maxBuckets); }));
}

} // namespace models
