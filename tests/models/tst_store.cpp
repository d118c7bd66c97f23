// The store's schema upgrades, retention rules and read queries, against real SQLite files
// written by the real sync path.

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "support/LocalSync.h"

#include "chainclient/economics/Simulation.h"
#include "chainclient/local/AccountText.h"
#include "chainclient/local/LocalNode.h"
#include "chainclient/crypto/Ed25519Key.h"
#include "chainclient/crypto/SecretBuffer.h"
#include "chainclient/crypto/Ss58.h"
#include "models/HistoryModel.h"
#include "models/WalletService.h"
#include "models/store/Database.h"
#include "models/store/MarketQueries.h"
#include "models/store/Retention.h"
#include "models/store/StoreQueries.h"
#include "models/sync/SyncService.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using testsupport::scalar;

namespace {

quint64 runTo(const QString& db, quint64 target) {
    testsupport::LocalSyncOptions o;
    o.targetHint = target;
    o.catchUpBatch = 100;
    return testsupport::syncLocalTo(db, target, o);
}

economics::Simulation chainAtCursor(const QString& db) {
    const QByteArray state = models::StoreQueries::status(db)->chainState;
    const auto* data = reinterpret_cast<const std::uint8_t*>(state.constData());
    return economics::Simulation::load({data, data + state.size()}).value();
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT
private slots:
    void version1StoreUpgradesWithoutLosingRows() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(!models::Database::migrate(db, 1).has_value());
            QCOMPARE(models::Database::schemaVersion(db), 1);
            QSqlQuery q(db);
            for (int b = 1; b <= 700; ++b) {
                QVERIFY(q.exec(QStringLiteral("INSERT INTO blocks VALUES (%1, %2, 1000, 10)").arg(b).arg(b * 12000)));
                for (int n = 1; n <= 2; ++n)
                    QVERIFY(q.exec(QStringLiteral("INSERT INTO subnet_snapshots VALUES (%1, %2, 100, 200, 300, %3, 0.5, 0.18,"
                                                  " 1, 2, 3, 0.5, %4, 8, 2)")
                                       .arg(n)
                                       .arg(b)
                                       .arg(0.01 * n + b * 1e-5)
                                       .arg(b * 10)));
                if (b % 7 == 0)
                    QVERIFY(q.exec(QStringLiteral("INSERT INTO trades (block, netuid, side, coldkey, hotkey, tao, alpha, fee, price)"
                                                  " VALUES (%1, 1, %2, 'cold%3', 'hot%4', 5000, 7000, 3, 0.02)")
                                       .arg(b)
                                       .arg(b % 2)
                                       .arg(b % 5)
                                       .arg(b % 3)));
            }
            QVERIFY(q.exec(QStringLiteral("INSERT INTO subnets VALUES (1, 'a', 'A', 'o', 'h', 0, 360, 256, 33, 1, 700),"
                                          " (2, 'b', 'B', 'o', 'h', 0, 360, 256, 33, 1, 700)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO subnet_events VALUES (5, 1, 'started')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_cursor VALUES (1, 'local', 700, NULL)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        QVERIFY(!models::Database::open(path, QStringLiteral("up"), models::Database::Mode::ReadWrite).has_value());
        models::Database::close(QStringLiteral("up"));
        QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")), qint64(models::Database::newestSchemaVersion()));
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM blocks")), 700);
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM subnet_snapshots")), 1400);
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM trades")), 100);
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM subnet_events")), 1);
        QCOMPARE(scalar(path, QStringLiteral("SELECT block FROM sync_cursor")), 700);
        // Trades keep their accounts, now through the accounts table.
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM trades t JOIN accounts c ON c.id = t.coldkey_id"
                                             " JOIN accounts h ON h.id = t.hotkey_id WHERE c.address = 'cold' || (t.block % 5)"
                                             " AND h.address = 'hot' || (t.block % 3)")),
                 100);
        // Hourly candles were rebuilt from the v1 rows: 3 buckets (1-300, 301-600, 601-700) per subnet.
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM candles_1h")), 6);
        QCOMPARE(scalar(path, QStringLiteral("SELECT SUM(volume) FROM candles_1h")), 100 * 5000);
        const auto candles = models::MarketQueries::candles(path, 2, 1, 700, 300);
        QCOMPARE(candles.size(), 3);
        QCOMPARE(candles[1].startBlock, 301ULL);
        QCOMPARE(candles[1].open, 0.02 + 301 * 1e-5);
        QCOMPARE(candles[1].close, 0.02 + 600 * 1e-5);
        // The upgraded store accepts the sync path's writes on top.
        QCOMPARE(models::StoreQueries::latestSubnets(path).size(), 2);
        // v4: the transfers table, empty until the sync path reports transfers.
        QVERIFY(models::Database::newestSchemaVersion() >= 4);
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM transfers")), 0);
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'transfers_by_to'")), 1);
        // v6: start blocks come from a partial index, not a scan of every event (the v1 row is in it).
        QVERIFY(models::Database::newestSchemaVersion() >= 6);
        QCOMPARE(scalar(path, QStringLiteral("SELECT MAX(block) FROM subnet_events INDEXED BY subnet_events_started"
                                             " WHERE kind = 'started' AND netuid = 1")),
                 5);
    }

    void transfersAreStoredWithTheBlockThatSealedThem() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("local.sqlite"));
        // caught up to block 40, then live
        models::SyncService sync(db, QStringLiteral("local"), testsupport::liveLocalNode(40, 50));
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(sync.syncedBlock() >= 40 && sync.node(), 30000);
        auto key = chainclient::crypto::Ed25519Key::fromSeed(
            chainclient::crypto::SecretBuffer::fromByteArray(QByteArray(32, '\x31')));
        const QString alice = chainclient::crypto::Ss58::encode(key->publicKey());
        const QString bob = chainclient::crypto::Ss58::encode(QByteArray(32, '\x5c'));
        QSignalSpy submitted(sync.node(), &chainclient::NodeClient::submitted);
        qobject_cast<chainclient::LocalNode*>(sync.node())->faucet(alice, 10'000'000'000);
        QVERIFY(submitted.wait(5000));
        const quint64 faucetBlock = submitted.takeFirst().at(0).value<chainclient::SubmitResult>().block;

        models::WalletService ws(sync.node());
        QSignalSpy accountSpy(&ws, &models::WalletService::accountReady);
        ws.fetchAccount(alice);
        QVERIFY(accountSpy.wait(5000));
        const auto account = accountSpy.first().at(0).value<chainclient::AccountState>();
        auto prepared = ws.prepareTransfer({bob, 3'000'000'000, true}, account);
        QVERIFY2(prepared.ok(), prepared.ok() ? "" : prepared.error().message.c_str());
        QSignalSpy done(&ws, &models::WalletService::finished);
        ws.submit(models::WalletService::signPrepared(*prepared, *key).extrinsic);
        QVERIFY(done.wait(5000));
        const auto sent = done.first().at(0).value<chainclient::SubmitResult>();
        QVERIFY2(sent.ok, qPrintable(sent.message));
        QTRY_VERIFY_WITH_TIMEOUT(sync.syncedBlock() >= sent.block, 10000);

        // Written with the block, in the same transaction as the block and the cursor.
        const auto mine = models::HistoryModel::transfers(db, alice);
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine[0].kind, chainclient::TransferRecord::Kind::Faucet);
        QCOMPARE(mine[0].block, faucetBlock);
        QVERIFY(mine[0].from.isEmpty());
        QCOMPARE(mine[0].tao, 10'000'000'000u);
        QCOMPARE(mine[1].kind, chainclient::TransferRecord::Kind::Tao);
        QCOMPARE(mine[1].block, sent.block);
        QCOMPARE(mine[1].from, alice);
        QCOMPARE(mine[1].to, bob);
        QCOMPARE(mine[1].tao, 3'000'000'000u);
        QCOMPARE(models::HistoryModel::transfers(db, bob).size(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM transfers WHERE block > (SELECT block FROM sync_cursor)")), 0);
    }

    void sameSubnetMoveToAnotherHotkeyIsStored() {
        // A move between two hotkeys of one subnet swaps nothing, so no trade recorded it and
        // History (and the stored positions) missed it until the next epoch.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("local.sqlite"));
        // past the first epochs, so the metagraph names registered hotkeys
        models::SyncService sync(db, QStringLiteral("local"), testsupport::liveLocalNode(400, 50));
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(sync.syncedBlock() >= 400 && sync.node(), 60000);
        QString origin, dest;
        int netuid = -1;
        models::Database::open(db, QStringLiteral("hotkeys"), models::Database::Mode::ReadOnly);
        {
            QSqlQuery q(models::Database::connection(QStringLiteral("hotkeys")));
            QVERIFY(q.exec(QStringLiteral(
                "SELECT s.netuid, s.owner_hotkey, h.address FROM subnets s JOIN metagraph m ON m.netuid = s.netuid"
                " JOIN accounts h ON h.id = m.hotkey_id WHERE s.started = 1 AND s.netuid > 0"
                " AND h.address <> s.owner_hotkey ORDER BY s.netuid, m.block DESC, m.uid LIMIT 1")));
            if (q.next()) {
                netuid = q.value(0).toInt();
                origin = q.value(1).toString();
                dest = q.value(2).toString();
            }
        }
        models::Database::close(QStringLiteral("hotkeys"));
        QVERIFY2(netuid > 0, "a started subnet with a second registered hotkey");

        auto key = chainclient::crypto::Ed25519Key::fromSeed(
            chainclient::crypto::SecretBuffer::fromByteArray(QByteArray(32, '\x32')));
        const QString me = chainclient::crypto::Ss58::encode(key->publicKey());
        QSignalSpy submitted(sync.node(), &chainclient::NodeClient::submitted);
        qobject_cast<chainclient::LocalNode*>(sync.node())->faucet(me, 20'000'000'000);
        QVERIFY(submitted.wait(5000));
        models::WalletService ws(sync.node());
        ws.setSubnets(models::StoreQueries::latestSubnets(db));
        const auto run = [&](const models::StakeOrder& order) {
            QSignalSpy accountSpy(&ws, &models::WalletService::accountReady);
            ws.fetchAccount(me);
            [&] { QVERIFY(accountSpy.wait(5000)); }();
            auto prepared = ws.prepare(order, accountSpy.first().at(0).value<chainclient::AccountState>());
            [&] { QVERIFY2(prepared.ok(), prepared.ok() ? "" : prepared.error().message.c_str()); }();
            QSignalSpy done(&ws, &models::WalletService::finished);
            ws.submit(models::WalletService::signPrepared(*prepared, *key).extrinsic);
            [&] { QVERIFY(done.wait(5000)); }();
            return done.first().at(0).value<chainclient::SubmitResult>();
        };
        models::StakeOrder add;
        add.hotkey = origin, add.netuid = static_cast<quint16>(netuid), add.amount = 5'000'000'000;
        const auto staked = run(add);
        QVERIFY2(staked.ok, qPrintable(staked.message));
        models::StakeOrder move;
        move.kind = models::StakeOrder::Kind::Move;
        move.hotkey = origin, move.netuid = static_cast<quint16>(netuid), move.amount = staked.alpha;
        move.destHotkey = dest, move.destNetuid = static_cast<quint16>(netuid);
        const auto moved = run(move);
        QVERIFY2(moved.ok, qPrintable(moved.errorCode + ": " + moved.message));
        QTRY_VERIFY_WITH_TIMEOUT(sync.syncedBlock() >= moved.block, 10000);

        const auto mine = models::HistoryModel::transfers(db, me);
        const auto rec = std::find_if(mine.begin(), mine.end(), [](const chainclient::TransferRecord& t) {
            return t.kind == chainclient::TransferRecord::Kind::Move;
        });
        QVERIFY(rec != mine.end());
        QCOMPARE(rec->block, moved.block);
        QCOMPARE(rec->netuid, static_cast<quint16>(netuid));
        QCOMPARE(rec->hotkey, origin);
        QCOMPARE(rec->destHotkey, dest);
        QCOMPARE(rec->alpha, staked.alpha);
        const auto history = models::HistoryModel::build(models::MarketQueries::trades(db, me, 100), mine, me, {}, {});
        QVERIFY(std::any_of(history.begin(), history.end(), [&](const models::HistoryEntry& e) {
            return e.kind == models::HistoryEntry::Kind::Move && e.destHotkey == dest && e.block == moved.block;
        }));
        // The stored positions follow the move in the same block, not at the next epoch.
        QCOMPARE(scalar(db, QStringLiteral("SELECT p.alpha FROM stake_positions p JOIN accounts c ON c.id = p.coldkey_id"
                                           " JOIN accounts h ON h.id = p.hotkey_id WHERE c.address = '%1'"
                                           " AND h.address = '%2' AND p.netuid = %3")
                                .arg(me, dest).arg(netuid)),
                 qint64(staked.alpha));
    }

    void retentionRulesNestAndKeepRecentRows() {
        using R = models::Retention;
        const quint64 head = 1'200'000;
        for (quint64 b = head - 599; b <= head; ++b) QVERIFY(R::keepSnapshot(b, head));
        QVERIFY(!R::keepSnapshot(head - 601, head));
        QVERIFY(R::keepSnapshot(head - 610, head));
        QVERIFY(!R::keepSnapshot(head - 7210, head));
        QVERIFY(R::keepSnapshot(head - 7250, head));
        QVERIFY(!R::keepSnapshot(head - 60'050, head));
        QVERIFY(R::keepSnapshot(head - 60'000, head)); // multiple of 1200
        QVERIFY(R::keepMetagraph(head - 7000, head, false, false));
        QVERIFY(!R::keepMetagraph(head - 8000, head, false, false));
        QVERIFY(R::keepMetagraph(head - 8000, head, true, false));
        QVERIFY(!R::keepMetagraph(head - 60'000, head, true, false));
        QVERIFY(R::keepMetagraph(head - 60'000, head, true, true));
        // Kept at a later head ⇒ kept at every earlier head (what makes skipping safe).
        for (quint64 b = 1; b < 200'000; b += 7)
            if (R::keepSnapshot(b, head)) QVERIFY(R::keepSnapshot(b, head - 500'000 > b ? head - 500'000 : b));
    }

    void queriesAgreeWithTheChainState() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("local.sqlite"));
        QCOMPARE(runTo(db, 1300), 1300ULL);
        const auto sim = chainAtCursor(db);
        const auto& chain = sim.chain();

        // Positions: exactly the chain's non-zero stakes.
        qint64 stakes = 0;
        for (const auto& [id, s] : chain.subnets())
            for (const auto& [key, amount] : s.stakes) stakes += amount.isZero() ? 0 : 1;
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM stake_positions")), stakes);
        const auto trader = chainclient::accountToText(economics::Simulation::traderColdkey(0));
        const auto positions = models::MarketQueries::positions(db, trader);
        for (const auto& p : positions) {
            const auto hot = chainclient::accountFromText(p.hotkey);
            QVERIFY(hot.has_value());
            QCOMPARE(p.alpha, chain.stakeOf(economics::NetUid{p.netuid}, *hot, economics::Simulation::traderColdkey(0)).rao());
        }
        const auto trades = models::MarketQueries::trades(db, trader, 1000);
        QCOMPARE(static_cast<qint64>(trades.size()),
                 scalar(db, QStringLiteral("SELECT COUNT(*) FROM trades t JOIN accounts a ON a.id = t.coldkey_id"
                                           " WHERE a.address = '%1'").arg(trader)));
        for (int i = 1; i < trades.size(); ++i) QVERIFY(trades[i - 1].block >= trades[i].block);

        // Metagraph at the newest epoch: the chain's neurons, in UID order.
        for (const auto& [id, s] : chain.subnets()) {
            quint64 epoch = 0;
            const auto rows = models::MarketQueries::metagraph(db, id, &epoch);
            if (rows.isEmpty()) continue;
            // Neurons registered after the epoch are not in it yet.
            QVERIFY(rows.size() <= static_cast<qsizetype>(s.neurons.size()));
            for (int uid = 0; uid < rows.size(); ++uid) {
                QCOMPARE(rows[uid].uid, uid);
                const auto& neuron = s.neurons[static_cast<size_t>(uid)];
                if (neuron.registeredAt <= epoch) QCOMPARE(rows[uid].hotkey, chainclient::accountToText(neuron.hotkey));
            }
            QVERIFY(epoch > 0 && epoch <= 1300);
        }

        // Emission shares at block 1200 sum to the whole block emission.
        const auto shares = models::MarketQueries::emissionShares(db, 1, 1300);
        QCOMPARE(shares.size(), 1);
        QCOMPARE(shares[0].block, 1200ULL);
        double total = 0;
        for (const auto& [netuid, share] : shares[0].shares) total += share;
        QVERIFY2(std::abs(total - 1.0) < 1e-6, qPrintable(QString::number(total)));

        // Subnet list: 1 h change against the snapshot 300 blocks back, 24 h volume = all volume.
        const auto markets = models::MarketQueries::subnetMarkets(db);
        QCOMPARE(markets.size(), static_cast<qsizetype>(chain.subnets().size()));
        for (const auto& m : markets) {
            QVERIFY(!std::isnan(m.change1h));
            QVERIFY(std::isnan(m.change7d));
            QCOMPARE(m.volume24h, m.subnet.volume);
        }
    }

    void hourlyCandlesEqualFineCandlesMerged() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("local.sqlite"));
        QCOMPARE(runTo(db, 590), 590ULL); // younger than the every-block window: nothing thinned
        for (quint16 netuid : {quint16(1), quint16(3)}) {
            const auto hourly = models::MarketQueries::candles(db, netuid, 1, 590, 300);
            const auto fine = models::MarketQueries::candles(db, netuid, 1, 590, 25);
            QCOMPARE(hourly.size(), 2);
            QCOMPARE(fine.size(), 24);
            models::CandleAggregator merged(300);
            for (const auto& c : fine) merged.merge(c);
            const auto expected = merged.candles();
            for (int i = 0; i < 2; ++i) {
                QCOMPARE(hourly[i].startBlock, expected[i].startBlock);
                QCOMPARE(hourly[i].open, expected[i].open);
                QCOMPARE(hourly[i].high, expected[i].high);
                QCOMPARE(hourly[i].low, expected[i].low);
                QCOMPARE(hourly[i].close, expected[i].close);
                QCOMPARE(hourly[i].volume, expected[i].volume);
            }
            const auto daily = models::MarketQueries::candles(db, netuid, 1, 590, 7200);
            QCOMPARE(daily.size(), 1);
            QCOMPARE(daily[0].volume, hourly[0].volume + hourly[1].volume);
        }
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
