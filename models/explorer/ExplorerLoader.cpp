#include "models/explorer/ExplorerLoader.h"

namespace models {

ExplorerLoader::ExplorerLoader(QString dbPath, QObject* parent)
    : QObject(parent),
      history_(
          this, [path = dbPath](const int& maxSamples) { return ExplorerQueries::history(path, maxSamples); },
          [this](const int&, const NetworkHistory& history) { emit historyLoaded(history); }),
      price_(
          this,
          [path = dbPath](const PriceRequest& r) { return PriceChartData::load(path, r.netuid, r.timeframe, r.buckets); },
          [this](const PriceRequest& r, const PriceChartSeries& series) { emit priceLoaded(r.netuid, r.timeframe, series); }) {}

} // namespace models
