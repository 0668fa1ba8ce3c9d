#include "durationtext.h"

#include <QLocale>

namespace papo::desk {

QString DurationText::format(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 == 0 ? tr("%1 h").arg(hours)
                                 : tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString DurationText::clockTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate()) {
        // Some locales' short format still has seconds (C: "HH:mm:ss"); a chat list does not.
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(QLatin1String(":ss"));
        return locale.toString(local.time(), format);
    }
    return locale.toString(local.date(), QLocale::ShortFormat);
}

} // namespace papo::desk
