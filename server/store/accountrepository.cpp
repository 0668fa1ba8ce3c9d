#include "accountrepository.h"

#include "accountsettings.h"
#include "cachedquery.h"

#include "sqltime.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

namespace {

const QString operatorColumns
    = QStringLiteral("SELECT id, email, name, role, status, password_hash, active, title, avatar, "
                     "last_active_at, profile_pending "
                     "FROM operators ");

OperatorRecord readOperator(const QSqlQuery &query)
{
    OperatorRecord record;
    record.id = query.value(0).toLongLong();
    record.email = query.value(1).toString();
    record.name = query.value(2).toString();
    record.role = query.value(3).toString();
    common::parseOperatorStatus(query.value(4).toString(), &record.status);
    record.passwordHash = query.value(5).toString();
    record.active = query.value(6).toBool();
    record.title = query.value(7).toString();
    record.avatar = query.value(8).toString();
    record.lastActiveAt = fromSqlTime(query.value(9));
    record.profilePending = query.value(10).toBool();
    return record;
}

} // namespace

qint64 AccountRepository::createOperator(const QString &email, const QString &name,
                                         const QString &passwordHash, const QString &role,
                                         bool firstLogin)
{
    CachedQuery query(
        m_db,
        QStringLiteral("INSERT INTO operators (email, name, password_hash, role, status, "
                       "profile_pending, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(email);
    query.addBindValue(name);
    query.addBindValue(passwordHash);
    query.addBindValue(role);
    query.addBindValue(firstLogin ? QStringLiteral("online") : QStringLiteral("offline"));
    query.addBindValue(firstLogin ? 1 : 0);
    query.addBindValue(nowSqlTime());
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

int AccountRepository::operatorCount()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT COUNT(*) FROM operators"));
    return query.next() ? query.value(0).toInt() : 0;
}

std::optional<OperatorRecord>
AccountRepository::oneOperator(const QString &where, const QVariant &value, bool *readFailed)
{
    CachedQuery query(m_db, operatorColumns + where);
    query.addBindValue(value);
    const bool read = query.exec();
    if (readFailed)
        *readFailed = !read;
    if (read && query.next())
        return readOperator(query);
    return std::nullopt;
}

std::optional<OperatorRecord> AccountRepository::operatorByEmail(const QString &email)
{
    return oneOperator(QStringLiteral("WHERE email = ?"), email);
}

std::optional<OperatorRecord> AccountRepository::operatorById(qint64 id, bool *readFailed)
{
    return oneOperator(QStringLiteral("WHERE id = ?"), id, readFailed);
}

QList<OperatorRecord> AccountRepository::operators()
{
    QList<OperatorRecord> result;
    QSqlQuery query(m_db);
    query.exec(operatorColumns + QStringLiteral("ORDER BY id"));
    while (query.next())
        result.append(readOperator(query));
    return result;
}

bool AccountRepository::setOperatorStatus(qint64 operatorId, common::OperatorStatus status)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE operators SET status = ? WHERE id = ?"));
    query.addBindValue(common::operatorStatusName(status));
    query.addBindValue(operatorId);
    return query.exec();
}

qint64 AccountRepository::createWebsite(const QString &name, const QString &widgetKey)
{
    CachedQuery query(
        m_db, QStringLiteral("INSERT INTO websites (name, widget_key, created_at) VALUES (?, ?, ?) "
                             "RETURNING id"));
    query.addBindValue(name);
    query.addBindValue(widgetKey);
    query.addBindValue(nowSqlTime());
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

namespace {

const QString websiteSelect
    = QStringLiteral("SELECT id, name, widget_key, allowed_origins, ratings_enabled, "
                     "widget_color, widget_position, widget_language, widget_texts, ask_group, "
                     "ask_group_not_sure, bot_name, bot_avatar, contact_form FROM websites ");

WebsiteRecord readWebsite(const QSqlQuery &query)
{
    const WidgetSettings widget{
        query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
        QJsonDocument::fromJson(query.value(8).toString().toUtf8()).object()};
    return {query.value(0).toLongLong(),
            query.value(1).toString(),
            query.value(2).toString(),
            query.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts),
            query.value(4).toBool(),
            widget,
            {query.value(9).toBool(), query.value(10).toBool()},
            query.value(11).toString(),
            query.value(12).toString(),
            QJsonDocument::fromJson(query.value(13).toString().toUtf8()).object()};
}

} // namespace

std::optional<WebsiteRecord> AccountRepository::websiteByKey(const QString &widgetKey,
                                                             bool *readFailed)
{
    CachedQuery query(m_db, websiteSelect + QStringLiteral("WHERE widget_key = ?"));
    query.addBindValue(widgetKey);
    const bool read = query.exec();
    if (readFailed)
        *readFailed = !read;
    if (read && query.next())
        return readWebsite(query);
    return std::nullopt;
}

QString AccountRepository::websiteLanguage(qint64 websiteId)
{
    const auto all = websites();
    for (const WebsiteRecord &website : all)
        if (website.id == websiteId)
            return website.widget.language;
    return QStringLiteral("en");
}

QList<WebsiteRecord> AccountRepository::websites()
{
    QList<WebsiteRecord> result;
    QSqlQuery query(m_db);
    query.exec(websiteSelect + QStringLiteral("ORDER BY id"));
    while (query.next())
        result.append(readWebsite(query));
    return result;
}

std::optional<WebsiteRecord> AccountRepository::websiteOfVisitor(qint64 visitorId)
{
    CachedQuery query(
        m_db, websiteSelect
                  + QStringLiteral("WHERE id = (SELECT website_id FROM visitors WHERE id = ?)"));
    query.addBindValue(visitorId);
    if (query.exec() && query.next())
        return readWebsite(query);
    return std::nullopt;
}

bool AccountRepository::setBotName(qint64 websiteId, const QString &name)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE websites SET bot_name = ? WHERE id = ?"));
    query.addBindValue(sqlText(name));
    query.addBindValue(websiteId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool AccountRepository::setContactForm(qint64 websiteId, const QJsonObject &settings)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE websites SET contact_form = ? WHERE id = ?"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
    query.addBindValue(websiteId);
    return query.exec() && query.numRowsAffected() == 1;
}

std::optional<QString> AccountRepository::setBotAvatar(qint64 websiteId, const QString &avatar)
{
    CachedQuery read(m_db, QStringLiteral("SELECT bot_avatar FROM websites WHERE id = ?"));
    read.addBindValue(websiteId);
    if (!read.exec() || !read.next())
        return std::nullopt;
    const QString previous = read.value(0).toString();
    CachedQuery query(m_db, QStringLiteral("UPDATE websites SET bot_avatar = ? WHERE id = ?"));
    query.addBindValue(sqlText(avatar));
    query.addBindValue(websiteId);
    if (!query.exec() || query.numRowsAffected() != 1)
        return std::nullopt;
    return previous;
}

bool AccountRepository::setRatingsEnabled(qint64 websiteId, bool enabled)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE websites SET ratings_enabled = ? WHERE id = ?"));
    query.addBindValue(enabled ? 1 : 0);
    query.addBindValue(websiteId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool AccountRepository::setGroupQuestion(qint64 websiteId, const GroupQuestionSettings &question)
{
    CachedQuery query(
        m_db,
        QStringLiteral("UPDATE websites SET ask_group = ?, ask_group_not_sure = ? WHERE id = ?"));
    query.addBindValue(question.ask ? 1 : 0);
    query.addBindValue(question.notSure ? 1 : 0);
    query.addBindValue(websiteId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool AccountRepository::setWidgetSettings(qint64 websiteId, const WidgetSettings &widget)
{
    CachedQuery query(m_db,
                      QStringLiteral("UPDATE websites SET widget_color = ?, widget_position = ?, "
                                     "widget_language = ?, widget_texts = ? WHERE id = ?"));
    query.addBindValue(widget.color);
    query.addBindValue(widget.position);
    query.addBindValue(widget.language);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(widget.texts).toJson(QJsonDocument::Compact)));
    query.addBindValue(websiteId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool AccountRepository::setAllowedOrigins(qint64 websiteId, const QStringList &origins)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE websites SET allowed_origins = ? WHERE id = ?"));
    query.addBindValue(sqlText(origins.join(QLatin1Char('\n'))));
    query.addBindValue(websiteId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool AccountRepository::updateProfile(qint64 operatorId, const std::optional<QString> &name,
                                      const std::optional<QString> &title)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE operators SET name = COALESCE(?, name), "
                                           "title = COALESCE(?, title) WHERE id = ?"));
    query.addBindValue(name ? sqlText(*name) : QVariant());
    query.addBindValue(title ? sqlText(*title) : QVariant());
    query.addBindValue(operatorId);
    return query.exec() && query.numRowsAffected() == 1;
}

std::optional<QString> AccountRepository::setAvatar(qint64 operatorId, const QString &avatar)
{
    const auto account = operatorById(operatorId);
    if (!account)
        return std::nullopt;
    CachedQuery query(m_db, QStringLiteral("UPDATE operators SET avatar = ? WHERE id = ?"));
    query.addBindValue(sqlText(avatar));
    query.addBindValue(operatorId);
    if (!query.exec() || query.numRowsAffected() != 1)
        return std::nullopt;
    return account->avatar;
}

bool AccountRepository::setLastActive(qint64 operatorId, const QDateTime &at)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE operators SET last_active_at = ? WHERE id = ?"));
    query.addBindValue(toSqlTime(at));
    query.addBindValue(operatorId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool AccountRepository::setRole(qint64 operatorId, const QString &role)
{
    CachedQuery query(
        m_db, QStringLiteral("UPDATE operators SET role = ? WHERE id = ? AND role != 'owner'"));
    query.addBindValue(role);
    query.addBindValue(operatorId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool AccountRepository::setActive(qint64 operatorId, bool active)
{
    CachedQuery query(
        m_db, QStringLiteral("UPDATE operators SET active = ? WHERE id = ? AND role != 'owner'"));
    query.addBindValue(active ? 1 : 0);
    query.addBindValue(operatorId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool AccountRepository::setPasswordHash(qint64 operatorId, const QString &passwordHash)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE operators SET password_hash = ? WHERE id = ?"));
    query.addBindValue(sqlText(passwordHash));
    query.addBindValue(operatorId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool AccountRepository::setProfilePending(qint64 operatorId, bool pending)
{
    CachedQuery query(m_db,
                      QStringLiteral("UPDATE operators SET profile_pending = ? WHERE id = ?"));
    query.addBindValue(pending ? 1 : 0);
    query.addBindValue(operatorId);
    return query.exec() && query.numRowsAffected() == 1;
}

namespace {
const QString TeamNameSetting = QStringLiteral("team_name");
} // namespace

QString AccountRepository::teamName()
{
    return AccountSettings::value(m_db, TeamNameSetting);
}

bool AccountRepository::setTeamName(const QString &name)
{
    return AccountSettings::setValue(m_db, TeamNameSetting, name);
}

} // namespace papo::server
