#pragma once

#include <accountrepository.h>
#include <database.h>
#include <secrets.h>
#include <serverprocess.h>

#include <QString>

namespace papo::testing {

// The running server's database (SQLite or PostgreSQL), opened beside it.
inline bool openServerDatabase(const ServerProcess &server, papo::server::Database &database)
{
    QString error;
    const auto url = papo::server::DatabaseUrl::parse(server.databaseUrl(), &error);
    if (url && database.open(*url, &error))
        return true;
    qWarning("cannot open the server's database: %s", qPrintable(error));
    return false;
}

// A second operator for tests that need two, written into the running server's database
// the way the team settings will (the server reads accounts from the database per login).
inline bool addOperator(const ServerProcess &server, const QString &email, const QString &name,
                        const QString &password, const QString &role = QStringLiteral("operator"))
{
    papo::server::Secrets::initialize();
    papo::server::Database database;
    if (!openServerDatabase(server, database))
        return false;
    papo::server::AccountRepository accounts(database.connection());
    return accounts.createOperator(email, name, papo::server::Secrets::hashPassword(password), role)
           > 0;
}

// A second operator added to the running server and logged in: their token, or an empty
// string when either step fails.
inline QString addOperatorAndLogIn(const ServerProcess &server, const QString &email,
                                   const QString &name, const QString &password)
{
    if (!addOperator(server, email, name, password))
        return {};
    return server.login(email, password);
}

// Starts the server with two accounts, both logged in: its owner and Bia, an operator.
inline bool startWithOwnerAndBia(ServerProcess &server, QString *ownerToken, QString *biaToken,
                                 const QString &biaName = QStringLiteral("Bia"))
{
    if (!server.start())
        return false;
    *ownerToken = server.login();
    *biaToken = addOperatorAndLogIn(server, QStringLiteral("bia@papo.test"), biaName,
                                    QStringLiteral("senha-da-bia"));
    return !ownerToken->isEmpty() && !biaToken->isEmpty();
}

} // namespace papo::testing
