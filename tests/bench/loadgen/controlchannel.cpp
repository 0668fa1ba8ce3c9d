#include "controlchannel.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace papo::bench {

ControlChannel::ControlChannel(QObject *parent)
    : QObject(parent)
    , m_notifier(STDIN_FILENO, QSocketNotifier::Read)
{
    connect(&m_notifier, &QSocketNotifier::activated, this, &ControlChannel::readAvailable);
}

void ControlChannel::send(const QString &event, QJsonObject fields)
{
    fields.insert(QLatin1String("event"), event);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

void ControlChannel::readAvailable()
{
    char chunk[4096];
    const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (got <= 0) {
        m_notifier.setEnabled(false);
        emit closed();
        return;
    }
    m_buffer.append(chunk, got);
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(end)).trimmed();
        m_buffer.remove(0, end + 1);
        if (!line.isEmpty())
            emit commandReceived(line.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
}

} // namespace papo::bench
