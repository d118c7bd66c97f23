#pragma once
// Where a profile's files live: <data-dir>/<network>.sqlite, logs, wallets.

#include <QString>

namespace app {

class AppPaths {
public:
    // `overrideDir` (from --data-dir) wins; otherwise QStandardPaths::AppDataLocation.
    explicit AppPaths(const QString& overrideDir = QString());
    QString dataDir() const { return dataDir_; }
    QString storePath(const QString& network) const;
    QString logPath() const;
    bool ensureExists(QString* error) const;

private:
    QString dataDir_;
};

} // namespace app
