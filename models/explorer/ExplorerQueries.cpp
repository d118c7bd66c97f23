#include "models/explorer/ExplorerQueries.h"

#include "models/store/MarketQueries.h"
#include "models/store/ReadConnection.h"
#include "models/store/StoreQueries.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <limits>

namespace models {
namespace {

QHash<int, quint64> startBlocks(QSqlDatabase db) {
    QHash<int, quint64> out;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT netuid, MAX(block) FROM subnet_events WHERE kind = 'started' GROUP BY netuid")))
        while (q.next()) out.insert(q.value(0).toInt(), q.value(1).toULongLong());
    return out;
}

// The chain's NetworkImmunityPeriod as the node reported it with the subnets' hyperparameters
// (the embedded chain's scenario may shorten it); the mainnet value when the store lacks it.
quint64 networkImmunityPeriod(QSqlDatabase db) {
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT hyperparameters FROM subnets ORDER BY updated_block DESC LIMIT 1")) && q.next()) {
        const qint64 v = QJsonDocument::fromJson(q.value(0).toByteArray()).object().value(QStringLiteral("network_immunity_period")).toInteger();
        if (v > 0) return static_cast<quint64>(v);
    }
    return kNetworkImmunityPeriod;
}

using StageChanges = QVector<QPair<quint64, LifecycleStage>>;

// Every stored stage change by netuid, oldest first; empty for a store without the table.
QHash<int, StageChanges> storedStages(QSqlDatabase db) {
    QHash<int, StageChanges> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT netuid, block, stage FROM stage_history ORDER BY netuid, block"))) return out;
    while (q.next())
        if (const auto stage = lifecycleStageFromKey(q.value(2).toString()))
            out[q.value(0).toInt()].push_back({q.value(1).toULongLong(), *stage});
    return out;
}

// The newest change at or before `block` and not before the registration (an earlier subnet
// under the netuid), or nullptr.
const QPair<quint64, LifecycleStage>* stageAt(const StageChanges& changes, quint64 block, quint64 registeredAt) {
    const auto it = std::upper_bound(changes.begin(), changes.end(), block,
                                     [](quint64 b, const QPair<quint64, LifecycleStage>& c) { return b < c.first; });
    if (it == changes.begin()) return nullptr;
    const auto* c = &*(it - 1);
    return c->first >= registeredAt ? c : nullptr;
}

std::optional<double> known(double v) { return std::isnan(v) ? std::nullopt : std::optional<double>(v); }

// The sample a subnet's trends compare with (LifecycleClassifier): its newest stored snapshot
// a full window back, else its oldest one if at least minTrendBlocks back. Snapshots thin out
// with age (Retention), so this reads the (netuid, block) key rather than guessing a block.
std::optional<LifecycleSample> trendBase(QSqlQuery& back, QSqlQuery& oldest, const chainclient::SubnetSnapshot& s, quint64 now,
                                         const LifecycleThresholds& t) {
    const auto read = [&](QSqlQuery& q) -> std::optional<LifecycleSample> {
        if (!q.exec() || !q.next()) return std::nullopt;
        LifecycleSample b;
        b.block = q.value(0).toULongLong();
        b.started = true;
        b.movingPrice = q.value(1).toDouble();
        b.nUids = static_cast<quint16>(q.value(2).toUInt());
        b.maxUids = s.maxUids;
        b.nValidators = static_cast<quint16>(q.value(3).toUInt());
        b.emissionShare = q.value(4).toDouble();
        q.finish();
        if (b.block < s.registeredAt) return std::nullopt; // an earlier subnet under this netuid
        return b;
    };
    if (now >= t.trendWindowBlocks) {
        back.bindValue(0, s.netuid);
        back.bindValue(1, static_cast<qulonglong>(now - t.trendWindowBlocks));
        if (auto b = read(back)) return b;
    }
    oldest.bindValue(0, s.netuid);
    oldest.bindValue(1, static_cast<qulonglong>(s.registeredAt));
    auto b = read(oldest);
    if (b && b->block + t.minTrendBlocks <= now) return b;
    return std::nullopt;
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
    // Changes and 24 h volume come from the store's own market query.
    const auto markets = MarketQueries::subnetMarkets(dbPath, &out.block);
    out.timestampMs = status->timestampMs;
    out.totalIssuance = status->totalIssuance;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT root_stake FROM blocks WHERE number = ?"));
        q.bindValue(0, static_cast<qulonglong>(out.block));
        if (q.exec() && q.next()) out.rootStake = q.value(0).toULongLong();
    }
    const quint64 now = out.block;
    const auto started = startBlocks(db);
    const auto stored = storedStages(db);
    QVector<PruningCandidate> candidates;
    for (const auto& m : markets) candidates.push_back({m.subnet.netuid, m.subnet.movingPrice, m.subnet.registeredAt});
    const auto pruning = PruningOrder::compute(candidates, now, networkImmunityPeriod(db));

    QSqlQuery back(db), oldest(db);
    back.prepare(QStringLiteral("SELECT block, moving_price, n_uids, n_validators, emission_share FROM subnet_snapshots"
                                " WHERE netuid = ? AND block <= ? ORDER BY block DESC LIMIT 1"));
    oldest.prepare(QStringLiteral("SELECT block, moving_price, n_uids, n_validators, emission_share FROM subnet_snapshots"
                                  " WHERE netuid = ? AND block >= ? ORDER BY block ASC LIMIT 1"));
    for (const auto& m : markets) {
        const auto& s = m.subnet;
        SubnetOverview o;
        o.snapshot = s;
        o.change1h = known(m.change1h);
        o.change24h = known(m.change24h);
        o.change7d = known(m.change7d);
        o.volume24h = m.volume24h;
        if (started.contains(s.netuid)) o.startedAt = started.value(s.netuid);
        o.pruning = pruning.value(s.netuid);
        const LifecycleSample sample{now, out.timestampMs, s.started, s.nUids, s.maxUids, s.nValidators,
                                     s.emissionShare, s.movingPrice, o.pruning.rank};
        const auto before = trendBase(back, oldest, s, now, classifier.thresholds());
        o.stage = classifier.classify(LifecycleSubject{s.registeredAt, o.startedAt}, sample, before ? &*before : nullptr);
        if (const auto* c = stageAt(stored.value(s.netuid), now, s.registeredAt)) {
            o.stage = c->second;
            o.stageSince = c->first;
        }
        out.subnets.push_back(std::move(o));
    }
    return out;
}

NetworkHistory ExplorerQueries::history(const QString& dbPath, int maxSamples, const LifecycleClassifier& classifier) {
    NetworkHistory out;
    ReadConnection conn(dbPath);
    if (!conn.ok() || maxSamples <= 0) return out;
    QSqlDatabase db = conn.db();

    QHash<int, int> index; // netuid → position in out.subnets
    QHash<int, quint16> maxUids;
    int reference = -1;
    quint64 oldestRegistration = std::numeric_limits<quint64>::max();
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
            if (h.subject.registeredAt < oldestRegistration) {
                oldestRegistration = h.subject.registeredAt;
                reference = h.netuid;
            }
            index.insert(h.netuid, static_cast<int>(out.subnets.size()));
            out.subnets.push_back(std::move(h));
        }
    }
    if (reference < 0) return out;

    // Sample times: the blocks the oldest subnet has snapshots for (Retention keeps the same
    // blocks for every subnet), the newest of each of maxSamples equal block ranges.
    QVector<quint64> stored;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT block FROM subnet_snapshots WHERE netuid = ? ORDER BY block"));
    q.bindValue(0, reference);
    if (!q.exec()) return out;
    while (q.next()) stored.push_back(q.value(0).toULongLong());
    if (stored.isEmpty()) return out;
    const quint64 lo = stored.front(), span = stored.back() - lo + 1;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const bool last = i + 1 == stored.size();
        const quint64 bucket = (stored[i] - lo) * static_cast<quint64>(maxSamples) / span;
        if (last || (stored[i + 1] - lo) * static_cast<quint64>(maxSamples) / span != bucket) out.blocks.push_back(stored[i]);
    }
    QStringList list;
    for (quint64 b : out.blocks) list << QString::number(b);
    const QString inList = list.join(QLatin1Char(','));
    if (!q.exec(QStringLiteral("SELECT number, timestamp_ms, total_issuance, root_stake FROM blocks WHERE number IN (%1) ORDER BY number")
                    .arg(inList)))
        return out;
    QHash<quint64, int> at;
    QVector<quint64> blocks;
    while (q.next()) {
        at.insert(q.value(0).toULongLong(), static_cast<int>(blocks.size()));
        blocks.push_back(q.value(0).toULongLong());
        out.timestampsMs.push_back(q.value(1).toLongLong());
        out.totalIssuance.push_back(q.value(2).toULongLong());
        out.rootStake.push_back(q.value(3).toULongLong());
    }
    out.blocks = blocks;

    // Each subnet at the sampled blocks, through its (netuid, block) key.
    QVector<QVector<PruningCandidate>> candidates(out.blocks.size());
    for (auto& h : out.subnets) {
        if (!q.exec(QStringLiteral("SELECT block, moving_price, n_uids, n_validators, emission_share, tao_in_emission,"
                                   " alpha_in_emission + alpha_out_emission FROM subnet_snapshots"
                                   " WHERE netuid = %1 AND block IN (%2) ORDER BY block").arg(h.netuid).arg(inList)))
            continue;
        while (q.next()) {
            const quint64 block = q.value(0).toULongLong();
            if (block < h.subject.registeredAt || !at.contains(block)) continue; // an earlier subnet under this netuid
            LifecycleSample s;
            s.block = block;
            s.timestampMs = out.timestampsMs[at.value(block)];
            s.started = !h.subject.startedAt || block >= *h.subject.startedAt;
            s.movingPrice = q.value(1).toDouble();
            s.nUids = static_cast<quint16>(q.value(2).toUInt());
            s.maxUids = maxUids.value(h.netuid, 256);
            s.nValidators = static_cast<quint16>(q.value(3).toUInt());
            s.emissionShare = q.value(4).toDouble();
            h.samples.push_back(s);
            h.taoEmission.push_back(q.value(5).toULongLong());
            h.alphaEmission.push_back(q.value(6).toULongLong());
            candidates[at.value(block)].push_back({h.netuid, s.movingPrice, h.subject.registeredAt});
        }
    }
    // Pruning order at every sample, then stages: stored where the history has them.
    const auto storedChanges = storedStages(db);
    QVector<QHash<int, PruningStatus>> ranks;
    ranks.reserve(out.blocks.size());
    const quint64 immunity = networkImmunityPeriod(db);
    for (int i = 0; i < out.blocks.size(); ++i) ranks.push_back(PruningOrder::compute(candidates[i], out.blocks[i], immunity));
    for (auto& h : out.subnets) {
        for (auto& s : h.samples) s.pruningRank = ranks[at.value(s.block)].value(h.netuid).rank;
        LifecycleSubject subject = h.subject;
        if (subject.startedAt == std::numeric_limits<quint64>::max()) subject.startedAt.reset();
        h.stages = classifier.classifyHistory(subject, h.samples);
        const auto changes = storedChanges.value(h.netuid);
        for (int i = 0; i < h.samples.size(); ++i)
            if (const auto* c = stageAt(changes, h.samples[i].block, h.subject.registeredAt)) {
                h.stages[i] = c->second;
                ++h.storedStages;
            }
    }
    return out;
}

QVariantMap ExplorerQueries::hyperparameters(const QString& dbPath, int netuid) {
    ReadConnection conn(dbPath);
    if (!conn.ok()) return {};
    QSqlQuery q(conn.db());
    q.prepare(QStringLiteral("SELECT hyperparameters FROM subnets WHERE netuid = ?"));
    q.bindValue(0, netuid);
    if (!q.exec() || !q.next()) return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().toVariantMap();
}

StageChanges ExplorerQueries::stageHistory(const QString& dbPath, int netuid) {
    ReadConnection conn(dbPath);
    if (!conn.ok()) return {};
    QSqlQuery q(conn.db());
    q.prepare(QStringLiteral("SELECT h.block, h.stage FROM stage_history h JOIN subnets s ON s.netuid = h.netuid"
                             " WHERE h.netuid = ? AND h.block >= s.registered_at ORDER BY h.block"));
    q.bindValue(0, netuid);
    StageChanges out;
    if (!q.exec()) return out;
    while (q.next())
        if (const auto stage = lifecycleStageFromKey(q.value(1).toString())) out.push_back({q.value(0).toULongLong(), *stage});
    return out;
}

} // namespace models
