#pragma once

#include "cachedquery.h"
#include "sqltime.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace papo::server {

// The team's name = value settings (table account_settings), one row a setting: the one place
// that reads and writes them for every repository that keeps a setting there.
namespace AccountSettings {

inline QString value(const QSqlDatabase &db, const QString &name, const QString &fallback = {})
{
    CachedQuery query(db, QStringLiteral("SELECT value FROM account_settings WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toString() : fallback;
}

inline bool setValue(const QSqlDatabase &db, const QString &name, const QString &value)
{
    CachedQuery query(db,
                      QStringLiteral("INSERT INTO account_settings (name, value) VALUES (?, ?) "
                                     "ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    query.addBindValue(name);
    query.addBindValue(sqlText(value));
    return query.exec();
}

} // namespace AccountSettings

} // namespace papo::server
