// subnetscope-cli: the scripting face of Subnetscope (shared/cli.md).

#include "app/cli/CliApp.h"

#include <QCoreApplication>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("subnetscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Subnetscope"));
    return app::cli::runCli(QCoreApplication::arguments());
}
