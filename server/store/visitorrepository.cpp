#include "visitorrepository.h"

#include "cachedquery.h"
#include "sqltime.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace papo::server {

namespace {

constexpr int profileColumns = 33; // those of profileSelect() before `more`

// SELECT <a profile's columns><more> FROM visitors ... WHERE visitors.id = ?
QString profileSelect(const QString &more = {})
{
    return QStringLiteral(
               "SELECT id, name, email, phone, language, screen, user_agent, address, "
               "location_text, country, country_code, city, device_type, browser, os, "
               "device_summary, visit_count, visit_started_at, visit_referrer, last_seen_at, "
               "COALESCE((SELECT name FROM chat_groups WHERE id = visitors.group_id), ''), "
               "invited, window_opened_visit, custom_fields, COALESCE(group_id, 0), group_source, "
               "group_set_at, group_set_by, website_id, marketing_consent_at, f.state, "
               "f.asked_at, f.answered_at%1 FROM visitors LEFT JOIN contact_forms f ON "
               "f.visitor_id = visitors.id WHERE visitors.id = ?")
        .arg(more);
}

VisitorProfile readProfile(const QSqlQuery &query)
{
    VisitorProfile profile;
    int column = 0;
    profile.id = query.value(column++).toLongLong();
    for (QString *text :
         {&profile.name, &profile.email, &profile.phone, &profile.language, &profile.screen,
          &profile.userAgent, &profile.address, &profile.locationText, &profile.country,
          &profile.countryCode, &profile.city, &profile.deviceType, &profile.browser, &profile.os,
          &profile.deviceSummary})
        *text = query.value(column++).toString();
    profile.visits = query.value(column++).toInt();
    profile.visitStartedAt = fromSqlTime(query.value(column++));
    profile.visitReferrer = query.value(column++).toString();
    profile.lastSeenAt = fromSqlTime(query.value(column++));
    profile.group = query.value(column++).toString();
    profile.invited = query.value(column++).toBool();
    profile.windowOpenedVisit = query.value(column++).toInt();
    profile.customFields = QJsonDocument::fromJson(query.value(column++).toByteArray()).object();
    profile.groupId = query.value(column++).toLongLong();
    profile.groupSource = query.value(column++).toString();
    profile.groupSetAt = fromSqlTime(query.value(column++));
    profile.groupSetBy = query.value(column++).toLongLong();
    profile.websiteId = query.value(column++).toLongLong();
    profile.marketingConsentAt = fromSqlTime(query.value(column++));
    profile.contactFormState = query.value(column++).toString();
    profile.contactFormAskedAt = fromSqlTime(query.value(column++));
    profile.contactFormAnsweredAt = fromSqlTime(query.value(column++));
    Q_ASSERT(column == profileColumns);
    return profile;
}

const QString noteSelect = QStringLiteral(
    "SELECT n.id, n.author_id, COALESCE(o.name, ''), n.body, n.created_at FROM visitor_notes n "
    "LEFT JOIN operators o ON o.id = n.author_id ");

VisitorNote readNote(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString(), fromSqlTime(query.value(4))};
}

} // namespace

std::optional<VisitorProfile> VisitorRepository::profile(qint64 visitorId)
{
    static const QString select = profileSelect();
    CachedQuery query(m_db, select);
    query.addBindValue(visitorId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readProfile(query);
}

QString VisitorRepository::email(qint64 visitorId)
{
    CachedQuery query(m_db, QStringLiteral("SELECT email FROM visitors WHERE id = ?"));
    query.addBindValue(visitorId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

std::optional<VisitorActivity> VisitorRepository::activity(qint64 visitorId)
{
    static const QString select = profileSelect(QStringLiteral(
        ", (SELECT COUNT(*) FROM page_views WHERE visitor_id = visitors.id AND "
        "visit = visitors.visit_count), (SELECT MAX(m.created_at) FROM messages m JOIN "
        "conversations c ON c.id = m.conversation_id WHERE c.visitor_id = visitors.id), "
        "EXISTS (SELECT 1 FROM conversations WHERE visitor_id = visitors.id)"));
    CachedQuery query(m_db, select);
    query.addBindValue(visitorId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return VisitorActivity{readProfile(query), query.value(profileColumns).toInt(),
                           fromSqlTime(query.value(profileColumns + 1)),
                           query.value(profileColumns + 2).toBool()};
}

int VisitorRepository::recordArrival(qint64 visitorId, const Arrival &arrival, const QDateTime &now,
                                     int visitGapSeconds)
{
    const auto before = visitSoFar(visitorId);
    if (!before)
        return 0;
    const bool newVisit = startsVisit(*before, now, visitGapSeconds);
    if (!storeArrival(visitorId, arrival, now, newVisit))
        return 0;
    return before->visits + (newVisit ? 1 : 0);
}

std::optional<VisitSoFar> VisitorRepository::visitSoFar(qint64 visitorId)
{
    CachedQuery query(
        m_db, QStringLiteral("SELECT visit_count, last_seen_at FROM visitors WHERE id = ?"));
    query.addBindValue(visitorId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return VisitSoFar{query.value(0).toInt(), fromSqlTime(query.value(1))};
}

bool VisitorRepository::startsVisit(const VisitSoFar &before, const QDateTime &now,
                                    int visitGapSeconds)
{
    return before.visits == 0 || !before.lastSeenAt.isValid()
           || before.lastSeenAt.secsTo(now) > visitGapSeconds;
}

bool VisitorRepository::storeArrival(qint64 visitorId, const Arrival &arrival, const QDateTime &now,
                                     bool newVisit)
{
    CachedQuery query(
        m_db, QStringLiteral(
                  "UPDATE visitors SET language = ?, screen = ?, user_agent = ?, address = ?, "
                  "location_text = ?, country = ?, country_code = ?, city = ?, device_type = ?, "
                  "browser = ?, os = ?, device_summary = ?, last_seen_at = ?, "
                  "visit_count = visit_count + ?, "
                  "visit_started_at = CASE WHEN ? THEN ? ELSE visit_started_at END, "
                  "visit_referrer = CASE WHEN ? THEN ? ELSE visit_referrer END WHERE id = ?"));
    for (const QString &text :
         {arrival.language, arrival.screen, arrival.userAgent, arrival.address,
          arrival.locationText, arrival.country, arrival.countryCode, arrival.city,
          arrival.deviceType, arrival.browser, arrival.os, arrival.deviceSummary})
        query.addBindValue(sqlText(text));
    query.addBindValue(toSqlTime(now));
    query.addBindValue(newVisit ? 1 : 0);
    query.addBindValue(newVisit);
    query.addBindValue(toSqlTime(now));
    query.addBindValue(newVisit);
    query.addBindValue(sqlText(arrival.referrer));
    query.addBindValue(visitorId);
    return query.exec();
}

bool VisitorRepository::markInvited(qint64 visitorId)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE visitors SET invited = 1 WHERE id = ?"));
    query.addBindValue(visitorId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool VisitorRepository::markWindowOpened(qint64 visitorId)
{
    CachedQuery query(
        m_db, QStringLiteral("UPDATE visitors SET window_opened_visit = visit_count WHERE id = ?"));
    query.addBindValue(visitorId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool VisitorRepository::updateContact(qint64 visitorId, const std::optional<QString> &name,
                                      const std::optional<QString> &email,
                                      const std::optional<QString> &phone)
{
    CachedQuery query(
        m_db,
        QStringLiteral("UPDATE visitors SET name = COALESCE(?, name), email = COALESCE(?, email), "
                       "phone = COALESCE(?, phone) WHERE id = ?"));
    for (const auto &field : {name, email, phone})
        query.addBindValue(field ? sqlText(*field) : QVariant());
    query.addBindValue(visitorId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool VisitorRepository::setCustomFields(qint64 visitorId, const QJsonObject &fields)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE visitors SET custom_fields = ? WHERE id = ?"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    query.addBindValue(visitorId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool VisitorRepository::setMarketingConsent(qint64 visitorId, bool given, const QDateTime &at)
{
    QSqlQuery query(m_db);
    // A repeated "yes" (the widget resends the page's data on every reconnect) keeps the
    // first time, which is when the visitor agreed.
    query.prepare(
        given ? QStringLiteral("UPDATE visitors SET marketing_consent_at = ? "
                               "WHERE id = ? AND marketing_consent_at = ''")
              : QStringLiteral("UPDATE visitors SET marketing_consent_at = ? WHERE id = ?"));
    query.addBindValue(given ? toSqlTime(at) : QStringLiteral(""));
    query.addBindValue(visitorId);
    return query.exec();
}

QList<PageView> VisitorRepository::pages(qint64 visitorId, int limit)
{
    QList<PageView> result;
    CachedQuery query(
        m_db, QStringLiteral("SELECT url, title, referrer, viewed_at, visit FROM page_views "
                             "WHERE visitor_id = ? ORDER BY id DESC LIMIT ?"));
    query.addBindValue(visitorId);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            result.append({query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), fromSqlTime(query.value(3)),
                           query.value(4).toInt()});
    }
    std::reverse(result.begin(), result.end());
    return result;
}

qint64 VisitorRepository::addNote(qint64 visitorId, qint64 authorId, const QString &text,
                                  const QDateTime &at)
{
    CachedQuery query(m_db,
                      QStringLiteral("INSERT INTO visitor_notes (visitor_id, author_id, body, "
                                     "created_at) VALUES (?, ?, ?, ?) RETURNING id"));
    query.addBindValue(visitorId);
    query.addBindValue(authorId);
    query.addBindValue(text);
    query.addBindValue(toSqlTime(at));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QList<VisitorNote> VisitorRepository::notes(qint64 visitorId)
{
    QList<VisitorNote> result;
    CachedQuery query(m_db, noteSelect + QStringLiteral("WHERE n.visitor_id = ? ORDER BY n.id"));
    query.addBindValue(visitorId);
    if (query.exec()) {
        while (query.next())
            result.append(readNote(query));
    }
    return result;
}

std::optional<VisitorNote> VisitorRepository::note(qint64 noteId)
{
    CachedQuery query(m_db, noteSelect + QStringLiteral("WHERE n.id = ?"));
    query.addBindValue(noteId);
    if (query.exec() && query.next())
        return readNote(query);
    return std::nullopt;
}

QSet<qint64> VisitorRepository::visitorsTakenPartIn(qint64 operatorId)
{
    QSet<qint64> result;
    CachedQuery query(
        m_db, QStringLiteral(
                  "SELECT visitor_id FROM conversations WHERE owner_id = ? "
                  "UNION SELECT c.visitor_id FROM conversations c JOIN conversation_participants p "
                  "ON p.conversation_id = c.id WHERE p.operator_id = ?"));
    query.addBindValue(operatorId);
    query.addBindValue(operatorId);
    if (query.exec()) {
        while (query.next())
            result.insert(query.value(0).toLongLong());
    }
    return result;
}

bool VisitorRepository::isVisible(qint64 visitorId, const VisibilityScope &scope)
{
    QVariantList values;
    const QString visible = scope.visitorCondition(values);
    CachedQuery query(
        m_db, QStringLiteral("SELECT 1 FROM visitors v WHERE v.id = ? AND %1").arg(visible));
    query.addBindValue(visitorId);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    return query.exec() && query.next();
}

} // namespace papo::server
