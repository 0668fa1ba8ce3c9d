#pragma once

#include <QtGlobal>

namespace papo::bench {

// A process seen from /proc: resident memory and CPU time. Used on the server under test and
// on the load generator's own children (to show when the generator itself is the bottleneck).
class ProcessProbe final
{
public:
    explicit ProcessProbe(qint64 pid)
        : m_pid(pid)
    {}

    qint64 pid() const { return m_pid; }
    // VmRSS from /proc/PID/status; -1 when the process is gone.
    qint64 rssKiB() const;
    // utime + stime from /proc/PID/stat; -1 when the process is gone.
    double cpuSeconds() const;

private:
    qint64 m_pid;
};

// TcpExtListenOverflows of /proc/net/netstat, for the whole machine: connections whose SYN
// or handshake found a listener's accept queue full (the client retries after 1, 3, 7 s…).
// -1 when it cannot be read.
qint64 listenOverflows();

} // namespace papo::bench
