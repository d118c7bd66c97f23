// Store benchmarks (issue 4), one line per measure with its reference from the same run:
//   1. sync write path (StoreWriter) rows/s vs the raw sqlite3 C API inserting the same rows;
//   2. query latencies on a synthetic year of 128 subnets (target ≤ 20 ms each);
//   3. backfill of N days (default 90) of the default scenario including simulation (≤ 15 s).
// Usage: bench_store [--blocks N] [--days N] [--batch N] [--skip-backfill] [--backfill-only] [--db PATH]
// --db keeps the backfilled store at PATH (which must not exist yet), e.g. to compare two builds.
// The backfill also prints the process CPU time (all threads): on a shared machine that, not
// the wall time, tells whether a change made it faster.

#include "chainclient/local/LocalNode.h"
#include "models/store/Database.h"
#include "models/store/MarketQueries.h"
#include "models/store/Retention.h"
#include "models/sync/StoreWriter.h"
#include "models/sync/SyncService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <sqlite3.h>
#include <sys/resource.h>

namespace {

constexpr int kSubnets = 32;
constexpr int kBatch = 512;

QString account(int i) { return QStringLiteral("5Acct%1").arg(i, 43, 10, QLatin1Char('0')); }

chainclient::BlockBatch syntheticBatch(quint64 first, int count) {
    chainclient::BlockBatch batch;
    for (int i = 0; i < count; ++i) {
        chainclient::BlockSnapshot b;
        b.number = first + static_cast<quint64>(i);
        b.timestampMs = static_cast<qint64>(b.number) * 12000;
        b.totalIssuance = 1'000'000 + b.number;
        for (int n = 1; n <= kSubnets; ++n) {
            chainclient::SubnetSnapshot s;
            s.netuid = static_cast<quint16>(n);
            s.name = QStringLiteral("subnet");
            s.taoIn = 1'000'000'000 + b.number * static_cast<quint64>(n);
            s.alphaIn = 2'000'000'000 + b.number;
            s.alphaOut = 3'000'000'000;
            s.price = 0.5 + 1e-7 * static_cast<double>(b.number);
            s.movingPrice = 0.5;
            s.emissionShare = 1.0 / kSubnets;
            s.volume = b.number * 1000;
            b.subnets.push_back(std::move(s));
        }
        b.trades.push_back({b.number, static_cast<quint16>(1 + b.number % kSubnets), chainclient::TradeSide::Stake,
                            account(static_cast<int>(b.number % 50)), account(100 + static_cast<int>(b.number % 7)), 5'000'000, 9'000'000,
                            3, 0.5});
        batch.push_back(std::move(b));
    }
    return batch;
}

sqlite3* handleOf(const QString& connection) {
    const QVariant h = models::Database::connection(connection).driver()->handle();
    return *static_cast<sqlite3* const*>(h.constData());
}

// The same rows the writer produces for a batch, through bare prepared statements.
double rawInsert(const QString& path, const QVector<chainclient::BlockBatch>& batches, quint64* rows) {
    models::Database::open(path, QStringLiteral("raw"), models::Database::Mode::ReadWrite);
    sqlite3* db = handleOf(QStringLiteral("raw"));
    sqlite3_stmt *blk, *snap, *trade;
    sqlite3_prepare_v2(db, "INSERT INTO blocks VALUES (?1, ?2, ?3, ?4)", -1, &blk, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO subnet_snapshots (netuid, block, tao_in, alpha_in, alpha_out, price, moving_price,"
                           " tao_weight, tao_in_emission, alpha_in_emission, alpha_out_emission, emission_share, volume, n_uids,"
                           " n_validators, n_stakers) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                       -1, &snap, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO trades (block, netuid, side, coldkey_id, hotkey_id, tao, alpha, fee, price)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", -1, &trade, nullptr);
    QElapsedTimer t;
    t.start();
    *rows = 0;
    for (const auto& batch : batches) {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (const auto& b : batch) {
            sqlite3_bind_int64(blk, 1, static_cast<qint64>(b.number));
            sqlite3_bind_int64(blk, 2, b.timestampMs);
            sqlite3_bind_int64(blk, 3, static_cast<qint64>(b.totalIssuance));
            sqlite3_bind_int64(blk, 4, static_cast<qint64>(b.rootStake));
            sqlite3_step(blk);
            sqlite3_reset(blk);
            ++*rows;
            for (const auto& s : b.subnets) {
                sqlite3_bind_int64(snap, 1, s.netuid);
                sqlite3_bind_int64(snap, 2, static_cast<qint64>(b.number));
                sqlite3_bind_int64(snap, 3, static_cast<qint64>(s.taoIn));
                sqlite3_bind_int64(snap, 4, static_cast<qint64>(s.alphaIn));
                sqlite3_bind_int64(snap, 5, static_cast<qint64>(s.alphaOut));
                sqlite3_bind_double(snap, 6, s.price);
                sqlite3_bind_double(snap, 7, s.movingPrice);
                sqlite3_bind_double(snap, 8, s.taoWeight);
                sqlite3_bind_int64(snap, 9, static_cast<qint64>(s.taoInEmission));
                sqlite3_bind_int64(snap, 10, static_cast<qint64>(s.alphaInEmission));
                sqlite3_bind_int64(snap, 11, static_cast<qint64>(s.alphaOutEmission));
                sqlite3_bind_double(snap, 12, s.emissionShare);
                sqlite3_bind_int64(snap, 13, static_cast<qint64>(s.volume));
                sqlite3_bind_int64(snap, 14, s.nUids);
                sqlite3_bind_int64(snap, 15, s.nValidators);
                sqlite3_bind_int64(snap, 16, s.nStakers);
                sqlite3_step(snap);
                sqlite3_reset(snap);
                ++*rows;
            }
            for (const auto& tr : b.trades) {
                sqlite3_bind_int64(trade, 1, static_cast<qint64>(tr.block));
                sqlite3_bind_int64(trade, 2, tr.netuid);
                sqlite3_bind_int64(trade, 3, static_cast<int>(tr.side));
                sqlite3_bind_int64(trade, 4, 1);
                sqlite3_bind_int64(trade, 5, 2);
                sqlite3_bind_int64(trade, 6, static_cast<qint64>(tr.tao));
                sqlite3_bind_int64(trade, 7, static_cast<qint64>(tr.alpha));
                sqlite3_bind_int64(trade, 8, static_cast<qint64>(tr.fee));
                sqlite3_bind_double(trade, 9, tr.priceAfter);
                sqlite3_step(trade);
                sqlite3_reset(trade);
                ++*rows;
            }
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double seconds = t.elapsed() / 1000.0;
    sqlite3_finalize(blk);
    sqlite3_finalize(snap);
    sqlite3_finalize(trade);
    models::Database::close(QStringLiteral("raw"));
    return seconds;
}

double writerInsert(const QString& path, const QVector<chainclient::BlockBatch>& batches, quint64* rows) {
    models::StoreWriter writer(path, QStringLiteral("bench"));
    QString error;
    QObject::connect(&writer, &models::StoreWriter::failed, [&](const QString& m) { error = m; });
    writer.open();
    QElapsedTimer t;
    t.start();
    for (const auto& batch : batches) writer.writeBatch(batch);
    const double seconds = t.elapsed() / 1000.0;
    *rows = writer.rowsWritten();
    writer.closeConnection();
    if (!error.isEmpty()) std::fprintf(stderr, "writer failed: %s\n", qPrintable(error));
    return seconds;
}

void benchWrite(const QString& dir, quint64 blocks) {
    QVector<chainclient::BlockBatch> batches;
    for (quint64 b = 1; b <= blocks; b += kBatch) batches.push_back(syntheticBatch(b, static_cast<int>(std::min<quint64>(kBatch, blocks - b + 1))));
    quint64 rawRows = 0, ourRows = 0;
    // Alternate and keep the best of two so a noisy neighbour does not decide the ratio.
    double raw = 1e9, ours = 1e9;
    for (int round = 0; round < 2; ++round) {
        raw = std::min(raw, rawInsert(dir + QStringLiteral("/raw%1.sqlite").arg(round), batches, &rawRows));
        ours = std::min(ours, writerInsert(dir + QStringLiteral("/ours%1.sqlite").arg(round), batches, &ourRows));
    }
    const double rawRate = static_cast<double>(rawRows) / raw, ourRate = static_cast<double>(ourRows) / ours;
    std::printf("store.write      sync writer %10.0f rows/s  raw sqlite3 C API %10.0f rows/s  ratio %5.1f %% (target >= 50 %%)\n",
                ourRate, rawRate, 100.0 * ourRate / rawRate);
}

// A year of what retention leaves for 128 subnets, written straight into the schema.
QString buildYear(const QString& dir) {
    const QString path = dir + QStringLiteral("/year.sqlite");
    models::Database::open(path, QStringLiteral("year"), models::Database::Mode::ReadWrite);
    sqlite3* db = handleOf(QStringLiteral("year"));
    const quint64 head = 2'628'000; // 365 days
    const int subnets = 128, uids = 64;
    std::mt19937_64 rng(7);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    auto exec = [&](const char* sql, const std::function<void(sqlite3_stmt*)>& fill) {
        sqlite3_stmt* st;
        sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
        fill(st);
        sqlite3_finalize(st);
    };
    auto run = [](sqlite3_stmt* st) {
        sqlite3_step(st);
        sqlite3_reset(st);
    };
    exec("INSERT INTO accounts (id, address) VALUES (?1, ?2)", [&](sqlite3_stmt* st) {
        for (int i = 1; i <= 20'000; ++i) {
            const QByteArray a = account(i).toUtf8();
            sqlite3_bind_int64(st, 1, i);
            sqlite3_bind_text(st, 2, a.constData(), static_cast<int>(a.size()), SQLITE_TRANSIENT);
            run(st);
        }
    });
    exec("INSERT INTO blocks VALUES (?1, ?2, 1, 1)", [&](sqlite3_stmt* st) {
        for (quint64 b = head - 10; b <= head; ++b) {
            sqlite3_bind_int64(st, 1, static_cast<qint64>(b));
            sqlite3_bind_int64(st, 2, static_cast<qint64>(b) * 12000);
            run(st);
        }
    });
    exec("INSERT INTO subnets (netuid, name, symbol, owner_coldkey, owner_hotkey, registered_at, tempo, max_uids, fee_rate, started,"
         " updated_block, price) VALUES (?1, 'sn', 'S', 'o', 'h', 0, 360, 256, 33, 1, ?2, 0.5)",
         [&](sqlite3_stmt* st) {
             for (int n = 1; n <= subnets; ++n) {
                 sqlite3_bind_int64(st, 1, n);
                 sqlite3_bind_int64(st, 2, static_cast<qint64>(head));
                 run(st);
             }
         });
    exec("INSERT INTO subnet_snapshots VALUES (?1, ?2, 1000000000, 2000000000, 3000000000, ?3, 0.5, 0.18, 1, 2, 3, ?4, ?5, 64, 8, 40)",
         [&](sqlite3_stmt* st) {
             for (int n = 1; n <= subnets; ++n)
                 for (quint64 b = 1; b <= head; b = b < head - models::Retention::kWeekAge ? b + 1200 : b < head - 7200 ? b + 50 : b < head - 600 ? b + 10 : b + 1) {
                     sqlite3_bind_int64(st, 1, n);
                     sqlite3_bind_int64(st, 2, static_cast<qint64>(b));
                     sqlite3_bind_double(st, 3, 0.5 + 1e-8 * static_cast<double>(b));
                     sqlite3_bind_double(st, 4, 1.0 / subnets);
                     sqlite3_bind_int64(st, 5, static_cast<qint64>(b) * 100);
                     run(st);
                 }
         });
    exec("INSERT INTO trades (block, netuid, side, coldkey_id, hotkey_id, tao, alpha, fee, price)"
         " VALUES (?1, ?2, ?3, ?4, ?5, 5000000, 9000000, 3, ?6)",
         [&](sqlite3_stmt* st) {
             for (quint64 b = 1; b <= head; ++b) {
                 if (rng() % 10 >= 6) continue; // 0.6 trades per block
                 sqlite3_bind_int64(st, 1, static_cast<qint64>(b));
                 sqlite3_bind_int64(st, 2, static_cast<qint64>(1 + rng() % subnets));
                 sqlite3_bind_int64(st, 3, static_cast<qint64>(rng() % 2));
                 sqlite3_bind_int64(st, 4, static_cast<qint64>(1 + rng() % 2000));
                 sqlite3_bind_int64(st, 5, static_cast<qint64>(10'001 + rng() % 5000));
                 sqlite3_bind_double(st, 6, 0.5 + 1e-8 * static_cast<double>(b));
                 run(st);
             }
         });
    exec("INSERT INTO candles_1h VALUES (?1, ?2, 0.5, 0.51, 0.49, 0.505, 123456)", [&](sqlite3_stmt* st) {
        for (int n = 1; n <= subnets; ++n)
            for (quint64 b = 1; b <= head; b += 300) {
                sqlite3_bind_int64(st, 1, n);
                sqlite3_bind_int64(st, 2, static_cast<qint64>(b));
                run(st);
            }
    });
    exec("INSERT INTO emission_history VALUES (?1, ?2)", [&](sqlite3_stmt* st) {
        QByteArray blob(subnets * 10, '\0');
        for (quint64 b = 1200; b <= head; b += 1200) {
            sqlite3_bind_int64(st, 1, static_cast<qint64>(b));
            sqlite3_bind_blob(st, 2, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
            run(st);
        }
    });
    exec("INSERT INTO metagraph VALUES (?1, ?2, ?3, ?4, ?5, 1000, 0, 1000, 0.1, 0.1, 5, 0.1, 0.9, 1, 1, 0, 0)", [&](sqlite3_stmt* st) {
        for (int n = 1; n <= subnets; ++n)
            for (quint64 b = static_cast<quint64>(n); b <= head; b += 360) {
                const bool firstOfDay = (b - 1) % 7200 < 360, firstOfWeek = (b - 1) % 50'400 < 360;
                if (!models::Retention::keepMetagraph(b, head, firstOfDay, firstOfWeek)) continue;
                for (int u = 0; u < uids; ++u) {
                    sqlite3_bind_int64(st, 1, n);
                    sqlite3_bind_int64(st, 2, static_cast<qint64>(b));
                    sqlite3_bind_int64(st, 3, u);
                    sqlite3_bind_int64(st, 4, 10'001 + n * uids + u);
                    sqlite3_bind_int64(st, 5, 1 + (n * uids + u) % 2000);
                    run(st);
                }
            }
    });
    exec("INSERT INTO stake_positions VALUES (?1, ?2, ?3, 1000000, 1)", [&](sqlite3_stmt* st) {
        for (int c = 1; c <= 2000; ++c)
            for (int k = 0; k < 12; ++k) {
                sqlite3_bind_int64(st, 1, c);
                sqlite3_bind_int64(st, 2, 1 + (c * 7 + k) % subnets);
                sqlite3_bind_int64(st, 3, 10'001 + (c + k * 31) % 5000);
                run(st);
            }
    });
    exec("INSERT INTO sync_cursor (id, network, block, chain_state) VALUES (1, 'bench', ?1, NULL)", [&](sqlite3_stmt* st) {
        sqlite3_bind_int64(st, 1, static_cast<qint64>(head));
        run(st);
    });
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    // Where the bytes go (README "Storage").
    sqlite3_stmt* st;
    if (sqlite3_prepare_v2(db, "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 8", -1, &st, nullptr) ==
        SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW)
            std::printf("store.year.size  %-28s %7.1f MB\n", reinterpret_cast<const char*>(sqlite3_column_text(st, 0)),
                        static_cast<double>(sqlite3_column_int64(st, 1)) / 1e6);
        sqlite3_finalize(st);
    }
    models::Database::close(QStringLiteral("year"));
    return path;
}

void measure(const char* name, const std::function<qsizetype()>& query) {
    std::vector<double> ms;
    qsizetype rows = 0;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer t;
        t.start();
        rows = query();
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("store.query      %-34s median %7.2f ms  (%lld rows; target <= 20 ms) %s\n", name, ms[ms.size() / 2],
                static_cast<long long>(rows), ms[ms.size() / 2] <= 20.0 ? "ok" : "SLOW");
}

void benchQueries(const QString& dir) {
    QElapsedTimer t;
    t.start();
    const QString path = buildYear(dir);
    std::printf("store.year       synthetic year, 128 subnets: %.1f MB, built in %.1f s\n",
                static_cast<double>(QFileInfo(path).size()) / 1e6, t.elapsed() / 1000.0);
    const quint64 head = 2'628'000;
    using Q = models::MarketQueries;
    measure("subnet list (1h/24h/7d, 24h vol)", [&] { return Q::subnetMarkets(path).size(); });
    measure("candles 5m, last day", [&] { return Q::candles(path, 7, head - 7199, head, 25).size(); });
    measure("candles 1h, last 30 days", [&] { return Q::candles(path, 7, head - 216'000, head, 300).size(); });
    measure("candles 1d, whole year", [&] { return Q::candles(path, 7, 1, head, 7200).size(); });
    measure("emission shares, year, all subnets", [&] { return Q::emissionShares(path, 1, head, 500).size(); });
    measure("metagraph at latest epoch", [&] { return Q::metagraph(path, 7).size(); });
    measure("coldkey positions", [&] { return Q::positions(path, account(42)).size(); });
    measure("coldkey trades (500 newest)", [&] { return Q::trades(path, account(42), 500).size(); });
}

double cpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void benchBackfill(const QString& path, quint64 days, quint64 batchBlocks) {
    const quint64 target = days * 7200;
    QElapsedTimer t;
    t.start();
    const double cpuStart = cpuSeconds();
    quint64 reached = 0;
    QString failure;
    {
        models::SyncService sync(path, QStringLiteral("local"), [&](quint64, const QByteArray& state) -> chainclient::NodeClient* {
            chainclient::LocalNodeOptions o;
            o.initialState = state;
            o.blockIntervalMs = 0;
            o.catchUpTo = target;
            o.catchUpBatch = static_cast<int>(batchBlocks);
            return new chainclient::LocalNode(o);
        });
        sync.setTargetHint(target);
        QEventLoop loop;
        QObject::connect(&sync, &models::SyncService::committed, &loop, [&](quint64 b) {
            reached = b;
            if (b >= target) loop.quit();
        });
        QObject::connect(&sync, &models::SyncService::failed, &loop, [&](const QString& m) {
            failure = m;
            loop.quit();
        });
        sync.start();
        loop.exec();
    }
    const double seconds = t.elapsed() / 1000.0, cpu = cpuSeconds() - cpuStart;
    if (!failure.isEmpty()) std::fprintf(stderr, "backfill failed: %s\n", qPrintable(failure));
    std::printf("store.backfill   %llu days (%llu blocks) of the default scenario incl. simulation: %.1f s (CPU %.1f s), %.1f MB"
                "  (target for 90 days: <= 15 s)\n",
                static_cast<unsigned long long>(days), static_cast<unsigned long long>(reached), seconds, cpu,
                static_cast<double>(QFileInfo(path).size()) / 1e6);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char* name, quint64 fallback) {
        const int i = static_cast<int>(args.indexOf(QLatin1String(name)));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toULongLong() : fallback;
    };
    QTemporaryDir dir;
    if (!args.contains(QLatin1String("--backfill-only"))) {
        benchWrite(dir.path(), option("--blocks", 20'000));
        benchQueries(dir.path());
    }
    const int db = static_cast<int>(args.indexOf(QLatin1String("--db")));
    const QString backfillPath = db >= 0 && db + 1 < args.size() ? args[db + 1] : dir.path() + QStringLiteral("/backfill.sqlite");
    if (!args.contains(QLatin1String("--skip-backfill"))) benchBackfill(backfillPath, option("--days", 90), option("--batch", 8192));
    return 0;
}
