#pragma once

#include <QStringList>

namespace papo::server {

// Numbered schema migrations: entry N brings the schema from version N to N + 1.
// Append only; never edit a migration that has shipped.
const QList<QStringList> &schemaMigrations();

} // namespace papo::server
