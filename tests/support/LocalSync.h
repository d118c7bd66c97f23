#pragma once
// Shared by the store tests: fill a real SQLite store by syncing the embedded chain up to a block,
// and read one number back. Include after <QtTest> (moc 6.4 must meet Qt's headers first).

#include <QtTest>

#include "chainclient/local/LocalNode.h"
#include "models/store/Database.h"
#include "models/sync/SyncService.h"

#include <QSqlQuery>
#include <optional>

namespace testsupport {

struct LocalSyncOptions {
    quint64 targetHint = 0;          // SyncService::setTargetHint when > 0 (plans retention as for a known head)
    int catchUpBatch = 128;          // blocks per node batch while catching up
    bool checkInvariants = false;    // economics invariants after every block (slow; debug aid)
    std::optional<economics::ScenarioConfig> scenario; // the built-in default when empty
    int timeoutMs = 120000;
};

// A node factory for a SyncService that should keep running: the embedded chain resumed from the
// store, caught up to `catchUpTo`, then producing a live block every `blockIntervalMs` so a test's
// transactions get sealed.
inline models::SyncService::NodeFactory liveLocalNode(quint64 catchUpTo, int blockIntervalMs) {
    return [catchUpTo, blockIntervalMs](quint64, const QByteArray& state) -> chainclient::NodeClient* {
        chainclient::LocalNodeOptions o;
        o.initialState = state;
        o.catchUpTo = catchUpTo;
        o.blockIntervalMs = blockIntervalMs;
        return new chainclient::LocalNode(o);
    };
}

// Syncs `db` from its cursor to `target` through the real SyncService and LocalNode, and returns
// the last committed block (less than `target` when the sync failed; the failure is printed).
inline quint64 syncLocalTo(const QString& db, quint64 target, const LocalSyncOptions& options = {}) {
    quint64 reached = 0;
    models::SyncService sync(db, QStringLiteral("local"), [&](quint64, const QByteArray& state) {
        chainclient::LocalNodeOptions o;
        if (options.scenario) o.scenario = *options.scenario;
        o.initialState = state;
        o.blockIntervalMs = 0;
        o.catchUpTo = target;
        o.catchUpBatch = options.catchUpBatch;
        o.checkInvariants = options.checkInvariants;
        return new chainclient::LocalNode(o);
    });
    if (options.targetHint > 0) sync.setTargetHint(options.targetHint);
    QSignalSpy failed(&sync, &models::SyncService::failed);
    QObject::connect(&sync, &models::SyncService::committed, [&](quint64 b) { reached = b; });
    sync.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(reached >= target || !failed.isEmpty(), options.timeoutMs); }();
    if (!failed.isEmpty()) qWarning() << failed.first().first().toString();
    return reached;
}

// The first column of the first row of `sql` on a read-only connection, or -1.
inline qint64 scalar(const QString& db, const QString& sql) {
    models::Database::open(db, QStringLiteral("probe"), models::Database::Mode::ReadOnly);
    qint64 v = -1;
    {
        QSqlQuery q(models::Database::connection(QStringLiteral("probe")));
        if (q.exec(sql) && q.next()) v = q.value(0).toLongLong();
    }
    models::Database::close(QStringLiteral("probe"));
    return v;
}

} // namespace testsupport
