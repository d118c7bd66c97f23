#pragma once
// A prepared statement on the raw sqlite3 handle. The writer uses it instead of QSqlQuery
// because sync throughput is measured against the C API itself (toolchain.md §7a: QtSql costs
// about 2× per row).

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace models {

class SqlStatement {
public:
    SqlStatement() = default;
    SqlStatement(sqlite3* db, const char* sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;
    SqlStatement(SqlStatement&& other) noexcept;
    SqlStatement& operator=(SqlStatement&& other) noexcept;

    bool ok() const { return stmt_ != nullptr; }
    // Binding is 1-based, as in SQLite.
    SqlStatement& bind(int index, qint64 value);
    SqlStatement& bind(int index, quint64 value) { return bind(index, static_cast<qint64>(value)); }
    SqlStatement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    SqlStatement& bind(int index, double value);
    SqlStatement& bind(int index, const QByteArray& utf8Text);
    SqlStatement& bindBlob(int index, const QByteArray& bytes); // null when empty
    SqlStatement& bindNull(int index);

    // Runs a statement that returns no rows, then resets it for the next use.
    bool exec();
    // Steps once; true while a row is available. reset() when done.
    bool next();
    void reset();
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray text(int column) const;
    QByteArray blob(int column) const;

    static QString lastError(sqlite3* db);
    static bool run(sqlite3* db, const char* sql); // one-off statement without rows

private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

} // namespace models
