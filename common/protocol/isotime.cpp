#include "isotime.h"

namespace papo::common {

namespace {

// The digits of `text` from `at`, `count` of them; -1 if any is not a digit.
int digits(QStringView text, qsizetype at, qsizetype count)
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

} // namespace

// Every stored message and every event carries a time: the form above is written digit by
// digit from the milliseconds since 1970; years outside 1…9999 go to Qt.
QString toIsoTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    constexpr qint64 msPerDay = 86'400'000;
    const qint64 ms = time.toMSecsSinceEpoch();
    qint64 days = ms / msPerDay;
    qint64 msOfDay = ms % msPerDay;
    if (msOfDay < 0) {
        msOfDay += msPerDay;
        --days;
    }
    const QDate date = QDate(1970, 1, 1).addDays(days);
    if (date.year() < 1 || date.year() > 9999)
        return time.toUTC().toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    const auto put = [&out](qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[i] = char16_t(u'0' + value % 10);
        out += width;
    };
    const auto mark = [&out](char16_t c) { *out++ = c; };
    put(date.year(), 4);
    mark(u'-');
    put(date.month(), 2);
    mark(u'-');
    put(date.day(), 2);
    mark(u'T');
    put(msOfDay / 3'600'000, 2);
    mark(u':');
    put(msOfDay / 60'000 % 60, 2);
    mark(u':');
    put(msOfDay / 1000 % 60, 2);
    mark(u'.');
    put(msOfDay % 1000, 3);
    mark(u'Z');
    return text;
}

QDateTime fromIsoTime(QStringView text)
{
    if (text.isEmpty())
        return {};
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T'
        && text[13] == u':' && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2),
                         digits(text, 20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

} // namespace papo::common
