// Stored lifecycle stage history: constructed snapshot histories give exactly the expected
// stage changes whatever the batch boundaries, the stored stages equal the ones classified on
// read, schema v2 stores upgrade to the table, and the sync path writes it with the cursor.

#include <QtTest>

#include "chainclient/local/LocalNode.h"
#include "models/explorer/ExplorerQueries.h"
#include "models/explorer/LifecycleTimeline.h"
#include "models/explorer/StageHistoryWriter.h"
#include "models/store/Database.h"
#include "models/sync/SyncService.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <sqlite3.h>

using models::LifecycleStage;

namespace {

using Changes = QVector<QPair<quint64, LifecycleStage>>;

// Subnet 1 (started at block 100): few UIDs, then filling with a rising EMA, full and flat,
// a 20 % EMA drop, flat again. Subnet 2 registers at 6 000 and starts at 20 000.
void fill(QSqlDatabase db) {
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO subnets (netuid, name, symbol, owner_coldkey, owner_hotkey, registered_at, tempo,"
                                  " max_uids, fee_rate, started, updated_block) VALUES (1, 'one', 'A', 'o', 'h', 0, 360, 256, 33, 1, 36000),"
                                  " (2, 'two', 'B', 'o', 'h', 6000, 360, 256, 33, 1, 36000)")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO subnet_events VALUES (100, 1, 'started'), (20000, 2, 'started')")));
    for (int k = 1; k <= 30; ++k) {
        const int block = k * 1200;
        QVERIFY(q.exec(QStringLiteral("INSERT INTO blocks VALUES (%1, %2, 1000, 10)").arg(block).arg(qint64(block) * 12'000)));
        const int uids = k <= 5 ? 10 : k <= 12 ? 100 + (k - 6) * 20 : 240;
        const double ema = k <= 12 ? 0.5 + 0.04 * k : k <= 22 ? 1.0 : 0.8;
        QVERIFY(q.exec(QStringLiteral("INSERT INTO subnet_snapshots (netuid, block, tao_in, alpha_in, alpha_out, price, moving_price,"
                                      " tao_weight, tao_in_emission, alpha_in_emission, alpha_out_emission, emission_share, volume,"
                                      " n_uids, n_validators) VALUES (1, %1, 100, 100, 0, %2, %2, 0.5, 1, 1, 1, 0.05, 0, %3, 6)")
                           .arg(block)
                           .arg(ema)
                           .arg(uids)));
        if (block >= 6000)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO subnet_snapshots (netuid, block, tao_in, alpha_in, alpha_out, price, moving_price,"
                                          " tao_weight, tao_in_emission, alpha_in_emission, alpha_out_emission, emission_share, volume,"
                                          " n_uids, n_validators) VALUES (2, %1, 100, 100, 0, 0.1, 0.1, 0.5, 1, 1, 1, 0.01, 0, 5, 1)")
                               .arg(block)));
    }
    QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_cursor (id, network, block, chain_state) VALUES (1, 'local', 36000, NULL)")));
}

sqlite3* handle(QSqlDatabase db) {
    const QVariant h = db.driver()->handle();
    return h.isValid() ? *static_cast<sqlite3* const*>(h.constData()) : nullptr;
}

Changes storedRows(QSqlDatabase db, int netuid) {
    Changes out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT block, stage FROM stage_history WHERE netuid = %1 ORDER BY block").arg(netuid));
    while (q.next()) out.push_back({q.value(0).toULongLong(), *models::lifecycleStageFromKey(q.value(1).toString())});
    return out;
}

const Changes kSubnet1 = {{1200, LifecycleStage::ColdStart},
                          {7200, LifecycleStage::Growth},
                          {21600, LifecycleStage::Maturity},
                          {27600, LifecycleStage::Decline},
                          {34800, LifecycleStage::Maturity}};
const Changes kSubnet2 = {{6000, LifecycleStage::Creation}, {20400, LifecycleStage::ColdStart}};

} // namespace

class TestStageHistory : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void constructedHistoriesGiveTheExpectedChanges() {
        const QString path = dir_.filePath(QStringLiteral("constructed.sqlite"));
        QVERIFY(!models::Database::open(path, QStringLiteral("w"), models::Database::Mode::ReadWrite).has_value());
        QSqlDatabase db = models::Database::connection(QStringLiteral("w"));
        fill(db);
        const auto derived = models::ExplorerQueries::history(path, 1000);
        models::StageHistoryWriter writer(handle(db));
        // Batches that split the trend window store what one batch does.
        QVERIFY(writer.record(0, 5'000));
        QVERIFY(writer.record(5'000, 5'100)); // no sample point inside
        QVERIFY(writer.record(5'100, 20'400));
        QVERIFY(writer.record(20'400, 36'000));
        QCOMPARE(storedRows(db, 1), kSubnet1);
        QCOMPARE(storedRows(db, 2), kSubnet2);
        QSqlQuery(db).exec(QStringLiteral("DELETE FROM stage_history"));
        QVERIFY(writer.record(0, 36'000));
        QCOMPARE(storedRows(db, 1), kSubnet1);
        QCOMPARE(storedRows(db, 2), kSubnet2);
        // Recording a range again stores the same rows.
        QVERIFY(writer.record(30'000, 36'000));
        QCOMPARE(storedRows(db, 1), kSubnet1);
        db = {};
        models::Database::close(QStringLiteral("w"));

        // Stored == derived at every sample, and the readers use the stored rows.
        const auto stored = models::ExplorerQueries::history(path, 1000);
        QCOMPARE(stored.subnets.size(), derived.subnets.size());
        for (int i = 0; i < stored.subnets.size(); ++i) {
            QCOMPARE(stored.subnets[i].stages, derived.subnets[i].stages);
            QCOMPARE(derived.subnets[i].storedStages, 0);
            QCOMPARE(stored.subnets[i].storedStages, stored.subnets[i].samples.size());
        }
        QCOMPARE(models::ExplorerQueries::stageHistory(path, 1), kSubnet1);
        const auto lanes = models::LifecycleTimeline::lanes(stored);
        QCOMPARE(lanes.size(), 2);
        QCOMPARE(lanes[0].segments.size(), kSubnet1.size());
        for (int i = 0; i < kSubnet1.size(); ++i) {
            QCOMPARE(lanes[0].segments[i].stage, kSubnet1[i].second);
            QCOMPARE(lanes[0].segments[i].fromMs, qint64(kSubnet1[i].first) * 12'000);
        }
    }

    void overviewReadsTheStoredStage() {
        const QString path = dir_.filePath(QStringLiteral("overview.sqlite"));
        QVERIFY(!models::Database::open(path, QStringLiteral("o"), models::Database::Mode::ReadWrite).has_value());
        QSqlDatabase db = models::Database::connection(QStringLiteral("o"));
        fill(db);
        // A stored row wins over the classification at the head, and says since when.
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO stage_history VALUES (1, 30000, 'growth')")));
        db = {};
        models::Database::close(QStringLiteral("o"));
        const auto o = models::ExplorerQueries::overview(path);
        QVERIFY(o);
        QCOMPARE(o->subnets.size(), 2);
        QCOMPARE(o->subnets[0].stage, LifecycleStage::Growth);
        QCOMPARE(o->subnets[0].stageSince, std::optional<quint64>(30'000));
        // Nothing stored for subnet 2: classified at the head, as before the table existed.
        QCOMPARE(o->subnets[1].stage, LifecycleStage::ColdStart);
        QVERIFY(!o->subnets[1].stageSince);
    }

    void version2StoreUpgradesToStageHistory() {
        const QString path = dir_.filePath(QStringLiteral("v2.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(!models::Database::migrate(db, 2).has_value());
            QCOMPARE(models::Database::schemaVersion(db), 2);
            QVERIFY(!QSqlQuery(db).exec(QStringLiteral("SELECT COUNT(*) FROM stage_history")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
        QVERIFY(!models::Database::open(path, QStringLiteral("up"), models::Database::Mode::ReadWrite).has_value());
        {
            QSqlDatabase db = models::Database::connection(QStringLiteral("up"));
            QVERIFY(models::Database::schemaVersion(db) >= 3);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM stage_history")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        models::Database::close(QStringLiteral("up"));
    }

    void syncWritesStagesWithTheCursor() {
        const QString path = dir_.filePath(QStringLiteral("local.sqlite"));
        quint64 reached = 0;
        models::SyncService sync(path, QStringLiteral("local"), [&](quint64, const QByteArray& state) {
            chainclient::LocalNodeOptions o;
            o.initialState = state;
            o.blockIntervalMs = 0;
            o.catchUpTo = 2'500;
            o.catchUpBatch = 256;
            return new chainclient::LocalNode(o);
        });
        QObject::connect(&sync, &models::SyncService::committed, [&](quint64 b) { reached = b; });
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(reached >= 2'500, 120000);
        sync.cancel();
        const auto h = models::ExplorerQueries::history(path, 10'000);
        QVERIFY(!h.subnets.isEmpty());
        int withRows = 0;
        for (const auto& s : h.subnets) {
            const auto changes = models::ExplorerQueries::stageHistory(path, s.netuid);
            if (s.samples.isEmpty() || s.samples.back().block < 1200) continue;
            // Every subnet alive at the first sample point has its first stage there.
            QVERIFY2(!changes.isEmpty(), qPrintable(QStringLiteral("netuid %1").arg(s.netuid)));
            QVERIFY(changes.front().first == 1200 || changes.front().first == 2400);
            ++withRows;
        }
        QVERIFY(withRows > 0);
    }
};

QTEST_GUILESS_MAIN(TestStageHistory)
#include "tst_explorer_stage_history.moc"
