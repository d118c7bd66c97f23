// GUI: the main window fills its subnet table from the local chain, shows a price chart for
// the selected subnet, and saves a screenshot for a person to look at.

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "chainclient/local/LocalNode.h"
#include "models/SubnetListModel.h"
#include "models/sync/SyncService.h"
#include "ui/MainWindow.h"
#include "ui/PriceChart.h"
#include "ui/SubnetsPage.h"

#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void tableFillsChartDrawsScreenshotSaved() {
        QTemporaryDir dir;
        // Settings (favourites, column layout) go to the throwaway folder, not the user's config,
        // so a layout saved by an earlier run cannot change what this run sees.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        models::SyncService sync(dir.filePath(QStringLiteral("local.sqlite")), QStringLiteral("local"),
                                 [](quint64, const QByteArray& state) {
                                     chainclient::LocalNodeOptions o;
                                     o.initialState = state;
                                     o.catchUpTo = 2400; // a few hours of history
                                     o.blockIntervalMs = 100;
                                     return new chainclient::LocalNode(o);
                                 });
        ui::MainWindow window(&sync);
        window.resize(1280, 800);
        window.show();
        sync.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* table = window.findChild<QTableView*>(QStringLiteral("subnetTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 8, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(sync.syncedBlock() >= 2400, 60000);
        const quint64 firstBlock = window.subnetModel()->block();
        QTRY_VERIFY_WITH_TIMEOUT(window.subnetModel()->block() > firstBlock, 10000); // live blocks keep arriving

        // Select a subnet by clicking its row; the chart follows.
        const QRect row = table->visualRect(table->model()->index(2, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row.center());
        const int netuid = window.subnetsPage()->selectedNetuid();
        QVERIFY(netuid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.subnetsPage()->priceChart()->pointCount() > 100, 10000);
        QVERIFY(window.subnetsPage()->priceChart()->pointCount() <= 4 * window.subnetsPage()->priceChart()->width());
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("blockLabel"))->text().contains(QStringLiteral("Block")));

        QTest::qWait(600); // one refresh tick so the shot shows settled data
        const QString shots = QStringLiteral(SUBNETSCOPE_BINARY_DIR "/tests/screenshots");
        QDir().mkpath(shots);
        const QImage image = window.grab().toImage();
        QVERIFY(image.save(shots + QStringLiteral("/main.png")));
        // Not blank: a row of the chart area holds many colours.
        QSet<QRgb> colours;
        const int y = image.height() * 3 / 4;
        for (int x = 0; x < image.width(); ++x) colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 5);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
