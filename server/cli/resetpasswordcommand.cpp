#include "resetpasswordcommand.h"

#include <accountrepository.h>
#include <authservice.h>
#include <database.h>
#include <devicerepository.h>
#include <loginthrottle.h>
#include <onetimelink.h>
#include <onetimelinkrepository.h>
#include <paposerver.h>
#include <passwordservice.h>
#include <secrets.h>

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace papo::server {

ResetPasswordCommand::ResetPasswordCommand(std::optional<DatabaseUrl> database, QString dataDir,
                                           QUrl linkBase)
    : m_database(std::move(database))
    , m_dataDir(std::move(dataDir))
    , m_linkBase(std::move(linkBase))
{}

int ResetPasswordCommand::run(const QString &email)
{
    if (!Secrets::initialize()) {
        std::fprintf(stderr, "papo-server: libsodium could not be initialised\n");
        return 1;
    }
    const DatabaseUrl url = m_database.value_or(PapoServer::defaultDatabase(m_dataDir));
    // Never create an empty database by mistake: the SQLite file must be the server's.
    if (!url.isPostgreSql() && !QFileInfo::exists(url.sqlitePath())) {
        std::fprintf(stderr, "papo-server: there is no Papo database at %s (see --data-dir)\n",
                     qPrintable(QFileInfo(url.sqlitePath()).absoluteFilePath()));
        return 1;
    }
    Database database;
    QString error;
    if (!database.open(url, &error)) {
        std::fprintf(stderr, "papo-server: %s\n", qPrintable(error));
        return 1;
    }
    AccountRepository accounts(database.connection());
    DeviceRepository devices(database.connection());
    OneTimeLinkRepository links(database.connection());
    LoginThrottle throttle(database.connection());
    AuthService auth(accounts, devices, throttle);
    PasswordService passwords(accounts, links, auth);
    IssuedLink issued;
    const ServiceResult result = passwords.issueResetFor(email.trimmed(), &issued);
    if (!result.ok()) {
        std::fprintf(stderr, "papo-server: %s\n", qPrintable(result.message));
        return 1;
    }
    const QUrl link = OneTimeLink::url(m_linkBase, OneTimeLink::ResetPage, issued.token);
    std::fprintf(stdout,
                 "Open this link to choose a new password for %s.\n"
                 "It works once, until %s:\n%s\n",
                 qPrintable(email.trimmed()),
                 qPrintable(QLocale::c().toString(issued.expiresAt.toLocalTime(),
                                                  QStringLiteral("yyyy-MM-dd HH:mm t"))),
                 qPrintable(link.toString()));
    std::fflush(stdout);
    return 0;
}

} // namespace papo::server
