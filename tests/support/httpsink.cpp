#include "httpsink.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

namespace papo::testing {

HttpSink::HttpSink() = default;

HttpSink::~HttpSink()
{
    stop();
}

bool HttpSink::start(quint16 port)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(PAPO_HTTP_SINK), m_dir.path(), QStringLiteral("--port"),
                      QString::number(port)});
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

void HttpSink::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    m_process.reset();
}

QString HttpSink::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

QList<ReceivedRequest> HttpSink::requests() const
{
    QList<ReceivedRequest> list;
    QStringList names = QDir(m_dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.section(QLatin1Char('.'), 0, 0).toInt()
               < b.section(QLatin1Char('.'), 0, 0).toInt();
    });
    for (const QString &name : names) {
        QFile file(QDir(m_dir.path()).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        ReceivedRequest request;
        request.method = json.value(QStringLiteral("method")).toString();
        request.path = json.value(QStringLiteral("path")).toString();
        const QJsonObject headers = json.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            request.headers.insert(it.key(), it.value().toString());
        request.body = json.value(QStringLiteral("body")).toString().toUtf8();
        request.status = json.value(QStringLiteral("status")).toInt();
        list.append(request);
    }
    return list;
}

QList<ReceivedRequest> HttpSink::requests(const QString &prefix) const
{
    QList<ReceivedRequest> matching;
    const auto all = requests();
    for (const ReceivedRequest &request : all)
        if (request.path.startsWith(prefix))
            matching.append(request);
    return matching;
}

bool HttpSink::waitForCount(const QString &prefix, int n, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return requests(prefix).size() >= n; }, timeoutMs);
}

} // namespace papo::testing
