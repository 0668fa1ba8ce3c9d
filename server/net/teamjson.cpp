#include "teamjson.h"

#include <presenceservice.h>

namespace papo::server {

QJsonObject operatorJson(const OperatorRecord &account, common::OperatorStatus status)
{
    return {{QLatin1String("id"), account.id},
            {QLatin1String("name"), account.name},
            {QLatin1String("title"), account.title},
            {QLatin1String("email"), account.email},
            {QLatin1String("role"), account.role},
            {QLatin1String("status"), common::operatorStatusName(status)},
            {QLatin1String("active"), account.active}};
}

QJsonArray teamJson(AccountRepository &accounts, const PresenceService &presence)
{
    QJsonArray team;
    const auto operators = accounts.operators();
    for (const OperatorRecord &account : operators)
        team.append(operatorJson(account, presence.status(account.id)));
    return team;
}

} // namespace papo::server
