#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

namespace papo::common {

// Times on the wire and in the database: UTC ISO 8601 with milliseconds,
// "2026-01-31T23:59:59.999Z", which sorts as text.
QString toIsoTime(const QDateTime &time);

// Reading times is on every hot path (the desk's 15,000 visitors, reports, exports, lists):
// the exact form toIsoTime() writes is read digit by digit; anything else goes to Qt's
// parser. "" gives an invalid time.
QDateTime fromIsoTime(QStringView text);

} // namespace papo::common
