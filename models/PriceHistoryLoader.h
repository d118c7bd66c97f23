#pragma once
// Loads price history off the GUI thread (the window never waits on SQLite). At most one
// query runs; while it runs only the newest further request is kept.

#include "models/PriceHistory.h"

#include <QFutureWatcher>
#include <QObject>

namespace models {

class PriceHistoryLoader : public QObject {
    Q_OBJECT
public:
    explicit PriceHistoryLoader(QString dbPath, QObject* parent = nullptr);
    void request(int netuid, int maxBuckets);
    bool busy() const { return watcher_.isRunning(); }

signals:
    void loaded(int netuid, const models::PriceSeries& series);

private:
    QString dbPath_;
    QFutureWatcher<PriceSeries> watcher_;
    int pendingNetuid_ = -1;
    int pendingBuckets_ = 0;
    int runningNetuid_ = -1;
};

} // namespace models
