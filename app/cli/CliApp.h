#pragma once
// subnetscope-cli: parses the command line and dispatches to a command.

#include <QStringList>

namespace app::cli {

int runCli(const QStringList& arguments);

} // namespace app::cli
