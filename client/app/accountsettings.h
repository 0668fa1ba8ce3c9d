#pragma once

#include <QString>
#include <QUrl>

namespace papo::desk {

// What papo-desk remembers between runs in QSettings: the server and the account's email
// (the token itself lives in the keychain, see TokenStore).
class AccountSettings final
{
public:
    static QUrl defaultServerUrl();

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    QString email() const;
    void setEmail(const QString &email);
    bool hasAccount() const { return serverUrl().isValid() && !email().isEmpty(); }
};

} // namespace papo::desk
