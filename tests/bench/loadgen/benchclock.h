#pragma once

#include <QtGlobal>

#include <ctime>

namespace papo::bench {

// CLOCK_MONOTONIC is one clock for every process on the machine, so a timestamp written into
// a message by one process can be subtracted from the clock of the process that receives it.
inline qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace papo::bench
