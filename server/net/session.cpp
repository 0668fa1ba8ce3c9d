#include "session.h"

#include "databaseaway.h"
#include "sessionhub.h"

#include <deadlinescheduler.h>
#include <protocollimits.h>
#include <visitorlimits.h>

#include <QPointer>

namespace papo::server {

using common::ErrorCode;

namespace {

qint64 nextActivityRank()
{
    static qint64 rank = 0; // sessions live on the main thread
    return ++rank;
}

} // namespace

Session::Session(std::unique_ptr<QWebSocket> socket, const ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_deadlines(context.deadlines)
    , m_hub(context.hub)
    , m_idleTimeoutMs(context.idleTimeoutMs)
    , m_lastActivity(m_deadlines.now())
    , m_openedRank(nextActivityRank())
    , m_frames(context.visitorLimits.perConnection(RateLimits::FramesPerConnection))
{
    // Qt's defaults allow ~2 GiB frames (CVE-2018-21035); over the limit Qt closes with 1009.
    m_socket->setMaxAllowedIncomingFrameSize(common::Limits::MaxFrameBytes);
    m_socket->setMaxAllowedIncomingMessageSize(common::Limits::MaxFrameBytes);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &Session::receive);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [this] {
        send(common::encodeError({}, ErrorCode::BadJson,
                                 QStringLiteral("Binary frames are not accepted.")));
    });
    connect(m_socket.get(), &QWebSocket::pong, this, &Session::noteActivity);
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        emit finished();
        deleteLater();
    });
    scheduleIdleCheck(m_lastActivity + m_idleTimeoutMs);
    // A socket that never says hello holds a connection for nothing (a half-open handshake).
    m_helloCheck = m_deadlines.scheduleAt(m_lastActivity + context.helloTimeoutMs,
                                          [this] { helloTimedOut(); });
}

Session::~Session()
{
    m_deadlines.cancel(m_idleCheck);
    m_deadlines.cancel(m_helloCheck);
}

qint64 Session::monotonicNow() const
{
    return m_deadlines.now();
}

void Session::helloAccepted()
{
    m_deadlines.cancel(m_helloCheck);
    m_helloCheck = 0;
}

void Session::helloTimedOut()
{
    m_helloCheck = 0;
    closeWith(common::CloseHelloTimeout, QStringLiteral("no hello"));
}

void Session::refuseForRate(const common::Envelope &request, const QString &message)
{
    if (!request.id.isEmpty())
        fail(request, ErrorCode::RateLimited, message);
    if (++m_refusalsInARow >= RateLimits::RefusalsBeforeClose)
        closeWith(common::CloseRateLimited, QStringLiteral("too many requests"));
}

void Session::noteActivity()
{
    // Only a timestamp: the scheduled check looks at it lazily, so busy sockets cost nothing.
    m_lastActivity = m_deadlines.now();
    m_pinged = false;
}

void Session::noteUserActivity()
{
    m_userActivityRank = nextActivityRank();
}

void Session::scheduleIdleCheck(qint64 deadline)
{
    m_idleCheck = m_deadlines.scheduleAt(deadline, [this] { checkIdle(); });
}

void Session::checkIdle()
{
    const qint64 now = m_deadlines.now();
    if (now - m_lastActivity < m_idleTimeoutMs) {
        scheduleIdleCheck(m_lastActivity + m_idleTimeoutMs);
    } else if (!m_pinged) {
        m_pinged = true; // a live peer answers with a pong, which counts as activity
        m_socket->ping();
        scheduleIdleCheck(now + m_idleTimeoutMs);
    } else {
        m_idleCheck = 0;
        m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("idle timeout"));
        m_socket->abort(); // a silent peer will not finish the closing handshake either
    }
}

void Session::send(const QByteArray &frame)
{
    sendText(QString::fromUtf8(frame));
}

void Session::sendText(const QString &frame)
{
    // A socket the peer closed lingers until its session ends: writing to it only logs noise.
    if (m_socket->isValid())
        m_socket->sendTextMessage(frame);
}

void Session::sendDurable(qint64 seq, const QByteArray &frame)
{
    if (seq <= m_deliveredSeq)
        return;
    m_deliveredSeq = seq;
    send(frame);
}

void Session::closeWith(int closeCode, const QString &reason)
{
    m_socket->close(QWebSocketProtocol::CloseCode(closeCode), reason);
}

void Session::acknowledge(const common::Envelope &request, const QJsonObject &data)
{
    if (!request.id.isEmpty())
        send(common::encodeAck(request.id, data));
}

void Session::fail(const common::Envelope &request, ErrorCode code, const QString &message)
{
    send(common::encodeError(request.id, code, message));
}

void Session::failDatabaseAway(const common::Envelope &request)
{
    fail(request, ErrorCode::Internal, databaseAwayMessage());
}

void Session::answerPost(const common::Envelope &request, const PostResult &result)
{
    if (!result.ok()) {
        fail(request, result.error, result.errorMessage);
        return;
    }
    const QJsonObject answer{{QLatin1String("message"), result.message.toJson()},
                             {QLatin1String("duplicate"), result.duplicate}};
    m_hub.afterDelivery(result.message.position, [self = QPointer(this), request, answer] {
        if (self)
            self->acknowledge(request, answer);
    });
}

ChatService::PostCallback Session::answerPostWhenDone(const common::Envelope &request)
{
    return [self = QPointer(this), request](const PostResult &result) {
        if (self)
            self->answerPost(request, result);
    };
}

ChatService::Done Session::answerWhenDone(const common::Envelope &request)
{
    return [self = QPointer(this), request](common::ErrorCode error, const QString &message) {
        if (!self)
            return;
        if (error == common::ErrorCode::None)
            self->acknowledge(request);
        else
            self->fail(request, error, message);
    };
}

bool Session::rejectInvalid(const common::Envelope &request, const common::FieldReader &fields)
{
    if (fields.ok())
        return false;
    fail(request, fields.errorCode(), fields.errorMessage());
    return true;
}

void Session::receive(const QString &frame)
{
    noteActivity();
    // Whatever the frames hold, each costs a parse: a peer sending them faster than any
    // client would is cut off without an answer.
    if (!m_frames.take(m_deadlines.now())) {
        closeWith(common::CloseRateLimited, QStringLiteral("too many frames"));
        return;
    }
    const common::ParsedFrame parsed = common::parseRequest(frame.toUtf8());
    if (!parsed.ok()) {
        send(common::encodeError({}, parsed.error, parsed.message));
        return;
    }
    handle(*parsed.envelope);
}

} // namespace papo::server
