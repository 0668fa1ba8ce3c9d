#include "bootstrap.h"

#include "secrets.h"

namespace papo::server {

BootstrapResult bootstrapAccount(AccountRepository &accounts, const QString &ownerEmail,
                                 const QString &ownerPassword)
{
    BootstrapResult result;
    if (accounts.operatorCount() == 0) {
        result.ownerEmail = ownerEmail.isEmpty() ? QStringLiteral("owner@papo.local") : ownerEmail;
        QString password = ownerPassword;
        if (password.isEmpty()) {
            password = Secrets::randomToken(12);
            result.generatedPassword = password;
        }
        const QString name = result.ownerEmail.section(QLatin1Char('@'), 0, 0);
        if (accounts.createOperator(result.ownerEmail, name, Secrets::hashPassword(password),
                                    QStringLiteral("owner"))
            == 0) {
            result.ok = false;
            result.error
                = QStringLiteral("Cannot create the owner account %1").arg(result.ownerEmail);
            return result;
        }
    }
    if (accounts.websites().isEmpty()
        && accounts.createWebsite(QStringLiteral("My website"), Secrets::randomToken(16)) == 0) {
        result.ok = false;
        result.error = QStringLiteral("Cannot create the default website");
    }
    return result;
}

} // namespace papo::server
