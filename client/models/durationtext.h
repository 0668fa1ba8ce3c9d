#pragma once

#include <QCoreApplication>
#include <QString>

namespace papo::desk {

// Short durations for lists and the visitor panel: "45 s", "12 min", "2 h 5 min".
class DurationText final
{
    Q_DECLARE_TR_FUNCTIONS(papo::desk::DurationText)

public:
    static QString format(qint64 seconds);
};

} // namespace papo::desk
