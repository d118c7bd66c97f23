// Integration: the local chain → SyncService → a real SQLite file (no mocks).

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "support/LocalSync.h"

#include "chainclient/economics/Simulation.h"
#include "chainclient/crypto/Ss58.h"
#include "chainclient/local/AccountText.h"
#include "chainclient/local/LocalNode.h"
#include "models/SubnetListModel.h"
#include "models/explorer/ValidatorListModel.h"
#include "models/store/Database.h"
#include "models/store/StoreQueries.h"
#include "models/sync/StoreWriter.h"
#include "models/sync/SyncService.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using testsupport::scalar;

namespace {

quint64 runTo(const QString& db, quint64 target, quint64 hint = 0) {
    testsupport::LocalSyncOptions o;
    o.targetHint = hint;
    o.checkInvariants = true;
    return testsupport::syncLocalTo(db, target, o);
}

// The same blocks straight from a node without a snapshot plan (every block whole) into a writer.
quint64 runWholeTo(const QString& db, quint64 target) {
    models::StoreWriter writer(db, QStringLiteral("local"));
    writer.setTargetHint(target);
    QString error;
    QObject::connect(&writer, &models::StoreWriter::failed, [&](const QString& m) { error = m; });
    writer.open();
    chainclient::LocalNodeOptions o;
    o.blockIntervalMs = 0;
    o.catchUpTo = target;
    o.catchUpBatch = 128;
    chainclient::LocalNode node(o);
    quint64 reached = 0;
    QObject::connect(&node, &chainclient::NodeClient::blocksReady, [&](const chainclient::BlockBatch& batch) {
        for (const auto& b : batch) {
            if (!b.prices.isEmpty()) error = QStringLiteral("a block of prices only without a plan");
            for (const auto& s : b.subnets)
                if (s.partial) error = QStringLiteral("a partial snapshot without a plan");
        }
        writer.writeBatch(batch);
        reached = batch.last().number;
        node.acknowledge(reached);
    });
    node.startStreaming(0);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(reached >= target || !error.isEmpty(), 60000); }();
    if (!error.isEmpty()) qWarning() << error;
    writer.closeConnection();
    return error.isEmpty() ? reached : 0;
}

// Every row of a table as text, sorted, so two stores compare as sets of rows.
QStringList rowsOf(const QString& db, const QString& table) {
    models::Database::open(db, QStringLiteral("rows"), models::Database::Mode::ReadOnly);
    QStringList out;
    {
        QSqlQuery q(models::Database::connection(QStringLiteral("rows")));
        q.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) cells << q.value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
    }
    models::Database::close(QStringLiteral("rows"));
    out.sort();
    return out;
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

    // With a target the node builds whole subnet snapshots only for blocks retention keeps; the
    // store must hold exactly what it holds when every block arrives whole.
    void partialSnapshotsStoreTheSameRowsAsWholeOnes() {
        QTemporaryDir dir;
        const QString planned = dir.filePath(QStringLiteral("planned.sqlite"));
        const QString whole = dir.filePath(QStringLiteral("whole.sqlite"));
        const quint64 target = 1'500; // past the every-block tier, with a few epochs per subnet
        QCOMPARE(runTo(planned, target, target), target);
        QCOMPARE(runWholeTo(whole, target), target);
        QVERIFY(scalar(planned, QStringLiteral("SELECT COUNT(*) FROM subnet_snapshots")) <
                static_cast<qint64>(target) * scalar(planned, QStringLiteral("SELECT COUNT(*) FROM subnets")));
        for (const char* table : {"blocks", "subnets", "subnet_snapshots", "trades", "subnet_events", "emission_history",
                                  "accounts", "metagraph", "stake_positions", "delegates", "candles_1h", "sync_cursor", "retention"}) {
            const QStringList a = rowsOf(planned, QLatin1String(table)), b = rowsOf(whole, QLatin1String(table));
            QVERIFY2(a == b, table);
        }
    }

    // Live blocks carry the chain state only every liveStateEvery blocks and with every call.
    // A stop (as abrupt as a crash: nothing is saved on the way out) leaves the stored state
    // behind the cursor; the restarted node re-runs the blocks in between and the store ends
    // exactly as a run without the stop, and a call's block always carries its state.
    void liveBlocksCarryTheStateNowAndThenAndResumeExactly() {
        QTemporaryDir dir;
        const quint64 target = 260;
        auto stateBlockOf = [](const QString& db) -> qint64 {
            const auto status = models::StoreQueries::status(db);
            if (!status || status->chainState.isEmpty()) return -1;
            const auto* data = reinterpret_cast<const std::uint8_t*>(status->chainState.constData());
            auto sim = economics::Simulation::load({data, data + status->chainState.size()});
            return sim ? static_cast<qint64>(sim->chain().blockNumber()) : -1;
        };
        auto liveNode = [](chainclient::LocalNode** out) {
            return [out](quint64, const QByteArray& state) -> chainclient::NodeClient* {
                chainclient::LocalNodeOptions o;
                o.initialState = state;
                o.catchUpTo = 100;
                o.blockIntervalMs = 5;
                o.liveStateEvery = 1000;
                *out = new chainclient::LocalNode(o);
                return *out;
            };
        };
        const QString live = dir.filePath(QStringLiteral("live.sqlite"));
        const QString withCall = dir.filePath(QStringLiteral("call.sqlite"));
        const QString whole = dir.filePath(QStringLiteral("whole.sqlite"));
        {
            chainclient::LocalNode* node = nullptr;
            models::SyncService sync(live, QStringLiteral("local"), liveNode(&node));
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(sync.syncedBlock() >= 150, 60000);
        }
        const qint64 cursor = scalar(live, QStringLiteral("SELECT block FROM sync_cursor"));
        QVERIFY(cursor >= 150);
        QCOMPARE(stateBlockOf(live), 100); // the catch-up's last batch; no live block carried one
        QCOMPARE(runTo(live, target), target);
        QCOMPARE(runTo(whole, target), target);
        QCOMPARE(stateBlockOf(live), qint64(target));
        QCOMPARE(models::StoreQueries::status(live)->chainState, models::StoreQueries::status(whole)->chainState);
        for (const char* table : {"blocks", "subnets", "trades", "subnet_events", "accounts", "metagraph", "stake_positions",
                                  "delegates", "emission_history"}) {
            const QStringList a = rowsOf(live, QLatin1String(table)), b = rowsOf(whole, QLatin1String(table));
            QVERIFY2(a == b, table);
        }

        // A call: the block that seals it carries the state, so a stop right after keeps it.
        const QString account = chainclient::crypto::Ss58::encode(QByteArray(32, '\x5c'));
        quint64 sealedIn = 0;
        {
            chainclient::LocalNode* node = nullptr;
            models::SyncService sync(withCall, QStringLiteral("local"), liveNode(&node));
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(sync.syncedBlock() >= 120 && node, 60000);
            QSignalSpy submitted(node, &chainclient::NodeClient::submitted);
            node->faucet(account, 7'000'000'000);
            QVERIFY(submitted.wait(5000));
            sealedIn = submitted.takeFirst().at(0).value<chainclient::SubmitResult>().block;
            QTRY_VERIFY_WITH_TIMEOUT(sync.syncedBlock() >= sealedIn + 10, 60000);
        }
        QCOMPARE(stateBlockOf(withCall), qint64(sealedIn));
        QVERIFY(scalar(withCall, QStringLiteral("SELECT block FROM sync_cursor")) > qint64(sealedIn));
        QCOMPARE(runTo(withCall, target), target);
        const auto status = models::StoreQueries::status(withCall);
        const auto* data = reinterpret_cast<const std::uint8_t*>(status->chainState.constData());
        auto sim = economics::Simulation::load({data, data + status->chainState.size()});
        QVERIFY(sim.ok());
        economics::AccountId raw;
        std::fill(raw.bytes.begin(), raw.bytes.end(), std::uint8_t{0x5c});
        QCOMPARE(sim->chain().freeBalance(raw).rao(), quint64(7'000'000'000));
    }

    // A scenario with varied validator takes, synced in two runs (a restart in between): the
    // validators list shows each hotkey's take as the chain at the cursor has it.
    void validatorListShowsTheChainsTakes() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("takes.sqlite"));
        testsupport::LocalSyncOptions o;
        economics::ScenarioConfig scenario = economics::ScenarioConfig::defaults();
        scenario.minValidatorTake = 0.0;
        scenario.maxValidatorTake = 0.18;
        o.scenario = scenario;
        QCOMPARE(testsupport::syncLocalTo(db, 150, o), 150ULL);
        QCOMPARE(testsupport::syncLocalTo(db, 400, o), 400ULL);
        const auto status = models::StoreQueries::status(db);
        QVERIFY(status.has_value());
        const auto* data = reinterpret_cast<const std::uint8_t*>(status->chainState.constData());
        auto sim = economics::Simulation::load({data, data + status->chainState.size()});
        QVERIFY(sim.ok());
        int lower = 0, checked = 0;
        for (const models::ValidatorRow& r : models::ValidatorListModel::load(db)) {
            if (!r.take) continue;
            const auto hotkey = chainclient::accountFromText(r.hotkey);
            QVERIFY(hotkey);
            QCOMPARE(*r.take, sim->chain().delegateTake(*hotkey) / 65535.0);
            lower += *r.take < 0.17;
            ++checked;
        }
        QVERIFY(checked > 20);
        QVERIFY2(lower > 5, "the scenario's takes reach the validators list");
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
