#pragma once

#include "clock.h"
#include "onetimelink.h"
#include "serviceresult.h"

#include <accountrepository.h>
#include <errorcode.h>
#include <onetimelinkrepository.h>

#include <QObject>

namespace papo::server {

class AvatarStore;

// What the join page shows about its invite before the new teammate fills it in.
struct InviteLinkInfo
{
    OneTimeLink::State state = OneTimeLink::State::Unknown;
    QString email;
    QString role;
    QString inviterName;
    QString teamName;
    QDateTime expiresAt;
};

// The team (TEAM-1..3): profiles, invites, roles, deactivation. Every admin action checks
// the caller's role here, on the server, whatever the client shows.
class TeamService final : public QObject
{
    Q_OBJECT

public:
    TeamService(AccountRepository &accounts, OneTimeLinkRepository &links, AvatarStore &avatars,
                Clock clock = systemClock(), QObject *parent = nullptr);

    // Saving one's profile (even unchanged) ends the first login's request to complete it.
    ServiceResult updateProfile(qint64 operatorId, const std::optional<QString> &name,
                                const std::optional<QString> &title);
    // TEAM-1: one's own photo (any accepted picture; see AvatarImage). `avatarUrl` gets the
    // path of the new avatar.
    ServiceResult setAvatar(qint64 operatorId, const QByteArray &upload, QString *avatarUrl);
    // BOT-1: the picture of a website's bot; admins only.
    ServiceResult setBotAvatar(const OperatorRecord &caller, qint64 websiteId,
                               const QByteArray &upload, QString *avatarUrl);
    ServiceResult invite(const OperatorRecord &caller, const QString &email, const QString &role,
                         IssuedLink *issued);
    InviteLinkInfo inviteInfo(const QString &token);
    // Creates the invited account (online, asked to complete its profile); the caller logs it
    // in. Refused with not_found for a link that is not valid (inviteInfo says why).
    ServiceResult acceptInvite(const QString &token, const QString &name, const QString &password,
                               OperatorRecord *created);
    ServiceResult setTeamName(const OperatorRecord &caller, const QString &name);
    ServiceResult setRole(const OperatorRecord &caller, qint64 operatorId, const QString &role);
    ServiceResult setActive(const OperatorRecord &caller, qint64 operatorId, bool active);

signals:
    void teamChanged();
    void operatorDeactivated(qint64 operatorId);

private:
    ServiceResult requireAdmin(const OperatorRecord &caller) const;

    AccountRepository &m_accounts;
    OneTimeLinkRepository &m_links;
    AvatarStore &m_avatars;
    Clock m_clock;
};

} // namespace papo::server
