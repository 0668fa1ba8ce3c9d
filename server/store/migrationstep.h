#pragma once

#include "migrations.h"

namespace papo::server {

// The same words in both dialects.
inline MigrationStep same(const QString &statement)
{
    return {statement, statement};
}

// Where the dialects differ: ids (SQLite's INTEGER PRIMARY KEY, PostgreSQL's BIGINT
// identity), BLOB / BYTEA, full-text search (FTS5 / tsvector).
inline MigrationStep each(const QString &sqlite, const QString &postgresql)
{
    return {sqlite, postgresql};
}

inline MigrationStep sqliteOnly(const QString &statement)
{
    return {statement, {}};
}

inline MigrationStep postgresqlOnly(const QString &statement)
{
    return {{}, statement};
}

} // namespace papo::server
