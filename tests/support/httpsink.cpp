#include "httpsink.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

namespace papo::testing {

HttpSink::HttpSink() = default;

HttpSink::~HttpSink() = default;

bool HttpSink::start(quint16 port)
{
    return m_sink.start({QStringLiteral(PAPO_HTTP_SINK), m_dir.path(), QStringLiteral("--port"),
                         QString::number(port)});
}

void HttpSink::stop()
{
    m_sink.stop();
}

QString HttpSink::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_sink.port()).arg(path);
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
