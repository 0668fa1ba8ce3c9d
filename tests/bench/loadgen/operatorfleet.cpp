#include "operatorfleet.h"

#include "benchclock.h"

#include <envelope.h>
#include <messagetypes.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QWebSocket>

namespace papo::bench {

namespace MessageType = common::MessageType;

OperatorFleet::OperatorFleet(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_operators.resize(m_config.count);
}

void OperatorFleet::start()
{
    QNetworkRequest request(m_config.loginUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body{{QLatin1String("email"), m_config.email},
                           {QLatin1String("password"), m_config.password}};
    QNetworkReply *reply = m_http.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QString token = QJsonDocument::fromJson(reply->readAll())
                                  .object()
                                  .value(QLatin1String("token"))
                                  .toString();
        if (token.isEmpty())
            emit failed(QStringLiteral("login failed: %1").arg(reply->errorString()));
        else
            loggedIn(token);
    });
}

void OperatorFleet::loggedIn(const QString &token)
{
    m_token = token;
    for (int index = 0; index < m_operators.size(); ++index) {
        auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        m_operators[index].socket = socket;
        connect(socket, &QWebSocket::connected, this, [this, socket] {
            socket->sendTextMessage(QString::fromUtf8(common::encodeRequest(
                MessageType::Hello, QStringLiteral("h"), {{QLatin1String("token"), m_token}})));
        });
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, index](const QString &text) { onFrame(index, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, index] {
            if (m_operators[index].online)
                ++m_dropped;
            m_operators[index].online = false;
            if (!m_announced)
                emit failed(
                    QStringLiteral("operator %1 was disconnected while logging in").arg(index));
        });
        socket->open(m_config.socketUrl);
    }
}

void OperatorFleet::onFrame(int index, const QString &text)
{
    // Cheap tests first: every operator receives every frame of the fan-out, and most of
    // them (conversation updates, the operators' own replies) are not measured here.
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
        onVisitorMessage(index, envelope.data);
}

void OperatorFleet::onAck(int index, const QString &requestId)
{
    Operator &op = m_operators[index];
    if (requestId == QLatin1String("h")) {
        op.socket->sendTextMessage(QString::fromUtf8(
            common::encodeRequest(MessageType::SetStatus, QStringLiteral("s"),
                                  {{QLatin1String("status"), QStringLiteral("online")}})));
    } else if (requestId == QLatin1String("s") && !op.online) {
        op.online = true;
        if (++m_online == m_operators.size() && !m_announced) {
            m_announced = true;
            emit ready(m_online);
        }
    } else if (requestId.startsWith(QLatin1Char('r'))) {
        const qint64 sequence = requestId.mid(1).toLongLong();
        if (sequence >= 0 && sequence < m_replySentAtNs.size()
            && !m_repliesAcked.contains(sequence)) {
            m_repliesAcked.set(sequence);
            m_replyAckLatency.add((monotonicNs() - m_replySentAtNs.at(sequence)) / 1000);
        }
    }
}

void OperatorFleet::onVisitorMessage(int index, const QJsonObject &message)
{
    const QStringList words
        = message.value(QLatin1String("text")).toString().split(QLatin1Char(' '));
    if (words.size() != 4 || words.at(0) != QLatin1String("lat"))
        return;
    const qint64 now = monotonicNs();
    const int child = words.at(2).toInt();
    const qint64 sequence = words.at(3).toLongLong();
    SequenceBits &received = m_operators[index].received[child];
    if (received.contains(sequence)) {
        ++m_duplicates;
        return;
    }
    received.set(sequence);
    m_deliveryLatency.add((now - words.at(1).toLongLong()) / 1000);

    // One operator per conversation answers, as the owner would.
    const qint64 conversationId = message.value(QLatin1String("conversationId")).toInteger();
    if (conversationId % m_operators.size() != index)
        return;
    const qint64 replySequence = m_replySentAtNs.size();
    const qint64 sentAt = monotonicNs();
    m_replySentAtNs.append(sentAt);
    m_operators[index].socket->sendTextMessage(QString::fromUtf8(common::encodeRequest(
        MessageType::Send, QStringLiteral("r%1").arg(replySequence),
        {{QLatin1String("conversationId"), conversationId},
         {QLatin1String("cid"), QStringLiteral("bench-reply-%1").arg(replySequence)},
         {QLatin1String("text"), QStringLiteral("rep %1 %2").arg(sentAt).arg(replySequence)}})));
}

QJsonObject OperatorFleet::report() const
{
    QJsonArray received;
    for (const Operator &op : m_operators) {
        QJsonObject byChild;
        for (auto it = op.received.cbegin(); it != op.received.cend(); ++it)
            byChild.insert(QString::number(it.key()), it.value().toBase64());
        received.append(byChild);
    }
    return {{QLatin1String("online"), m_online},
            {QLatin1String("errors"), m_errors},
            {QLatin1String("dropped"), m_dropped},
            {QLatin1String("duplicates"), m_duplicates},
            {QLatin1String("deliveryLatency"), m_deliveryLatency.toJson()},
            {QLatin1String("replyAckLatency"), m_replyAckLatency.toJson()},
            {QLatin1String("repliesSent"), m_replySentAtNs.size()},
            {QLatin1String("repliesAcked"), m_repliesAcked.toBase64()},
            {QLatin1String("received"), received}};
}

} // namespace papo::bench
