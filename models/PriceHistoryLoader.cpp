#include "models/PriceHistoryLoader.h"

namespace models {

PriceHistoryLoader::PriceHistoryLoader(QString dbPath, QObject* parent)
    : QObject(parent),
      task_(
          this, [path = std::move(dbPath)](const Request& r) { return PriceHistory::load(path, r.netuid, r.buckets); },
          [this](const Request& r, const PriceSeries& series) { emit loaded(r.netuid, series); }) {}

} // namespace models
