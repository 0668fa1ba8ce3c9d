#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace papo::server {

// Writes times as ISO 8601 in one time zone ("2026-03-01T10:00:00-03:00"), as
// QDateTime::toTimeZone(zone).toString(Qt::ISODate) does but fast enough for an export of
// every visitor: the zone's offset is looked up once per stretch between two clock changes.
class ZoneTimeFormatter final
{
public:
    explicit ZoneTimeFormatter(QTimeZone zone);

    // "" for an invalid time.
    QString format(const QDateTime &time);

private:
    int offsetSecondsAt(qint64 utcMs);

    QTimeZone m_zone;
    // The stretch [m_fromMs, m_untilMs) of UTC with the offset m_offsetSeconds; empty at first.
    qint64 m_fromMs = 0;
    qint64 m_untilMs = 0;
    int m_offsetSeconds = 0;
};

} // namespace papo::server
