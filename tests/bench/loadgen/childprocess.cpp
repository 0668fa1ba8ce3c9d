#include "childprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>

namespace papo::bench {

ChildProcess::ChildProcess(QString name, const QStringList &arguments)
    : m_name(std::move(name))
    , m_arguments(arguments)
{
    // Warnings of the children appear in the coordinator's stderr as they happen.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

ChildProcess::~ChildProcess()
{
    finish();
}

bool ChildProcess::start()
{
    m_process.start(QCoreApplication::applicationFilePath(), m_arguments);
    return m_process.waitForStarted(10000);
}

void ChildProcess::command(const QString &line)
{
    m_process.write(line.toUtf8() + '\n');
    m_process.waitForBytesWritten(5000);
}

std::optional<QJsonObject> ChildProcess::waitFor(const QString &event, int timeoutMs)
{
    for (qsizetype index = 0; index < m_backlog.size(); ++index) {
        if (m_backlog.at(index).value(QLatin1String("event")).toString() == event)
            return m_backlog.takeAt(index);
    }
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        while (m_process.canReadLine()) {
            const QJsonObject object = QJsonDocument::fromJson(m_process.readLine()).object();
            if (object.value(QLatin1String("event")).toString() == event)
                return object;
            m_backlog.append(object);
        }
        if (m_process.state() != QProcess::Running || deadline.hasExpired())
            return std::nullopt;
        m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)));
    }
}

void ChildProcess::finish()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    command(QStringLiteral("quit"));
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace papo::bench
