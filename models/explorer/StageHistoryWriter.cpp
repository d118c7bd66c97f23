#include "models/explorer/StageHistoryWriter.h"

#include "models/explorer/PruningOrder.h"
#include "models/store/SqlStatement.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVector>
#include <limits>
#include <map>

namespace models {
namespace {

struct Subnet {
    int netuid = 0;
    LifecycleSubject subject;
    bool neverStarted = false; // no start event and not trading: every sample is Creation
    quint16 maxUids = 256;
    QVector<LifecycleSample> samples;
};

} // namespace

StageHistoryWriter::StageHistoryWriter(sqlite3* db, LifecycleClassifier classifier)
    : db_(db), classifier_(std::move(classifier)) {}

bool StageHistoryWriter::fail() {
    error_ = SqlStatement::lastError(db_);
    return false;
}

bool StageHistoryWriter::record(quint64 fromBlock, quint64 toBlock) {
    const quint64 first = (fromBlock / kStride + 1) * kStride;
    if (first > toBlock) return true; // most batches of live sync: no sample point inside
    // Same inputs as ExplorerQueries::history, so stored and derived stages agree.
    QHash<int, quint64> started;
    {
        SqlStatement q(db_, "SELECT netuid, MAX(block) FROM subnet_events WHERE kind = 'started' GROUP BY netuid");
        while (q.next()) started.insert(static_cast<int>(q.int64(0)), static_cast<quint64>(q.int64(1)));
        if (!q.ok()) return fail();
    }
    quint64 immunity = kNetworkImmunityPeriod;
    {
        SqlStatement q(db_, "SELECT hyperparameters FROM subnets ORDER BY updated_block DESC LIMIT 1");
        if (q.next()) {
            const qint64 v = QJsonDocument::fromJson(q.text(0)).object().value(QStringLiteral("network_immunity_period")).toInteger();
            if (v > 0) immunity = static_cast<quint64>(v);
        }
    }
    QVector<Subnet> subnets;
    {
        SqlStatement q(db_, "SELECT netuid, registered_at, max_uids, started FROM subnets ORDER BY netuid");
        if (!q.ok()) return fail();
        while (q.next()) {
            Subnet s;
            s.netuid = static_cast<int>(q.int64(0));
            s.subject.registeredAt = static_cast<quint64>(q.int64(1));
            s.maxUids = static_cast<quint16>(q.int64(2));
            if (started.contains(s.netuid)) s.subject.startedAt = started.value(s.netuid);
            else s.neverStarted = q.int64(3) == 0;
            subnets.push_back(s);
        }
    }
    // Each subnet's stride samples from one trend window before the first new sample point.
    const quint64 window = classifier_.thresholds().trendWindowBlocks;
    const quint64 lo = first > window ? first - window : 0;
    // Point reads at the sample blocks: a range scan filtered by `block % stride` visited every
    // snapshot of the trend window (a day of blocks per subnet per call), the writer's top cost.
    SqlStatement snaps(db_, "SELECT moving_price, n_uids, n_validators, emission_share FROM subnet_snapshots"
                            " WHERE netuid = ?1 AND block = ?2");
    if (!snaps.ok()) return fail();
    std::map<quint64, QVector<PruningCandidate>> candidates; // sample block → subnets present
    for (auto& s : subnets) {
        const quint64 from = std::max(lo, s.subject.registeredAt);
        for (quint64 block = (from + kStride - 1) / kStride * kStride; block <= toBlock; block += kStride) {
            snaps.bind(1, s.netuid).bind(2, block);
            if (snaps.next()) {
                LifecycleSample x;
                x.block = block;
                x.started = !s.neverStarted && (!s.subject.startedAt || x.block >= *s.subject.startedAt);
                x.movingPrice = snaps.real(0);
                x.nUids = static_cast<quint16>(snaps.int64(1));
                x.maxUids = s.maxUids;
                x.nValidators = static_cast<quint16>(snaps.int64(2));
                x.emissionShare = snaps.real(3);
                s.samples.push_back(x);
                candidates[x.block].push_back({s.netuid, x.movingPrice, s.subject.registeredAt});
            }
            snaps.reset();
        }
    }
    std::map<quint64, QHash<int, PruningStatus>> ranks;
    for (const auto& [block, list] : candidates) ranks.emplace(block, PruningOrder::compute(list, block, immunity));

    // Recording a range again (a repeated delivery) replaces what it stored before.
    SqlStatement clear(db_, "DELETE FROM stage_history WHERE block BETWEEN ?1 AND ?2");
    if (!clear.ok() || !clear.bind(1, first).bind(2, toBlock).exec()) return fail();
    SqlStatement last(db_, "SELECT block, stage FROM stage_history WHERE netuid = ?1 AND block < ?2 ORDER BY block DESC LIMIT 1");
    SqlStatement insert(db_, "INSERT INTO stage_history (netuid, block, stage) VALUES (?1, ?2, ?3)"
                             " ON CONFLICT DO UPDATE SET stage = excluded.stage");
    if (!last.ok() || !insert.ok()) return fail();
    for (auto& s : subnets) {
        if (s.samples.isEmpty()) continue;
        for (auto& x : s.samples) x.pruningRank = ranks[x.block].value(s.netuid).rank;
        const auto stages = classifier_.classifyHistory(s.subject, s.samples);
        std::optional<LifecycleStage> previous;
        last.bind(1, s.netuid).bind(2, first);
        // A row from before this registration belongs to an earlier subnet under the netuid.
        if (last.next() && static_cast<quint64>(last.int64(0)) >= s.subject.registeredAt)
            previous = lifecycleStageFromKey(QString::fromUtf8(last.text(1)));
        last.reset();
        for (int i = 0; i < s.samples.size(); ++i) {
            if (s.samples[i].block < first) continue; // trend context, classified by an earlier batch
            if (previous == stages[i]) continue;
            if (!insert.bind(1, s.netuid).bind(2, s.samples[i].block).bind(3, lifecycleStageKey(stages[i]).toUtf8()).exec())
                return fail();
            previous = stages[i];
        }
    }
    return true;
}

} // namespace models
