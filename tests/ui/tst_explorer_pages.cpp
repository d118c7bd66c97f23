// GUI: the explorer pages against a real local chain sync, driven by objectName — filter,
// stage filter, favourites, sort, CSV export, double-click into the detail page, timeframes and
// candles, the network page — with a screenshot of each for a person to look at.

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "chainclient/local/LocalNode.h"
#include "models/SubnetListModel.h"
#include "models/explorer/ValidatorListModel.h"
#include "models/sync/SyncService.h"
#include "ui/ExplorerPages.h"
#include "ui/ExportBar.h"
#include "ui/MainWindow.h"
#include "ui/NetworkPage.h"
#include "ui/SubnetDetailPage.h"
#include "ui/SubnetsPage.h"
#include "ui/Theme.h"
#include "ui/ValidatorsPage.h"
#include "ui/charts/InteractiveChartView.h"
#include "ui/charts/LifecycleLanesChart.h"
#include "ui/charts/PoolDepthChart.h"
#include "ui/charts/PriceCandleChart.h"
#include "ui/charts/SubnetEmissionChart.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

namespace {

QString shots() {
    const QString dir = QStringLiteral(SUBNETSCOPE_BINARY_DIR "/tests/screenshots");
    QDir().mkpath(dir);
    return dir;
}

bool notBlank(const QImage& image, int y) {
    QSet<QRgb> colours;
    for (int x = 0; x < image.width(); ++x) colours.insert(image.pixel(x, y));
    return colours.size() > 5;
}

} // namespace

class TestExplorerPages : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void initTestCase() {
        // Favourites and column state go to a throw-away settings file, not the user's.
        QCoreApplication::setOrganizationName(QStringLiteral("subnetscope-tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.filePath(QStringLiteral("settings")));
    }

    void pagesWorkOnRealData() {
        models::SyncService sync(dir_.filePath(QStringLiteral("local.sqlite")), QStringLiteral("local"),
                                 [](quint64, const QByteArray& state) {
                                     chainclient::LocalNodeOptions o;
                                     o.initialState = state;
                                     o.catchUpTo = 9'000; // a day and a quarter: 24 h changes and day trends exist
                                     o.blockIntervalMs = 200;
                                     return new chainclient::LocalNode(o);
                                 });
        ui::MainWindow window(&sync);
        window.resize(1600, 900);
        window.show();
        sync.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("pages"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("subnetTable"));
        QVERIFY(tabs && table);
        QTRY_VERIFY_WITH_TIMEOUT(sync.syncedBlock() >= 9'000, 90000);
        QTRY_VERIFY_WITH_TIMEOUT(window.subnetModel()->block() >= 9'000, 10000);
        const int all = table->model()->rowCount();
        QVERIFY(all >= 8);

        // 24 h change is known now; sort by it (header click) and check the order.
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(table->horizontalHeader()->sectionViewportPosition(models::SubnetListModel::Change24h) + 10, 5));
        const auto change = [&](int r) { return table->model()->index(r, models::SubnetListModel::Change24h).data(models::SubnetListModel::SortRole).toDouble(); };
        const bool ascending = table->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder;
        for (int r = 1; r < all; ++r) QVERIFY(ascending ? change(r - 1) <= change(r) : change(r - 1) >= change(r));
        int known = 0; // subnets younger than a day show "—"
        for (int r = 0; r < all; ++r) known += !table->model()->index(r, models::SubnetListModel::Change24h).data().toString().contains(QStringLiteral("—"));
        QVERIFY(known >= all / 2);

        // Text filter by typing.
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("subnetFilter"));
        const QString name = window.subnetModel()->rows().at(0).name;
        QTest::keyClicks(filter, name);
        QTRY_VERIFY(table->model()->rowCount() >= 1 && table->model()->rowCount() < all);
        filter->clear();
        QCOMPARE(table->model()->rowCount(), all);

        // Stage filter: each stage shows exactly its rows.
        auto* stage = window.findChild<QComboBox*>(QStringLiteral("stageFilter"));
        int seen = 0;
        for (int i = 1; i < stage->count(); ++i) {
            stage->setCurrentIndex(i);
            for (int r = 0; r < table->model()->rowCount(); ++r)
                QCOMPARE(table->model()->index(r, 0).data(models::SubnetListModel::StageRole).toInt(), stage->itemData(i).toInt());
            seen += table->model()->rowCount();
        }
        QCOMPARE(seen, all);
        stage->setCurrentIndex(0);

        // Favourite the last row: it moves to the top and is remembered.
        const int last = table->model()->index(all - 1, 0).data(models::SubnetListModel::NetuidRole).toInt();
        window.subnetsPage()->selectNetuid(last);
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("favouriteButton")), Qt::LeftButton);
        QCOMPARE(table->model()->index(0, 0).data(models::SubnetListModel::NetuidRole).toInt(), last);
        QVERIFY(QSettings().value(QStringLiteral("explorer/favourites")).toList().contains(last));

        // CSV export of what the table shows, read back.
        const QString csv = dir_.filePath(QStringLiteral("subnets.csv"));
        QVERIFY(window.subnetsPage()->exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), all + 1);
        QVERIFY(lines[0].startsWith(QStringLiteral("Netuid,Name,Symbol,Price (TAO/α)")));
        QVERIFY(lines[1].startsWith(QString::number(last) + QLatin1Char(',')));

        table->sortByColumn(models::SubnetListModel::MarketCap, Qt::DescendingOrder);
        QTest::qWait(600);
        table->scrollToTop();
        QImage shot = window.grab().toImage();
        QVERIFY(shot.save(shots() + QStringLiteral("/subnets.png")));

        // Double-click the third row: the detail page opens on it.
        const QModelIndex third = table->model()->index(2, models::SubnetListModel::Name);
        const int netuid = third.data(models::SubnetListModel::NetuidRole).toInt();
        const QPoint at = table->visualRect(third).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        auto* detail = window.explorer()->detailPage();
        QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget*>(detail));
        QCOMPARE(detail->netuid(), netuid);
        auto* price = detail->priceChart();
        QTRY_VERIFY_WITH_TIMEOUT(price->pointCount() > 100, 10000);
        QVERIFY(price->pointCount() <= 2 * 4 * price->width()); // two lines, each ≤ 4 × width
        QTRY_VERIFY_WITH_TIMEOUT(detail->emissionChart()->pointCount() > 30, 10000);
        QCOMPARE(detail->lifecycleChart()->laneCount(), 1);
        QVERIFY(!window.findChild<QLabel*>(QStringLiteral("figure_price"))->text().contains(QLatin1Char('e')));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("figure_marketCap"))->text().endsWith(QStringLiteral(" TAO")));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("figure_registration"))->text().endsWith(QStringLiteral(" TAO")));

        // 1H then 1W in candles: both load; 1H has 60 one-minute candles.
        QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("timeframe1H")), Qt::LeftButton);
        window.findChild<QComboBox*>(QStringLiteral("priceMode"))->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(price->candleCount() >= 59 && price->candleCount() <= 61, 10000);
        QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("timeframeAll")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(price->candleCount() >= 140, 10000);
        QVERIFY(price->candleCount() <= 160);
        QTest::qWait(300);
        shot = window.grab().toImage();
        QVERIFY(shot.save(shots() + QStringLiteral("/subnet-detail.png")));
        QVERIFY(notBlank(shot, shot.height() / 2));

        // PNG export of the chart as shown.
        const QString png = dir_.filePath(QStringLiteral("price.png"));
        QVERIFY(price->view()->exportPng(png));
        QCOMPARE(QImage(png).size(), price->view()->size());
        // Every other chart of the explorer has its PNG button, and the export writes the image.
        for (const char* stem : {"subnet-price", "emission", "pool-depth", "lifecycle", "emission-allocation", "emission-now",
                                 "lifecycle-swimlanes"})
            QVERIFY2(window.findChild<QToolButton*>(QStringLiteral("png_") + QLatin1String(stem)), stem);
        const QString emissionPng = dir_.filePath(QStringLiteral("emission.png"));
        QVERIFY(ui::ExportBar::savePng(detail->emissionChart(), emissionPng));
        QCOMPARE(QImage(emissionPng).size(), detail->emissionChart()->size());
        const QString lanesPng = dir_.filePath(QStringLiteral("lanes.png"));
        QVERIFY(ui::ExportBar::savePng(detail->lifecycleChart(), lanesPng));
        QVERIFY(!QImage(lanesPng).isNull());

        // Hyperparameters and metagraph export as CSV too; the hyperparameters read back.
        QVERIFY(window.findChild<QToolButton*>(QStringLiteral("csv_metagraph")));
        QVERIFY(window.findChild<QToolButton*>(QStringLiteral("csv_hyperparameters")));
        const QString hcsv = dir_.filePath(QStringLiteral("hyperparameters.csv"));
        QVERIFY(ui::ExportBar::saveCsv(*detail->hyperparameterModel(), hcsv));
        QFile hfile(hcsv);
        QVERIFY(hfile.open(QIODevice::ReadOnly));
        const QString htext = QString::fromUtf8(hfile.readAll());
        QCOMPARE(htext.count(QStringLiteral("\r\n")), detail->hyperparameterModel()->rowCount() + 1);
        QVERIFY(detail->hyperparameterModel()->rowCount() >= 10);
        QVERIFY(htext.startsWith(QStringLiteral("Parameter,Value\r\nTempo,")));

        detail->tabs()->setCurrentIndex(1);
        QVERIFY(detail->poolDepthChart()->pointCount() >= 100);
        QTest::qWait(200);
        QVERIFY(window.grab().toImage().save(shots() + QStringLiteral("/detail-depth.png")));

        // The metagraph of the newest epoch: every UID of the subnet, sorted by stake.
        detail->tabs()->setCurrentWidget(detail->metagraphTable()->parentWidget());
        const QString mcsv = dir_.filePath(QStringLiteral("metagraph.csv"));
        QVERIFY(ui::ExportBar::saveCsv(*detail->metagraphTable()->model(), mcsv));
        QFile mfile(mcsv);
        QVERIFY(mfile.open(QIODevice::ReadOnly));
        const QStringList mlines = QString::fromUtf8(mfile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(mlines.size(), detail->metagraphTable()->model()->rowCount() + 1);
        QVERIFY(mlines[0].startsWith(QStringLiteral("UID,Hotkey,Coldkey,Stake (α)")));
        const auto* row = window.subnetModel()->row(netuid);
        QCOMPARE(detail->metagraphTable()->model()->rowCount(), static_cast<int>(row->nUids));
        QVERIFY(detail->metagraphTable()->model()->index(0, 3).data().toString().endsWith(row->symbol));
        QTest::qWait(200);
        QVERIFY(window.grab().toImage().save(shots() + QStringLiteral("/detail-metagraph.png")));

        // Ctrl+3 opens the network page.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        auto* network = window.explorer()->networkPage();
        QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget*>(network));
        QTRY_VERIFY_WITH_TIMEOUT(network->bandCount() == ui::NetworkPage::kTopSubnets + 1, 10000);
        QCOMPARE(network->sliceCount(), ui::NetworkPage::kTopSubnets + 1);
        QVERIFY(network->pointCount() <= network->bandCount() * 4 * network->allocationView()->width());
        QCOMPARE(network->lanes()->laneCount(), all);
        QVERIFY(window.findChild<QProgressBar*>(QStringLiteral("halvingProgress"))->text().contains(QStringLiteral("TAO")));
        QTest::qWait(300);
        shot = window.grab().toImage();
        QVERIFY(shot.save(shots() + QStringLiteral("/network.png")));
        QVERIFY(notBlank(shot, shot.height() / 3));

        // Ctrl+4: validators, sorted by stake, every one validating at least one subnet or delegating.
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        auto* validators = window.explorer()->validatorsPage();
        QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget*>(validators));
        QTRY_VERIFY_WITH_TIMEOUT(validators->table()->model()->rowCount() >= all, 10000);
        const auto* vt = validators->table()->model();
        QVERIFY(vt->index(0, models::ValidatorListModel::DividendsPerDay).data().toString().endsWith(QStringLiteral(" TAO")));
        int validating = 0;
        for (int r = 0; r < vt->rowCount(); ++r)
            validating += vt->index(r, models::ValidatorListModel::Subnets).data(models::ValidatorListModel::SortRole).toInt() > 0;
        QVERIFY(validating >= all); // several validators per subnet
        const QString vcsv = dir_.filePath(QStringLiteral("validators.csv"));
        QVERIFY(validators->exportCsv(vcsv));
        QFile vfile(vcsv);
        QVERIFY(vfile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(vfile.readAll()).count(QStringLiteral("\r\n")), vt->rowCount() + 1);
        QTest::qWait(300);
        QVERIFY(window.grab().toImage().save(shots() + QStringLiteral("/validators.png")));

        // View ▸ Theme ▸ Dark: the palette and the charts turn dark; a screenshot of the detail page.
        auto* dark = window.findChild<QAction*>(QStringLiteral("theme_dark"));
        QVERIFY(dark && window.theme());
        dark->trigger();
        QVERIFY(window.theme()->isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QVERIFY(network->allocationView()->chart()->backgroundBrush().color().lightness() < 128);
        QCOMPARE(network->allocationView()->chart()->titleBrush().color(), QApplication::palette().color(QPalette::Text));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget*>(detail));
        detail->tabs()->setCurrentIndex(0);
        QTest::qWait(500);
        shot = window.grab().toImage();
        QVERIFY(shot.save(shots() + QStringLiteral("/subnet-detail-dark.png")));
        QVERIFY(shot.pixelColor(shot.width() / 2, shot.height() - 40).lightness() < 128);
        window.findChild<QAction*>(QStringLiteral("theme_light"))->trigger();
        QVERIFY(!window.theme()->isDark());
        QVERIFY(network->allocationView()->chart()->backgroundBrush().color().lightness() > 128);
        QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("light"));
    }

    void windowStateAndThemeAreRestored() {
        QSettings().clear();
        const QString db = dir_.filePath(QStringLiteral("state.sqlite"));
        const auto factory = [](quint64, const QByteArray& state) {
            chainclient::LocalNodeOptions o;
            o.initialState = state;
            return new chainclient::LocalNode(o);
        };
        {
            models::SyncService sync(db, QStringLiteral("local"), factory);
            ui::MainWindow window(&sync);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1111, 777);
            window.findChild<QTabWidget*>(QStringLiteral("pages"))->setCurrentIndex(2);
            auto* splitter = window.findChild<QSplitter*>(QStringLiteral("networkSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({100, 300});
            window.findChild<QAction*>(QStringLiteral("theme_dark"))->trigger();
            QTest::qWait(50);
            QVERIFY(window.close()); // saves
        }
        models::SyncService sync(db, QStringLiteral("local"), factory);
        ui::MainWindow window(&sync);
        QCOMPARE(window.size(), QSize(1111, 777));
        QCOMPARE(window.findChild<QTabWidget*>(QStringLiteral("pages"))->currentIndex(), 2);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto sizes = window.findChild<QSplitter*>(QStringLiteral("networkSplitter"))->sizes();
        QCOMPARE(sizes.size(), 2);
        QVERIFY2(sizes[0] < sizes[1], qPrintable(QStringLiteral("%1 %2").arg(sizes[0]).arg(sizes[1])));
        QVERIFY(window.theme()->isDark());
        QVERIFY(window.findChild<QAction*>(QStringLiteral("theme_dark"))->isChecked());
        window.theme()->setMode(ui::Theme::Mode::System);
    }
};

QTEST_MAIN(TestExplorerPages)
#include "tst_explorer_pages.moc"
