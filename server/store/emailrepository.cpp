#include "emailrepository.h"

#include "accountsettings.h"
#include "cachedquery.h"

#include "sqltime.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

EmailRepository::EmailRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString EmailRepository::setting(const QString &name, const QString &fallback)
{
    return AccountSettings::value(m_db, name, fallback);
}

bool EmailRepository::setSetting(const QString &name, const QString &value)
{
    return AccountSettings::setValue(m_db, name, value);
}

EmailSettingsRecord EmailRepository::settings()
{
    EmailSettingsRecord settings;
    settings.host = setting(QStringLiteral("smtp_host"));
    settings.port = setting(QStringLiteral("smtp_port"), QStringLiteral("587")).toInt();
    settings.security = setting(QStringLiteral("smtp_security"), settings.security);
    settings.user = setting(QStringLiteral("smtp_user"));
    settings.password = setting(QStringLiteral("smtp_password"));
    settings.from = setting(QStringLiteral("smtp_from"));
    return settings;
}

bool EmailRepository::saveSettings(const EmailSettingsRecord &settings, bool clearPassword)
{
    bool ok = setSetting(QStringLiteral("smtp_host"), settings.host)
              && setSetting(QStringLiteral("smtp_port"), QString::number(settings.port))
              && setSetting(QStringLiteral("smtp_security"), settings.security)
              && setSetting(QStringLiteral("smtp_user"), settings.user)
              && setSetting(QStringLiteral("smtp_from"), settings.from);
    if (ok && (clearPassword || !settings.password.isEmpty()))
        ok = setSetting(QStringLiteral("smtp_password"), settings.password);
    return ok;
}

QString EmailRepository::teamEmails(qint64 websiteId, qint64 groupId)
{
    const QString group = groupId > 0 ? groupTeamEmails(groupId) : QString();
    return group.isEmpty() ? websiteTeamEmails(websiteId) : group;
}

QString EmailRepository::websiteTeamEmails(qint64 websiteId)
{
    CachedQuery query(m_db, QStringLiteral("SELECT team_emails FROM websites WHERE id = ?"));
    query.addBindValue(websiteId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

int EmailRepository::visitorEmailDelaySeconds(qint64 websiteId)
{
    CachedQuery query(m_db,
                      QStringLiteral("SELECT visitor_email_delay FROM websites WHERE id = ?"));
    query.addBindValue(websiteId);
    return query.exec() && query.next() ? query.value(0).toInt() : 300;
}

bool EmailRepository::setWebsiteEmail(qint64 websiteId, const QString &teamEmails, int delaySeconds)
{
    CachedQuery query(
        m_db, QStringLiteral(
                  "UPDATE websites SET team_emails = ?, visitor_email_delay = ? WHERE id = ?"));
    query.addBindValue(sqlText(teamEmails));
    query.addBindValue(delaySeconds);
    query.addBindValue(websiteId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool EmailRepository::setGroupTeamEmails(qint64 groupId, const QString &teamEmails)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE chat_groups SET team_emails = ? WHERE id = ?"));
    query.addBindValue(sqlText(teamEmails));
    query.addBindValue(groupId);
    return query.exec() && query.numRowsAffected() == 1;
}

QString EmailRepository::groupTeamEmails(qint64 groupId)
{
    CachedQuery query(m_db, QStringLiteral("SELECT team_emails FROM chat_groups WHERE id = ?"));
    query.addBindValue(groupId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

std::optional<EmailVisitorFacts> EmailRepository::visitor(qint64 visitorId)
{
    CachedQuery query(
        m_db, QStringLiteral(
                  "SELECT v.id, v.website_id, COALESCE(v.group_id, 0), w.name, v.name, v.email, "
                  "v.language, v.email_unsubscribed_at FROM visitors v JOIN websites w ON "
                  "w.id = v.website_id WHERE v.id = ?"));
    query.addBindValue(visitorId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    EmailVisitorFacts facts;
    facts.visitorId = query.value(0).toLongLong();
    facts.websiteId = query.value(1).toLongLong();
    facts.groupId = query.value(2).toLongLong();
    facts.websiteName = query.value(3).toString();
    facts.name = query.value(4).toString();
    facts.email = query.value(5).toString();
    facts.language = query.value(6).toString();
    facts.unsubscribed = !query.value(7).toString().isEmpty();
    return facts;
}

QString EmailRepository::signingKey(const QString &candidate)
{
    CachedQuery query(m_db, QStringLiteral("INSERT INTO account_settings (name, value) VALUES "
                                           "('email_link_key', ?) ON CONFLICT (name) DO NOTHING"));
    query.addBindValue(candidate);
    if (!query.exec())
        return {};
    return setting(QStringLiteral("email_link_key"));
}

bool EmailRepository::unsubscribe(qint64 visitorId, const QString &at)
{
    CachedQuery query(m_db,
                      QStringLiteral("UPDATE visitors SET email_unsubscribed_at = ? WHERE id = ? "
                                     "AND email_unsubscribed_at = ''"));
    query.addBindValue(at);
    query.addBindValue(visitorId);
    return query.exec();
}

} // namespace papo::server
