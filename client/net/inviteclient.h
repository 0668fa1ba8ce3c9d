#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace papo::desk {

// What an invite link says, as the server tells it (`POST /api/invite-info`).
struct InviteDetails
{
    QUrl serverUrl;
    QString token;
    QString email;
    QString role;
    QString inviter;
    QString team;
    QDateTime expiresAt;
    int minPasswordCharacters = 8;
    int maxPasswordBytes = 1024;
};

// Joining the team from papo-desk with a pasted invite link: looks the invite up, then
// creates the account and logs this device in (`POST /api/accept-invite` with a device name).
class InviteClient final : public QObject
{
    Q_OBJECT

public:
    enum class Problem {
        Used,
        Expired,
        Invalid,
        EmailTaken,
        PasswordRules, // detail: the server's words
        NetworkError,  // detail: the network error
        ServerError,   // detail: the HTTP status
    };
    Q_ENUM(Problem)

    explicit InviteClient(QObject *parent = nullptr);

    void lookUp(const QUrl &serverUrl, const QString &token);
    void join(const InviteDetails &invite, const QString &name, const QString &password,
              const QString &deviceName);

signals:
    void inviteFound(const papo::desk::InviteDetails &invite);
    void joined(const QString &token, const QJsonObject &operatorObject);
    // `known`: what the server still said about the invite (who sent it, when it ended).
    void failed(papo::desk::InviteClient::Problem problem, const papo::desk::InviteDetails &known,
                const QString &detail);

private:
    QNetworkReply *post(const QUrl &serverUrl, const QString &path, const QJsonObject &body);
    // The problem an answer other than 200 means, with what it says of the invite.
    void fail(QNetworkReply *reply, InviteDetails known);

    QNetworkAccessManager *m_network;
    QNetworkReply *m_pending = nullptr;
};

} // namespace papo::desk
