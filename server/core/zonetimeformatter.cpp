#include "zonetimeformatter.h"

#include <limits>

namespace papo::server {

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;
constexpr qint64 UnixEpochJulianDay = 2440588;

void writeDigits(QChar *&out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += count;
}

} // namespace

ZoneTimeFormatter::ZoneTimeFormatter(QTimeZone zone)
    : m_zone(std::move(zone))
{}

int ZoneTimeFormatter::offsetSecondsAt(qint64 utcMs)
{
    if (utcMs >= m_fromMs && utcMs < m_untilMs)
        return m_offsetSeconds;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    m_offsetSeconds = m_zone.offsetFromUtc(at);
    m_fromMs = std::numeric_limits<qint64>::min();
    m_untilMs = std::numeric_limits<qint64>::max();
    if (m_zone.hasTransitions()) {
        // The last change at or before `at` and the first after it.
        const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addMSecs(1));
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        if (previous.atUtc.isValid())
            m_fromMs = previous.atUtc.toMSecsSinceEpoch();
        if (next.atUtc.isValid())
            m_untilMs = next.atUtc.toMSecsSinceEpoch();
        if (m_fromMs > utcMs || m_untilMs <= utcMs) // never trust a stretch without this time
            m_fromMs = m_untilMs = utcMs;
    }
    return m_offsetSeconds;
}

QString ZoneTimeFormatter::format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const qint64 utcMs = time.toMSecsSinceEpoch();
    const int offset = offsetSecondsAt(utcMs);
    const qint64 localMs = utcMs + qint64(offset) * 1000;
    qint64 days = localMs / DayMs;
    qint64 msOfDay = localMs % DayMs;
    if (msOfDay < 0) {
        msOfDay += DayMs;
        --days;
    }
    const QDate date = QDate::fromJulianDay(UnixEpochJulianDay + days);
    if (date.year() < 0 || date.year() > 9999)
        return time.toTimeZone(m_zone).toString(Qt::ISODate);
    const int secondOfDay = int(msOfDay / 1000);
    QString text(25, Qt::Uninitialized);
    QChar *out = text.data();
    const auto put = [&](char16_t c) { *out++ = QChar(c); };
    writeDigits(out, date.year(), 4);
    put(u'-');
    writeDigits(out, date.month(), 2);
    put(u'-');
    writeDigits(out, date.day(), 2);
    put(u'T');
    writeDigits(out, secondOfDay / 3600, 2);
    put(u':');
    writeDigits(out, secondOfDay / 60 % 60, 2);
    put(u':');
    writeDigits(out, secondOfDay % 60, 2);
    const int absolute = offset < 0 ? -offset : offset;
    put(offset < 0 ? u'-' : u'+');
    writeDigits(out, absolute / 3600, 2);
    put(u':');
    writeDigits(out, absolute / 60 % 60, 2);
    return text;
}

} // namespace papo::server
