#pragma once
// The numbered schema migrations. Migration i brings user_version from i-1 to i.
// Never edit a published migration: add a new one.

#include <QStringList>
#include <vector>

namespace models {

struct Migration {
    int version;
    QStringList statements;
};

const std::vector<Migration>& schemaMigrations();

} // namespace models
