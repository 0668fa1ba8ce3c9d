#include "progress.h"

#include <QThread>

#include <cstdio>

namespace papo::bench {

void note(const QString &label, const QString &line)
{
    std::fprintf(stderr, "[%s] %s\n", qPrintable(label), qPrintable(line));
    std::fflush(stderr);
}

void sleepSeconds(int seconds)
{
    QThread::msleep(ulong(seconds) * 1000);
}

} // namespace papo::bench
