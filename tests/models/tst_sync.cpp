// Integration: the local chain → SyncService → a real SQLite file (no mocks).

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "chainclient/economics/Simulation.h"
#include "chainclient/local/LocalNode.h"
#include "models/SubnetListModel.h"
#include "models/store/Database.h"
#include "models/store/StoreQueries.h"
#include "models/sync/SyncService.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

quint64 runTo(const QString& db, quint64 target) {
    quint64 reached = 0;
    models::SyncService sync(db, QStringLiteral("local"), [&](quint64, const QByteArray& state) {
        chainclient::LocalNodeOptions o;
        o.initialState = state;
        o.blockIntervalMs = 0;
        o.catchUpTo = target;
        o.catchUpBatch = 128;
        o.checkInvariants = true;
        return new chainclient::LocalNode(o);
    });
    QSignalSpy failed(&sync, &models::SyncService::failed);
    QObject::connect(&sync, &models::SyncService::committed, [&](quint64 b) { reached = b; });
    sync.start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(reached >= target || !failed.isEmpty(), 60000); }();
    if (!failed.isEmpty()) qWarning() << failed.first().first().toString();
    return reached;
}

qint64 scalar(const QString& db, const QString& sql) {
    models::Database::open(db, QStringLiteral("probe"), models::Database::Mode::ReadOnly);
    qint64 v = -1;
    {
        QSqlQuery q(models::Database::connection(QStringLiteral("probe")));
        if (q.exec(sql) && q.next()) v = q.value(0).toLongLong();
    }
    models::Database::close(QStringLiteral("probe"));
    return v;
}

} // namespace

class TestSync : public QObject {
    Q_OBJECT
private slots:
    void syncsFiveHundredBlocksWithCursorAndRows() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("local.sqlite"));
        QCOMPARE(runTo(db, 600), 600ULL);
        QCOMPARE(scalar(db, QStringLiteral("SELECT block FROM sync_cursor")), 600);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM blocks")), 600);
        QCOMPARE(scalar(db, QStringLiteral("SELECT MIN(number) FROM blocks")), 1);
        const qint64 subnets = scalar(db, QStringLiteral("SELECT COUNT(*) FROM subnets"));
        QVERIFY(subnets >= 8);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM subnet_snapshots")), 600 * subnets);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM trades")) > 50);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")), qint64(models::Database::newestSchemaVersion()));
        // The chain state stored with the cursor is the chain at the cursor.
        const auto status = models::StoreQueries::status(db);
        QVERIFY(status.has_value());
        const auto* data = reinterpret_cast<const std::uint8_t*>(status->chainState.constData());
        auto sim = economics::Simulation::load({data, data + status->chainState.size()});
        QVERIFY(sim.ok());
        QCOMPARE(sim->chain().blockNumber(), 600ULL);
    }

    void resumesWhereItStoppedAndMatchesAnUninterruptedRun() {
        QTemporaryDir dir;
        const QString split = dir.filePath(QStringLiteral("split.sqlite"));
        const QString whole = dir.filePath(QStringLiteral("whole.sqlite"));
        QCOMPARE(runTo(split, 250), 250ULL);
        QCOMPARE(runTo(split, 500), 500ULL);
        QCOMPARE(runTo(whole, 500), 500ULL);
        QCOMPARE(models::StoreQueries::status(split)->chainState, models::StoreQueries::status(whole)->chainState);
        const QString digest = QStringLiteral("SELECT SUM(tao_in % 1000003 + alpha_out % 1000033 + block) FROM subnet_snapshots");
        QCOMPARE(scalar(split, digest), scalar(whole, digest));
        QCOMPARE(scalar(split, QStringLiteral("SELECT COUNT(*) FROM trades")), scalar(whole, QStringLiteral("SELECT COUNT(*) FROM trades")));
    }

    void subnetListModelReadsTheNewestBlock() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("local.sqlite"));
        QCOMPARE(runTo(db, 120), 120ULL);
        models::SubnetListModel model(db);
        QVERIFY(model.refresh());
        QCOMPARE(model.block(), 120ULL);
        QVERIFY(model.rowCount() >= 8);
        for (const auto& row : model.rows()) {
            QVERIFY(row.price > 0);
            QVERIFY(std::abs(row.price - static_cast<double>(row.taoIn) / static_cast<double>(row.alphaIn)) / row.price < 1e-6);
        }
        const QString shown = model.data(model.index(0, models::SubnetListModel::TaoIn), Qt::DisplayRole).toString();
        QVERIFY2(shown.endsWith(QLatin1String(" TAO")) && !shown.contains(QLatin1Char('e')), qPrintable(shown));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
