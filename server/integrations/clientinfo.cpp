#include "clientinfo.h"

#include <QStringList>

namespace papo::server {

QString SoftwareInfo::version() const
{
    QStringList parts;
    for (const QString *part : {&major, &minor, &patch, &patchMinor}) {
        if (part->isEmpty())
            break;
        parts.append(*part);
    }
    return parts.join(u'.');
}

QString ClientInfo::summary() const
{
    const auto name = [](const SoftwareInfo &software) {
        return software.major.isEmpty() ? software.family
                                        : software.family + u' ' + software.version();
    };
    const QString browserName
        = browser.family
          + (browser.major.isEmpty() ? QString() : QStringLiteral(" ") + browser.major);
    if (os.family == QLatin1String("Other"))
        return browserName;
    return browserName + QStringLiteral(" on ") + name(os);
}

QString ClientInfo::deviceTypeName(DeviceType type)
{
    switch (type) {
    case DeviceType::Desktop:
        return QStringLiteral("desktop");
    case DeviceType::Mobile:
        return QStringLiteral("mobile");
    case DeviceType::Tablet:
        return QStringLiteral("tablet");
    case DeviceType::Bot:
        return QStringLiteral("bot");
    }
    return QStringLiteral("desktop");
}

} // namespace papo::server
