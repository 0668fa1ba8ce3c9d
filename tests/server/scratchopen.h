#pragma once

#include <database.h>
#include <testdatabase.h>

namespace papo::testing {

// Opens `db` on the next empty scratch database (a SQLite file, or a database in the test run's
// PostgreSQL cluster for the _postgresql twins), migrated. Empty on success, else why not.
inline QString openScratch(ScratchDatabase &scratch, server::Database &db)
{
    QString error;
    if (const auto url = server::DatabaseUrl::parse(scratch.next(), &error))
        db.open(*url, &error);
    return error;
}

} // namespace papo::testing
