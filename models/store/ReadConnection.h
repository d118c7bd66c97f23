#pragma once
// A read-only connection for the calling thread, opened on first use and reused after
// (WAL lets readers run while the writer writes). Cheap to construct.

#include <QSqlDatabase>
#include <QString>

namespace models {

class ReadConnection {
public:
    explicit ReadConnection(const QString& dbPath);
    bool ok() const { return db_.isOpen(); }
    const QString& error() const { return error_; }
    QSqlDatabase db() const { return db_; }

private:
    QSqlDatabase db_;
    QString error_;
};

} // namespace models
