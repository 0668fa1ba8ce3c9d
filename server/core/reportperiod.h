#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace papo::server {

enum class ReportBucket { Hour, Day, Week, Month };

bool parseReportBucket(const QString &name, ReportBucket *bucket);
QString reportBucketName(ReportBucket bucket);

// One bar of a report's chart: [start, end) in UTC. A day is 23 or 25 hours long on the days
// the viewer's clocks change.
struct ReportSlot
{
    QDateTime start;
    QDateTime end;
};

// The days of a report, `from` to `to` inclusive in the viewer's time zone, cut into hours,
// days, weeks (from Monday) or months of that zone; the first and last are cut at the period's
// ends.
class ReportPeriod final
{
public:
    static constexpr int MaxDays = 400;
    static constexpr int MaxSlots = 1000;

    // nullopt with *error saying why when the period is backwards, too long or too finely cut.
    static std::optional<ReportPeriod> make(QDate from, QDate to, const QTimeZone &zone,
                                            ReportBucket bucket, QString *error);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    const QTimeZone &zone() const { return m_zone; }
    ReportBucket bucket() const { return m_bucket; }
    QDateTime start() const { return m_ranges.first().start; }
    QDateTime end() const { return m_ranges.last().end; }
    const QList<ReportSlot> &ranges() const { return m_ranges; }
    // The slot holding `time`; -1 outside the period.
    int slotOf(const QDateTime &time) const;
    // [{"start","end","hours"}], the times in the viewer's zone with their offsets.
    QJsonArray slotsJson() const;

private:
    ReportPeriod() = default;

    QDate m_from;
    QDate m_to;
    QTimeZone m_zone;
    ReportBucket m_bucket = ReportBucket::Day;
    QList<ReportSlot> m_ranges;
};

} // namespace papo::server
