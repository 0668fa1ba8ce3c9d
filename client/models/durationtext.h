#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace papo::desk {

// Short durations for lists and the visitor panel: "45 s", "12 min", "2 h 5 min"; and the
// short time of a message or chat: "18:50" today, the date before.
class DurationText final
{
    Q_DECLARE_TR_FUNCTIONS(papo::desk::DurationText)

public:
    static QString format(qint64 seconds);
    static QString clockTime(const QDateTime &time);
};

} // namespace papo::desk
