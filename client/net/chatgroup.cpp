#include "chatgroup.h"

#include <QJsonArray>

namespace papo::desk {

QString ChatGroup::snippetLine() const
{
    return QStringLiteral("<script>window.PapoGroupID='%1';</script>").arg(key);
}

ChatGroup ChatGroup::fromJson(const QJsonObject &object)
{
    ChatGroup group;
    group.id = object.value(QLatin1String("id")).toInteger();
    group.websiteId = object.value(QLatin1String("websiteId")).toInteger();
    group.name = object.value(QLatin1String("name")).toString();
    group.key = object.value(QLatin1String("key")).toString();
    const QJsonArray members = object.value(QLatin1String("operatorIds")).toArray();
    for (const QJsonValue &member : members)
        group.operatorIds.append(member.toInteger());
    return group;
}

} // namespace papo::desk
