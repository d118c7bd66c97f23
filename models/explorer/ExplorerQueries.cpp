#include "models/explorer/ExplorerQueries.h"

#include "models/store/ReadConnection.h"
#include "models/store/StoreQueries.h"

#include <QSqlQuery>
#include <algorithm>
#include <limits>

namespace models {
namespace {

struct PastSnapshot {
    double price = 0;
    double movingPrice = 0;
    quint64 volume = 0;
    quint16 nUids = 0;
    quint16 nValidators = 0;
    double emissionShare = 0;
};

struct PastBlock {
    quint64 block = 0;
    QHash<int, PastSnapshot> subnets;
};

std::optional<quint64> scalarBlock(QSqlDatabase db, const QString& sql, std::optional<quint64> bind) {
    QSqlQuery q(db);
    q.prepare(sql);
    if (bind) q.bindValue(0, static_cast<qulonglong>(*bind));
    if (!q.exec() || !q.next() || q.value(0).isNull()) return std::nullopt;
    return q.value(0).toULongLong();
}

std::optional<PastBlock> snapshotsAt(QSqlDatabase db, std::optional<quint64> block) {
    if (!block) return std::nullopt;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT netuid, price, moving_price, volume, n_uids, n_validators, emission_share"
                             " FROM subnet_snapshots WHERE block = ?"));
    q.bindValue(0, static_cast<qulonglong>(*block));
    if (!q.exec()) return std::nullopt;
    PastBlock out;
    out.block = *block;
    while (q.next()) {
        PastSnapshot s{q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toULongLong(),
                       static_cast<quint16>(q.value(4).toUInt()), static_cast<quint16>(q.value(5).toUInt()),
                       q.value(6).toDouble()};
        out.subnets.insert(q.value(0).toInt(), s);
    }
    return out;
}

// The newest stored block at or before `target`, with its snapshots.
std::optional<PastBlock> atOrBefore(QSqlDatabase db, quint64 now, quint64 blocksAgo) {
    if (blocksAgo > now) return std::nullopt;
    return snapshotsAt(db, scalarBlock(db, QStringLiteral("SELECT MAX(number) FROM blocks WHERE number <= ?"), now - blocksAgo));
}

QHash<int, quint64> startBlocks(QSqlDatabase db) {
    QHash<int, quint64> out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT netuid, MAX(block) FROM subnet_events WHERE kind = 'started' GROUP BY netuid")))
        while (q.next()) out.insert(q.value(0).toInt(), q.value(1).toULongLong());
    return out;
}

std::optional<double> change(double now, const std::optional<PastBlock>& past, int netuid, quint64 registeredAt) {
    if (!past || past->block < registeredAt) return std::nullopt;
    const auto it = past->subnets.constFind(netuid);
    if (it == past->subnets.constEnd() || it->price <= 0) return std::nullopt;
    return (now - it->price) / it->price;
}

} // namespace

const SubnetHistory* NetworkHistory::subnet(int netuid) const {
    for (const auto& s : subnets)
        if (s.netuid == netuid) return &s;
    return nullptr;
}

std::optional<NetworkOverview> ExplorerQueries::overview(const QString& dbPath, const LifecycleClassifier& classifier) {
    const auto status = StoreQueries::status(dbPath);
    if (!status) return std::nullopt;
    ReadConnection conn(dbPath);
    if (!conn.ok()) return std::nullopt;
    QSqlDatabase db = conn.db();
    NetworkOverview out;
    const auto subnets = StoreQueries::latestSubnets(dbPath, &out.block);
    out.timestampMs = status->timestampMs;
    out.totalIssuance = status->totalIssuance;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT root_stake FROM blocks WHERE number = ?"));
        q.bindValue(0, static_cast<qulonglong>(out.block));
        if (q.exec() && q.next()) out.rootStake = q.value(0).toULongLong();
    }
    const quint64 now = out.block;
    const auto hourAgo = atOrBefore(db, now, kBlocksPerHour);
    const auto dayAgo = atOrBefore(db, now, kBlocksPerDay);
    const auto weekAgo = atOrBefore(db, now, 7 * kBlocksPerDay);
    const auto first = snapshotsAt(db, scalarBlock(db, QStringLiteral("SELECT MIN(number) FROM blocks"), std::nullopt));
    const auto trendBase = [&]() -> std::optional<PastBlock> {
        const auto& t = classifier.thresholds();
        if (auto b = atOrBefore(db, now, t.trendWindowBlocks)) return b;
        if (first && first->block + t.minTrendBlocks <= now) return first;
        return std::nullopt;
    }();
    const auto started = startBlocks(db);

    QVector<PruningCandidate> candidates;
    for (const auto& s : subnets) candidates.push_back({s.netuid, s.movingPrice, s.registeredAt});
    const auto pruning = PruningOrder::compute(candidates, now);

    QSqlQuery volume(db);
    volume.prepare(QStringLiteral("SELECT COALESCE(SUM(tao), 0) FROM trades WHERE netuid = ? AND block > ?"));
    for (const auto& s : subnets) {
        SubnetOverview o;
        o.snapshot = s;
        o.change1h = change(s.price, hourAgo, s.netuid, s.registeredAt);
        o.change24h = change(s.price, dayAgo, s.netuid, s.registeredAt);
        o.change7d = change(s.price, weekAgo, s.netuid, s.registeredAt);
        // Recorded trades over the last day, read through the (netuid, block) index.
        volume.bindValue(0, s.netuid);
        volume.bindValue(1, static_cast<qulonglong>(now > kBlocksPerDay ? now - kBlocksPerDay : 0));
        if (volume.exec() && volume.next()) o.volume24h = volume.value(0).toULongLong();
        volume.finish();
        if (started.contains(s.netuid)) o.startedAt = started.value(s.netuid);
        o.pruning = pruning.value(s.netuid);

        LifecycleSample sample{now, out.timestampMs, s.started, s.nUids, s.maxUids, s.nValidators,
                               s.emissionShare, s.movingPrice, o.pruning.rank};
        std::optional<LifecycleSample> before;
        if (trendBase && trendBase->block >= s.registeredAt && trendBase->subnets.contains(s.netuid)) {
            const PastSnapshot p = trendBase->subnets.value(s.netuid);
            before = LifecycleSample{trendBase->block, 0, true, p.nUids, s.maxUids, p.nValidators, p.emissionShare,
                                     p.movingPrice, std::nullopt};
        }
        o.stage = classifier.classify(LifecycleSubject{s.registeredAt, o.startedAt}, sample, before ? &*before : nullptr);
        out.subnets.push_back(std::move(o));
    }
    return out;
}

NetworkHistory ExplorerQueries::history(const QString& dbPath, int maxSamples, const LifecycleClassifier& classifier) {
    NetworkHistory out;
    ReadConnection conn(dbPath);
    if (!conn.ok() || maxSamples <= 0) return out;
    QSqlDatabase db = conn.db();
    QSqlQuery range(db);
    if (!range.exec(QStringLiteral("SELECT MIN(number), MAX(number) FROM blocks")) || !range.next() || range.value(0).isNull())
        return out;
    const quint64 lo = range.value(0).toULongLong(), hi = range.value(1).toULongLong();
    const quint64 stride = std::max<quint64>(1, (hi - lo + static_cast<quint64>(maxSamples)) / static_cast<quint64>(maxSamples));
    // The newest block of each stride-wide bucket: robust to thinned (retained) history.
    const QString sampled = QStringLiteral("SELECT MAX(number) FROM blocks GROUP BY (number - %1) / %2").arg(lo).arg(stride);

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT number, timestamp_ms, total_issuance, root_stake FROM blocks WHERE number IN (%1)"
                               " ORDER BY number").arg(sampled)))
        return out;
    while (q.next()) {
        out.blocks.push_back(q.value(0).toULongLong());
        out.timestampsMs.push_back(q.value(1).toLongLong());
        out.totalIssuance.push_back(q.value(2).toULongLong());
        out.rootStake.push_back(q.value(3).toULongLong());
    }

    QHash<int, int> index; // netuid → position in out.subnets
    QHash<int, quint16> maxUids;
    const auto started = startBlocks(db);
    QSqlQuery meta(db);
    if (meta.exec(QStringLiteral("SELECT netuid, name, symbol, registered_at, max_uids, started FROM subnets ORDER BY netuid"))) {
        while (meta.next()) {
            SubnetHistory h;
            h.netuid = meta.value(0).toInt();
            h.name = meta.value(1).toString();
            h.symbol = meta.value(2).toString();
            h.subject.registeredAt = meta.value(3).toULongLong();
            // A subnet still waiting for its start call was not trading at any sample; one started
            // without a recorded event (genesis) was trading at all of them.
            if (started.contains(h.netuid)) h.subject.startedAt = started.value(h.netuid);
            else if (!meta.value(5).toBool()) h.subject.startedAt = std::numeric_limits<quint64>::max();
            maxUids.insert(h.netuid, static_cast<quint16>(meta.value(4).toUInt()));
            index.insert(h.netuid, static_cast<int>(out.subnets.size()));
            out.subnets.push_back(std::move(h));
        }
    }

    if (!q.exec(QStringLiteral("SELECT p.block, p.netuid, p.moving_price, p.n_uids, p.n_validators, p.emission_share,"
                               " p.tao_in_emission, p.alpha_in_emission + p.alpha_out_emission FROM subnet_snapshots p"
                               " WHERE p.block IN (%1) ORDER BY p.block, p.netuid").arg(sampled)))
        return out;
    int at = 0;
    QVector<PruningCandidate> candidates;
    QVector<int> pendingRows; // (subnet position) of the current block, awaiting ranks
    auto flush = [&](quint64 block) {
        const auto ranks = PruningOrder::compute(candidates, block);
        for (int pos : pendingRows) {
            LifecycleSample& s = out.subnets[pos].samples.back();
            s.pruningRank = ranks.value(out.subnets[pos].netuid).rank;
        }
        candidates.clear();
        pendingRows.clear();
    };
    quint64 current = 0;
    while (q.next()) {
        const quint64 block = q.value(0).toULongLong();
        const int netuid = q.value(1).toInt();
        if (block != current) {
            if (!pendingRows.isEmpty()) flush(current);
            current = block;
            while (at < out.blocks.size() && out.blocks[at] < block) ++at;
        }
        const auto it = index.constFind(netuid);
        if (it == index.constEnd()) continue;
        SubnetHistory& h = out.subnets[*it];
        if (block < h.subject.registeredAt) continue; // an earlier subnet that had this netuid
        LifecycleSample s;
        s.block = block;
        s.timestampMs = at < out.timestampsMs.size() ? out.timestampsMs[at] : 0;
        s.started = !h.subject.startedAt || block >= *h.subject.startedAt;
        s.movingPrice = q.value(2).toDouble();
        s.nUids = static_cast<quint16>(q.value(3).toUInt());
        s.maxUids = maxUids.value(netuid, 256);
        s.nValidators = static_cast<quint16>(q.value(4).toUInt());
        s.emissionShare = q.value(5).toDouble();
        h.samples.push_back(s);
        h.taoEmission.push_back(q.value(6).toULongLong());
        h.alphaEmission.push_back(q.value(7).toULongLong());
        candidates.push_back({netuid, s.movingPrice, h.subject.registeredAt});
        pendingRows.push_back(*it);
    }
    if (!pendingRows.isEmpty()) flush(current);
    for (auto& h : out.subnets) {
        LifecycleSubject subject = h.subject;
        if (subject.startedAt == std::numeric_limits<quint64>::max()) subject.startedAt.reset();
        h.stages = classifier.classifyHistory(subject, h.samples);
    }
    return out;
}

} // namespace models
