#include "models/PortfolioModel.h"

#include "models/Downsample.h"
#include "models/Format.h"
#include "models/QuoteService.h"
#include "models/store/StoreQueries.h"

#include <QMap>
#include <algorithm>
#include <cmath>

namespace models {
namespace {

struct CostState {
    quint64 alpha = 0; // Alpha bought minus sold
    quint64 cost = 0;
    qint64 realized = 0;
};

// Trades oldest first; the store hands them newest first.
QVector<TradeRow> chronological(QVector<TradeRow> trades) {
    std::stable_sort(trades.begin(), trades.end(),
                     [](const TradeRow& a, const TradeRow& b) { return a.block < b.block; });
    return trades;
}

quint64 mulPrice(quint64 alpha, double price) {
    return static_cast<quint64>(std::llround(static_cast<double>(alpha) * price));
}

const QString kMask = QStringLiteral("••••••");

} // namespace

QString formatSignedTao(qint64 rao, int decimals) {
    const QString body = formatTao(static_cast<quint64>(rao < 0 ? -rao : rao), decimals);
    return rao < 0 ? QStringLiteral("−") + body : (rao > 0 ? QStringLiteral("+") + body : body);
}

PortfolioModel::PortfolioModel(QObject* parent) : QAbstractTableModel(parent) {}

QVector<PortfolioRow> PortfolioModel::compute(const QVector<PositionRow>& positions,
                                              const QVector<TradeRow>& trades,
                                              const QVector<chainclient::SubnetSnapshot>& subnets) {
    // Average cost per (subnet, hotkey): a stake adds its TAO to the cost; an unstake removes
    // the sold share of the cost and books the difference to what it returned as realized.
    QMap<QPair<quint16, QString>, CostState> costs;
    for (const TradeRow& t : chronological(trades)) {
        CostState& c = costs[{t.netuid, t.hotkey}];
        if (t.side == chainclient::TradeSide::Stake) {
            c.alpha += t.alpha;
            c.cost += t.tao;
        } else {
            const quint64 sold = std::min(t.alpha, c.alpha);
            const quint64 removed =
                c.alpha ? static_cast<quint64>(static_cast<long double>(c.cost) * sold / c.alpha) : 0;
            c.realized += static_cast<qint64>(t.tao) - static_cast<qint64>(removed);
            c.cost -= removed;
            c.alpha -= sold;
        }
    }
    QVector<PortfolioRow> rows;
    for (const PositionRow& p : positions) {
        if (p.alpha == 0)
            continue;
        PortfolioRow r;
        r.netuid = p.netuid;
        r.hotkey = p.hotkey;
        r.alpha = p.alpha;
        r.price = p.price;
        const auto sub =
            std::find_if(subnets.begin(), subnets.end(),
                         [&](const chainclient::SubnetSnapshot& s) { return s.netuid == p.netuid; });
        if (sub != subnets.end()) {
            r.subnetName = sub->name;
            r.symbol = sub->symbol;
            if (sub->price > 0)
                r.price = sub->price;
            if (auto pool = QuoteService::poolOf(*sub)) {
                auto q = QuoteService::quote(*pool, {economics::SwapSide::Sell, p.alpha, 0});
                if (q)
                    r.exitValue = q->amountOut;
            } else if (p.netuid == 0) {
                r.exitValue = p.alpha; // root converts 1:1
            }
        }
        r.spotValue = mulPrice(p.alpha, r.price);
        const CostState c = costs.value({p.netuid, p.hotkey});
        r.costBasis = c.cost;
        r.realized = c.realized;
        r.emissionAlpha = p.alpha > c.alpha ? p.alpha - c.alpha : 0;
        rows.push_back(r);
    }
    std::sort(rows.begin(), rows.end(), [](const PortfolioRow& a, const PortfolioRow& b) {
        return a.netuid != b.netuid ? a.netuid < b.netuid : a.hotkey < b.hotkey;
    });
    return rows;
}

PortfolioTotals PortfolioModel::totalsOf(const QVector<PortfolioRow>& rows, std::optional<quint64> free) {
    PortfolioTotals t;
    t.free = free;
    for (const auto& r : rows) {
        t.spot += r.spotValue;
        t.exit += r.exitValue.value_or(0);
        t.cost += r.costBasis;
        t.pnl += r.pnl();
        t.realized += r.realized;
        t.emissionValue += r.emissionValue();
    }
    return t;
}

QVector<QPointF> PortfolioModel::valueHistory(const QString& dbPath, const QVector<TradeRow>& trades,
                                              const QVector<PortfolioRow>& rows, quint64 headBlock,
                                              int buckets, std::optional<quint64> freeNow,
                                              const QVector<ActivityEntry>& credits) {
    const QVector<TradeRow> ordered = chronological(trades);
    // Changes of the free balance: stakes spend TAO, unstakes and faucet credits bring it.
    QVector<QPair<quint64, qint64>> freeChanges;
    for (const TradeRow& t : ordered)
        freeChanges.push_back({t.block, t.side == chainclient::TradeSide::Stake
                                            ? -static_cast<qint64>(t.tao)
                                            : static_cast<qint64>(t.tao)});
    if (freeNow)
        for (const ActivityEntry& a : credits) {
            if (a.kind == QLatin1String("faucet") || a.kind == QLatin1String("transfer_in"))
                freeChanges.push_back({a.block, static_cast<qint64>(a.tao)});
            else if (a.kind == QLatin1String("transfer_out"))
                freeChanges.push_back({a.block, -static_cast<qint64>(a.tao)});
        }
    std::sort(freeChanges.begin(), freeChanges.end());
    if (ordered.isEmpty() && (!freeNow || freeChanges.isEmpty()))
        return {};
    const quint64 first = freeChanges.isEmpty() ? ordered.front().block : freeChanges.front().first;
    constexpr quint64 kHour = 300;
    // Alpha per subnet at each hourly close, from the trades alone; emissions show up in the
    // last point, which is the positions as they are.
    QMap<quint16, QVector<Candle>> closes;
    for (const TradeRow& t : ordered)
        if (!closes.contains(t.netuid))
            closes.insert(t.netuid,
                          MarketQueries::candles(dbPath, t.netuid, first > kHour ? first - kHour : 0,
                                                 headBlock, kHour));
    QMap<quint64, bool> sampleBlocks;
    for (const auto& c : closes)
        for (const Candle& k : c)
            sampleBlocks.insert(k.startBlock + kHour - 1, true);
    // Each trade and credit is a sample too, priced at the trade's own price until a later
    // close is known.
    for (const auto& c : freeChanges)
        sampleBlocks.insert(c.first, true);
    QVector<QPointF> points;
    QMap<quint16, qint64> held;
    QMap<quint16, int> candleAt;
    QMap<quint16, QPair<quint64, double>> lastTrade; // netuid → (block, price after)
    int next = 0;
    for (auto it = sampleBlocks.keyBegin(); it != sampleBlocks.keyEnd(); ++it) {
        const quint64 block = *it;
        if (block < first || block >= headBlock)
            continue;
        while (next < ordered.size() && ordered[next].block <= block) {
            const TradeRow& t = ordered[next++];
            held[t.netuid] += t.side == chainclient::TradeSide::Stake ? static_cast<qint64>(t.alpha)
                                                                      : -static_cast<qint64>(t.alpha);
            lastTrade[t.netuid] = {t.block, t.price};
        }
        double value = 0;
        for (auto h = held.cbegin(); h != held.cend(); ++h) {
            if (h.value() <= 0)
                continue;
            const QVector<Candle>& c = closes[h.key()];
            int& i = candleAt[h.key()];
            while (i + 1 < c.size() && c[i + 1].startBlock + kHour - 1 <= block)
                ++i;
            const auto trade = lastTrade.value(h.key());
            const bool closeIsNewer = !c.isEmpty() && c[i].startBlock + kHour - 1 <= block &&
                                      c[i].startBlock + kHour - 1 >= trade.first;
            value += static_cast<double>(h.value()) / 1e9 * (closeIsNewer ? c[i].close : trade.second);
        }
        points.push_back({static_cast<double>(block), value});
    }
    double now = 0;
    for (const auto& r : rows)
        now += static_cast<double>(r.spotValue) / 1e9;
    points.push_back({static_cast<double>(std::max(headBlock, first)), now});
    if (freeNow) {
        // Walk back from the free balance now: at each point, undo the changes after it.
        qint64 after = 0;
        int k = freeChanges.size() - 1;
        for (int p = points.size() - 1; p >= 0; --p) {
            while (k >= 0 && static_cast<double>(freeChanges[k].first) > points[p].x())
                after += freeChanges[k--].second;
            const qint64 free = std::max<qint64>(0, static_cast<qint64>(*freeNow) - after);
            points[p].ry() += static_cast<double>(free) / 1e9;
        }
    }
    return downsampleMinMax(points, buckets);
}

void PortfolioModel::refresh(const QString& dbPath, const QString& coldkey, std::optional<quint64> free) {
    if (coldkey.isEmpty()) {
        trades_.clear();
        setRows({}, free);
        return;
    }
    trades_ = MarketQueries::trades(dbPath, coldkey, 100'000);
    const auto subnets = StoreQueries::latestSubnets(dbPath, &block_);
    setRows(compute(MarketQueries::positions(dbPath, coldkey), trades_, subnets), free);
}

void PortfolioModel::setRows(QVector<PortfolioRow> rows, std::optional<quint64> free) {
    beginResetModel();
    rows_ = std::move(rows);
    free_ = free;
    endResetModel();
}

void PortfolioModel::setHideBalances(bool hide) {
    if (hide == hide_)
        return;
    hide_ = hide;
    if (!rows_.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString PortfolioModel::amount(const QString& text) const {
    return hide_ ? kMask : text;
}

int PortfolioModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows_.size();
}
int PortfolioModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const PortfolioRow& r = rows_[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Alpha ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Hotkey)
        return r.hotkey;
    if (role == Qt::UserRole)
        return r.netuid;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Subnet:
        return r.subnetName.isEmpty() ? QString::number(r.netuid)
                                      : QStringLiteral("%1 · %2").arg(r.netuid).arg(r.subnetName);
    case Hotkey:
        return r.hotkey.left(6) + QStringLiteral("…") + r.hotkey.right(6);
    case Alpha:
        return amount(formatAlpha(r.alpha, QStringLiteral("Alpha"), 4));
    case Price:
        return formatPrice(r.price);
    case Spot:
        return amount(formatTao(r.spotValue, 4));
    case Exit:
        return r.exitValue ? amount(formatTao(*r.exitValue, 4)) : tr("n/a");
    case Cost:
        return amount(formatTao(r.costBasis, 4));
    case Pnl:
        return amount(formatSignedTao(r.pnl()));
    case Emissions:
        return amount(formatAlpha(r.emissionAlpha, QStringLiteral("Alpha"), 4) + QStringLiteral(" (") +
                      formatTao(r.emissionValue(), 4) + QLatin1Char(')'));
    }
    return {};
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Subnet:
        return tr("Subnet");
    case Hotkey:
        return tr("Hotkey");
    case Alpha:
        return tr("Alpha");
    case Price:
        return tr("Price (TAO/Alpha)");
    case Spot:
        return tr("Spot value (TAO)");
    case Exit:
        return tr("Exit value (TAO)");
    case Cost:
        return tr("Cost basis (TAO)");
    case Pnl:
        return tr("P&L (TAO)");
    case Emissions:
        return tr("Emissions earned");
    }
    return {};
}

} // namespace models
