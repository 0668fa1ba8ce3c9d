#include "operatorfleet.h"

#include "benchclock.h"

#include <envelope.h>
#include <messagetypes.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QWebSocket>

namespace papo::bench {

namespace MessageType = common::MessageType;

namespace {

QString requestText(const QString &type, const QString &id, const QJsonObject &data)
{
    return QString::fromUtf8(common::encodeRequest(type, id, data));
}

} // namespace

OperatorFleet::OperatorFleet(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_tokens.resize(m_config.clientsPerAccount.size());
    for (int account = 0; account < m_config.clientsPerAccount.size(); ++account) {
        m_firstSocket.append(int(m_operators.size()));
        for (int client = 0; client < m_config.clientsPerAccount.at(account); ++client) {
            Operator op;
            op.account = account;
            m_operators.append(op);
        }
    }
}

void OperatorFleet::post(const QString &path, const QJsonObject &body,
                         const std::function<void(const QJsonObject &)> &then)
{
    QNetworkRequest request(m_config.baseUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_http.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, path, then] {
        reply->deleteLater();
        const QByteArray answer = reply->readAll();
        const QJsonObject object = QJsonDocument::fromJson(answer).object();
        if (object.value(QLatin1String("token")).toString().isEmpty())
            emit failed(QStringLiteral("%1 failed: %2 %3")
                            .arg(path, reply->errorString(), QString::fromUtf8(answer)));
        else
            then(object);
    });
}

void OperatorFleet::start()
{
    post(QStringLiteral("/api/login"),
         {{QLatin1String("email"), m_config.email}, {QLatin1String("password"), m_config.password}},
         [this](const QJsonObject &answer) {
             ownerLoggedIn(answer.value(QLatin1String("token")).toString());
         });
}

void OperatorFleet::ownerLoggedIn(const QString &token)
{
    m_tokens[0] = token;
    if (m_tokens.size() == 1)
        openSockets();
    else
        inviteAccounts();
}

void OperatorFleet::inviteAccounts()
{
    // The way a team grows: the owner invites, each invitee accepts from papo-desk (with a
    // device, so accepting logs the new account in).
    m_setup = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_setup, &QWebSocket::connected, this, [this] {
        m_setup->sendTextMessage(requestText(MessageType::Hello, QStringLiteral("h"),
                                             {{QLatin1String("token"), m_tokens.at(0)}}));
    });
    connect(m_setup, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const common::ParsedFrame frame = common::parseFrame(text.toUtf8());
        if (!frame.ok())
            return;
        const common::Envelope &envelope = *frame.envelope;
        if (envelope.type == MessageType::Error) {
            emit failed(QStringLiteral("inviting the operators: %1").arg(text));
        } else if (envelope.type == MessageType::Ack && envelope.id == QLatin1String("h")) {
            for (int account = 1; account < m_tokens.size(); ++account)
                m_setup->sendTextMessage(requestText(
                    MessageType::Invite, QStringLiteral("i%1").arg(account),
                    {{QLatin1String("email"),
                      QStringLiteral("bench-%1-%2@papo.test").arg(m_config.tag).arg(account)},
                     {QLatin1String("role"), QStringLiteral("operator")}}));
        } else if (envelope.type == MessageType::Ack && envelope.id.startsWith(QLatin1Char('i'))) {
            const int account = envelope.id.mid(1).toInt();
            const QJsonObject accept{
                {QLatin1String("token"), envelope.data.value(QLatin1String("token")).toString()},
                {QLatin1String("name"), QStringLiteral("Bench operator %1").arg(account)},
                {QLatin1String("password"), m_config.password},
                {QLatin1String("device"), QStringLiteral("papo-loadgen")}};
            post(QStringLiteral("/api/accept-invite"), accept,
                 [this, account](const QJsonObject &answer) {
                     m_tokens[account] = answer.value(QLatin1String("token")).toString();
                     if (++m_accepted == m_tokens.size() - 1) {
                         m_setup->close();
                         m_setup->deleteLater();
                         m_setup = nullptr;
                         openSockets();
                     }
                 });
        }
    });
    m_setup->open(m_config.socketUrl);
}

void OperatorFleet::openSockets()
{
    for (int index = 0; index < m_operators.size(); ++index)
        open(index);
}

void OperatorFleet::open(int index)
{
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_operators[index].socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, index, socket] {
        const Operator &op = m_operators.at(index);
        QJsonObject hello{{QLatin1String("token"), m_tokens.at(op.account)}};
        if (op.lastSeq > 0) // a reconnect: the server replays what this socket missed
            hello.insert(QLatin1String("lastSeq"), op.lastSeq);
        socket->sendTextMessage(requestText(MessageType::Hello, QStringLiteral("h"), hello));
    });
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, index](const QString &text) { onFrame(index, text); });
    // A refused connection may report both: the second finds the socket already replaced.
    connect(socket, &QWebSocket::disconnected, this, [this, index, socket] {
        if (m_operators.at(index).socket == socket)
            onDisconnected(index);
    });
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this, index, socket] {
                if (m_operators.at(index).socket == socket)
                    onDisconnected(index);
            });
    socket->open(m_config.socketUrl);
}

void OperatorFleet::onDisconnected(int index)
{
    Operator &op = m_operators[index];
    op.socket->deleteLater();
    op.socket = nullptr;
    if (op.online) {
        op.online = false;
        --m_online;
        if (!m_reconnect)
            ++m_dropped;
    }
    if (!m_announced)
        emit failed(
            QStringLiteral("operator socket %1 was disconnected while logging in").arg(index));
    if (!m_reconnect)
        return;
    // papo-desk's backoff: 0.5 s doubling up to 10 s, each ±20 %.
    const int delay
        = int(op.backoffMs * (0.8 + QRandomGenerator::global()->generateDouble() * 0.4));
    op.backoffMs = qMin(op.backoffMs * 2, 10000);
    ++m_reconnects;
    m_wentDown = true;
    QTimer::singleShot(delay, this, [this, index] { open(index); });
}

void OperatorFleet::armReconnect()
{
    m_reconnect = true;
}

void OperatorFleet::startCounting()
{
    for (Operator &op : m_operators) {
        op.framesPerSecond.clear();
        op.updatesPerSecond.clear();
    }
    m_countStartNs = monotonicNs();
    m_counting = true;
}

void OperatorFleet::stopCounting()
{
    m_counting = false;
}

void OperatorFleet::onFrame(int index, const QString &text)
{
    // Cheap tests first: every operator receives every frame of the fan-out, and most of
    // them (conversation updates, the operators' own replies, visitor events outside the
    // browse phase) are not measured here.
    if (text.contains(QLatin1String("\"t\":\"visitor"))) { // visitor, visitor_left, visitors_…
        if (m_counting)
            countVisitorEvent(index, text);
        return;
    }
    if (text.contains(QLatin1String("\"t\":\"conversation\""))
        || (text.contains(QLatin1String("\"kind\":\"operator\""))
            && !text.contains(QLatin1String("\"t\":\"ack\""))))
        return;
    const common::ParsedFrame frame = common::parseFrame(text.toUtf8());
    if (!frame.ok())
        return;
    const common::Envelope &envelope = *frame.envelope;
    if (envelope.type == MessageType::Ack)
        onAck(index, envelope.id);
    else if (envelope.type == MessageType::Error)
        ++m_errors;
    else if (envelope.type == MessageType::Message)
        onVisitorMessage(index, envelope.data, envelope.seq);
}

void OperatorFleet::countVisitorEvent(int index, const QString &text)
{
    Operator &op = m_operators[index];
    const auto second = int((monotonicNs() - m_countStartNs) / 1'000'000'000);
    while (op.framesPerSecond.size() <= second) {
        op.framesPerSecond.append(0);
        op.updatesPerSecond.append(0);
    }
    int updates = 1; // `visitor` and `visitor_left` carry one change each
    if (text.contains(QLatin1String("\"t\":\"visitors_changed\""))) {
        const QJsonObject data
            = QJsonDocument::fromJson(text.toUtf8()).object().value(QLatin1String("d")).toObject();
        updates = int(data.value(QLatin1String("visitors")).toArray().size()
                      + data.value(QLatin1String("left")).toArray().size());
    }
    ++op.framesPerSecond[second];
    op.updatesPerSecond[second] += updates;
}

void OperatorFleet::sendRequest(int index, const QString &id, const QString &text)
{
    Operator &op = m_operators[index];
    op.pending.insert(id, text);
    if (op.socket)
        op.socket->sendTextMessage(text);
}

void OperatorFleet::onAck(int index, const QString &requestId)
{
    Operator &op = m_operators[index];
    if (requestId == QLatin1String("h")) {
        op.backoffMs = 500;
        op.socket->sendTextMessage(
            requestText(MessageType::SetStatus, QStringLiteral("s"),
                        {{QLatin1String("status"), QStringLiteral("online")}}));
        // As papo-desk does: replies the server never acknowledged go again, same cid.
        for (const QString &text : std::as_const(op.pending))
            op.socket->sendTextMessage(text);
    } else if (requestId == QLatin1String("s") && !op.online) {
        op.online = true;
        if (++m_online == m_operators.size() && !m_announced) {
            m_announced = true;
            emit ready(m_online);
        } else if (m_online == m_operators.size() && m_wentDown) {
            m_wentDown = false;
            emit stormBack();
        }
    } else if (requestId.startsWith(QLatin1Char('r'))) {
        op.pending.remove(requestId);
        const qint64 sequence = requestId.mid(1).toLongLong();
        if (sequence >= 0 && sequence < m_replySentAtNs.size()
            && !m_repliesAcked.contains(sequence)) {
            m_repliesAcked.set(sequence);
            m_replyAckLatency.add((monotonicNs() - m_replySentAtNs.at(sequence)) / 1000);
        }
    }
}

void OperatorFleet::onVisitorMessage(int index, const QJsonObject &message, qint64 seq)
{
    Operator &op = m_operators[index];
    op.lastSeq = qMax(op.lastSeq, seq);
    const QStringList words
        = message.value(QLatin1String("text")).toString().split(QLatin1Char(' '));
    if (words.size() != 4 || words.at(0) != QLatin1String("lat"))
        return;
    const qint64 now = monotonicNs();
    const int child = words.at(2).toInt();
    const qint64 sequence = words.at(3).toLongLong();
    SequenceBits &received = op.received[child];
    if (received.contains(sequence)) {
        ++m_duplicates;
        return;
    }
    received.set(sequence);
    m_deliveryLatency.add((now - words.at(1).toLongLong()) / 1000);

    // One account per conversation answers, from its first client, as the owner would.
    const qint64 conversationId = message.value(QLatin1String("conversationId")).toInteger();
    if (m_firstSocket.at(int(conversationId % m_firstSocket.size())) != index)
        return;
    const qint64 replySequence = m_replySentAtNs.size();
    const qint64 sentAt = monotonicNs();
    m_replySentAtNs.append(sentAt);
    const QString id = QStringLiteral("r%1").arg(replySequence);
    sendRequest(
        index, id,
        requestText(
            MessageType::Send, id,
            {{QLatin1String("conversationId"), conversationId},
             {QLatin1String("cid"), QStringLiteral("bench-reply-%1").arg(replySequence)},
             {QLatin1String("text"), QStringLiteral("rep %1 %2").arg(sentAt).arg(replySequence)}}));
}

QJsonObject OperatorFleet::report() const
{
    QJsonArray received;
    int maxFrames = 0, maxUpdates = 0, socketsBack = 0;
    qint64 frames = 0;
    for (const Operator &op : m_operators) {
        QJsonObject byChild;
        for (auto it = op.received.cbegin(); it != op.received.cend(); ++it)
            byChild.insert(QString::number(it.key()), it.value().toBase64());
        received.append(byChild);
        for (int second = 0; second < op.framesPerSecond.size(); ++second) {
            maxFrames = qMax(maxFrames, op.framesPerSecond.at(second));
            maxUpdates = qMax(maxUpdates, op.updatesPerSecond.at(second));
            frames += op.framesPerSecond.at(second);
        }
        socketsBack += op.online ? 1 : 0;
    }
    return {{QLatin1String("online"), socketsBack},
            {QLatin1String("sockets"), m_operators.size()},
            {QLatin1String("errors"), m_errors},
            {QLatin1String("dropped"), m_dropped},
            {QLatin1String("duplicates"), m_duplicates},
            {QLatin1String("reconnects"), m_reconnects},
            {QLatin1String("deliveryLatency"), m_deliveryLatency.toJson()},
            {QLatin1String("replyAckLatency"), m_replyAckLatency.toJson()},
            {QLatin1String("repliesSent"), m_replySentAtNs.size()},
            {QLatin1String("repliesAcked"), m_repliesAcked.toBase64()},
            {QLatin1String("visitorEventFrames"), frames},
            {QLatin1String("visitorEventsMaxPerSecond"), maxFrames},
            {QLatin1String("visitorUpdatesMaxPerSecond"), maxUpdates},
            {QLatin1String("received"), received}};
}

} // namespace papo::bench
