#pragma once
// One SQLite file per network profile (design.md §4). Opens a named QtSql connection with
// WAL, synchronous=NORMAL and foreign keys, and brings the schema up to date.

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace models {

class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (creating if needed) `path` as connection `connectionName` on the calling thread.
    // ReadWrite connections run pending migrations. Returns an error sentence on failure.
    static std::optional<QString> open(const QString& path, const QString& connectionName, Mode mode);
    static void close(const QString& connectionName);
    static QSqlDatabase connection(const QString& connectionName) { return QSqlDatabase::database(connectionName, false); }

    static int schemaVersion(const QSqlDatabase& db);
    // Runs migrations user_version+1 … target (default: newest), each in one transaction.
    static std::optional<QString> migrate(QSqlDatabase& db, int targetVersion = -1);
    static int newestSchemaVersion();
};

// A connection name unique to the calling thread, for read-only model queries.
QString threadConnectionName(const QString& prefix);

} // namespace models
