#pragma once
// The --ca-file option of the app and the CLI: extra certificate authorities for wss:// nodes
// (a self-hosted node with its own CA). Checked up front so a wrong path is a clear error at
// start, not a TLS failure later.

#include <QString>

namespace app {

// True when `path` holds at least one PEM certificate; otherwise *why says what is wrong.
bool caFileReadable(const QString& path, QString* why);

} // namespace app
