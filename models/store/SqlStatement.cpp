#include "models/store/SqlStatement.h"

#include <sqlite3.h>
#include <utility>

namespace models {

SqlStatement::SqlStatement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) != SQLITE_OK) stmt_ = nullptr;
}

SqlStatement::~SqlStatement() { sqlite3_finalize(stmt_); }

SqlStatement::SqlStatement(SqlStatement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), stmt_(std::exchange(other.stmt_, nullptr)) {}

SqlStatement& SqlStatement::operator=(SqlStatement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = std::exchange(other.db_, nullptr);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

SqlStatement& SqlStatement::bind(int index, qint64 value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

SqlStatement& SqlStatement::bind(int index, double value) {
    sqlite3_bind_double(stmt_, index, value);
    return *this;
}

SqlStatement& SqlStatement::bind(int index, const QByteArray& utf8Text) {
    sqlite3_bind_text(stmt_, index, utf8Text.constData(), static_cast<int>(utf8Text.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement& SqlStatement::bindBlob(int index, const QByteArray& bytes) {
    if (bytes.isEmpty()) sqlite3_bind_null(stmt_, index);
    else sqlite3_bind_blob64(stmt_, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

SqlStatement& SqlStatement::bindNull(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
}

bool SqlStatement::exec() {
    const int rc = sqlite3_step(stmt_);
    sqlite3_reset(stmt_);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

bool SqlStatement::next() { return sqlite3_step(stmt_) == SQLITE_ROW; }

void SqlStatement::reset() { sqlite3_reset(stmt_); }

qint64 SqlStatement::int64(int column) const { return sqlite3_column_int64(stmt_, column); }

double SqlStatement::real(int column) const { return sqlite3_column_double(stmt_, column); }

QByteArray SqlStatement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? QByteArray(p, sqlite3_column_bytes(stmt_, column)) : QByteArray();
}

QByteArray SqlStatement::blob(int column) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
    return p ? QByteArray(p, sqlite3_column_bytes(stmt_, column)) : QByteArray();
}

QString SqlStatement::lastError(sqlite3* db) { return QString::fromUtf8(sqlite3_errmsg(db)); }

bool SqlStatement::run(sqlite3* db, const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

} // namespace models
