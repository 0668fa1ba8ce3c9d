#include "workinghoursrepository.h"

#include "cachedquery.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

namespace {
const QString TimeFormat = QStringLiteral("HH:mm");
} // namespace

common::WorkingSchedule WorkingHoursRepository::schedule(qint64 operatorId)
{
    common::WorkingSchedule schedule;
    CachedQuery query(
        m_db, QStringLiteral("SELECT weekday, enabled, start_time, end_time FROM working_hours "
                             "WHERE operator_id = ?"));
    query.addBindValue(operatorId);
    if (!query.exec())
        return schedule;
    while (query.next()) {
        schedule.setDay({Qt::DayOfWeek(query.value(0).toInt()), query.value(1).toBool(),
                         QTime::fromString(query.value(2).toString(), TimeFormat),
                         QTime::fromString(query.value(3).toString(), TimeFormat)});
    }
    return schedule;
}

bool WorkingHoursRepository::save(qint64 operatorId, const common::WorkingSchedule &schedule)
{
    if (!m_db.transaction())
        return false;
    CachedQuery query(
        m_db, QStringLiteral(
                  "INSERT INTO working_hours (operator_id, weekday, enabled, start_time, end_time) "
                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (operator_id, weekday) DO UPDATE SET "
                  "enabled = excluded.enabled, start_time = excluded.start_time, "
                  "end_time = excluded.end_time"));
    for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday) {
        const common::WorkingDay &day = schedule.day(Qt::DayOfWeek(weekday));
        query.addBindValue(operatorId);
        query.addBindValue(weekday);
        query.addBindValue(day.enabled ? 1 : 0);
        query.addBindValue(day.start.toString(TimeFormat));
        query.addBindValue(day.end.toString(TimeFormat));
        if (!query.exec()) {
            m_db.rollback();
            return false;
        }
    }
    return m_db.commit();
}

} // namespace papo::server
