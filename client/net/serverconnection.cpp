#include "serverconnection.h"

#include "serverurl.h"

#include <protocol/errorcode.h>
#include <protocol/messagetypes.h>

#include <QLoggingCategory>
#include <QSslError>
#include <QWebSocket>

namespace papo::desk {

namespace {

Q_LOGGING_CATEGORY(lcConnection, "papo.desk.connection")

namespace MessageType = papo::common::MessageType;

// Incoming frames may be large (a `conversations` ack with many last messages), but
// never unbounded: Qt's default of about 2 GiB is an invitation (CVE-2018-21035).
constexpr qint64 MaxIncomingBytes = 16 * 1024 * 1024;
constexpr std::chrono::seconds HeartbeatInterval(15);

// A `message` event carries the message object, either as `d` itself or as `d.message`.
QJsonObject messagePayload(const QJsonObject &data)
{
    const QJsonValue nested = data.value(QLatin1String("message"));
    return nested.isObject() ? nested.toObject() : data;
}

} // namespace

ServerConnection::ServerConnection(QObject *parent)
    : QObject(parent)
{
    connect(&m_frames, &FrameDecoder::decoded, this, &ServerConnection::handleFrame);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ServerConnection::connectSocket);
    m_heartbeatTimer.setInterval(HeartbeatInterval);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &ServerConnection::heartbeat);
}

ServerConnection::~ServerConnection()
{
    discardSocket();
}

QUrl ServerConnection::socketUrl(const QUrl &serverUrl)
{
    QUrl url = serverUrl;
    const QString scheme = serverUrl.scheme().toLower();
    url.setScheme(scheme == QLatin1String("https") || scheme == QLatin1String("wss")
                      ? QStringLiteral("wss")
                      : QStringLiteral("ws"));
    return serverResourceUrl(url, QStringLiteral("/ws/operator"));
}

void ServerConnection::open(const QUrl &serverUrl, const QString &token, qint64 resumeFromSeq)
{
    close();
    m_serverUrl = serverUrl;
    m_token = token;
    m_lastSeq = qMax<qint64>(0, resumeFromSeq);
    m_hasSession = resumeFromSeq >= 0;
    m_profile = {};
    m_backoff.reset();
    connectSocket();
}

void ServerConnection::close()
{
    m_reconnectTimer.stop();
    m_heartbeatTimer.stop();
    discardSocket();
    failPendingRequests();
    setState(State::Idle);
}

void ServerConnection::dropConnection()
{
    if (!m_socket)
        return;
    m_socket->flush(); // what was written leaves; the answers to it are lost with the socket
    handleSocketLost(m_socket);
}

void ServerConnection::reconnectNow()
{
    if (m_state != State::Disconnected)
        return;
    m_reconnectTimer.stop();
    connectSocket();
}

void ServerConnection::setReconnectDelays(std::chrono::milliseconds initial,
                                          std::chrono::milliseconds maximum)
{
    m_backoff.setLimits(initial, maximum);
}

QString ServerConnection::request(const QString &type, const QJsonObject &data, QObject *context,
                                  ReplyHandler handler)
{
    if (m_state != State::Connected) {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, handler = std::move(handler)] {
            if (guard && handler)
                handler({false, {}, RequestReply::Disconnected, QString()});
        });
        return {};
    }
    return sendRequest(type, data, context, std::move(handler));
}

void ServerConnection::post(const QString &type, const QJsonObject &data)
{
    if (m_state == State::Connected && m_socket)
        m_socket->sendTextMessage(
            QString::fromUtf8(papo::common::encodeRequest(type, QString(), data)));
}

QString ServerConnection::sendRequest(const QString &type, const QJsonObject &data,
                                      QObject *context, ReplyHandler handler)
{
    const QString id = QStringLiteral("r%1").arg(++m_nextRequestId);
    m_pending.insert(id, {QPointer<QObject>(context), std::move(handler)});
    m_socket->sendTextMessage(QString::fromUtf8(papo::common::encodeRequest(type, id, data)));
    return id;
}

void ServerConnection::connectSocket()
{
    discardSocket();
    setState(State::Connecting);

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setMaxAllowedIncomingFrameSize(MaxIncomingBytes);
    socket->setMaxAllowedIncomingMessageSize(MaxIncomingBytes);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, &ServerConnection::sayHello);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { handleSocketLost(socket); });
    // Qt 6.4 names it error(); errorOccurred() arrives in 6.5.
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                qCDebug(lcConnection) << "socket error:" << socket->errorString();
                if (socket->state() != QAbstractSocket::ConnectedState)
                    handleSocketLost(socket);
            });
    connect(socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons << error.errorString();
        emit certificateRejected(reasons.join(QStringLiteral("; ")));
    });
    connect(socket, &QWebSocket::textMessageReceived, &m_frames, &FrameDecoder::decode);
    connect(socket, &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
    qCDebug(lcConnection) << "connecting to" << socketUrl(m_serverUrl);
    socket->open(socketUrl(m_serverUrl));
}

void ServerConnection::sayHello()
{
    QJsonObject data{{QLatin1String("token"), m_token}};
    m_resuming = m_hasSession;
    if (m_resuming)
        data.insert(QLatin1String("lastSeq"), m_lastSeq);
    sendRequest(MessageType::Hello, data, this,
                [this](const RequestReply &reply) { handleHelloReply(reply); });
}

void ServerConnection::handleHelloReply(const RequestReply &reply)
{
    if (!reply.ok) {
        if (reply.errorCode == papo::common::errorCodeName(papo::common::ErrorCode::Unauthorized)) {
            close();
            emit authenticationFailed(reply.errorMessage);
        } else if (reply.errorCode != RequestReply::Disconnected && m_socket) {
            qCWarning(lcConnection) << "hello refused:" << reply.errorCode << reply.errorMessage;
            handleSocketLost(m_socket);
        }
        return;
    }
    m_profile = OperatorProfile::fromJson(reply.data.value(QLatin1String("operator")).toObject());
    m_publicUrl = QUrl(reply.data.value(QLatin1String("publicUrl")).toString());
    m_helpScoutConnected = reply.data.value(QLatin1String("helpScout")).toBool();
    // On a fresh session the ack's lastSeq is where our stream starts. When resuming, the
    // events after our own lastSeq follow the ack, so ours must stay as it is.
    // A server whose newest message is older than our position lost its data (restored from a
    // backup, started afresh): its new events would all look seen, so follow it back.
    const qint64 newest = reply.data.value(QLatin1String("lastSeq")).toInteger();
    if (!m_resuming)
        m_lastSeq = qMax(m_lastSeq, newest);
    else if (newest < m_lastSeq)
        m_lastSeq = newest;
    m_hasSession = true;
    m_backoff.reset();
    m_awaitingPong = false;
    m_heartbeatTimer.start();
    setState(State::Connected);
    emit helloAcknowledged(m_profile, m_resuming);
}

void ServerConnection::handleFrame(const papo::common::ParsedFrame &frame)
{
    if (!frame.ok()) {
        qCWarning(lcConnection) << "unreadable frame from the server:" << frame.message;
        return;
    }
    const papo::common::Envelope &envelope = *frame.envelope;
    if (envelope.type == MessageType::Ack) {
        dispatchReply(envelope.id, {true, envelope.data, QString(), QString()});
    } else if (envelope.type == MessageType::Error) {
        const QString code = envelope.data.value(QLatin1String("code")).toString();
        const QString message = envelope.data.value(QLatin1String("message")).toString();
        if (envelope.id.isEmpty())
            qCWarning(lcConnection) << "server error:" << code << message;
        else
            dispatchReply(envelope.id, {false, {}, code, message});
    } else {
        handleEvent(envelope);
    }
}

void ServerConnection::handleEvent(const papo::common::Envelope &event)
{
    if (event.seq > 0) {
        if (event.seq <= m_lastSeq) {
            qCDebug(lcConnection) << "dropping already seen event" << event.type << event.seq;
            return;
        }
        m_lastSeq = event.seq;
    }
    if (event.type == MessageType::Message) {
        const auto message = papo::common::ChatMessage::fromJson(messagePayload(event.data));
        if (message.id > 0)
            emit messageReceived(message);
        return;
    }
    emit eventReceived(event);
}

void ServerConnection::dispatchReply(const QString &re, const RequestReply &reply)
{
    const PendingRequest pending = m_pending.take(re);
    if (!pending.handler) {
        qCDebug(lcConnection) << "answer to an unknown request" << re;
        return;
    }
    if (pending.context)
        pending.handler(reply);
}

void ServerConnection::handleSocketLost(QWebSocket *socket)
{
    if (socket != m_socket)
        return;
    const int closeCode = socket->closeCode();
    qCDebug(lcConnection) << "connection lost; close code" << closeCode << socket->errorString();
    m_heartbeatTimer.stop();
    discardSocket();
    failPendingRequests();
    if (m_state == State::Idle)
        return;
    if (closeCode == papo::common::CloseUnauthorized) {
        setState(State::Idle);
        emit authenticationFailed(QString());
        return;
    }
    setState(State::Disconnected);
    scheduleReconnect();
}

void ServerConnection::scheduleReconnect()
{
    const auto delay = m_backoff.nextDelay();
    qCDebug(lcConnection) << "reconnecting in" << delay.count() << "ms";
    m_reconnectTimer.start(delay);
}

void ServerConnection::failPendingRequests()
{
    const QHash<QString, PendingRequest> pending = std::exchange(m_pending, {});
    for (const PendingRequest &request : pending) {
        if (request.context && request.handler)
            request.handler({false, {}, RequestReply::Disconnected, QString()});
    }
}

void ServerConnection::discardSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->disconnect(&m_frames);
    m_frames.clear(); // what it sent and is still being parsed
    socket->abort();
    socket->deleteLater();
}

void ServerConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ServerConnection::heartbeat()
{
    if (!m_socket)
        return;
    if (m_awaitingPong) {
        qCDebug(lcConnection) << "no pong from the server; reconnecting";
        handleSocketLost(m_socket);
        return;
    }
    m_awaitingPong = true;
    m_socket->ping();
}

} // namespace papo::desk
