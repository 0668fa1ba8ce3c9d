#pragma once

#include <databaseurl.h>

#include <QString>
#include <QUrl>

#include <optional>

namespace papo::server {

// `papo-server reset-password EMAIL`: a one-time link to choose a new password, made on the
// server's machine — the owner's way back when the password is lost. It opens the data
// directory's database (or --database's) beside a running server (SQLite in WAL mode allows
// it, PostgreSQL anyway), so the server need not stop; the account keeps its password and
// devices until the link is used.
class ResetPasswordCommand final
{
public:
    // `database`: --database, else the data directory's SQLite file. `linkBase`: --public-url,
    // else the address the server listens on.
    ResetPasswordCommand(std::optional<DatabaseUrl> database, QString dataDir, QUrl linkBase);

    // Prints the link on stdout, or why not on stderr; returns the exit code.
    int run(const QString &email);

private:
    std::optional<DatabaseUrl> m_database;
    QString m_dataDir;
    QUrl m_linkBase;
};

} // namespace papo::server
