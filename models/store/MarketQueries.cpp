#include "models/store/MarketQueries.h"

#include "models/store/ReadConnection.h"
#include "models/store/Retention.h"
#include "models/store/SqlStatement.h"
#include "models/store/StoreQueries.h"

#include <QSqlDriver>

#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>
#include <cstring>

struct sqlite3;

namespace models {
namespace {

double change(double now, const QVariant& then) {
    if (then.isNull() || then.toDouble() <= 0) return std::nan("");
    return (now - then.toDouble()) / then.toDouble();
}

std::optional<qint64> accountIdOf(const QSqlDatabase& db, const QString& address) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM accounts WHERE address = :a"));
    q.bindValue(QStringLiteral(":a"), address);
    if (!q.exec() || !q.next()) return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace

quint64 MarketQueries::intervalBlocks(const QString& name) {
    if (name == QLatin1String("5m")) return 25;
    if (name == QLatin1String("1h")) return 300;
    if (name == QLatin1String("4h")) return 1'200;
    if (name == QLatin1String("1d")) return 7'200;
    if (name == QLatin1String("1w")) return 50'400;
    return 0;
}

QVector<SubnetMarket> MarketQueries::subnetMarkets(const QString& dbPath, quint64* atBlock) {
    QVector<SubnetMarket> out;
    quint64 block = 0;
    const auto subnets = StoreQueries::latestSubnets(dbPath, &block);
    if (atBlock) *atBlock = block;
    if (subnets.isEmpty()) return out;
    ReadConnection conn(dbPath);
    QSqlQuery q(conn.db());
    q.setForwardOnly(true);
    // One statement, point lookups on the (netuid, block) key: newest snapshot at or before.
    q.prepare(QStringLiteral(
        "SELECT s.netuid,"
        " (SELECT price FROM subnet_snapshots WHERE netuid = s.netuid AND block <= :h1 ORDER BY block DESC LIMIT 1),"
        " (SELECT price FROM subnet_snapshots WHERE netuid = s.netuid AND block <= :h24 ORDER BY block DESC LIMIT 1),"
        " (SELECT price FROM subnet_snapshots WHERE netuid = s.netuid AND block <= :h168 ORDER BY block DESC LIMIT 1),"
        " (SELECT volume FROM subnet_snapshots WHERE netuid = s.netuid AND block <= :h24b ORDER BY block DESC LIMIT 1)"
        " FROM subnets s ORDER BY s.netuid"));
    auto back = [block](quint64 blocks) { return static_cast<qint64>(block) - static_cast<qint64>(blocks); };
    q.bindValue(QStringLiteral(":h1"), back(300));
    q.bindValue(QStringLiteral(":h24"), back(7'200));
    q.bindValue(QStringLiteral(":h168"), back(50'400));
    q.bindValue(QStringLiteral(":h24b"), back(7'200));
    struct Past {
        QVariant price1h, price24h, price7d, volume24h;
    };
    QHash<int, Past> past;
    if (q.exec())
        while (q.next()) past.insert(q.value(0).toInt(), Past{q.value(1), q.value(2), q.value(3), q.value(4)});
    for (const auto& s : subnets) {
        SubnetMarket m;
        m.subnet = s;
        const auto it = past.constFind(s.netuid);
        if (it != past.constEnd()) {
            m.change1h = change(s.price, it->price1h);
            m.change24h = change(s.price, it->price24h);
            m.change7d = change(s.price, it->price7d);
            // Cumulative volume: what the counter moved in 24 h (all of it on a younger chain).
            const quint64 before = it->volume24h.isNull() ? 0 : it->volume24h.toULongLong();
            m.volume24h = s.volume >= before ? s.volume - before : 0;
        }
        out.push_back(std::move(m));
    }
    return out;
}

QVector<Candle> MarketQueries::candles(const QString& dbPath, quint16 netuid, quint64 fromBlock, quint64 toBlock,
                                       quint64 intervalBlocks) {
    if (intervalBlocks == 0 || toBlock < fromBlock) return {};
    ReadConnection conn(dbPath);
    if (!conn.ok()) return {};
    CandleAggregator agg(intervalBlocks);
    const quint64 from = Retention::candleStart(std::max<quint64>(fromBlock, 1), intervalBlocks);
    QSqlQuery q(conn.db());
    q.setForwardOnly(true);
    if (intervalBlocks >= Retention::kCandleBlocks && intervalBlocks % Retention::kCandleBlocks == 0) {
        // A year of hours is ~9 000 rows: read through the C API, QVariant per cell costs 3×.
        const QVariant handle = conn.db().driver()->handle();
        auto* db = handle.isValid() ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
        if (!db) return {};
        SqlStatement st(db, "SELECT start_block, open, high, low, close, volume FROM candles_1h"
                            " WHERE netuid = ?1 AND start_block BETWEEN ?2 AND ?3 ORDER BY start_block");
        st.bind(1, static_cast<int>(netuid)).bind(2, from).bind(3, toBlock);
        while (st.next())
            agg.merge(Candle{static_cast<quint64>(st.int64(0)), st.real(1), st.real(2), st.real(3), st.real(4),
                             static_cast<quint64>(st.int64(5))});
        st.reset();
        return agg.candles();
    }
    // Finer than an hour: replay trades and snapshots in chain order (trades of a block first,
    // then its end-of-block price), the same observations the hourly candles were built from.
    const quint64 to = Retention::candleStart(toBlock, intervalBlocks) + intervalBlocks - 1;
    q.prepare(QStringLiteral("SELECT block, 0 AS k, id, price, tao FROM trades WHERE netuid = :n AND block BETWEEN :from AND :to"
                             " UNION ALL SELECT block, 1, 0, price, 0 FROM subnet_snapshots"
                             " WHERE netuid = :n2 AND block BETWEEN :from2 AND :to2 ORDER BY 1, 2, 3"));
    q.bindValue(QStringLiteral(":n"), netuid);
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    q.bindValue(QStringLiteral(":n2"), netuid);
    q.bindValue(QStringLiteral(":from2"), from);
    q.bindValue(QStringLiteral(":to2"), to);
    if (!q.exec()) return {};
    while (q.next()) agg.observe(q.value(0).toULongLong(), q.value(3).toDouble(), q.value(4).toULongLong());
    return agg.candles();
}

QVector<EmissionSample> MarketQueries::emissionShares(const QString& dbPath, quint64 fromBlock, quint64 toBlock, int maxPoints) {
    QVector<EmissionSample> out;
    ReadConnection conn(dbPath);
    if (!conn.ok() || toBlock < fromBlock) return out;
    const quint64 rows = (toBlock - fromBlock) / Retention::kEmissionStride + 1;
    const quint64 step = std::max<quint64>(1, (rows + static_cast<quint64>(std::max(1, maxPoints)) - 1) / static_cast<quint64>(std::max(1, maxPoints)));
    QSqlQuery q(conn.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT block, shares FROM emission_history WHERE block BETWEEN :from AND :to"
                             " AND (block / :stride) % :step = 0 ORDER BY block"));
    q.bindValue(QStringLiteral(":from"), fromBlock);
    q.bindValue(QStringLiteral(":to"), toBlock);
    q.bindValue(QStringLiteral(":stride"), Retention::kEmissionStride);
    q.bindValue(QStringLiteral(":step"), step);
    if (!q.exec()) return out;
    while (q.next()) {
        EmissionSample s;
        s.block = q.value(0).toULongLong();
        const QByteArray blob = q.value(1).toByteArray();
        for (qsizetype i = 0; i + 10 <= blob.size(); i += 10) {
            const quint16 netuid = qFromLittleEndian<quint16>(blob.constData() + i);
            const quint64 bits = qFromLittleEndian<quint64>(blob.constData() + i + 2);
            double share = 0;
            std::memcpy(&share, &bits, sizeof share);
            s.shares.push_back({netuid, share});
        }
        out.push_back(std::move(s));
    }
    return out;
}

QVector<chainclient::MetagraphRow> MarketQueries::metagraph(const QString& dbPath, quint16 netuid, quint64* epochBlock) {
    QVector<chainclient::MetagraphRow> out;
    ReadConnection conn(dbPath);
    if (!conn.ok()) return out;
    QSqlQuery q(conn.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.uid, h.address, c.address, m.alpha_stake, m.tao_stake, m.stake, m.incentive, m.dividends, m.emission,"
        " m.consensus, m.validator_trust, m.validator_permit, m.active, m.last_update, m.registered_at, m.block"
        " FROM metagraph m JOIN accounts h ON h.id = m.hotkey_id JOIN accounts c ON c.id = m.coldkey_id"
        " WHERE m.netuid = :n AND m.block = (SELECT MAX(block) FROM metagraph WHERE netuid = :n2) ORDER BY m.uid"));
    q.bindValue(QStringLiteral(":n"), netuid);
    q.bindValue(QStringLiteral(":n2"), netuid);
    if (!q.exec()) return out;
    while (q.next()) {
        chainclient::MetagraphRow r;
        r.uid = static_cast<quint16>(q.value(0).toUInt());
        r.hotkey = q.value(1).toString();
        r.coldkey = q.value(2).toString();
        r.alphaStake = q.value(3).toULongLong();
        r.taoStake = q.value(4).toULongLong();
        r.stake = q.value(5).toULongLong();
        r.incentive = q.value(6).toDouble();
        r.dividends = q.value(7).toDouble();
        r.emission = q.value(8).toULongLong();
        r.consensus = q.value(9).toDouble();
        r.validatorTrust = q.value(10).toDouble();
        r.validatorPermit = q.value(11).toBool();
        r.active = q.value(12).toBool();
        r.lastUpdate = q.value(13).toULongLong();
        r.registeredAt = q.value(14).toULongLong();
        if (epochBlock) *epochBlock = q.value(15).toULongLong();
        out.push_back(std::move(r));
    }
    return out;
}

QVector<PositionRow> MarketQueries::positions(const QString& dbPath, const QString& coldkey) {
    QVector<PositionRow> out;
    ReadConnection conn(dbPath);
    if (!conn.ok()) return out;
    const auto id = accountIdOf(conn.db(), coldkey);
    if (!id) return out;
    QSqlQuery q(conn.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.netuid, h.address, p.alpha, COALESCE(s.price, 0), p.updated_block FROM stake_positions p"
                             " JOIN accounts h ON h.id = p.hotkey_id LEFT JOIN subnets s ON s.netuid = p.netuid"
                             " WHERE p.coldkey_id = :c ORDER BY p.netuid, h.address"));
    q.bindValue(QStringLiteral(":c"), *id);
    if (!q.exec()) return out;
    while (q.next())
        out.push_back(PositionRow{static_cast<quint16>(q.value(0).toUInt()), q.value(1).toString(), q.value(2).toULongLong(),
                                  q.value(3).toDouble(), q.value(4).toULongLong()});
    return out;
}

QVector<TradeRow> MarketQueries::trades(const QString& dbPath, const QString& coldkey, int limit) {
    QVector<TradeRow> out;
    ReadConnection conn(dbPath);
    if (!conn.ok()) return out;
    const auto id = accountIdOf(conn.db(), coldkey);
    if (!id) return out;
    QSqlQuery q(conn.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.block, t.netuid, t.side, h.address, t.tao, t.alpha, t.fee, t.price FROM trades t"
                             " JOIN accounts h ON h.id = t.hotkey_id WHERE t.coldkey_id = :c"
                             " ORDER BY t.block DESC, t.id DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":c"), *id);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec()) return out;
    while (q.next())
        out.push_back(TradeRow{q.value(0).toULongLong(), static_cast<quint16>(q.value(1).toUInt()),
                               q.value(2).toInt() == 1 ? chainclient::TradeSide::Unstake : chainclient::TradeSide::Stake,
                               q.value(3).toString(), q.value(4).toULongLong(), q.value(5).toULongLong(), q.value(6).toULongLong(),
                               q.value(7).toDouble()});
    return out;
}

} // namespace models
