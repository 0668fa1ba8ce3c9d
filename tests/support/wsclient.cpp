#include "wsclient.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QTimer>

namespace papo::testing {

WsClient::WsClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const auto parsed = common::parseFrame(text.toUtf8());
        if (parsed.ok()) {
            m_received.append(*parsed.envelope);
            m_taken.append(false);
        }
    });
    connect(&m_socket, &QWebSocket::disconnected, this,
            [this] { m_closeCode = int(m_socket.closeCode()); });
}

bool WsClient::open(const QUrl &url, int timeoutMs)
{
    return open(QNetworkRequest(url), timeoutMs);
}

bool WsClient::open(const QNetworkRequest &request, int timeoutMs)
{
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(&m_socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
    connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    m_socket.open(request);
    loop.exec();
    disconnect(&m_socket, nullptr, &loop, nullptr);
    return isConnected();
}

void WsClient::close()
{
    m_socket.close();
}

bool WsClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void WsClient::sendRaw(const QByteArray &frame)
{
    // PAPO_RECORD_FRAMES=DIR keeps every frame the tests send: the fuzzers' seed corpus
    // (tests/fuzz/corpus/envelope) comes from there.
    static const QString recordTo = qEnvironmentVariable("PAPO_RECORD_FRAMES");
    if (!recordTo.isEmpty()) {
        QFile file(recordTo + QLatin1Char('/')
                   + QString::fromLatin1(
                       QCryptographicHash::hash(frame, QCryptographicHash::Sha1).toHex()));
        if (file.open(QIODevice::WriteOnly))
            file.write(frame);
    }
    m_socket.sendTextMessage(QString::fromUtf8(frame));
}

std::optional<common::Envelope> WsClient::request(const QString &type, const QJsonObject &data,
                                                  int timeoutMs)
{
    const QString id = QStringLiteral("r%1").arg(m_nextId++);
    sendRaw(common::encodeRequest(type, id, data));
    return waitFor(
        [&](const common::Envelope &envelope) {
            return (envelope.type == QLatin1String("ack")
                    || envelope.type == QLatin1String("error"))
                   && envelope.id == id;
        },
        timeoutMs);
}

std::optional<common::Envelope> WsClient::waitForEvent(const QString &type, int timeoutMs)
{
    return waitFor([&](const common::Envelope &envelope) { return envelope.type == type; },
                   timeoutMs);
}

std::optional<common::Envelope>
WsClient::waitFor(const std::function<bool(const common::Envelope &)> &match, int timeoutMs)
{
    const auto found = waitForIndex(
        [&](qsizetype i) { return !m_taken.at(i) && match(m_received.at(i)); }, timeoutMs);
    if (!found)
        return std::nullopt;
    m_taken[*found] = true;
    return m_received.at(*found);
}

std::optional<QJsonObject>
WsClient::waitForVisitor(const std::function<bool(const QJsonObject &)> &match, int timeoutMs)
{
    QJsonObject matched;
    const auto found = waitForIndex(
        [&](qsizetype i) {
            const common::Envelope &frame = m_received.at(i);
            if (frame.type != QLatin1String("visitors_changed"))
                return false;
            const QJsonArray visitors = frame.data.value(QLatin1String("visitors")).toArray();
            for (const QJsonValue &visitor : visitors) {
                if (match(visitor.toObject())) {
                    matched = visitor.toObject();
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found ? std::optional(matched) : std::nullopt;
}

bool WsClient::waitForVisitorLeft(qint64 visitorId, int timeoutMs)
{
    return waitForIndex(
               [&](qsizetype i) {
                   const common::Envelope &frame = m_received.at(i);
                   return frame.type == QLatin1String("visitors_changed")
                          && frame.data.value(QLatin1String("left"))
                                 .toArray()
                                 .contains(QJsonValue(visitorId));
               },
               timeoutMs)
        .has_value();
}

std::optional<qsizetype> WsClient::waitForIndex(const std::function<bool(qsizetype)> &match,
                                                int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype checked = 0;
    while (true) {
        for (; checked < m_received.size(); ++checked) {
            if (match(checked))
                return checked;
        }
        if (deadline.hasExpired())
            return std::nullopt;
        QEventLoop loop;
        QTimer::singleShot(qMax<qint64>(1, qMin<qint64>(50, deadline.remainingTime())), &loop,
                           &QEventLoop::quit);
        connect(&m_socket, &QWebSocket::textMessageReceived, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

bool WsClient::waitForDisconnected(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

QList<common::Envelope> WsClient::eventsOfType(const QString &type) const
{
    QList<common::Envelope> result;
    for (const auto &envelope : m_received) {
        if (envelope.type == type)
            result.append(envelope);
    }
    return result;
}

} // namespace papo::testing
