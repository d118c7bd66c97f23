#pragma once
// spdlog rotating log in the data dir, with Qt's own messages routed into it.

#include <QString>

namespace app {

// `level`: trace, debug, info, warn, error. Also mirrors to stderr when `toStderr`.
void setUpLogging(const QString& logPath, const QString& level, bool toStderr);

} // namespace app
