#include "reportperiod.h"

#include <QJsonObject>

#include <algorithm>

namespace papo::server {

namespace {

// The first day of the next slot after the one holding `day`.
QDate nextBoundary(QDate day, ReportBucket bucket)
{
    switch (bucket) {
    case ReportBucket::Week:
        return day.addDays(8 - day.dayOfWeek());
    case ReportBucket::Month:
        return QDate(day.year(), day.month(), 1).addMonths(1);
    case ReportBucket::Hour:
    case ReportBucket::Day:
        break;
    }
    return day.addDays(1);
}

} // namespace

bool parseReportBucket(const QString &name, ReportBucket *bucket)
{
    static const QList<std::pair<QString, ReportBucket>> names
        = {{QStringLiteral("hour"), ReportBucket::Hour},
           {QStringLiteral("day"), ReportBucket::Day},
           {QStringLiteral("week"), ReportBucket::Week},
           {QStringLiteral("month"), ReportBucket::Month}};
    for (const auto &[text, value] : names) {
        if (name == text) {
            *bucket = value;
            return true;
        }
    }
    return false;
}

QString reportBucketName(ReportBucket bucket)
{
    switch (bucket) {
    case ReportBucket::Hour:
        return QStringLiteral("hour");
    case ReportBucket::Week:
        return QStringLiteral("week");
    case ReportBucket::Month:
        return QStringLiteral("month");
    case ReportBucket::Day:
        break;
    }
    return QStringLiteral("day");
}

std::optional<ReportPeriod> ReportPeriod::make(QDate from, QDate to, const QTimeZone &zone,
                                               ReportBucket bucket, QString *error)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        *error = QStringLiteral("\"from\" and \"to\" must be dates (YYYY-MM-DD), from ≤ to.");
        return std::nullopt;
    }
    if (from.daysTo(to) >= MaxDays) {
        *error = QStringLiteral("A report covers at most %1 days.").arg(MaxDays);
        return std::nullopt;
    }
    ReportPeriod period;
    period.m_from = from;
    period.m_to = to;
    period.m_zone = zone;
    period.m_bucket = bucket;
    const QDate after = to.addDays(1);
    if (bucket == ReportBucket::Hour) {
        // Hours follow the clock's real hours: 23 of them on a spring-forward day, 25 on a
        // fall-back day.
        const QDateTime end = after.startOfDay(zone).toUTC();
        for (QDateTime start = from.startOfDay(zone).toUTC(); start < end;) {
            const QDateTime next = std::min(start.addSecs(3600), end);
            period.m_ranges.append({start, next});
            start = next;
            if (period.m_ranges.size() > MaxSlots)
                break;
        }
    } else {
        for (QDate day = from; day < after;) {
            const QDate next = std::min(nextBoundary(day, bucket), after);
            period.m_ranges.append({day.startOfDay(zone).toUTC(), next.startOfDay(zone).toUTC()});
            day = next;
        }
    }
    if (period.m_ranges.size() > MaxSlots) {
        *error = QStringLiteral("Too many %1s: choose a longer bucket or a shorter period.")
                     .arg(reportBucketName(bucket));
        return std::nullopt;
    }
    return period;
}

int ReportPeriod::slotOf(const QDateTime &time) const
{
    if (m_ranges.isEmpty() || time < start() || time >= end())
        return -1;
    const auto after = std::upper_bound(
        m_ranges.cbegin(), m_ranges.cend(), time,
        [](const QDateTime &value, const ReportSlot &slot) { return value < slot.start; });
    return int(after - m_ranges.cbegin()) - 1;
}

QJsonArray ReportPeriod::slotsJson() const
{
    QJsonArray list;
    for (const ReportSlot &slot : m_ranges) {
        list.append(QJsonObject{
            {QLatin1String("start"), slot.start.toTimeZone(m_zone).toString(Qt::ISODate)},
            {QLatin1String("end"), slot.end.toTimeZone(m_zone).toString(Qt::ISODate)},
            {QLatin1String("hours"), double(slot.start.secsTo(slot.end)) / 3600.0}});
    }
    return list;
}

} // namespace papo::server
