#include "models/store/ReadConnection.h"

#include "models/store/Database.h"

#include <QCryptographicHash>

namespace models {

ReadConnection::ReadConnection(const QString& dbPath) {
    // One connection per (thread, file): the name carries both.
    const QString file = QString::fromLatin1(QCryptographicHash::hash(dbPath.toUtf8(), QCryptographicHash::Md5).toHex().left(12));
    const QString name = threadConnectionName(QStringLiteral("read-") + file);
    if (auto err = Database::open(dbPath, name, Database::Mode::ReadOnly)) error_ = *err;
    db_ = Database::connection(name);
}

} // namespace models
