#pragma once

#include "integrationfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace papo::testing {

// Settings → Deliveries as an admin reads it (`deliveries`): the rows going to `target`
// (a webhook's or Slack's URL, "Help Scout mailbox N", a team email's addresses), newest first.
inline QList<QJsonObject> deliveriesTo(WsClient &admin, const QString &target)
{
    QList<QJsonObject> rows;
    const auto list = admin.request(QStringLiteral("deliveries"));
    if (!list)
        return rows;
    for (const QJsonValue &value : list->data.value(QStringLiteral("deliveries")).toArray())
        if (value.toObject().value(QStringLiteral("target")).toString() == target)
            rows.append(value.toObject());
    return rows;
}

inline QJsonObject latestDeliveryTo(WsClient &admin, const QString &target)
{
    return deliveriesTo(admin, target).value(0);
}

// The internal addresses webhooks, Slack and Help Scout may reach despite the SSRF rules.
inline QString allowAddresses(WsClient &admin, const QStringList &addresses)
{
    return codeOf(
        admin.request(QStringLiteral("save_allowed_addresses"),
                      {{QStringLiteral("addresses"), QJsonArray::fromStringList(addresses)}}));
}

} // namespace papo::testing
