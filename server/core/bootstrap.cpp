#include "bootstrap.h"

#include "secrets.h"

#include <QRegularExpression>

namespace papo::server {

QString nameFromEmail(const QString &email)
{
    static const QRegularExpression separators(QStringLiteral("[._+\\-]+"));
    QStringList words = email.section(QLatin1Char('@'), 0, 0).split(separators, Qt::SkipEmptyParts);
    for (QString &word : words)
        word = word.left(1).toUpper() + word.mid(1);
    const QString name = words.join(QLatin1Char(' ')).left(100);
    return name.isEmpty() ? QStringLiteral("Owner") : name;
}

QString defaultWebsiteName(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Portuguese:
        return QStringLiteral("Meu site");
    case QLocale::Spanish:
        return QStringLiteral("Mi sitio web");
    default:
        return QStringLiteral("My website");
    }
}

BootstrapResult bootstrapAccount(AccountRepository &accounts, const QString &ownerEmail,
                                 const QString &ownerPassword, const QString &ownerName)
{
    BootstrapResult result;
    if (accounts.operatorCount() == 0) {
        result.ownerEmail = ownerEmail.isEmpty() ? QStringLiteral("owner@papo.local") : ownerEmail;
        QString password = ownerPassword;
        if (password.isEmpty()) {
            password = Secrets::randomToken(12);
            result.generatedPassword = password;
        }
        const QString name = ownerName.simplified().isEmpty() ? nameFromEmail(result.ownerEmail)
                                                              : ownerName.simplified().left(100);
        if (accounts.createOperator(result.ownerEmail, name, Secrets::hashPassword(password),
                                    QStringLiteral("owner"), true)
            == 0) {
            result.ok = false;
            result.error
                = QStringLiteral("Cannot create the owner account %1").arg(result.ownerEmail);
            return result;
        }
    }
    if (accounts.websites().isEmpty()
        && accounts.createWebsite(defaultWebsiteName(QLocale::system()), Secrets::randomToken(16))
               == 0) {
        result.ok = false;
        result.error = QStringLiteral("Cannot create the default website");
    }
    return result;
}

} // namespace papo::server
