#include "processprobe.h"

#include <QFile>
#include <QList>

#include <unistd.h>

namespace papo::bench {

namespace {

QByteArray readProcFile(qint64 pid, const char *name)
{
    // pid 0: the machine's files (/proc/net/...), else the process's.
    QFile file(pid > 0 ? QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name))
                       : QStringLiteral("/proc/%1").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll(); // proc files report size 0: read until the end
}

} // namespace

qint64 ProcessProbe::rssKiB() const
{
    const QByteArray status = readProcFile(m_pid, "status");
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double ProcessProbe::cpuSeconds() const
{
    // The command name in field 2 may hold spaces and parentheses: count from the last ')'.
    const QByteArray stat = readProcFile(m_pid, "stat");
    const qsizetype end = stat.lastIndexOf(')');
    if (end < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(end + 2).split(' ');
    // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12 here.
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks / double(sysconf(_SC_CLK_TCK));
}

qint64 listenOverflows()
{
    // Two lines per group: the names, then the values.
    const QList<QByteArray> lines = readProcFile(0, "net/netstat").split('\n');
    for (qsizetype line = 0; line + 1 < lines.size(); ++line) {
        if (!lines.at(line).startsWith("TcpExt:"))
            continue;
        const QList<QByteArray> names = lines.at(line).split(' ');
        const QList<QByteArray> values = lines.at(line + 1).split(' ');
        const qsizetype column = names.indexOf("ListenOverflows");
        return column > 0 && column < values.size() ? values.at(column).toLongLong() : -1;
    }
    return -1;
}

} // namespace papo::bench
