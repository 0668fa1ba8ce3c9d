#pragma once

#include <QDateTime>

#include <functional>

namespace papo::server {

// Injected wherever time decides behaviour, so tests control it instead of sleeping.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace papo::server
