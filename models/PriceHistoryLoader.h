#pragma once
// Loads price history off the GUI thread (the window never waits on SQLite): one query at a
// time, and only the newest request made meanwhile runs next (LatestOnlyTask).

#include "models/LatestOnlyTask.h"
#include "models/PriceHistory.h"

#include <QObject>

namespace models {

class PriceHistoryLoader : public QObject {
    Q_OBJECT
public:
    explicit PriceHistoryLoader(QString dbPath, QObject* parent = nullptr);
    void request(int netuid, int maxBuckets) { task_.request({netuid, maxBuckets}); }
    bool busy() const { return task_.running(); }

signals:
    void loaded(int netuid, const models::PriceSeries& series);

private:
    struct Request {
        int netuid = -1;
        int buckets = 0;
    };
    LatestOnlyTask<Request, PriceSeries> task_;
};

} // namespace models
