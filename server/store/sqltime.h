#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace papo::server {

// Times are stored as UTC ISO 8601 text with milliseconds, which sorts correctly.
inline QString toSqlTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromSqlTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL; text columns here are NOT NULL, so bind "" instead.
inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

inline QString nowSqlTime()
{
    return toSqlTime(QDateTime::currentDateTimeUtc());
}

} // namespace papo::server
