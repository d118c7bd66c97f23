#pragma once
// Runs the explorer's heavier reads (network history, price chart data) on the thread pool
// and hands results back on the GUI thread, one LatestOnlyTask per kind of read.

#include "models/explorer/ExplorerQueries.h"
#include "models/LatestOnlyTask.h"
#include "models/explorer/PriceChartData.h"

#include <QObject>

namespace models {

class ExplorerLoader : public QObject {
    Q_OBJECT
public:
    explicit ExplorerLoader(QString dbPath, QObject* parent = nullptr);
    void requestHistory(int maxSamples) { history_.request(maxSamples); }
    void requestPrice(int netuid, Timeframe timeframe, int maxBuckets) { price_.request({netuid, timeframe, maxBuckets}); }
    bool busy() const { return history_.running() || price_.running(); }

signals:
    void historyLoaded(const models::NetworkHistory& history);
    void priceLoaded(int netuid, models::Timeframe timeframe, const models::PriceChartSeries& series);

private:
    struct PriceRequest {
        int netuid = -1;
        Timeframe timeframe = Timeframe::Day;
        int buckets = 0;
    };
    LatestOnlyTask<int, NetworkHistory> history_;
    LatestOnlyTask<PriceRequest, PriceChartSeries> price_;
};

} // namespace models
