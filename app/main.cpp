// subnetscope: the desktop app on the embedded chain (default) — composition root.

#include "app/AppLogging.h"
#include "app/AppPaths.h"
#include "chainclient/local/LocalNode.h"
#include "models/sync/SyncService.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>
#include <spdlog/spdlog.h>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("subnetscope"));
    QApplication::setOrganizationName(QStringLiteral("Subnetscope"));
    QApplication::setApplicationVersion(QStringLiteral(SUBNETSCOPE_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("subnetscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Explorer and staking dashboard for Bittensor subnets"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dataDir(QStringLiteral("data-dir"), QApplication::translate("main", "Folder for the store, logs and wallets."),
                               QStringLiteral("dir"));
    QCommandLineOption historyDays(QStringLiteral("history-days"),
                                   QApplication::translate("main", "Days of simulated history on first launch (default 1)."),
                                   QStringLiteral("days"), QStringLiteral("1"));
    QCommandLineOption blockMs(QStringLiteral("block-ms"), QApplication::translate("main", "Milliseconds per local block (default 1000)."),
                               QStringLiteral("ms"), QStringLiteral("1000"));
    parser.addOptions({dataDir, historyDays, blockMs});
    parser.process(app);

    const app::AppPaths paths(parser.value(dataDir));
    QString error;
    if (!paths.ensureExists(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Subnetscope"), error);
        return 4;
    }
    app::setUpLogging(paths.logPath(), QStringLiteral("info"), true);
    spdlog::info("subnetscope {} starting, data dir {}", SUBNETSCOPE_VERSION, paths.dataDir().toStdString());

    const quint64 historyBlocks = parser.value(historyDays).toULongLong() * 7200;
    const int blockInterval = std::max(50, parser.value(blockMs).toInt());
    models::SyncService sync(paths.storePath(QStringLiteral("local")), QStringLiteral("local"),
                             [&](quint64 cursor, const QByteArray& state) -> chainclient::NodeClient* {
                                 chainclient::LocalNodeOptions options;
                                 options.initialState = state;
                                 options.blockIntervalMs = blockInterval;
                                 options.catchUpTo = std::max(cursor, historyBlocks);
                                 return new chainclient::LocalNode(options);
                             });
    ui::MainWindow window(&sync);
    window.show();
    sync.start();
    return QApplication::exec();
}
