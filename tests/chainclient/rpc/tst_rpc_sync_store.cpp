// The whole real-network path on the local chain: SyncService → SubtensorNode → WebSocket on
// 127.0.0.1 → RpcServer → LocalNode, into a temp SQLite file; compared with the in-process
// LocalNode → SyncService path over the same blocks, table by table, for every column both
// paths carry (staker counts are not read over RPC). One chain feeds both: the in-process sync
// runs it, the server captures each block, and halfway a wallet submits transfers, stake moves
// and a failing stake over RPC, so trades, transfers and positions include a wallet's too.
// The scenario gives its validators takes between 0 and 18 %, which the delegates rows carry:
// in process from the chain, over RPC from DelegateInfoRuntimeApi_get_delegates.

#include "support/LoopbackNode.h"

#include "chainclient/crypto/Ed25519Key.h"
#include "chainclient/crypto/SecretBuffer.h"
#include "chainclient/crypto/Ss58.h"
#include "chainclient/local/AccountText.h"
#include "chainclient/local/LocalNode.h"
#include "chainclient/local/RpcServer.h"
#include "chainclient/subtensor/Extrinsic.h"
#include "chainclient/subtensor/SubtensorNode.h"
#include "models/sync/SyncService.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace chainclient;

namespace {

constexpr quint64 kBlocks = 400;
constexpr quint64 kWalletAt = 200; // the chain pauses here for the wallet's calls

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
// `absolute`: also allowed on top (a REAL value truncated to an integer may differ by 1).
QString compare(const Rows& local, const Rows& remote, int firstTolerant, double tolerance, double absolute = 0) {
    if (local.size() != remote.size())
        return QStringLiteral("%1 rows in process, %2 over RPC").arg(local.size()).arg(remote.size());
    for (qsizetype i = 0; i < local.size(); ++i)
        for (qsizetype c = 0; c < local[i].size(); ++c) {
            const QVariant& a = local[i][c];
            const QVariant& b = remote[i][c];
            const bool same = (firstTolerant >= 0 && c >= firstTolerant)
                                  ? std::fabs(a.toDouble() - b.toDouble()) <= absolute + tolerance * std::max(1.0, std::fabs(a.toDouble()))
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

        RpcServerOptions so;
        so.keepBlocks = static_cast<int>(kBlocks) + 16;
        RpcServer server(so);
        QVERIFY(server.listen());
        const QUrl url = server.url();
        auto nodeOptions = [&] { return testsupport::loopbackNodeOptions(url, 30'000); };

        QString failure;
        {
            LocalNode* chain = nullptr;
            models::SyncService sync(localDb, QStringLiteral("local"), [&](quint64, const QByteArray& state) -> NodeClient* {
                LocalNodeOptions o;
                o.initialState = state;
                o.blockIntervalMs = 0;
                o.catchUpTo = kWalletAt;
                o.scenario.minValidatorTake = 0.0;
                o.scenario.maxValidatorTake = 0.18;
                o.blockObserver = server.blockObserver();
                chain = new LocalNode(o);
                server.setNode(chain);
                return chain;
            });
            QVERIFY2(syncTo(sync, kWalletAt, &failure), qPrintable(failure));
            QVERIFY(chain);
            walletCalls(*chain, localDb, nodeOptions());
            if (QTest::currentTestFailed()) return;
            chain->extendTo(kBlocks);
            QVERIFY2(QTest::qWaitFor([&] { return sync.syncedBlock() >= kBlocks || !failure.isEmpty(); }, 180'000) && failure.isEmpty(),
                     qPrintable(failure));
            QTRY_COMPARE_WITH_TIMEOUT(server.head(), kBlocks, 30'000);
            server.setNode(nullptr);
        }
        // In two runs: the first lists every staking key (SubtensorModule.Alpha) for its first
        // block's whole sets; the second resumes on the stored positions, as after an app
        // restart, and reads only what changes (on finney the listing takes minutes).
        const QString listKeys = QStringLiteral("state_getKeysPaged");
        for (const quint64 target : {kBlocks / 2 + 7, kBlocks}) {
            const quint64 listedBefore = server.requestCount(listKeys);
            models::SyncService sync(remoteDb, url.toString(), [&](quint64, const QByteArray&) -> NodeClient* {
                return new subtensor::SubtensorNode(nodeOptions());
            });
            QVERIFY2(syncTo(sync, target, &failure), qPrintable(failure));
            qInfo() << "remote sync stopped at" << sync.syncedBlock();
            if (target < kBlocks) QVERIFY2(server.requestCount(listKeys) > listedBefore, "a fresh store lists the staking keys");
            else QCOMPARE(server.requestCount(listKeys), listedBefore);
        }
        QCOMPARE(query(remoteDb, "SELECT positions_whole FROM sync_cursor").value(0).value(0).toInt(), 1);

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
        {
            // Events carry no price: over RPC a trade's price is the subnet's at the end of its
            // block, so only a subnet's last trade of a block is close to the in-process price.
            // Not equal: the embedded chain injects the block's emission after its trades (a
            // real runtime does it in on_initialize, before them), which moves the price ~1e-5.
            auto [a, b] = both("SELECT t.block, t.netuid, t.side, c.address, h.address, t.tao, t.alpha, t.fee,"
                               " CASE WHEN t.id = (SELECT MAX(id) FROM trades x WHERE x.block = t.block AND x.netuid = t.netuid)"
                               " THEN t.price ELSE 0 END"
                               " FROM trades t JOIN accounts c ON c.id = t.coldkey_id JOIN accounts h ON h.id = t.hotkey_id"
                               " ORDER BY t.id");
            QVERIFY2(a.size() > 50, "the scenario trades");
            const QString diff = compare(a, b, 8, 1e-4);
            QVERIFY2(diff.isEmpty(), qPrintable("trades: " + diff));
        }
        {
            // Faucet credits (kind 2) are the embedded chain's own; a real chain has none to report.
            auto [a, b] = both("SELECT t.block, t.kind, f.address, o.address, t.tao, t.alpha, t.netuid, t.dest_netuid,"
                               " h.address, d.address FROM transfers t LEFT JOIN accounts f ON f.id = t.from_id"
                               " JOIN accounts o ON o.id = t.to_id LEFT JOIN accounts h ON h.id = t.hotkey_id"
                               " LEFT JOIN accounts d ON d.id = t.dest_hotkey_id WHERE t.kind != 2 ORDER BY t.id");
            QCOMPARE(a.size(), 3); // TAO transfer, stake transfer, move
            const QString diff = compare(a, b, -1, 0);
            QVERIFY2(diff.isEmpty(), qPrintable("transfers: " + diff));
        }
        {
            auto [a, b] = both("SELECT c.address, p.netuid, h.address, p.alpha, p.updated_block FROM stake_positions p"
                               " JOIN accounts c ON c.id = p.coldkey_id JOIN accounts h ON h.id = p.hotkey_id"
                               " ORDER BY c.address, p.netuid, h.address");
            QVERIFY(a.size() > 10);
            const QString diff = compare(a, b, -1, 0);
            QVERIFY2(diff.isEmpty(), qPrintable("stake_positions: " + diff));
        }
        {
            auto [a, b] = both("SELECT h.address, d.take, d.nominators, d.total_stake FROM delegates d"
                               " JOIN accounts h ON h.id = d.hotkey_id ORDER BY h.address");
            QVERIFY(!a.isEmpty());
            // total_stake is Alpha × the subnet price, which crosses the wire in whole rao per
            // Alpha (the rounding is relative to the price), summed and truncated.
            const QString diff = compare(a, b, 3, 1e-5, 1); // 0.5 rao in a price of 1e-4 TAO
            QVERIFY2(diff.isEmpty(), qPrintable("delegates: " + diff));
            // The takes are the chain's own: some validators charge less than the default 18 %,
            // and hotkeys without a take (miners, owners) the default.
            int lower = 0, standard = 0;
            for (const auto& row : b) {
                const int take = row.value(1).toInt();
                QVERIFY(take >= 0 && take <= kDefaultDelegateTake);
                (take == kDefaultDelegateTake ? standard : lower) += 1;
            }
            QVERIFY2(lower > 3 && standard > 3, qPrintable(QStringLiteral("%1 lower, %2 default").arg(lower).arg(standard)));
        }
    }

private:
    // A wallet's calls over RPC while the chain waits at kWalletAt: a TAO transfer, a stake, a
    // stake transfer to another coldkey, a move to another hotkey, and a stake above the balance
    // that the chain includes and fails (ExtrinsicFailed → the module error's name).
    void walletCalls(LocalNode& chain, const QString& localDb, const subtensor::SubtensorNodeOptions& options) {
        using namespace subtensor;
        const Rows hot = query(localDb, "SELECT m.netuid, h.address FROM metagraph m JOIN accounts h ON h.id = m.hotkey_id"
                                        " JOIN subnets s ON s.netuid = m.netuid WHERE s.started = 1 AND m.netuid > 0"
                                        " AND m.block = (SELECT MAX(block) FROM metagraph WHERE netuid = m.netuid)"
                                        " ORDER BY m.netuid, m.uid LIMIT 2");
        QVERIFY2(hot.size() == 2 && hot[0][0] == hot[1][0], "two hotkeys of a started subnet in the metagraph");
        const auto netuid = static_cast<quint16>(hot[0][0].toUInt());
        const QByteArray hotkey = accountBytes(*accountFromText(hot[0][1].toString()));
        const QByteArray hotkey2 = accountBytes(*accountFromText(hot[1][1].toString()));

        auto alice = crypto::Ed25519Key::fromSeed(crypto::SecretBuffer::fromByteArray(QByteArray(32, '\x21')));
        auto bob = crypto::Ed25519Key::fromSeed(crypto::SecretBuffer::fromByteArray(QByteArray(32, '\x22')));
        QVERIFY(alice.ok() && bob.ok());
        QSignalSpy funded(&chain, &NodeClient::submitted);
        chain.faucet(crypto::Ss58::encode(alice->publicKey()), 50'000'000'000);
        QTRY_COMPARE(funded.count(), 1);

        SubtensorNode wallet(options);
        QSignalSpy accounts(&wallet, &NodeClient::accountStateReady);
        wallet.requestAccountState(crypto::Ss58::encode(alice->publicKey()));
        QTRY_COMPARE_WITH_TIMEOUT(accounts.count(), 1, 20'000);
        const auto state = accounts.at(0).at(0).value<AccountState>();
        QVERIFY2(state.ok, qPrintable(state.message));
        SigningContext ctx;
        ctx.genesisHash = state.genesisHash;
        ctx.birthHash = state.genesisHash;
        ctx.specVersion = state.specVersion;
        ctx.transactionVersion = state.transactionVersion;
        ctx.era = Era::immortal();
        ctx.nonce = state.nonce;

        QSignalSpy submitted(&wallet, &NodeClient::submitted);
        auto submit = [&](const Call& call) {
            wallet.submitExtrinsic(Extrinsic::signEd25519(call.encode(), ctx, *alice));
            ++ctx.nonce;
            const int n = submitted.count() + 1;
            if (!QTest::qWaitFor([&] { return submitted.count() >= n; }, 20'000)) return SubmitResult{};
            return submitted.at(n - 1).at(0).value<SubmitResult>();
        };
        const QByteArray bobKey = bob->publicKey();
        for (const Call& call : {Call::transferKeepAlive(bobKey, 2'000'000'000), Call::addStake(hotkey, netuid, 10'000'000'000),
                                 Call::transferStake(bobKey, hotkey, netuid, netuid, 1'000'000'000),
                                 Call::moveStake(hotkey, hotkey2, netuid, netuid, 1'000'000'000)}) {
            const SubmitResult r = submit(call);
            QVERIFY2(r.ok, qPrintable(r.errorCode + ": " + r.message));
            QVERIFY(r.block > kWalletAt);
        }
        // Valid, signed and paid for, but more than the balance: in a block, and failed there.
        const SubmitResult over = submit(Call::addStake(hotkey, netuid, 1'000'000'000'000));
        QVERIFY(!over.ok);
        QCOMPARE(over.errorCode, QStringLiteral("NotEnoughBalanceToStake"));
        QVERIFY2(over.message.contains("SubtensorModule::NotEnoughBalanceToStake"), qPrintable(over.message));
        QVERIFY(over.block > kWalletAt);
    }
};

QTEST_GUILESS_MAIN(TestRpcSyncStore)
#include "tst_rpc_sync_store.moc"
