#include "app/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace app {

AppPaths::AppPaths(const QString& overrideDir)
    : dataDir_(overrideDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                     : QDir(overrideDir).absolutePath()) {}

QString AppPaths::storePath(const QString& network) const { return QDir(dataDir_).filePath(network + QStringLiteral(".sqlite")); }

QString AppPaths::logPath() const { return QDir(dataDir_).filePath(QStringLiteral("logs/subnetscope.log")); }

bool AppPaths::ensureExists(QString* error) const {
    if (QDir().mkpath(QDir(dataDir_).filePath(QStringLiteral("logs")))) return true;
    if (error) *error = QObject::tr("Cannot create the data folder %1.").arg(dataDir_);
    return false;
}

} // namespace app
