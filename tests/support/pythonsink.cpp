#include "pythonsink.h"

namespace papo::testing {

bool PythonSink::start(const QStringList &arguments)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QStringLiteral("/usr/bin/python3"), arguments);
    if (!m_process->waitForStarted(10000))
        return false;
    QByteArray line;
    while (!line.endsWith('\n')) {
        if (!m_process->waitForReadyRead(30000))
            return false;
        line += m_process->readAllStandardOutput();
    }
    if (!line.startsWith("PORT "))
        return false;
    m_port = quint16(line.mid(5).trimmed().toUInt());
    return m_port != 0;
}

void PythonSink::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    m_process.reset();
}

} // namespace papo::testing
