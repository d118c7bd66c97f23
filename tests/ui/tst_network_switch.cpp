// GUI: the app starts on the local chain, then Network › Custom URL… switches the whole
// session to a subtensor node at a ws:// URL (the loopback RpcServer serving another local
// chain). The status bar and title always name the network on screen, each network keeps its
// own store file, a malformed URL is refused with the reason and changes nothing, and the
// wallet menu works there too (tst_ui_remote_wallet signs through it). Saves network-switch.png
// for a person to look at.

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "app/SessionHost.h"
#include "chainclient/local/LocalNode.h"
#include "chainclient/local/RpcServer.h"
#include "models/SubnetListModel.h"
#include "models/sync/SyncService.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <functional>

namespace {

// Answers the modal dialogs an action opens: types `url` into the input dialog and accepts,
// and records then closes any message box.
class DialogAnswerer : public QObject {
public:
    explicit DialogAnswerer(QString url) : url_(std::move(url)) {
        connect(&poll_, &QTimer::timeout, this, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* input = qobject_cast<QInputDialog*>(modal)) {
                input->setTextValue(url_);
                input->accept();
            } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                messages << box->text();
                box->accept();
            }
        });
        poll_.start(50);
    }
    QStringList messages;

private:
    QString url_;
    QTimer poll_;
};

QString labelText(app::SessionHost& host) {
    auto* label = host.session()->window()->findChild<QLabel*>(QStringLiteral("networkLabel"));
    return label ? label->text() : QString();
}

QAction* action(app::SessionHost& host, const char* name) {
    return host.session()->window()->findChild<QAction*>(QLatin1String(name));
}

} // namespace

class TestNetworkSwitch : public QObject {
    Q_OBJECT
private slots:
    void switchesFromLocalToCustomUrlAndRefusesBadUrl() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("SubnetscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("network-switch"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));

        // The "remote" node: another local chain served over JSON-RPC on 127.0.0.1.
        chainclient::RpcServerOptions so;
        so.keepBlocks = 2000; // an archive as far as this test goes: the store syncs from block 1
        chainclient::RpcServer server(so);
        QVERIFY(server.listen());
        chainclient::LocalNodeOptions lo;
        lo.blockIntervalMs = 500;
        lo.catchUpTo = 120;
        lo.blockObserver = server.blockObserver();
        chainclient::LocalNode chain(lo);
        connect(&chain, &chainclient::NodeClient::blocksReady, this,
                [&](const chainclient::BlockBatch& b) { chain.acknowledge(b.last().number); });
        chain.startStreaming(0);
        QTRY_VERIFY_WITH_TIMEOUT(server.head() >= 120, 60'000);

        QString why;
        const auto start = app::SessionHost::initialProfile(QString(), &why);
        QVERIFY(start && start->isLocal()); // nothing remembered yet: local
        app::AppSessionOptions options;
        options.historyBlocks = 600;
        options.blockIntervalMs = 200;
        const app::AppPaths paths(dir.filePath(QStringLiteral("data")));
        QVERIFY(paths.ensureExists(&why));
        app::SessionHost host(paths, options);
        host.open(*start);
        QVERIFY(QTest::qWaitForWindowExposed(host.session()->window()));
        QCOMPARE(labelText(host), QStringLiteral("Network: local"));
        QVERIFY(host.session()->window()->windowTitle().contains(QStringLiteral("local")));
        QCOMPARE(QFileInfo(host.session()->storePath()).fileName(), QStringLiteral("local.sqlite"));
        QVERIFY(action(host, "networkLocal")->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(host.session()->window()->subnetModel()->rowCount() > 1, 60'000);

        // A URL that is not ws:// or wss://: the reason is shown, the session stays.
        app::AppSession* localSession = host.session();
        {
            DialogAnswerer answer(QStringLiteral("http://127.0.0.1:9944"));
            action(host, "networkCustom")->trigger();
            QCOMPARE(answer.messages.size(), 1);
            QVERIFY2(answer.messages.first().contains(QStringLiteral("ws:// or wss://")), qPrintable(answer.messages.first()));
        }
        {
            DialogAnswerer answer(QStringLiteral("ws://"));
            action(host, "networkCustom")->trigger();
            QCOMPARE(answer.messages.size(), 1);
            QVERIFY2(answer.messages.first().contains(QStringLiteral("host")), qPrintable(answer.messages.first()));
        }
        QTest::qWait(100); // a switch, had one been asked for, would run now
        QCOMPARE(host.session(), localSession);
        QCOMPARE(labelText(host), QStringLiteral("Network: local"));
        QVERIFY(action(host, "networkLocal")->isChecked());
        QVERIFY(!action(host, "networkCustom")->isChecked());
        QCOMPARE(QDir(paths.dataDir()).entryList({QStringLiteral("*.sqlite")}), QStringList{QStringLiteral("local.sqlite")});
        QVERIFY(!QSettings().contains(QStringLiteral("network/current")));

        // The loopback node's URL: a new session on its own store.
        const QString url = server.url().toString();
        {
            DialogAnswerer answer(url);
            QSignalSpy switched(&host, &app::SessionHost::switched);
            action(host, "networkCustom")->trigger();
            QVERIFY(answer.messages.isEmpty());
            QVERIFY(switched.wait(10'000));
        }
        QVERIFY(host.session() != localSession);
        QVERIFY(!host.session()->profile().isLocal());
        QCOMPARE(labelText(host), QStringLiteral("Network: custom (%1)").arg(url));
        QVERIFY(host.session()->window()->windowTitle().contains(url));
        QVERIFY(action(host, "networkCustom")->isChecked());
        const QString storeName = QStringLiteral("ws_127.0.0.1_%1.sqlite").arg(server.port());
        QCOMPARE(QFileInfo(host.session()->storePath()).fileName(), storeName);
        QCOMPARE(QSettings().value(QStringLiteral("network/current")).toString(), url);
        QTRY_VERIFY_WITH_TIMEOUT(host.session()->sync()->syncedBlock() >= 120, 120'000);
        auto* table = host.session()->window()->findChild<QTableView*>(QStringLiteral("subnetTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 1, 30'000);
        QVERIFY(QFileInfo::exists(QDir(paths.dataDir()).filePath(storeName)));
        QVERIFY(QFileInfo::exists(QDir(paths.dataDir()).filePath(QStringLiteral("local.sqlite"))));
        // The next launch without --network comes back here.
        QCOMPARE(app::SessionHost::initialProfile(QString(), &why)->name(), url);

        // Staking is offered here as on the local chain: without a wallet it asks for one first.
        {
            DialogAnswerer answer{QString()};
            action(host, "stakeAction")->trigger();
            QCOMPARE(answer.messages.size(), 1);
            QVERIFY2(answer.messages.first().contains(QStringLiteral("no wallet")), qPrintable(answer.messages.first()));
        }

        QTest::qWait(600); // one refresh tick so the shot shows settled data
        const QString shots = QStringLiteral(SUBNETSCOPE_BINARY_DIR "/tests/screenshots");
        QDir().mkpath(shots);
        QVERIFY(host.session()->window()->grab().save(shots + QStringLiteral("/network-switch.png")));

        // And back: the local chain resumes from its own store, the remote one is left as it was.
        {
            QSignalSpy switched(&host, &app::SessionHost::switched);
            action(host, "networkLocal")->trigger();
            QVERIFY(switched.wait(10'000));
        }
        QVERIFY(host.session()->profile().isLocal());
        QCOMPARE(labelText(host), QStringLiteral("Network: local"));
        QCOMPARE(QFileInfo(host.session()->storePath()).fileName(), QStringLiteral("local.sqlite"));
        QTRY_VERIFY_WITH_TIMEOUT(host.session()->window()->subnetModel()->rowCount() > 1, 60'000);
        QCOMPARE(QSettings().value(QStringLiteral("network/current")).toString(), QStringLiteral("local"));

        host.session()->sync()->cancel();
        chain.stop();
    }

    void commandLineNetworkMustParse() {
        QString why;
        QVERIFY(!app::SessionHost::initialProfile(QStringLiteral("mainnet"), &why));
        QVERIFY2(why.contains(QStringLiteral("mainnet")), qPrintable(why));
        const auto finney = app::SessionHost::initialProfile(QStringLiteral("finney"), &why);
        QVERIFY(finney);
        QCOMPARE(finney->storeName(), QStringLiteral("finney"));
        QVERIFY(finney->displayText().startsWith(QStringLiteral("finney (wss://")));
    }
};

QTEST_MAIN(TestNetworkSwitch)
#include "tst_network_switch.moc"
