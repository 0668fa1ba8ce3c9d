#include "teamjson.h"

#include <avatarstore.h>
#include <presenceservice.h>
#include <teamactivity.h>

#include <algorithm>

namespace papo::server {

namespace {

constexpr int PublicTeamSize = 5;

} // namespace

QJsonObject operatorJson(const OperatorRecord &account, common::OperatorStatus status)
{
    return {{QLatin1String("id"), account.id},
            {QLatin1String("name"), account.name},
            {QLatin1String("title"), account.title},
            {QLatin1String("email"), account.email},
            {QLatin1String("role"), account.role},
            {QLatin1String("status"), common::operatorStatusName(status)},
            {QLatin1String("active"), account.active},
            {QLatin1String("avatarUrl"), AvatarStore::urlPath(account.avatar)}};
}

QJsonArray teamJson(AccountRepository &accounts, const PresenceService &presence)
{
    QJsonArray team;
    const auto operators = accounts.operators();
    for (const OperatorRecord &account : operators)
        team.append(operatorJson(account, presence.status(account.id)));
    return team;
}

QJsonArray publicTeamJson(AccountRepository &accounts, const PresenceService &presence,
                          const TeamActivity &activity, const QList<qint64> &members)
{
    struct Member
    {
        const OperatorRecord *account;
        bool online;
        QDateTime lastActiveAt;
    };
    const auto operators = accounts.operators();
    QList<Member> shown;
    for (const OperatorRecord &account : operators) {
        if (account.active && (members.isEmpty() || members.contains(account.id)))
            shown.append(
                {&account, presence.isOnline(account.id), activity.lastActiveAt(account.id)});
    }
    std::stable_sort(shown.begin(), shown.end(), [](const Member &a, const Member &b) {
        if (a.online != b.online)
            return a.online;
        if (a.lastActiveAt.isValid() != b.lastActiveAt.isValid())
            return a.lastActiveAt.isValid();
        return a.lastActiveAt > b.lastActiveAt;
    });
    QJsonArray team;
    for (const Member &member : shown.mid(0, PublicTeamSize))
        team.append(
            QJsonObject{{QLatin1String("name"), member.account->name},
                        {QLatin1String("avatarUrl"), AvatarStore::urlPath(member.account->avatar)},
                        {QLatin1String("online"), member.online},
                        {QLatin1String("lastActiveAt"),
                         member.lastActiveAt.isValid()
                             ? QJsonValue(member.lastActiveAt.toUTC().toString(Qt::ISODateWithMs))
                             : QJsonValue()}});
    return team;
}

} // namespace papo::server
