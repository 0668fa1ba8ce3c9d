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

namespace detail {

// The digits of `text` from `at`, `count` of them; -1 if any is not a digit.
inline int sqlTimeDigits(QStringView text, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace detail

// Reading times is on every hot path (reports, exports, lists): the exact form toSqlTime writes,
// "2026-01-31T23:59:59.999Z", is read digit by digit; anything else goes to Qt's parser.
inline QDateTime fromSqlTime(const QVariant &value)
{
    const QString text = value.toString();
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T'
        && text[13] == u':' && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        using detail::sqlTimeDigits;
        const QDate date(sqlTimeDigits(text, 0, 4), sqlTimeDigits(text, 5, 2),
                         sqlTimeDigits(text, 8, 2));
        const QTime time(sqlTimeDigits(text, 11, 2), sqlTimeDigits(text, 14, 2),
                         sqlTimeDigits(text, 17, 2), sqlTimeDigits(text, 20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
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
