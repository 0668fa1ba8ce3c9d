#include "visitorfleet.h"

#include "benchclock.h"

#include <envelope.h>
#include <messagetypes.h>

#include <QWebSocket>

namespace papo::bench {

namespace MessageType = common::MessageType;

VisitorFleet::VisitorFleet(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_visitors.resize(m_config.count);
    m_connectDeadline.setSingleShot(true);
    connect(&m_connectDeadline, &QTimer::timeout, this, &VisitorFleet::finishConnecting);
    m_sendTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_sendTimer, &QTimer::timeout, this, &VisitorFleet::sendDueMessages);
}

VisitorFleet::~VisitorFleet() = default; // the sockets are children of this object

void VisitorFleet::connectAll()
{
    m_connecting = true;
    m_connectDeadline.start(m_config.connectTimeoutMs);
    openNext();
}

QString VisitorFleet::pageUrl(int index) const
{
    return QStringLiteral("https://shop.example/products/%1-%2").arg(m_config.index).arg(index);
}

void VisitorFleet::openNext()
{
    while (m_connecting && m_inFlight < m_config.window && m_nextToOpen < m_visitors.size()) {
        const int index = m_nextToOpen++;
        auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        m_visitors[index].socket = socket;
        ++m_inFlight;
        connect(socket, &QWebSocket::connected, this, [this, index] { onConnected(index); });
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, index](const QString &text) { onFrame(index, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, index] { onGone(index); });
        connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
                [this, index] { onGone(index); });
        socket->open(m_config.url);
    }
    if (m_connecting && m_inFlight == 0 && m_nextToOpen == m_visitors.size())
        finishConnecting();
}

void VisitorFleet::send(int index, const QString &type, const QString &id, const QJsonObject &data)
{
    m_visitors[index].socket->sendTextMessage(
        QString::fromUtf8(common::encodeRequest(type, id, data)));
}

void VisitorFleet::onConnected(int index)
{
    // What widget.js sends on a page load.
    m_visitors[index].state = State::Hello;
    send(index, MessageType::Hello, QStringLiteral("h"),
         {{QLatin1String("key"), m_config.key},
          {QLatin1String("url"), pageUrl(index)},
          {QLatin1String("title"), QStringLiteral("Product page")},
          {QLatin1String("referrer"), QStringLiteral("https://search.example/?q=shop")},
          {QLatin1String("lang"), QStringLiteral("en")}});
}

void VisitorFleet::onFrame(int index, const QString &text)
{
    const common::ParsedFrame frame = common::parseFrame(text.toUtf8());
    if (!frame.ok())
        return;
    const common::Envelope &envelope = *frame.envelope;
    if (envelope.type == MessageType::Ack) {
        onAck(index, envelope.id);
    } else if (envelope.type == MessageType::Error) {
        ++m_errors;
        const Visitor &visitor = m_visitors[index];
        if (visitor.state != State::Ready && visitor.state != State::Gone)
            visitor.socket->abort();
    } else if (envelope.type == MessageType::Message) {
        onMessageEvent(envelope.data);
    }
}

void VisitorFleet::onAck(int index, const QString &requestId)
{
    Visitor &visitor = m_visitors[index];
    if (requestId == QLatin1String("h") && visitor.state == State::Hello) {
        // A single-page site navigating: the widget reports the new URL.
        visitor.state = State::PageView;
        send(index, MessageType::PageView, QStringLiteral("p"),
             {{QLatin1String("url"), pageUrl(index) + QStringLiteral("/reviews")},
              {QLatin1String("title"), QStringLiteral("Reviews")},
              {QLatin1String("referrer"), pageUrl(index)}});
    } else if (requestId == QLatin1String("p") && visitor.state == State::PageView) {
        visitor.state = State::Ready;
        ++m_ready;
        --m_inFlight;
        openNext();
    } else if (requestId.startsWith(QLatin1Char('m'))) {
        const qint64 sequence = requestId.mid(1).toLongLong();
        if (sequence >= 0 && sequence < m_sentAtNs.size() && !m_acked.contains(sequence)) {
            m_acked.set(sequence);
            m_ackLatency.add((monotonicNs() - m_sentAtNs.at(sequence)) / 1000);
        }
    }
}

void VisitorFleet::onMessageEvent(const QJsonObject &message)
{
    // The visitor's own messages come back too (for its other tabs); only replies count.
    if (message.value(QLatin1String("author")).toObject().value(QLatin1String("kind")).toString()
        != QLatin1String("operator"))
        return;
    const QStringList words
        = message.value(QLatin1String("text")).toString().split(QLatin1Char(' '));
    if (words.size() != 3 || words.at(0) != QLatin1String("rep"))
        return;
    m_replyLatency.add((monotonicNs() - words.at(1).toLongLong()) / 1000);
    m_repliesReceived.set(words.at(2).toLongLong());
}

void VisitorFleet::onGone(int index)
{
    Visitor &visitor = m_visitors[index];
    if (visitor.state == State::Gone)
        return;
    if (visitor.state == State::Ready) {
        ++m_dropped;
        --m_ready;
    } else {
        ++m_failed;
        --m_inFlight;
    }
    visitor.state = State::Gone;
    visitor.socket->deleteLater();
    visitor.socket = nullptr;
    openNext();
}

void VisitorFleet::finishConnecting()
{
    if (!m_connecting)
        return;
    m_connecting = false;
    m_connectDeadline.stop();
    // Out of time: whatever is still on its way counts as failed.
    for (Visitor &visitor : m_visitors) {
        if (!visitor.socket || visitor.state == State::Ready)
            continue;
        visitor.state = State::Gone; // first, so the signals of abort() change nothing
        ++m_failed;
        visitor.socket->abort();
        visitor.socket->deleteLater();
        visitor.socket = nullptr;
    }
    m_inFlight = 0;
    m_failed += m_visitors.size() - m_nextToOpen;
    emit connectingFinished(m_ready, m_failed);
}

void VisitorFleet::startTraffic(double messagesPerSecond, qint64 durationMs)
{
    m_rate = messagesPerSecond;
    m_trafficStartNs = monotonicNs();
    m_trafficEndNs = m_trafficStartNs + durationMs * 1'000'000;
    m_sendTimer.start(qBound(1, int(1000 / qMax(1.0, messagesPerSecond)), 10));
}

void VisitorFleet::sendDueMessages()
{
    // Sends whatever the fixed rate says is due by now, so a late timer never lowers the rate.
    const qint64 now = qMin(monotonicNs(), m_trafficEndNs);
    const auto due = qint64(double(now - m_trafficStartNs) * m_rate / 1e9);
    while (m_sentAtNs.size() < due && m_ready > 0)
        sendOneMessage();
    if (now >= m_trafficEndNs || m_ready == 0) {
        m_sendTimer.stop();
        emit trafficFinished(m_sentAtNs.size());
    }
}

void VisitorFleet::sendOneMessage()
{
    while (m_visitors[m_nextSender].state != State::Ready)
        m_nextSender = (m_nextSender + 1) % m_visitors.size();
    const int index = m_nextSender;
    m_nextSender = (m_nextSender + 1) % m_visitors.size();

    const qint64 sequence = m_sentAtNs.size();
    const qint64 now = monotonicNs();
    m_sentAtNs.append(now);
    // The operators read the send time and the sequence number back out of the text.
    send(index, MessageType::Message, QStringLiteral("m%1").arg(sequence),
         {{QLatin1String("cid"), QStringLiteral("bench-%1-%2").arg(m_config.index).arg(sequence)},
          {QLatin1String("text"),
           QStringLiteral("lat %1 %2 %3").arg(now).arg(m_config.index).arg(sequence)}});
}

QJsonObject VisitorFleet::report() const
{
    return {{QLatin1String("index"), m_config.index},
            {QLatin1String("ready"), m_ready},
            {QLatin1String("failed"), m_failed},
            {QLatin1String("dropped"), m_dropped},
            {QLatin1String("errors"), m_errors},
            {QLatin1String("sent"), m_sentAtNs.size()},
            {QLatin1String("acked"), m_acked.toBase64()},
            {QLatin1String("ackLatency"), m_ackLatency.toJson()},
            {QLatin1String("replyLatency"), m_replyLatency.toJson()},
            {QLatin1String("repliesReceived"), m_repliesReceived.toBase64()}};
}

} // namespace papo::bench
