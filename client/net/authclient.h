#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace papo::desk {

// The HTTP half of signing in: `POST /api/login` and `POST /api/logout`.
class AuthClient final : public QObject
{
    Q_OBJECT

public:
    enum class LoginError {
        WrongCredentials,     // 401
        TooManyAttempts,      // 429
        NetworkError,         // no answer: refused, timed out, DNS...
        UntrustedCertificate, // https whose certificate does not verify: never clicked through
        ServerError,          // any other answer
    };
    Q_ENUM(LoginError)

    explicit AuthClient(QObject *parent = nullptr);

    // How this machine shows in "My devices": "ana-laptop (Debian GNU/Linux 12 (bookworm))".
    static QString deviceName();

    void login(const QUrl &serverUrl, const QString &email, const QString &password);
    void logout(const QUrl &serverUrl, const QString &token);
    bool isBusy() const { return m_loginReply != nullptr; }

signals:
    void loggedIn(const QString &token, const QJsonObject &operatorObject);
    // detail: the network error text for NetworkError, the HTTP status otherwise.
    void loginFailed(papo::desk::AuthClient::LoginError error, const QString &detail);
    void loggedOut();

private:
    void handleLoginFinished(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QNetworkReply *m_loginReply = nullptr;
};

} // namespace papo::desk
