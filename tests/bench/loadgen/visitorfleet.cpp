#include "visitorfleet.h"

#include "benchclock.h"

#include <envelope.h>
#include <messagetypes.h>

#include <QRandomGenerator>
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
    m_browseTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_browseTimer, &QTimer::timeout, this, &VisitorFleet::sendDuePageViews);
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
    // Batches: a whole batch at once (a burst), then nothing until every one of it is in.
    if (m_config.batches && m_inFlight > 0)
        return;
    while (m_connecting && m_inFlight < m_config.window && m_nextToOpen < m_visitors.size()) {
        const int index = m_nextToOpen++;
        ++m_inFlight;
        openSocket(index);
    }
    if (m_connecting && m_inFlight == 0 && m_nextToOpen == m_visitors.size())
        finishConnecting();
}

void VisitorFleet::openSocket(int index)
{
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_visitors[index].socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, index] { onConnected(index); });
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, index](const QString &text) { onFrame(index, text); });
    // A refused connection may report both: the second finds the socket already replaced.
    connect(socket, &QWebSocket::disconnected, this, [this, index, socket] {
        if (m_visitors.at(index).socket == socket)
            onGone(index);
    });
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this, index, socket] {
                if (m_visitors.at(index).socket == socket)
                    onGone(index);
            });
    socket->open(m_config.url);
}

void VisitorFleet::send(int index, const QString &type, const QString &id, const QJsonObject &data)
{
    m_visitors[index].socket->sendTextMessage(
        QString::fromUtf8(common::encodeRequest(type, id, data)));
}

void VisitorFleet::onConnected(int index)
{
    // What widget.js sends on a page load, and with its token and lastSeq on a reconnect.
    Visitor &visitor = m_visitors[index];
    QJsonObject hello{{QLatin1String("key"), m_config.key},
                      {QLatin1String("url"), pageUrl(index)},
                      {QLatin1String("title"), QStringLiteral("Product page")},
                      {QLatin1String("referrer"), QStringLiteral("https://search.example/?q=shop")},
                      {QLatin1String("lang"), QStringLiteral("en")}};
    if (visitor.state == State::Down) {
        hello.insert(QLatin1String("token"), visitor.token);
        hello.insert(QLatin1String("lastSeq"), visitor.lastSeq);
    } else {
        visitor.state = State::Hello;
    }
    send(index, MessageType::Hello, QStringLiteral("h"), hello);
}

void VisitorFleet::onFrame(int index, const QString &text)
{
    const common::ParsedFrame frame = common::parseFrame(text.toUtf8());
    if (!frame.ok())
        return;
    const common::Envelope &envelope = *frame.envelope;
    if (envelope.type == MessageType::Ack) {
        onAck(index, envelope);
    } else if (envelope.type == MessageType::Error) {
        ++m_errors;
        const Visitor &visitor = m_visitors[index];
        if (visitor.state != State::Ready && visitor.state != State::Gone)
            visitor.socket->abort();
    } else if (envelope.type == MessageType::Message) {
        onMessageEvent(index, envelope.data, envelope.seq);
    }
}

void VisitorFleet::onAck(int index, const common::Envelope &ack)
{
    const QString &requestId = ack.id;
    Visitor &visitor = m_visitors[index];
    if (requestId == QLatin1String("h")) {
        visitor.token = ack.data.value(QLatin1String("token")).toString();
        visitor.lastSeq
            = qMax(visitor.lastSeq, ack.data.value(QLatin1String("lastSeq")).toInteger());
    }
    if (requestId == QLatin1String("h") && visitor.state == State::Down) {
        visitor.state = State::Ready;
        visitor.backoffMs = 500;
        ++m_ready;
        // As widget.js does: what the server never acknowledged goes again, same cid.
        for (const QString &text : std::as_const(visitor.pending))
            visitor.socket->sendTextMessage(text);
        if (!visitor.back) { // each visitor counts once, however often it went down
            visitor.back = true;
            if (++m_back == m_armed)
                emit stormBack(m_back);
        }
    } else if (requestId == QLatin1String("h") && visitor.state == State::Hello) {
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
    } else if (requestId.startsWith(QLatin1Char('b'))) {
        ++m_browseAcked;
    } else if (requestId.startsWith(QLatin1Char('m'))) {
        visitor.pending.remove(requestId);
        const qint64 sequence = requestId.mid(1).toLongLong();
        if (sequence >= 0 && sequence < m_sentAtNs.size() && !m_acked.contains(sequence)) {
            m_acked.set(sequence);
            m_ackLatency.add((monotonicNs() - m_sentAtNs.at(sequence)) / 1000);
        }
    }
}

void VisitorFleet::onMessageEvent(int index, const QJsonObject &message, qint64 seq)
{
    Visitor &visitor = m_visitors[index];
    visitor.lastSeq = qMax(visitor.lastSeq, seq);
    // The visitor's own messages come back too (for its other tabs); only replies count.
    if (message.value(QLatin1String("author")).toObject().value(QLatin1String("kind")).toString()
        != QLatin1String("operator"))
        return;
    const QStringList words
        = message.value(QLatin1String("text")).toString().split(QLatin1Char(' '));
    if (words.size() != 3 || words.at(0) != QLatin1String("rep"))
        return;
    const qint64 reply = words.at(2).toLongLong();
    if (m_repliesReceived.contains(reply)) { // each reply goes to one visitor only
        ++m_duplicates;
        return;
    }
    m_replyLatency.add((monotonicNs() - words.at(1).toLongLong()) / 1000);
    m_repliesReceived.set(reply);
}

void VisitorFleet::onGone(int index)
{
    Visitor &visitor = m_visitors[index];
    if (visitor.state == State::Gone)
        return;
    if (m_reconnect && (visitor.state == State::Ready || visitor.state == State::Down)) {
        if (visitor.state == State::Ready) {
            --m_ready;
            m_droppedAgain += visitor.back ? 1 : 0;
            visitor.state = State::Down;
        }
        visitor.socket->deleteLater();
        visitor.socket = nullptr;
        reconnectLater(index);
        return;
    }
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

void VisitorFleet::reconnectLater(int index)
{
    // widget.js: 0.5 s doubling up to 10 s, each ±20 %, so a restart is not met by every
    // visitor in the same millisecond.
    Visitor &visitor = m_visitors[index];
    const int delay
        = int(visitor.backoffMs * (0.8 + QRandomGenerator::global()->generateDouble() * 0.4));
    visitor.backoffMs = qMin(visitor.backoffMs * 2, 10000);
    ++m_reconnects;
    QTimer::singleShot(delay, this, [this, index] {
        if (m_visitors.at(index).state == State::Down)
            openSocket(index);
    });
}

void VisitorFleet::armReconnect()
{
    m_reconnect = true;
    m_armed = m_ready;
    m_back = 0;
    for (Visitor &visitor : m_visitors)
        visitor.back = false;
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
    m_trafficFirst = m_sentAtNs.size();
    m_sendTimer.start(qBound(1, int(1000 / qMax(1.0, messagesPerSecond)), 10));
}

void VisitorFleet::sendDueMessages()
{
    // Sends whatever the fixed rate says is due by now, so a late timer never lowers the rate.
    const qint64 now = qMin(monotonicNs(), m_trafficEndNs);
    const auto due = m_trafficFirst + qint64(double(now - m_trafficStartNs) * m_rate / 1e9);
    while (m_sentAtNs.size() < due && m_ready > 0)
        sendOneMessage();
    // In the storm every visitor may be down for a while: the traffic waits for them.
    if (now >= m_trafficEndNs || (m_ready == 0 && !m_reconnect)) {
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
    const QString id = QStringLiteral("m%1").arg(sequence);
    const QString text = QString::fromUtf8(common::encodeRequest(
        MessageType::Message, id,
        {{QLatin1String("cid"), QStringLiteral("bench-%1-%2").arg(m_config.index).arg(sequence)},
         {QLatin1String("text"),
          QStringLiteral("lat %1 %2 %3").arg(now).arg(m_config.index).arg(sequence)}}));
    m_visitors[index].pending.insert(id, text);
    m_visitors[index].socket->sendTextMessage(text);
}

void VisitorFleet::startBrowsing(double pageViewsPerSecond, qint64 durationMs)
{
    m_browseRate = pageViewsPerSecond;
    m_browseStartNs = monotonicNs();
    m_browseEndNs = m_browseStartNs + durationMs * 1'000'000;
    m_browseTimer.start(qBound(1, int(1000 / qMax(1.0, pageViewsPerSecond)), 10));
}

void VisitorFleet::sendDuePageViews()
{
    // As sendDueMessages: whatever the fixed rate says is due by now, round robin.
    const qint64 now = qMin(monotonicNs(), m_browseEndNs);
    const auto due = qint64(double(now - m_browseStartNs) * m_browseRate / 1e9);
    while (m_browseSent < due && m_ready > 0) {
        while (m_visitors[m_nextBrowser].state != State::Ready)
            m_nextBrowser = (m_nextBrowser + 1) % m_visitors.size();
        const int index = m_nextBrowser;
        m_nextBrowser = (m_nextBrowser + 1) % m_visitors.size();
        const qint64 view = m_browseSent++;
        send(index, MessageType::PageView, QStringLiteral("b%1").arg(view),
             {{QLatin1String("url"), pageUrl(index) + QStringLiteral("/page-%1").arg(view)},
              {QLatin1String("title"), QStringLiteral("Page %1").arg(view)},
              {QLatin1String("referrer"), pageUrl(index)}});
    }
    if (now >= m_browseEndNs || m_ready == 0) {
        m_browseTimer.stop();
        emit browsingFinished(m_browseSent);
    }
}

QJsonObject VisitorFleet::report() const
{
    return {{QLatin1String("index"), m_config.index},
            {QLatin1String("ready"), m_ready},
            {QLatin1String("failed"), m_failed},
            {QLatin1String("dropped"), m_dropped},
            {QLatin1String("duplicates"), m_duplicates},
            {QLatin1String("back"), m_back},
            {QLatin1String("droppedAgain"), m_droppedAgain},
            {QLatin1String("reconnects"), m_reconnects},
            {QLatin1String("browseSent"), m_browseSent},
            {QLatin1String("browseAcked"), m_browseAcked},
            {QLatin1String("errors"), m_errors},
            {QLatin1String("sent"), m_sentAtNs.size()},
            {QLatin1String("acked"), m_acked.toBase64()},
            {QLatin1String("ackLatency"), m_ackLatency.toJson()},
            {QLatin1String("replyLatency"), m_replyLatency.toJson()},
            {QLatin1String("repliesReceived"), m_repliesReceived.toBase64()}};
}

} // namespace papo::bench
