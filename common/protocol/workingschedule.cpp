#include "workingschedule.h"

#include <QJsonObject>

namespace papo::common {

namespace {

const QString TimeFormat = QStringLiteral("HH:mm");

QString clock(const QTime &time)
{
    return time.toString(TimeFormat);
}

std::optional<Qt::DayOfWeek> parseDayKey(const QString &key)
{
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (WorkingSchedule::dayKey(Qt::DayOfWeek(day)) == key)
            return Qt::DayOfWeek(day);
    }
    return std::nullopt;
}

QTime parseClock(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.size() == 5 ? QTime::fromString(text, TimeFormat) : QTime();
}

} // namespace

int WorkingDay::minutes() const
{
    const int length = start.secsTo(end) / 60;
    return length > 0 ? length : length + 24 * 60;
}

WorkingSchedule::WorkingSchedule()
{
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_days.append(WorkingDay{Qt::DayOfWeek(day)});
}

bool WorkingSchedule::hasWorkingDays() const
{
    return std::any_of(m_days.cbegin(), m_days.cend(),
                       [](const WorkingDay &day) { return day.enabled; });
}

QString WorkingSchedule::dayKey(Qt::DayOfWeek day)
{
    static const char *const keys[]
        = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    return QString::fromLatin1(keys[day - 1]);
}

QString WorkingSchedule::dayTitle(Qt::DayOfWeek day)
{
    QString title = dayKey(day);
    title[0] = title.at(0).toUpper();
    return title;
}

QString WorkingSchedule::validationError() const
{
    for (const WorkingDay &day : m_days) {
        if (!day.enabled)
            continue;
        const int minutes = day.minutes();
        const QString hours = QStringLiteral("%1-%2").arg(clock(day.start), clock(day.end));
        if (minutes < MinDayMinutes)
            return QStringLiteral("%1: a working day lasts at least 1 hour, and %2 is %3 minutes.")
                .arg(dayTitle(day.day), hours)
                .arg(minutes);
        if (minutes > MaxDayMinutes)
            return QStringLiteral("%1: a working day lasts at most 23 hours, and %2 is %3 hours "
                                  "%4 minutes.")
                .arg(dayTitle(day.day), hours)
                .arg(minutes / 60)
                .arg(minutes % 60);
    }
    return {};
}

QJsonArray WorkingSchedule::toJson() const
{
    QJsonArray days;
    for (const WorkingDay &day : m_days)
        days.append(QJsonObject{{QLatin1String("day"), dayKey(day.day)},
                                {QLatin1String("enabled"), day.enabled},
                                {QLatin1String("start"), clock(day.start)},
                                {QLatin1String("end"), clock(day.end)}});
    return days;
}

std::optional<WorkingSchedule> WorkingSchedule::fromJson(const QJsonValue &days, QString *error)
{
    if (!days.isArray() || days.toArray().size() > 7) {
        *error = QStringLiteral("\"days\" must be a list of at most 7 days.");
        return std::nullopt;
    }
    WorkingSchedule schedule;
    QList<Qt::DayOfWeek> seen;
    for (const QJsonValue &value : days.toArray()) {
        const QJsonObject entry = value.toObject();
        const auto day = parseDayKey(entry.value(QLatin1String("day")).toString());
        if (!day) {
            *error = QStringLiteral("Each day needs \"day\": monday, tuesday, ... or sunday.");
            return std::nullopt;
        }
        if (seen.contains(*day)) {
            *error = QStringLiteral("%1 is listed twice.").arg(dayTitle(*day));
            return std::nullopt;
        }
        seen.append(*day);
        const QJsonValue enabled = entry.value(QLatin1String("enabled"));
        const QTime start = parseClock(entry.value(QLatin1String("start")));
        const QTime end = parseClock(entry.value(QLatin1String("end")));
        if (!enabled.isBool() || !start.isValid() || !end.isValid()) {
            *error = QStringLiteral("%1 needs \"enabled\" (true or false), \"start\" and \"end\" "
                                    "(HH:MM, 00:00 to 23:59).")
                         .arg(dayTitle(*day));
            return std::nullopt;
        }
        schedule.setDay(WorkingDay{*day, enabled.toBool(), start, end});
    }
    return schedule;
}

QList<WorkingSchedule::Interval> WorkingSchedule::intervals(const QDateTime &from,
                                                            const QDateTime &to) const
{
    QList<Interval> result;
    // A day may run past midnight, so the day before `from` can still be under way.
    for (QDate date = from.date().addDays(-1); date <= to.date(); date = date.addDays(1)) {
        const WorkingDay &working = day(Qt::DayOfWeek(date.dayOfWeek()));
        if (!working.enabled)
            continue;
        const QDateTime start(date, working.start, from.timeSpec());
        const QDateTime end = start.addSecs(qint64(working.minutes()) * 60);
        if (end > from && start < to)
            result.append({start, end});
    }
    return result;
}

bool WorkingSchedule::isWorkingAt(const QDateTime &localTime) const
{
    const auto touching = intervals(localTime, localTime.addSecs(1));
    return std::any_of(touching.cbegin(), touching.cend(), [&](const Interval &interval) {
        return interval.start <= localTime && localTime < interval.end;
    });
}

QDateTime WorkingSchedule::nextChangeAfter(const QDateTime &localTime) const
{
    QDateTime next;
    const auto coming = intervals(localTime, localTime.addDays(8));
    for (const Interval &interval : coming) {
        for (const QDateTime &change : {interval.start, interval.end}) {
            if (change > localTime && (!next.isValid() || change < next))
                next = change;
        }
    }
    return next;
}

} // namespace papo::common
