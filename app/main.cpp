// subnetscope: the desktop app — composition root. The embedded chain by default; --network or
// the Network menu picks another (SessionHost builds the session for it).

#include "app/AppLogging.h"
#include "app/AppPaths.h"
#include "app/CaFile.h"
#include "app/SessionHost.h"

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
    QCommandLineOption network(QStringLiteral("network"),
                               QApplication::translate("main", "Network to show: local, finney, test or a ws:// / wss:// URL "
                                                               "(default: the one chosen last in the Network menu)."),
                               QStringLiteral("network"));
    QCommandLineOption caFile(QStringLiteral("ca-file"),
                              QApplication::translate("main", "PEM file of extra certificate authorities trusted for wss:// "
                                                              "nodes (default: $SUBNETSCOPE_CA_FILE)."),
                              QStringLiteral("pem"));
    parser.addOptions({dataDir, historyDays, blockMs, network, caFile});
    parser.process(app);

    const app::AppPaths paths(parser.value(dataDir));
    QString error;
    if (!paths.ensureExists(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Subnetscope"), error);
        return 4;
    }
    app::setUpLogging(paths.logPath(), QStringLiteral("info"), true);
    spdlog::info("subnetscope {} starting, data dir {}", SUBNETSCOPE_VERSION, paths.dataDir().toStdString());

    QString why;
    const auto profile = app::SessionHost::initialProfile(parser.value(network), &why);
    if (!profile) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Subnetscope"), why);
        return 2;
    }
    app::AppSessionOptions options;
    options.historyBlocks = parser.value(historyDays).toULongLong() * 7200;
    options.blockIntervalMs = std::max(50, parser.value(blockMs).toInt());
    options.caFile = parser.isSet(caFile) ? parser.value(caFile) : qEnvironmentVariable("SUBNETSCOPE_CA_FILE");
    if (!options.caFile.isEmpty() && !app::caFileReadable(options.caFile, &why)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Subnetscope"), why);
        return 2;
    }
    app::SessionHost host(paths, options);
    host.open(*profile);
    return QApplication::exec();
}
