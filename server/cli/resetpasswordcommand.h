#pragma once

#include <QString>
#include <QUrl>

namespace papo::server {

// `papo-server reset-password EMAIL`: a one-time link to choose a new password, made on the
// server's machine — the owner's way back when the password is lost. It opens the data
// directory's database beside a running server (SQLite in WAL mode allows it), so the server
// need not stop; the account keeps its password and devices until the link is used.
class ResetPasswordCommand final
{
public:
    // `linkBase`: --public-url, else the address the server listens on.
    ResetPasswordCommand(QString dataDir, QUrl linkBase);

    // Prints the link on stdout, or why not on stderr; returns the exit code.
    int run(const QString &email);

private:
    QString m_dataDir;
    QUrl m_linkBase;
};

} // namespace papo::server
