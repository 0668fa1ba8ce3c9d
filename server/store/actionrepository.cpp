#include "actionrepository.h"

#include "accountsettings.h"
#include "cachedquery.h"

#include "sqltime.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

namespace {

const QString IntervalSetting = QStringLiteral("action_interval_seconds");
const QString TimeZoneSetting = QStringLiteral("action_time_zone");

StoredAction actionFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool(),
            QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object()};
}

const QString ActionColumns = QStringLiteral("SELECT id, name, enabled, definition FROM actions ");

} // namespace

QList<StoredAction> ActionRepository::all()
{
    QList<StoredAction> result;
    QSqlQuery query(m_db);
    query.exec(ActionColumns + QStringLiteral("ORDER BY name, id"));
    while (query.next())
        result << actionFrom(query);
    return result;
}

std::optional<StoredAction> ActionRepository::action(qint64 id)
{
    CachedQuery query(m_db, ActionColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return actionFrom(query);
}

qint64 ActionRepository::save(const StoredAction &action)
{
    QSqlQuery query(m_db);
    const QString now = nowSqlTime();
    const QString definition
        = QString::fromUtf8(QJsonDocument(action.definition).toJson(QJsonDocument::Compact));
    if (action.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO actions (name, enabled, definition, created_at, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
        query.addBindValue(action.name);
        query.addBindValue(int(action.enabled));
        query.addBindValue(definition);
        query.addBindValue(now);
        query.addBindValue(now);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }
    query.prepare(QStringLiteral("UPDATE actions SET name = ?, enabled = ?, definition = ?, "
                                 "updated_at = ? WHERE id = ?"));
    query.addBindValue(action.name);
    query.addBindValue(int(action.enabled));
    query.addBindValue(definition);
    query.addBindValue(now);
    query.addBindValue(action.id);
    return query.exec() && query.numRowsAffected() == 1 ? action.id : 0;
}

bool ActionRepository::setEnabled(qint64 id, bool enabled)
{
    CachedQuery query(
        m_db, QStringLiteral("UPDATE actions SET enabled = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(int(enabled));
    query.addBindValue(nowSqlTime());
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool ActionRepository::changeOne(const QString &statement, qint64 id)
{
    CachedQuery query(m_db, statement);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool ActionRepository::remove(qint64 id)
{
    return changeOne(QStringLiteral("DELETE FROM actions WHERE id = ?"), id);
}

qint64 ActionRepository::recordFiring(const ActionFiring &firing)
{
    CachedQuery query(m_db,
                      QStringLiteral("INSERT INTO action_firings (action_id, visitor_id, visit, "
                                     "fired_at, sender_operator_id, text, sender_group_id) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(firing.actionId);
    query.addBindValue(firing.visitorId);
    query.addBindValue(firing.visit);
    query.addBindValue(toSqlTime(firing.firedAt));
    query.addBindValue(firing.senderOperatorId);
    query.addBindValue(sqlText(firing.text));
    query.addBindValue(firing.senderGroupId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QDateTime ActionRepository::lastFiringAt(qint64 visitorId)
{
    CachedQuery query(
        m_db, QStringLiteral("SELECT MAX(fired_at) FROM action_firings WHERE visitor_id = ?"));
    query.addBindValue(visitorId);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return {};
    return fromSqlTime(query.value(0));
}

QList<ActionFiring> ActionRepository::firings(qint64 visitorId)
{
    QList<ActionFiring> result;
    CachedQuery query(
        m_db, QStringLiteral("SELECT id, action_id, visit, fired_at, sender_operator_id, text, "
                             "replied FROM action_firings WHERE visitor_id = ? ORDER BY id"));
    query.addBindValue(visitorId);
    if (query.exec())
        while (query.next())
            result << ActionFiring{query.value(0).toLongLong(),
                                   query.value(1).toLongLong(),
                                   visitorId,
                                   query.value(2).toInt(),
                                   fromSqlTime(query.value(3)),
                                   query.value(4).toLongLong(),
                                   query.value(5).toString(),
                                   query.value(6).toBool()};
    return result;
}

bool ActionRepository::hasFired(qint64 actionId, qint64 visitorId, int visit)
{
    CachedQuery query(m_db, QStringLiteral("SELECT 1 FROM action_firings WHERE action_id = ? AND "
                                           "visitor_id = ? AND (? = 0 OR visit = ?)"));
    query.addBindValue(actionId);
    query.addBindValue(visitorId);
    query.addBindValue(visit);
    query.addBindValue(visit);
    return query.exec() && query.next();
}

QHash<qint64, int> ActionRepository::firingCounts(const QDateTime &since)
{
    QHash<qint64, int> counts;
    CachedQuery query(m_db, QStringLiteral("SELECT action_id, COUNT(*) FROM action_firings "
                                           "WHERE fired_at >= ? GROUP BY action_id"));
    query.addBindValue(toSqlTime(since));
    if (query.exec())
        while (query.next())
            counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

std::optional<ActionFiring> ActionRepository::unansweredMessage(qint64 visitorId,
                                                                const QDateTime &since)
{
    CachedQuery query(
        m_db, QStringLiteral("SELECT id, action_id, visit, fired_at, sender_operator_id, text, "
                             "sender_group_id FROM action_firings WHERE visitor_id = ? AND "
                             "replied = 0 AND text != '' AND fired_at >= ? "
                             "ORDER BY fired_at DESC, id DESC LIMIT 1"));
    query.addBindValue(visitorId);
    query.addBindValue(toSqlTime(since));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ActionFiring{query.value(0).toLongLong(),
                        query.value(1).toLongLong(),
                        visitorId,
                        query.value(2).toInt(),
                        fromSqlTime(query.value(3)),
                        query.value(4).toLongLong(),
                        query.value(5).toString(),
                        false,
                        query.value(6).toLongLong()};
}

bool ActionRepository::markReplied(qint64 firingId)
{
    return changeOne(QStringLiteral("UPDATE action_firings SET replied = 1 WHERE id = ?"),
                     firingId);
}

QString ActionRepository::setting(const QString &name)
{
    return AccountSettings::value(m_db, name);
}

bool ActionRepository::setSetting(const QString &name, const QString &value)
{
    return AccountSettings::setValue(m_db, name, value);
}

int ActionRepository::intervalSeconds()
{
    bool ok = false;
    const int seconds = setting(IntervalSetting).toInt(&ok);
    return ok ? seconds : DefaultIntervalSeconds;
}

bool ActionRepository::setIntervalSeconds(int seconds)
{
    return setSetting(IntervalSetting, QString::number(seconds));
}

QString ActionRepository::timeZone()
{
    return setting(TimeZoneSetting);
}

bool ActionRepository::setTimeZone(const QString &zone)
{
    return setSetting(TimeZoneSetting, zone);
}

} // namespace papo::server
