#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace papo::common {

// One weekday of an operator's working hours (HRS-1), in the local time of their machine.
// A day whose end is not after its start runs past midnight into the next day.
struct WorkingDay
{
    Qt::DayOfWeek day = Qt::Monday;
    bool enabled = false;
    QTime start = QTime(9, 0);
    QTime end = QTime(18, 0);

    int minutes() const; // the length of the working day
    bool operator==(const WorkingDay &other) const = default;
};

// An operator's week ("days" in docs/protocol.md): what the server stores per operator and
// papo-desk follows on whatever machine the operator uses.
class WorkingSchedule final
{
public:
    static constexpr int MinDayMinutes = 60;      // HRS-2: at least 1 hour...
    static constexpr int MaxDayMinutes = 23 * 60; // ...and at most 23 hours

    WorkingSchedule(); // every day off, 09:00-18:00

    const WorkingDay &day(Qt::DayOfWeek day) const { return m_days.at(day - 1); }
    void setDay(const WorkingDay &day) { m_days[day.day - 1] = day; }
    bool hasWorkingDays() const;

    // HRS-2: empty when valid, otherwise a message naming the first day that is too short
    // or too long.
    QString validationError() const;

    // [{"day":"monday","enabled":true,"start":"09:00","end":"18:00"}, ...] for the 7 days.
    QJsonArray toJson() const;
    // Reads a list like toJson()'s; days left out are off. nullopt and `error` for a
    // malformed entry (the range check is validationError()'s).
    static std::optional<WorkingSchedule> fromJson(const QJsonValue &days, QString *error);

    // The local times at which working hours begin and end, for the intervals that touch
    // [from, to).
    struct Interval
    {
        QDateTime start;
        QDateTime end;
    };
    QList<Interval> intervals(const QDateTime &from, const QDateTime &to) const;
    bool isWorkingAt(const QDateTime &localTime) const;
    // The next start or end of a working day strictly after `localTime`; invalid when the
    // schedule has no working day.
    QDateTime nextChangeAfter(const QDateTime &localTime) const;

    static QString dayKey(Qt::DayOfWeek day);   // "monday"
    static QString dayTitle(Qt::DayOfWeek day); // "Monday" (for the server's messages)

    bool operator==(const WorkingSchedule &other) const = default;

private:
    QList<WorkingDay> m_days;
};

} // namespace papo::common
