#pragma once

#include <isotime.h>

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace papo::server {

// Times are stored as UTC ISO 8601 text with milliseconds, which sorts correctly.
inline QString toSqlTime(const QDateTime &time)
{
    return common::toIsoTime(time);
}

// The exact form toSqlTime() writes is read digit by digit (common::fromIsoTime).
inline QDateTime fromSqlTime(const QVariant &value)
{
    return common::fromIsoTime(value.toString());
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
