#pragma once

#include "databaseurl.h"

#include <QSqlDatabase>
#include <QString>

namespace papo::server {

// Opens a connection named `name` (QSqlDatabase's registry) to `url` with Papo's session
// settings: for SQLite WAL, synchronous=FULL, foreign keys and a busy timeout; for PostgreSQL
// no notices on stderr. On failure the connection is removed again and *error says why,
// naming the database by its redacted URL.
bool openSqlConnection(const DatabaseUrl &url, const QString &name, QString *error);
// Closes and forgets a connection opened above.
void closeSqlConnection(const QString &name);

SqlDialect dialectOf(const QSqlDatabase &db);

// A PostgreSQL connection that broke (the database restarted, the network cut it) is opened
// again, so that the next statement works; the one that failed stays failed (its transaction is
// gone with the connection). At most one attempt a second per connection. True when the
// connection was broken and is open again. SQLite's connections never break this way.
bool reopenIfBroken(QSqlDatabase &db);

} // namespace papo::server
