#pragma once

#include "clock.h"

#include <accountrepository.h>
#include <errorcode.h>

#include <QObject>

namespace papo::server {

class AvatarStore;

struct TeamResult
{
    common::ErrorCode error = common::ErrorCode::None;
    QString message;
    bool ok() const { return error == common::ErrorCode::None; }
};

struct IssuedInvite
{
    QString token; // shown once; only its digest is stored
    QDateTime expiresAt;
};

// The team (TEAM-1..3): profiles, invites, roles, deactivation. Every admin action checks
// the caller's role here, on the server, whatever the client shows.
class TeamService final : public QObject
{
    Q_OBJECT

public:
    TeamService(AccountRepository &accounts, AvatarStore &avatars, Clock clock = systemClock(),
                QObject *parent = nullptr);

    TeamResult updateProfile(qint64 operatorId, const std::optional<QString> &name,
                             const std::optional<QString> &title);
    // TEAM-1: one's own photo (any accepted picture; see AvatarImage). `avatarUrl` gets the
    // path of the new avatar.
    TeamResult setAvatar(qint64 operatorId, const QByteArray &upload, QString *avatarUrl);
    TeamResult invite(const OperatorRecord &caller, const QString &email, const QString &role,
                      IssuedInvite *issued);
    // Creates the invited account; the caller logs it in.
    TeamResult acceptInvite(const QString &token, const QString &name, const QString &password,
                            OperatorRecord *created);
    TeamResult setRole(const OperatorRecord &caller, qint64 operatorId, const QString &role);
    TeamResult setActive(const OperatorRecord &caller, qint64 operatorId, bool active);

signals:
    void teamChanged();
    void operatorDeactivated(qint64 operatorId);

private:
    TeamResult requireAdmin(const OperatorRecord &caller) const;

    AccountRepository &m_accounts;
    AvatarStore &m_avatars;
    Clock m_clock;
};

} // namespace papo::server
