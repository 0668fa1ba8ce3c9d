#pragma once

#include "models/teammodel.h"
#include "net/serverconnection.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;

namespace papo::desk {

class PictureUpload;

// The action API of the team pane (TEAM-1..3) and the glue to its model: the `team` list
// and events, `presence` events, the photos (fetched once per URL), one's own profile and
// photo upload (`POST /api/avatar`), and the admins' invites, roles, deactivation, password
// resets and the team's name. The server checks every admin request; the pane only hides what
// would be refused.
class TeamController final : public QObject
{
    Q_OBJECT

public:
    explicit TeamController(ServerConnection *connection, QObject *parent = nullptr);

    TeamModel *members() const { return m_members; }
    // What the join page calls the team; empty until an admin names it.
    QString teamName() const { return m_teamName; }
    qint64 myId() const { return m_connection->profile().id; }
    // This operator's row, once the list arrived.
    const TeamMember *me() const { return m_members->find(myId()); }
    bool isAdmin() const;
    QImage photoOf(qint64 operatorId, int size) const;

    // Actions.
    void refresh();
    void updateProfile(const QString &name, const QString &title);
    void uploadPhoto(const QString &filePath);
    void invite(const QString &email, const QString &role);
    void setRole(qint64 operatorId, const QString &role);
    void setActive(qint64 operatorId, bool active);
    void setTeamName(const QString &name);
    // An admin's reset: the teammate is logged out everywhere and gets a one-time link.
    void resetPassword(qint64 operatorId);
    void reset();

    // The last `team` answer or event as it came, for the local cache (issue 17) ...
    QJsonObject teamData() const { return m_teamData; }
    // ... and that copy shown again before the server answers, everyone offline until then.
    void restore(const QJsonObject &data);

signals:
    // The list changed, this operator's row or role included.
    void teamChanged();
    void profileSaved();
    void profileFailed(const QString &reason);
    void photoUploaded();
    void photoFailed(const QString &reason);
    void inviteCreated(const QString &link, const QDateTime &expiresAt);
    void inviteFailed(const QString &reason);
    void changeFailed(const QString &reason);
    void passwordResetCreated(qint64 operatorId, const QString &link, const QDateTime &expiresAt);

private:
    void handleEvent(const papo::common::Envelope &event);
    void applyTeam(const QJsonObject &data);
    void showTeam(const QJsonObject &data);
    void fetchPhotos();
    QString errorText(const RequestReply &reply) const;

    ServerConnection *m_connection;
    TeamModel *m_members;
    QNetworkAccessManager *m_network;
    PictureUpload *m_pictureUpload;
    QSet<QString> m_requestedPhotos;
    QString m_teamName;
    QJsonObject m_teamData;
};

} // namespace papo::desk
