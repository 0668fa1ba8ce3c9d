#include "visitorinfo.h"

#include <isotime.h>

namespace papo::desk {

namespace {

QDateTime parseTime(const QJsonValue &value)
{
    return common::fromIsoTime(value.toString());
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

VisitorInfo::DeviceType VisitorInfo::parseDeviceType(const QString &name)
{
    if (name == QLatin1String("desktop"))
        return DeviceType::Desktop;
    if (name == QLatin1String("mobile"))
        return DeviceType::Mobile;
    if (name == QLatin1String("tablet"))
        return DeviceType::Tablet;
    if (name == QLatin1String("bot"))
        return DeviceType::Bot;
    return DeviceType::Unknown;
}

QList<VisitorInfo> VisitorInfo::listFromJson(const QJsonArray &array)
{
    QList<VisitorInfo> visitors;
    visitors.reserve(array.size());
    for (const QJsonValue &value : array)
        visitors.append(fromJson(value.toObject()));
    return visitors;
}

VisitorInfo VisitorInfo::fromJson(const QJsonObject &object)
{
    VisitorInfo visitor;
    visitor.id = object.value(QLatin1String("id")).toInteger();
    visitor.name = text(object, "name");
    visitor.email = text(object, "email");
    visitor.phone = text(object, "phone");
    visitor.online = object.value(QLatin1String("online")).toBool();

    // `location` is an object; a bare string is accepted too.
    const QJsonValue location = object.value(QLatin1String("location"));
    if (location.isObject()) {
        const QJsonObject place = location.toObject();
        visitor.locationText = text(place, "text");
        visitor.country = text(place, "country");
        visitor.countryCode = text(place, "countryCode");
        visitor.city = text(place, "city");
    } else {
        visitor.locationText = location.toString();
    }

    const QJsonObject device = object.value(QLatin1String("device")).toObject();
    visitor.deviceType = parseDeviceType(text(device, "type"));
    visitor.browser = text(device, "browser");
    visitor.os = text(device, "os");
    visitor.deviceSummary = text(device, "summary");

    visitor.language = text(object, "language");
    visitor.screen = text(object, "screen");

    const QJsonValue page = object.value(QLatin1String("currentPage"));
    visitor.hasCurrentPage = page.isObject();
    if (visitor.hasCurrentPage) {
        const QJsonObject current = page.toObject();
        visitor.currentUrl = text(current, "url");
        visitor.currentTitle = text(current, "title");
        visitor.currentSince = parseTime(current.value(QLatin1String("since")));
    }

    visitor.referrer = text(object, "referrer");
    visitor.visits = object.value(QLatin1String("visits")).toInt();
    visitor.visitStartedAt = parseTime(object.value(QLatin1String("visitStartedAt")));
    visitor.pagesThisVisit = object.value(QLatin1String("pagesThisVisit")).toInt();
    visitor.chatting = object.value(QLatin1String("chatting")).toBool();
    visitor.chattedBefore = object.value(QLatin1String("chattedBefore")).toBool();
    visitor.group = text(object, "group");
    visitor.groupId = object.value(QLatin1String("groupId")).toInteger();
    visitor.groupSource = text(object, "groupSource");
    visitor.groupSetAt = parseTime(object.value(QLatin1String("groupSetAt")));
    visitor.groupSetBy = object.value(QLatin1String("groupSetBy")).toInteger();
    visitor.websiteId = object.value(QLatin1String("websiteId")).toInteger();
    visitor.chatWindowOpened = object.value(QLatin1String("chatWindowOpened")).toBool();
    visitor.invited = object.value(QLatin1String("invited")).toBool();
    const QJsonObject form = object.value(QLatin1String("contactForm")).toObject();
    visitor.contactFormState = text(form, "state");
    visitor.contactFormAskedAt = parseTime(form.value(QLatin1String("askedAt")));
    visitor.contactFormAnsweredAt = parseTime(form.value(QLatin1String("answeredAt")));
    visitor.marketingConsentAt = parseTime(object.value(QLatin1String("marketingConsentAt")));
    const QJsonObject fields = object.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) // QJsonObject keeps names sorted
        visitor.customFields.append({it.key(), it.value().toString()});
    return visitor;
}

} // namespace papo::desk
