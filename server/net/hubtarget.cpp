#include "hubtarget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace papo::server {

namespace {

constexpr int KindCount = int(HubTarget::Kind::VisitorUpdate) + 1;

} // namespace

QByteArray HubTarget::encode() const
{
    QJsonObject json{{QLatin1String("k"), int(kind)}, {QLatin1String("id"), id}};
    if (groupId != 0)
        json.insert(QLatin1String("g"), groupId);
    if (toGroupId != 0)
        json.insert(QLatin1String("t"), toGroupId);
    if (widgetGroup != 0)
        json.insert(QLatin1String("w"), widgetGroup);
    if (conversationId != 0)
        json.insert(QLatin1String("c"), conversationId);
    if (!ids.isEmpty()) {
        QJsonArray list;
        for (qint64 value : ids)
            list.append(value);
        json.insert(QLatin1String("ids"), list);
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<HubTarget> HubTarget::decode(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const int kind = object.value(QLatin1String("k")).toInt(-1);
    if (kind < 0 || kind >= KindCount)
        return std::nullopt;
    HubTarget target;
    target.kind = Kind(kind);
    target.id = object.value(QLatin1String("id")).toInteger();
    target.groupId = object.value(QLatin1String("g")).toInteger();
    target.toGroupId = object.value(QLatin1String("t")).toInteger();
    target.widgetGroup = object.value(QLatin1String("w")).toInteger();
    target.conversationId = object.value(QLatin1String("c")).toInteger();
    const QJsonArray ids = object.value(QLatin1String("ids")).toArray();
    for (const QJsonValue &value : ids)
        target.ids.append(value.toInteger());
    return target;
}

} // namespace papo::server
