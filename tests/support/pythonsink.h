#pragma once

#include <QProcess>
#include <QStringList>

#include <memory>

namespace papo::testing {

// A test's local server written in Python (tests/support/*sink.py), run with Debian's
// /usr/bin/python3 — its python3-aiosmtpd is on no other Python's path. The script prints
// "PORT n" once it listens; stop() kills it.
class PythonSink final
{
public:
    ~PythonSink() { stop(); }

    // `arguments`: the script and its arguments. False when it did not come up listening.
    bool start(const QStringList &arguments);
    void stop();
    quint16 port() const { return m_port; }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace papo::testing
