#pragma once
// Runs the explorer's heavier reads (network history, price chart data) on the thread pool
// and hands results back on the GUI thread. At most one of each kind runs; while it runs only
// the newest further request of that kind is kept.

#include "models/explorer/ExplorerQueries.h"
#include "models/explorer/PriceChartData.h"

#include <QFutureWatcher>
#include <QObject>

namespace models {

class ExplorerLoader : public QObject {
    Q_OBJECT
public:
    explicit ExplorerLoader(QString dbPath, QObject* parent = nullptr);
    void requestHistory(int maxSamples);
    void requestPrice(int netuid, Timeframe timeframe, int maxBuckets);
    bool busy() const { return history_.isRunning() || price_.isRunning(); }

signals:
    void historyLoaded(const models::NetworkHistory& history);
    void priceLoaded(int netuid, models::Timeframe timeframe, const models::PriceChartSeries& series);

private:
    struct PriceRequest {
        int netuid = -1;
        Timeframe timeframe = Timeframe::Day;
        int buckets = 0;
    };
    void startPrice(const PriceRequest& r);

    QString dbPath_;
    QFutureWatcher<NetworkHistory> history_;
    QFutureWatcher<PriceChartSeries> price_;
    int pendingHistory_ = 0;
    PriceRequest runningPrice_;
    std::optional<PriceRequest> pendingPrice_;
};

} // namespace models
