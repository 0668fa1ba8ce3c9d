#include "helpscoutrepository.h"

#include "accountsettings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace papo::server {

namespace {

const QString Setting = QStringLiteral("helpscout");

} // namespace

HelpScoutRepository::HelpScoutRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

HelpScoutSettings HelpScoutRepository::settings()
{
    const QJsonObject stored
        = QJsonDocument::fromJson(AccountSettings::value(m_db, Setting).toUtf8()).object();
    HelpScoutSettings settings;
    settings.appId = stored.value(QLatin1String("appId")).toString();
    settings.appSecret = stored.value(QLatin1String("appSecret")).toString();
    settings.mailboxId = stored.value(QLatin1String("mailboxId")).toInteger();
    settings.baseUrl = stored.value(QLatin1String("baseUrl")).toString();
    settings.exportOnClose = stored.value(QLatin1String("exportOnClose")).toBool();
    return settings;
}

bool HelpScoutRepository::save(const HelpScoutSettings &settings)
{
    const QJsonObject stored{{QLatin1String("appId"), settings.appId},
                             {QLatin1String("appSecret"), settings.appSecret},
                             {QLatin1String("mailboxId"), settings.mailboxId},
                             {QLatin1String("baseUrl"), settings.baseUrl},
                             {QLatin1String("exportOnClose"), settings.exportOnClose}};
    return AccountSettings::setValue(
        m_db, Setting, QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
}

} // namespace papo::server
