#include "inviteclient.h"

#include "serverurl.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace papo::desk {

namespace {

constexpr int TransferTimeoutMs = 15000;

void readInvite(const QJsonObject &answer, InviteDetails *invite)
{
    invite->email = answer.value(QLatin1String("email")).toString(invite->email);
    invite->role = answer.value(QLatin1String("role")).toString(invite->role);
    invite->inviter = answer.value(QLatin1String("inviter")).toString(invite->inviter);
    invite->team = answer.value(QLatin1String("team")).toString(invite->team);
    const QDateTime expiresAt = QDateTime::fromString(
        answer.value(QLatin1String("expiresAt")).toString(), Qt::ISODateWithMs);
    if (expiresAt.isValid())
        invite->expiresAt = expiresAt;
    const QJsonObject rules = answer.value(QLatin1String("passwordRules")).toObject();
    invite->minPasswordCharacters
        = rules.value(QLatin1String("minCharacters")).toInt(invite->minPasswordCharacters);
    invite->maxPasswordBytes
        = rules.value(QLatin1String("maxBytes")).toInt(invite->maxPasswordBytes);
}

} // namespace

InviteClient::InviteClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

QNetworkReply *InviteClient::post(const QUrl &serverUrl, const QString &path,
                                  const QJsonObject &body)
{
    if (m_pending) { // only the latest question counts
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
    }
    QNetworkRequest request(serverResourceUrl(serverUrl, path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(TransferTimeoutMs);
    m_pending = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    return m_pending;
}

void InviteClient::lookUp(const QUrl &serverUrl, const QString &token)
{
    QNetworkReply *reply
        = post(serverUrl, QStringLiteral("/api/invite-info"), {{QLatin1String("token"), token}});
    connect(reply, &QNetworkReply::finished, this, [this, reply, serverUrl, token] {
        m_pending = nullptr;
        reply->deleteLater();
        InviteDetails invite;
        invite.serverUrl = serverUrl;
        invite.token = token;
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
            fail(reply, invite);
            return;
        }
        readInvite(QJsonDocument::fromJson(reply->readAll()).object(), &invite);
        emit inviteFound(invite);
    });
}

void InviteClient::join(const InviteDetails &invite, const QString &name, const QString &password,
                        const QString &deviceName)
{
    QNetworkReply *reply = post(invite.serverUrl, QStringLiteral("/api/accept-invite"),
                                {{QLatin1String("token"), invite.token},
                                 {QLatin1String("name"), name},
                                 {QLatin1String("password"), password},
                                 {QLatin1String("device"), deviceName}});
    connect(reply, &QNetworkReply::finished, this, [this, reply, invite] {
        m_pending = nullptr;
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
            fail(reply, invite);
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const QString token = answer.value(QLatin1String("token")).toString();
        if (token.isEmpty()) {
            emit failed(Problem::ServerError, invite, QStringLiteral("200"));
            return;
        }
        emit joined(token, answer.value(QLatin1String("operator")).toObject());
    });
}

void InviteClient::fail(QNetworkReply *reply, InviteDetails known)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        emit failed(Problem::NetworkError, known, reply->errorString());
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    readInvite(answer, &known);
    const QString error = answer.value(QLatin1String("error")).toString();
    if (error == QLatin1String("invite_used"))
        emit failed(Problem::Used, known, {});
    else if (error == QLatin1String("invite_expired"))
        emit failed(Problem::Expired, known, {});
    else if (error == QLatin1String("invite_invalid"))
        emit failed(Problem::Invalid, known, {});
    else if (error == QLatin1String("email_taken"))
        emit failed(Problem::EmailTaken, known, {});
    else if (error == QLatin1String("password_rules"))
        emit failed(Problem::PasswordRules, known,
                    answer.value(QLatin1String("message")).toString());
    else
        emit failed(Problem::ServerError, known, QString::number(status));
}

} // namespace papo::desk
