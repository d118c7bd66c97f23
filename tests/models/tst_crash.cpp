// Crash safety (issue 4): `subnetscope-cli sim --to-block N` is killed with SIGKILL at random
// moments; after every kill the store must be intact and self-consistent, and resuming must
// end with exactly the rows of an uninterrupted run.

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "chainclient/economics/Simulation.h"
#include "models/store/Database.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <csignal>

namespace {

constexpr quint64 kTarget = 8000; // past the one-day tier, so kills also hit compaction
const QString kBatch = QStringLiteral("64");

QStringList simArgs(const QString& dir) {
    return {QStringLiteral("--data-dir"), dir, QStringLiteral("sim"), QStringLiteral("--to-block"), QString::number(kTarget),
            QStringLiteral("--batch"), kBatch, QStringLiteral("--json")};
}

QString storeOf(const QString& dir) { return dir + QStringLiteral("/local.sqlite"); }

struct Probe {
    explicit Probe(const QString& path) : name(QStringLiteral("probe-%1").arg(++counter)) {
        opened = !models::Database::open(path, name, models::Database::Mode::ReadOnly).has_value();
    }
    ~Probe() { models::Database::close(name); }
    QVariant scalar(const QString& sql) const {
        QSqlQuery q(models::Database::connection(name));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    // Every row of a table in key order, folded into one digest.
    QByteArray digest(const QString& table, const QString& order) const {
        QCryptographicHash h(QCryptographicHash::Sha256);
        QSqlQuery q(models::Database::connection(name));
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order))) return "error: " + table.toUtf8();
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) h.addData(q.value(i).toByteArray() + '\x1f');
            h.addData("\x1e");
        }
        return h.result().toHex();
    }
    QString name;
    bool opened = false;
    static inline int counter = 0;
};

const QList<QPair<QString, QString>> kTables = {
    {QStringLiteral("blocks"), QStringLiteral("number")},
    {QStringLiteral("subnets"), QStringLiteral("netuid")},
    {QStringLiteral("subnet_snapshots"), QStringLiteral("netuid, block")},
    {QStringLiteral("trades"), QStringLiteral("id")},
    {QStringLiteral("subnet_events"), QStringLiteral("block, netuid, kind")},
    {QStringLiteral("accounts"), QStringLiteral("id")},
    {QStringLiteral("metagraph"), QStringLiteral("netuid, block, uid")},
    {QStringLiteral("stake_positions"), QStringLiteral("coldkey_id, netuid, hotkey_id")},
    {QStringLiteral("delegates"), QStringLiteral("hotkey_id")},
    {QStringLiteral("candles_1h"), QStringLiteral("netuid, start_block")},
    {QStringLiteral("emission_history"), QStringLiteral("block")},
    {QStringLiteral("retention"), QStringLiteral("tier")},
    {QStringLiteral("sync_cursor"), QStringLiteral("id")},
};

} // namespace

class TestCrash : public QObject {
    Q_OBJECT

    // What must hold after any kill: an intact file whose cursor, blocks, rows and saved chain
    // state all describe the same last committed block.
    void checkConsistent(const QString& path, qint64* cursorOut = nullptr) {
        if (!QFile::exists(path)) return; // killed before the store was created
        Probe p(path);
        QVERIFY(p.opened);
        QCOMPARE(p.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        const QVariant cursorValue = p.scalar(QStringLiteral("SELECT block FROM sync_cursor"));
        if (cursorValue.isNull()) {
            QCOMPARE(p.scalar(QStringLiteral("SELECT COUNT(*) FROM blocks")).toLongLong(), 0);
            return;
        }
        const qint64 cursor = cursorValue.toLongLong();
        if (cursorOut) *cursorOut = cursor;
        QCOMPARE(p.scalar(QStringLiteral("SELECT MAX(number) FROM blocks")).toLongLong(), cursor);
        QCOMPARE(p.scalar(QStringLiteral("SELECT COUNT(*) FROM blocks")).toLongLong(), cursor); // no gap
        QCOMPARE(p.scalar(QStringLiteral("SELECT MIN(number) FROM blocks")).toLongLong(), 1);
        for (const char* table : {"trades", "subnet_snapshots", "subnet_events", "metagraph"})
            QVERIFY2(p.scalar(QStringLiteral("SELECT COALESCE(MAX(block), 0) FROM %1").arg(QLatin1String(table))).toLongLong() <= cursor,
                     table);
        QCOMPARE(p.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM trades GROUP BY block, netuid, side, coldkey_id,"
                                         " hotkey_id, tao, alpha, fee HAVING COUNT(*) > 1)"))
                     .toLongLong(),
                 0);
        QCOMPARE(p.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM subnet_events GROUP BY block, netuid, kind"
                                         " HAVING COUNT(*) > 1)"))
                     .toLongLong(),
                 0);
        // Every block's snapshot row exists for the cursor block (always written).
        QCOMPARE(p.scalar(QStringLiteral("SELECT COUNT(*) FROM subnet_snapshots WHERE block = %1").arg(cursor)).toLongLong(),
                 p.scalar(QStringLiteral("SELECT COUNT(*) FROM subnets")).toLongLong());
        const QByteArray state = p.scalar(QStringLiteral("SELECT chain_state FROM sync_cursor")).toByteArray();
        const auto* data = reinterpret_cast<const std::uint8_t*>(state.constData());
        auto sim = economics::Simulation::load({data, data + state.size()});
        QVERIFY(sim.ok());
        QCOMPARE(static_cast<qint64>(sim->chain().blockNumber()), cursor);
    }

private slots:
    void killedRunsResumeToTheUninterruptedResult() {
        QTemporaryDir whole, killed;
        QElapsedTimer clock;
        clock.start();
        QProcess reference;
        reference.start(QStringLiteral(SUBNETSCOPE_CLI_PATH), simArgs(whole.path()));
        QVERIFY(reference.waitForFinished(120000));
        QCOMPARE(reference.exitCode(), 0);
        const qint64 uninterruptedMs = clock.elapsed();

        // Kill times spread over a run's length so some kills land in start-up, some mid-batch,
        // some between commit and compaction.
        auto* rng = QRandomGenerator::global();
        int kills = 0, rounds = 0, midRun = 0;
        QStringList cursors;
        while (kills < 20 && rounds < 200) {
            ++rounds;
            QProcess p;
            p.start(QStringLiteral(SUBNETSCOPE_CLI_PATH), simArgs(killed.path()));
            QVERIFY(p.waitForStarted());
            const int delay = static_cast<int>(rng->bounded(qMax<qint64>(60, uninterruptedMs / 6)));
            if (p.waitForFinished(delay)) {
                QCOMPARE(p.exitCode(), 0); // finished before the kill: start a new store
                QVERIFY(QFile::remove(storeOf(killed.path())));
                QFile::remove(storeOf(killed.path()) + QStringLiteral("-wal"));
                QFile::remove(storeOf(killed.path()) + QStringLiteral("-shm"));
                continue;
            }
            ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(10000));
            ++kills;
            qint64 cursor = 0;
            checkConsistent(storeOf(killed.path()), &cursor);
            if (QTest::currentTestFailed()) return;
            if (cursor > 0 && cursor < static_cast<qint64>(kTarget)) ++midRun;
            cursors << QString::number(cursor);
        }
        QVERIFY2(kills >= 20, qPrintable(QStringLiteral("only %1 kills").arg(kills)));
        // Most kills must land while blocks were being committed, not before or after.
        QVERIFY2(midRun >= 10, qPrintable(cursors.join(QLatin1Char(' '))));
        qInfo("cursors after each kill: %s", qPrintable(cursors.join(QLatin1Char(' '))));

        QProcess resume;
        resume.start(QStringLiteral(SUBNETSCOPE_CLI_PATH), simArgs(killed.path()));
        QVERIFY(resume.waitForFinished(120000));
        QCOMPARE(resume.exitCode(), 0);
        QCOMPARE(resume.readAllStandardOutput(), reference.readAllStandardOutput()); // block, state hash, subnets
        checkConsistent(storeOf(killed.path()));

        Probe a(storeOf(whole.path())), b(storeOf(killed.path()));
        for (const auto& [table, order] : kTables) QVERIFY2(a.digest(table, order) == b.digest(table, order), qPrintable(table));
        QVERIFY(a.scalar(QStringLiteral("SELECT COUNT(*) FROM metagraph")).toLongLong() > 0);
        QVERIFY(a.scalar(QStringLiteral("SELECT COUNT(*) FROM stake_positions")).toLongLong() > 0);
        qInfo("%d kills in %d runs, %lld ms", kills, rounds, static_cast<long long>(clock.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
