#include "accountsettings.h"

#include <QSettings>

namespace papo::desk {

namespace {
const QString ServerUrlKey = QStringLiteral("account/serverUrl");
const QString EmailKey = QStringLiteral("account/email");
} // namespace

QUrl AccountSettings::defaultServerUrl()
{
    return QUrl(QStringLiteral("http://127.0.0.1:8080"));
}

QUrl AccountSettings::serverUrl() const
{
    return QUrl(QSettings().value(ServerUrlKey).toString());
}

void AccountSettings::setServerUrl(const QUrl &url)
{
    QSettings().setValue(ServerUrlKey, url.toString());
}

QString AccountSettings::email() const
{
    return QSettings().value(EmailKey).toString();
}

void AccountSettings::setEmail(const QString &email)
{
    QSettings().setValue(EmailKey, email);
}

} // namespace papo::desk
