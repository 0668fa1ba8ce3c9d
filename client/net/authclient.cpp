#include "authclient.h"

#include "serverurl.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSysInfo>

namespace papo::desk {

namespace {

constexpr int TransferTimeoutMs = 15000;

QNetworkRequest jsonRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(TransferTimeoutMs);
    return request;
}

} // namespace

AuthClient::AuthClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

QString AuthClient::deviceName()
{
    const QString host = QSysInfo::machineHostName();
    const QString system = QSysInfo::prettyProductName();
    return host.isEmpty() ? system : QStringLiteral("%1 (%2)").arg(host, system);
}

void AuthClient::login(const QUrl &serverUrl, const QString &email, const QString &password)
{
    if (m_loginReply) {
        m_loginReply->disconnect(this);
        m_loginReply->abort();
        m_loginReply->deleteLater();
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QLatin1String("email"), email},
                                                      {QLatin1String("password"), password},
                                                      {QLatin1String("device"), deviceName()}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->post(
        jsonRequest(serverResourceUrl(serverUrl, QStringLiteral("/api/login"))), body);
    m_loginReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleLoginFinished(reply); });
}

void AuthClient::handleLoginFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply == m_loginReply)
        m_loginReply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Qt refuses a certificate it cannot verify unless told to ignore it; Papo never is.
    if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        emit loginFailed(LoginError::UntrustedCertificate, reply->errorString());
        return;
    }
    if (status == 0) {
        emit loginFailed(LoginError::NetworkError, reply->errorString());
        return;
    }
    if (status == 401) {
        emit loginFailed(LoginError::WrongCredentials, QString::number(status));
        return;
    }
    if (status == 429) {
        emit loginFailed(LoginError::TooManyAttempts, QString::number(status));
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    const QString token = answer.value(QLatin1String("token")).toString();
    if (status != 200 || token.isEmpty()) {
        emit loginFailed(LoginError::ServerError, QString::number(status));
        return;
    }
    emit loggedIn(token, answer.value(QLatin1String("operator")).toObject());
}

void AuthClient::logout(const QUrl &serverUrl, const QString &token)
{
    QNetworkRequest request
        = jsonRequest(serverResourceUrl(serverUrl, QStringLiteral("/api/logout")));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = m_network->post(request, QByteArray("{}"));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        emit loggedOut();
    });
}

} // namespace papo::desk
