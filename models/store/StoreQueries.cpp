#include "models/store/StoreQueries.h"

#include "models/store/ReadConnection.h"

#include <QSqlQuery>

namespace models {

std::optional<StoreStatus> StoreQueries::status(const QString& dbPath) {
    ReadConnection conn(dbPath);
    if (!conn.ok()) return std::nullopt;
    QSqlQuery q(conn.db());
    if (!q.exec(QStringLiteral("SELECT c.network, c.block, c.chain_state, b.total_issuance, b.timestamp_ms,"
                               " (SELECT COUNT(*) FROM subnets), (SELECT MIN(number) FROM blocks)"
                               " FROM sync_cursor c LEFT JOIN blocks b ON b.number = c.block WHERE c.id = 1")) ||
        !q.next())
        return std::nullopt;
    StoreStatus s;
    s.network = q.value(0).toString();
    s.syncedBlock = q.value(1).toULongLong();
    s.chainState = q.value(2).toByteArray();
    s.totalIssuance = q.value(3).toULongLong();
    s.timestampMs = q.value(4).toLongLong();
    s.subnets = q.value(5).toInt();
    s.firstBlock = q.value(6).toULongLong();
    return s;
}

QVector<chainclient::SubnetSnapshot> StoreQueries::latestSubnets(const QString& dbPath, quint64* atBlock) {
    QVector<chainclient::SubnetSnapshot> out;
    ReadConnection conn(dbPath);
    if (!conn.ok()) return out;
    QSqlQuery q(conn.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.netuid, s.name, s.symbol, s.owner_coldkey, s.owner_hotkey, s.registered_at, s.started, p.tao_in,"
            " p.alpha_in, p.alpha_out, p.price, p.moving_price, p.tao_weight, s.fee_rate, p.tao_in_emission,"
            " p.alpha_in_emission, p.alpha_out_emission, p.emission_share, p.volume, p.n_uids, s.max_uids,"
            " p.n_validators, s.tempo, c.block"
            // Driven by subnets so each snapshot is a key lookup, never a scan of the history.
            " FROM sync_cursor c CROSS JOIN subnets s CROSS JOIN subnet_snapshots p"
            " ON p.netuid = s.netuid AND p.block = c.block ORDER BY s.netuid")))
        return out;
    while (q.next()) {
        chainclient::SubnetSnapshot s;
        int i = 0;
        s.netuid = static_cast<quint16>(q.value(i++).toUInt());
        s.name = q.value(i++).toString();
        s.symbol = q.value(i++).toString();
        s.ownerColdkey = q.value(i++).toString();
        s.ownerHotkey = q.value(i++).toString();
        s.registeredAt = q.value(i++).toULongLong();
        s.started = q.value(i++).toBool();
        s.taoIn = q.value(i++).toULongLong();
        s.alphaIn = q.value(i++).toULongLong();
        s.alphaOut = q.value(i++).toULongLong();
        s.price = q.value(i++).toDouble();
        s.movingPrice = q.value(i++).toDouble();
        s.taoWeight = q.value(i++).toDouble();
        s.feeRate = static_cast<quint16>(q.value(i++).toUInt());
        s.taoInEmission = q.value(i++).toULongLong();
        s.alphaInEmission = q.value(i++).toULongLong();
        s.alphaOutEmission = q.value(i++).toULongLong();
        s.emissionShare = q.value(i++).toDouble();
        s.volume = q.value(i++).toULongLong();
        s.nUids = static_cast<quint16>(q.value(i++).toUInt());
        s.maxUids = static_cast<quint16>(q.value(i++).toUInt());
        s.nValidators = static_cast<quint16>(q.value(i++).toUInt());
        s.tempo = static_cast<quint16>(q.value(i++).toUInt());
        if (atBlock) *atBlock = q.value(i).toULongLong();
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace models
