#pragma once
// The explorer's and CLI's read queries over a year of history (issue 4): each answers in
// milliseconds by reading an index range or a precomputed table, never a whole table.

#include "chainclient/NodeTypes.h"
#include "models/store/CandleAggregator.h"

#include <QString>
#include <QVector>
#include <cmath>
#include <optional>

namespace models {

struct SubnetMarket {
    chainclient::SubnetSnapshot subnet;
    // Relative price change against the newest snapshot at or before 1 h / 24 h / 7 d ago;
    // NaN when the store does not reach that far back.
    double change1h = std::nan("");
    double change24h = std::nan("");
    double change7d = std::nan("");
    quint64 volume24h = 0; // TAO rao traded in the last 7200 blocks
};

struct EmissionSample {
    quint64 block = 0;
    QVector<QPair<quint16, double>> shares; // (netuid, share of the block emission)
};

struct PositionRow {
    quint16 netuid = 0;
    QString hotkey;
    quint64 alpha = 0;
    double price = 0; // the subnet's newest price, TAO per Alpha
    quint64 updatedBlock = 0;
};

struct TradeRow {
    quint64 block = 0;
    quint16 netuid = 0;
    chainclient::TradeSide side = chainclient::TradeSide::Stake;
    QString hotkey;
    quint64 tao = 0;
    quint64 alpha = 0;
    quint64 fee = 0;
    double price = 0;
};

class MarketQueries {
public:
    // Interval names of cli.md (`5m|1h|4h|1d|1w`) in 12-second blocks; 0 for an unknown name.
    static quint64 intervalBlocks(const QString& name);

    static QVector<SubnetMarket> subnetMarkets(const QString& dbPath, quint64* atBlock = nullptr);
    // Candles of `intervalBlocks` whose start lies in [fromBlock, toBlock]. Intervals of an hour
    // and more come from the stored hourly candles; finer ones from trades and snapshots.
    static QVector<Candle> candles(const QString& dbPath, quint16 netuid, quint64 fromBlock, quint64 toBlock,
                                   quint64 intervalBlocks);
    // Emission shares of all subnets over [fromBlock, toBlock], at most maxPoints samples.
    static QVector<EmissionSample> emissionShares(const QString& dbPath, quint64 fromBlock, quint64 toBlock, int maxPoints = 500);
    // The metagraph at the subnet's newest stored epoch; *epochBlock tells which.
    static QVector<chainclient::MetagraphRow> metagraph(const QString& dbPath, quint16 netuid, quint64* epochBlock = nullptr);
    static QVector<PositionRow> positions(const QString& dbPath, const QString& coldkey);
    static QVector<TradeRow> trades(const QString& dbPath, const QString& coldkey, int limit = 500);
};

} // namespace models
