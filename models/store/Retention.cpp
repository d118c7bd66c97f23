#include "models/store/Retention.h"

#include "models/store/SqlStatement.h"

#include <QObject>
#include <QVector>
#include <algorithm>

namespace models {
namespace {

struct Tier {
    const char* name;
    quint64 age;
    quint64 stride;  // snapshots: keep blocks that are multiples of it
    quint64 period;  // metagraph: keep the first epoch of each period (stride 0)
};

constexpr Tier kTiers[] = {
    {"snapshots-10", Retention::kEveryBlockAge, 10, 0},
    {"snapshots-50", Retention::kDayAge, 50, 0},
    {"snapshots-1200", Retention::kWeekAge, Retention::kOldStride, 0},
    {"metagraph-day", Retention::kDayAge, 0, Retention::kDayAge},
    {"metagraph-week", Retention::kWeekAge, 0, Retention::kMetagraphWeek},
};

} // namespace

bool Retention::keepSnapshot(quint64 block, quint64 head) {
    const quint64 age = head > block ? head - block : 0;
    if (age < kEveryBlockAge) return true;
    if (age < kDayAge) return block % 10 == 0;
    if (age < kWeekAge) return block % 50 == 0;
    return block % kOldStride == 0;
}

bool Retention::keepMetagraph(quint64 block, quint64 head, bool firstOfDay, bool firstOfWeek) {
    const quint64 age = head > block ? head - block : 0;
    if (age < kDayAge) return true;
    if (age < kWeekAge) return firstOfDay || firstOfWeek;
    return firstOfWeek;
}

std::optional<QString> Retention::compact(sqlite3* db, quint64 head, bool thorough) {
    QVector<qint64> netuids;
    {
        SqlStatement q(db, "SELECT netuid FROM subnets");
        while (q.next()) netuids.push_back(q.int64(0));
    }
    if (!SqlStatement::run(db, "BEGIN")) return QObject::tr("Cannot start compacting the store: %1").arg(SqlStatement::lastError(db));
    SqlStatement done(db, "SELECT done_through FROM retention WHERE tier = ?1");
    SqlStatement mark(db, "INSERT INTO retention (tier, done_through) VALUES (?1, ?2)"
                          " ON CONFLICT(tier) DO UPDATE SET done_through = excluded.done_through");
    SqlStatement thinSnapshots(db, "DELETE FROM subnet_snapshots WHERE netuid = ?1 AND block > ?2 AND block <= ?3"
                                   " AND block % ?4 != 0");
    // The first epoch of each period is what older periods keep.
    SqlStatement thinMetagraph(db, "DELETE FROM metagraph WHERE netuid = ?1 AND block > ?2 AND block <= ?3 AND block NOT IN"
                                   " (SELECT MIN(block) FROM metagraph WHERE netuid = ?1 AND block > ?4"
                                   " GROUP BY (block - 1) / ?5)");
    bool ok = done.ok() && mark.ok() && thinSnapshots.ok() && thinMetagraph.ok();
    for (const Tier& tier : kTiers) {
        if (!ok) break;
        if (head <= tier.age) continue;
        const quint64 upTo = head - tier.age;
        const QByteArray name(tier.name);
        done.bind(1, name);
        const quint64 from = done.next() ? static_cast<quint64>(done.int64(0)) : 0;
        done.reset();
        if (upTo <= from || (!thorough && tier.period > 0 && upTo < from + 360)) continue;
        for (qint64 netuid : netuids) {
            if (tier.stride > 0) {
                ok = thinSnapshots.bind(1, netuid).bind(2, from).bind(3, upTo).bind(4, tier.stride).exec();
            } else {
                const quint64 periodStart = from / tier.period * tier.period;
                ok = thinMetagraph.bind(1, netuid).bind(2, from).bind(3, upTo).bind(4, periodStart).bind(5, tier.period).exec();
            }
            if (!ok) break;
        }
        if (ok) ok = mark.bind(1, name).bind(2, upTo).exec();
    }
    if (!ok || !SqlStatement::run(db, "COMMIT")) {
        const QString why = SqlStatement::lastError(db);
        SqlStatement::run(db, "ROLLBACK");
        return QObject::tr("Compacting the store failed: %1").arg(why);
    }
    return std::nullopt;
}

} // namespace models
