// The explorer's reads against a real store filled by the local chain: overview columns match
// the stored rows, history is sampled and classified, and the table's sort/filter/favourites.

#include <QtTest>

#include "support/LocalSync.h"

#include "chainclient/local/LocalNode.h"
#include "models/SubnetListModel.h"
#include "models/explorer/ExplorerQueries.h"
#include "models/explorer/SubnetFilterProxy.h"
#include "models/store/Database.h"
#include "models/store/StoreQueries.h"
#include "models/sync/SyncService.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using testsupport::scalar;

namespace {

quint64 runTo(const QString& db, quint64 target,
              economics::ScenarioConfig scenario = economics::ScenarioConfig::defaults()) {
    testsupport::LocalSyncOptions o;
    o.catchUpBatch = 256;
    o.scenario = scenario;
    return testsupport::syncLocalTo(db, target, o);
}

} // namespace

class TestExplorerStore : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString db_;

private slots:
    void initTestCase() {
        db_ = dir_.filePath(QStringLiteral("local.sqlite"));
        QCOMPARE(runTo(db_, 1'500), 1'500ULL);
    }

    void overviewMatchesStoredRows() {
        const auto overview = models::ExplorerQueries::overview(db_);
        QVERIFY(overview);
        QCOMPARE(overview->block, 1'500ULL);
        const auto latest = models::StoreQueries::latestSubnets(db_);
        QCOMPARE(overview->subnets.size(), latest.size());
        int withVolume = 0;
        for (int i = 0; i < latest.size(); ++i) {
            const auto& o = overview->subnets[i];
            QCOMPARE(o.snapshot.netuid, latest[i].netuid);
            QCOMPARE(o.snapshot.price, latest[i].price);
            // 1 h = 300 blocks back is stored; 24 h and 7 d are not yet.
            QVERIFY(o.change1h.has_value());
            QVERIFY(!o.change24h && !o.change7d);
            const double p1h = [&] {
                models::Database::open(db_, QStringLiteral("p"), models::Database::Mode::ReadOnly);
                QSqlQuery q(models::Database::connection(QStringLiteral("p")));
                q.exec(QStringLiteral("SELECT price FROM subnet_snapshots WHERE block = 1200 AND netuid = %1").arg(o.snapshot.netuid));
                const double v = q.next() ? q.value(0).toDouble() : 0;
                q.finish();
                models::Database::close(QStringLiteral("p"));
                return v;
            }();
            QVERIFY(p1h > 0);
            QVERIFY(std::abs(*o.change1h - (o.snapshot.price - p1h) / p1h) < 1e-12);
            // All 1 500 blocks lie within the last day.
            const qint64 traded = scalar(db_, QStringLiteral("SELECT COALESCE(SUM(tao), 0) FROM trades WHERE netuid = %1")
                                                  .arg(o.snapshot.netuid));
            // The chain's cumulative counter (stakes, unstakes, moves, registration swaps) moved by
            // all of its value on a chain younger than a day; recorded trades are part of it.
            QCOMPARE(o.volume24h, o.snapshot.volume);
            QVERIFY(static_cast<qint64>(o.volume24h) >= traded);
            if (o.volume24h > 0) ++withVolume;
            QVERIFY(o.pruning.immune()); // genesis subnets are 1 500 blocks old: immune for the scenario's 21 days
            QCOMPARE(o.pruning.immuneUntil, o.snapshot.registeredAt + 21 * 7200);
            QVERIFY(o.stage != models::LifecycleStage::Maturity || o.snapshot.nUids * 10 >= o.snapshot.maxUids * 9);
        }
        QVERIFY(withVolume > 0);
    }

    void pruningRanksFollowTheChainsImmunity() {
        // The embedded chain's scenario sets its own NetworkImmunityPeriod; the explorer must rank
        // with that value (it once assumed mainnet's 120 days and showed every subnet immune).
        economics::ScenarioConfig scenario = economics::ScenarioConfig::defaults();
        scenario.subnetImmunityDays = 0.1; // 720 blocks
        const QString db = dir_.filePath(QStringLiteral("short-immunity.sqlite"));
        QCOMPARE(runTo(db, 800, scenario), 800ULL);
        const auto overview = models::ExplorerQueries::overview(db);
        QVERIFY(overview);
        double previousEma = -1;
        QList<const models::SubnetOverview*> ranked;
        for (const auto& o : overview->subnets) {
            QCOMPARE(o.pruning.immuneUntil, o.snapshot.registeredAt + 720);
            if (o.snapshot.registeredAt + 720 <= 800) QVERIFY2(o.pruning.rank.has_value(), qPrintable(QString::number(o.snapshot.netuid)));
            if (o.pruning.rank) ranked.push_back(&o);
        }
        QVERIFY(ranked.size() >= 8);
        std::sort(ranked.begin(), ranked.end(), [](auto* a, auto* b) { return *a->pruning.rank < *b->pruning.rank; });
        for (int i = 0; i < ranked.size(); ++i) {
            QCOMPARE(*ranked[i]->pruning.rank, i + 1);
            QVERIFY(ranked[i]->snapshot.movingPrice >= previousEma); // lowest EMA price is pruned first
            previousEma = ranked[i]->snapshot.movingPrice;
        }

        // The table explains the rank with the chain's own period (720 blocks = 2 h 24 min here),
        // and an immune subnet's cell says until when.
        models::SubnetListModel model(db);
        QVERIFY(model.refresh());
        const QString header =
            model.headerData(models::SubnetListModel::PruningRank, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(header.contains(QStringLiteral("(720 blocks, about 2 h 24 min)")), qPrintable(header));
        int immuneCells = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const auto idx = model.index(r, models::SubnetListModel::PruningRank);
            const QString tip = idx.data(Qt::ToolTipRole).toString();
            if (idx.data(models::SubnetListModel::SortRole).toInt() == 1'000'000) {
                ++immuneCells;
                QVERIFY2(tip.startsWith(QStringLiteral("Immune from pruning until block ")), qPrintable(tip));
                QVERIFY(idx.data().toString().startsWith(QStringLiteral("immune ")));
            } else {
                QCOMPARE(tip, header);
            }
        }
        QVERIFY(immuneCells < model.rowCount());

        // On the 1 500-block chain every genesis subnet is still immune (21 days): the cell names
        // the block and the time left (151 200 − 1 500 blocks of 12 s).
        models::SubnetListModel young(db_);
        QVERIFY(young.refresh());
        const auto* subnet = young.row(1);
        QVERIFY(subnet);
        const int row = static_cast<int>(subnet - young.rows().data());
        const quint64 until = subnet->registeredAt + 21 * 7200;
        QCOMPARE(young.index(row, models::SubnetListModel::PruningRank).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Immune from pruning until block %1 (20 d 19 h from now)").arg(until));
    }

    void historyIsSampledAndClassified() {
        const auto history = models::ExplorerQueries::history(db_, 100);
        QVERIFY(history.blocks.size() <= 100);
        QVERIFY(history.blocks.size() >= 90);
        QCOMPARE(history.blocks.back(), 1'500ULL);
        QVERIFY(!history.subnets.isEmpty());
        for (const auto& s : history.subnets) {
            QCOMPARE(s.stages.size(), s.samples.size());
            QCOMPARE(s.taoEmission.size(), s.samples.size());
            QVERIFY(s.samples.size() <= history.blocks.size());
        }
        // The newest stage of the history agrees with the overview's.
        const auto overview = models::ExplorerQueries::overview(db_);
        for (const auto& o : overview->subnets) {
            const auto* h = history.subnet(o.snapshot.netuid);
            QVERIFY(h);
            QCOMPARE(h->samples.back().block, 1'500ULL);
            QCOMPARE(h->stages.back(), o.stage);
        }
    }

    void tableSortsFiltersAndPinsFavourites() {
        models::SubnetListModel model(db_);
        QVERIFY(model.refresh());
        QVERIFY(model.rowCount() >= 8);
        models::SubnetFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(models::SubnetListModel::Price, Qt::DescendingOrder);
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, models::SubnetListModel::Price).data(models::SubnetListModel::SortRole).toDouble() >=
                    proxy.index(r, models::SubnetListModel::Price).data(models::SubnetListModel::SortRole).toDouble());
        // The cheapest subnet, once a favourite, is first in both orders.
        const int cheapest = proxy.index(proxy.rowCount() - 1, 0).data(models::SubnetListModel::NetuidRole).toInt();
        model.toggleFavourite(cheapest);
        QCOMPARE(proxy.index(0, 0).data(models::SubnetListModel::NetuidRole).toInt(), cheapest);
        proxy.sort(models::SubnetListModel::Price, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(models::SubnetListModel::NetuidRole).toInt(), cheapest);
        QVERIFY(proxy.index(0, models::SubnetListModel::Name).data().toString().startsWith(QStringLiteral("★")));
        model.toggleFavourite(cheapest);
        QVERIFY(model.favourites().isEmpty());

        // Text filter: by netuid, then by part of a symbol.
        const auto& row = model.rows().at(3);
        proxy.setText(QString::number(row.netuid));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(row.name.left(4).toUpper());
        QVERIFY(proxy.rowCount() >= 1);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r, models::SubnetListModel::Name).data().toString().contains(row.name.left(4), Qt::CaseInsensitive) ||
                    proxy.index(r, models::SubnetListModel::Symbol).data().toString().contains(row.name.left(4), Qt::CaseInsensitive));
        proxy.setText({});
        // Stage filter keeps exactly the rows of that stage.
        proxy.setStage(row.stage);
        int expected = 0;
        for (const auto& r : model.rows()) expected += r.stage == row.stage;
        QCOMPARE(proxy.rowCount(), expected);
        proxy.setStage(std::nullopt);
        QCOMPARE(proxy.rowCount(), model.rowCount());

        // Units are labelled and never in exponent form.
        for (int c = 0; c < models::SubnetListModel::ColumnCount; ++c) {
            const QString shown = model.index(0, c).data().toString();
            QVERIFY2(!shown.contains(QLatin1Char('e')) || c == models::SubnetListModel::Name || c == models::SubnetListModel::Stage ||
                         c == models::SubnetListModel::PruningRank,
                     qPrintable(shown));
        }
        QVERIFY(model.index(0, models::SubnetListModel::Volume24h).data().toString().endsWith(QStringLiteral(" TAO")));
    }
};

QTEST_GUILESS_MAIN(TestExplorerStore)
#include "tst_explorer_store.moc"
