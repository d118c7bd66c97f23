// The whole real-network path on the local chain: SyncService → SubtensorNode → WebSocket on
// 127.0.0.1 → RpcServer → LocalNode, into a temp SQLite file; compared with the in-process
// LocalNode → SyncService path over the same blocks, table by table, for every column both
// paths carry (trades, positions and staker counts are not read over RPC yet).

#include "chainclient/local/LocalNode.h"
#include "chainclient/local/RpcServer.h"
#include "chainclient/subtensor/SubtensorNode.h"
#include "models/sync/SyncService.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace chainclient;

namespace {

constexpr quint64 kBlocks = 400;

using Rows = QVector<QVariantList>;

Rows query(const QString& path, const QString& sql) {
    Rows rows;
    const QString name = QStringLiteral("cmp-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) return rows;
        QSqlQuery q(db);
        if (!q.exec(sql)) qWarning() << q.lastError().text();
        while (q.next()) {
            QVariantList r;
            for (int i = 0; i < q.record().count(); ++i) r << q.value(i);
            rows.push_back(r);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// Columns from `firstTolerant` on are REAL values that crossed the wire in fixed point or
// as u16 fractions: equal within `tolerance`, relative to 1 or to the value.
QString compare(const Rows& local, const Rows& remote, int firstTolerant, double tolerance) {
    if (local.size() != remote.size())
        return QStringLiteral("%1 rows in process, %2 over RPC").arg(local.size()).arg(remote.size());
    for (qsizetype i = 0; i < local.size(); ++i)
        for (qsizetype c = 0; c < local[i].size(); ++c) {
            const QVariant& a = local[i][c];
            const QVariant& b = remote[i][c];
            const bool same = (firstTolerant >= 0 && c >= firstTolerant)
                                  ? std::fabs(a.toDouble() - b.toDouble()) <= tolerance * std::max(1.0, std::fabs(a.toDouble()))
                                  : a == b;
            if (!same)
                return QStringLiteral("row %1 column %2: %3 in process, %4 over RPC (row %5)")
                    .arg(i).arg(c).arg(a.toString(), b.toString())
                    .arg(QStringList([&] { QStringList s; for (const auto& v : local[i]) s << v.toString(); return s; }()).join(','));
        }
    return {};
}

bool syncTo(models::SyncService& sync, quint64 block, QString* failure) {
    QObject::connect(&sync, &models::SyncService::failed, [failure](const QString& m) { *failure = m; });
    sync.start();
    return QTest::qWaitFor([&] { return sync.syncedBlock() >= block || !failure->isEmpty(); }, 180'000) && failure->isEmpty();
}

} // namespace

class TestRpcSyncStore : public QObject {
    Q_OBJECT
private slots:
    void sameStoreThroughRpcAsInProcess() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString localDb = dir.filePath("local.sqlite");
        const QString remoteDb = dir.filePath("remote.sqlite");

        QString failure;
        {
            models::SyncService sync(localDb, QStringLiteral("local"), [](quint64 cursor, const QByteArray& state) -> NodeClient* {
                LocalNodeOptions o;
                o.initialState = state;
                o.blockIntervalMs = 0;
                o.catchUpTo = std::max(cursor, kBlocks);
                return new LocalNode(o);
            });
            QVERIFY2(syncTo(sync, kBlocks, &failure), qPrintable(failure));
        }

        RpcServerOptions so;
        so.keepBlocks = static_cast<int>(kBlocks) + 1;
        RpcServer server(so);
        QVERIFY(server.listen());
        LocalNodeOptions lo;
        lo.blockIntervalMs = 0;
        lo.catchUpTo = kBlocks;
        lo.blockObserver = server.blockObserver();
        LocalNode chain(lo);
        connect(&chain, &NodeClient::blocksReady, this, [&](const BlockBatch& b) { chain.acknowledge(b.last().number); });
        chain.startStreaming(0);
        QTRY_COMPARE_WITH_TIMEOUT(server.head(), kBlocks, 60'000);
        {
            const QUrl url = server.url();
            models::SyncService sync(remoteDb, url.toString(), [url](quint64, const QByteArray&) -> NodeClient* {
                subtensor::SubtensorNodeOptions o;
                o.network = url.toString();
                o.rpc.url = url;
                return new subtensor::SubtensorNode(o);
            });
            QVERIFY2(syncTo(sync, kBlocks, &failure), qPrintable(failure));
        }

        auto both = [&](const QString& sql) { return std::pair{query(localDb, sql), query(remoteDb, sql)}; };
        {
            auto [a, b] = both("SELECT block FROM sync_cursor");
            QCOMPARE(a, b);
            QCOMPARE(a.value(0).value(0).toULongLong(), kBlocks);
        }
        {
            auto [a, b] = both("SELECT netuid, name, symbol, owner_coldkey, owner_hotkey, registered_at, tempo, max_uids,"
                               " started, price FROM subnets ORDER BY netuid");
            QVERIFY(a.size() > 1);
            const QString diff = compare(a, b, 9, 1e-8);
            QVERIFY2(diff.isEmpty(), qPrintable("subnets: " + diff));
        }
        {
            auto [a, b] = both("SELECT netuid, block, tao_in, alpha_in, alpha_out, tao_in_emission, alpha_in_emission,"
                               " alpha_out_emission, volume, n_uids, n_validators, price, moving_price, emission_share"
                               " FROM subnet_snapshots ORDER BY netuid, block");
            QVERIFY(a.size() > 100);
            const QString diff = compare(a, b, 11, 1e-6);
            QVERIFY2(diff.isEmpty(), qPrintable("subnet_snapshots: " + diff));
        }
        {
            auto [a, b] = both("SELECT m.netuid, m.block, m.uid, h.address, c.address, m.alpha_stake, m.tao_stake, m.stake,"
                               " m.emission, m.validator_permit, m.active, m.last_update, m.registered_at,"
                               " m.incentive, m.dividends, m.consensus, m.validator_trust"
                               " FROM metagraph m JOIN accounts h ON h.id = m.hotkey_id JOIN accounts c ON c.id = m.coldkey_id"
                               " ORDER BY m.netuid, m.block, m.uid");
            QVERIFY2(!a.isEmpty(), "the window should include epochs");
            const QString diff = compare(a, b, 13, 0.5 / 65535 + 1e-12);
            QVERIFY2(diff.isEmpty(), qPrintable("metagraph: " + diff));
        }
        {
            // Block 1 has no previous block over RPC to derive lifecycle events from.
            auto [a, b] = both("SELECT block, netuid, kind FROM subnet_events WHERE kind IN ('epoch', 'registered',"
                               " 'started', 'dissolved') AND (block > 1 OR kind = 'epoch') ORDER BY block, netuid, kind");
            QVERIFY(!a.isEmpty());
            const QString diff = compare(a, b, -1, 0);
            QVERIFY2(diff.isEmpty(), qPrintable("subnet_events: " + diff));
        }
    }
};

QTEST_GUILESS_MAIN(TestRpcSyncStore)
#include "tst_rpc_sync_store.moc"
