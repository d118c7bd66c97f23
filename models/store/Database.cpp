#include "models/store/Database.h"

#include "models/store/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace models {

QString threadConnectionName(const QString& prefix) {
    return prefix + QStringLiteral("-") + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

int Database::newestSchemaVersion() { return schemaMigrations().back().version; }

int Database::schemaVersion(const QSqlDatabase& db) {
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

std::optional<QString> Database::open(const QString& path, const QString& connectionName, Mode mode) {
    if (QSqlDatabase::contains(connectionName)) {
        if (QSqlDatabase::database(connectionName, false).isOpen()) return std::nullopt;
        QSqlDatabase::removeDatabase(connectionName);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == Mode::ReadOnly) options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) return QObject::tr("Cannot open the database %1: %2").arg(path, db.lastError().text());
    QSqlQuery q(db);
    if (mode == Mode::ReadWrite) {
        for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"})
            if (!q.exec(QString::fromLatin1(pragma)))
                return QObject::tr("Cannot configure the database %1: %2").arg(path, q.lastError().text());
        if (auto err = migrate(db)) return err;
    } else {
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        const int version = schemaVersion(db);
        if (version > newestSchemaVersion())
            return QObject::tr("The database %1 was written by a newer Subnetscope (schema %2).").arg(path).arg(version);
    }
    return std::nullopt;
}

void Database::close(const QString& connectionName) {
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

std::optional<QString> Database::migrate(QSqlDatabase& db, int targetVersion) {
    if (targetVersion < 0) targetVersion = newestSchemaVersion();
    const int current = schemaVersion(db);
    if (current > newestSchemaVersion())
        return QObject::tr("The database was written by a newer Subnetscope (schema %1); this build knows up to %2.")
            .arg(current)
            .arg(newestSchemaVersion());
    for (const Migration& m : schemaMigrations()) {
        if (m.version <= current || m.version > targetVersion) continue;
        if (!db.transaction()) return QObject::tr("Cannot start the schema upgrade: %1").arg(db.lastError().text());
        QSqlQuery q(db);
        for (const QString& sql : m.statements) {
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                db.rollback();
                return QObject::tr("Schema upgrade to version %1 failed: %2").arg(m.version).arg(why);
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(m.version)) || !db.commit()) {
            db.rollback();
            return QObject::tr("Schema upgrade to version %1 could not be committed.").arg(m.version);
        }
    }
    return std::nullopt;
}

} // namespace models
