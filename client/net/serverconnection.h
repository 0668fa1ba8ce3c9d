#pragma once

#include "framedecoder.h"
#include "operatorprofile.h"
#include "reconnectbackoff.h"

#include <protocol/chatmessage.h>
#include <protocol/envelope.h>

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QWebSocket;

namespace papo::desk {

// The answer to one request: its `ack` data, its `error`, or "disconnected" when the
// socket went away before an answer came.
struct RequestReply
{
    bool ok = false;
    QJsonObject data;
    QString errorCode;
    QString errorMessage;

    static inline const QString Disconnected = QStringLiteral("disconnected");
};

// The operator's WebSocket (`/ws/operator`, docs/protocol.md). Says hello with the token,
// keeps the highest `seq` seen, reconnects by itself with a growing delay and resumes with
// `lastSeq`, so every durable event arrives exactly once. Requests are matched to their
// answers by id. Views never see this class's socket; they call ChatController.
class ServerConnection final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,         // not started, or closed on purpose
        Connecting,   // opening the socket or waiting for the hello ack
        Connected,    // hello acknowledged; requests may be sent
        Disconnected, // the connection was lost; a reconnection is scheduled
    };
    Q_ENUM(State)

    using ReplyHandler = std::function<void(const RequestReply &)>;

    explicit ServerConnection(QObject *parent = nullptr);
    ~ServerConnection() override;

    // ws(s)://host[:port][/base]/ws/operator for an http(s) server URL.
    static QUrl socketUrl(const QUrl &serverUrl);

    // `resumeFromSeq` >= 0: the position an earlier run of papo-desk reached (its local
    // cache); the first hello resumes from it, so what came meanwhile arrives as events.
    void open(const QUrl &serverUrl, const QString &token, qint64 resumeFromSeq = -1);
    void close();
    // Drops the socket as if the network had failed; the usual reconnection follows.
    void dropConnection();
    // While disconnected, tries again at once instead of waiting for the scheduled attempt.
    void reconnectNow();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    qint64 lastSeq() const { return m_lastSeq; }
    const OperatorProfile &profile() const { return m_profile; }
    QUrl serverUrl() const { return m_serverUrl; }
    // The server's --public-url (where visitors' browsers reach it), else serverUrl().
    QUrl publicUrl() const { return m_publicUrl.isValid() ? m_publicUrl : m_serverUrl; }
    // The last hello said Help Scout is connected (INT-3): "Export to Help Scout" is offered.
    bool helpScoutConnected() const { return m_helpScoutConnected; }
    // The bearer token, for the HTTP API beside the socket (e.g. `POST /api/avatar`).
    QString token() const { return m_token; }

    // Sends a request while connected; otherwise the handler gets a "disconnected" reply on
    // the next turn of the event loop. The handler is not called once context is destroyed.
    QString request(const QString &type, const QJsonObject &data, QObject *context,
                    ReplyHandler handler);
    // Fire-and-forget request (no id, no answer), e.g. `typing`. Dropped when disconnected.
    void post(const QString &type, const QJsonObject &data);

    void setReconnectDelays(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);

signals:
    void stateChanged(papo::desk::ServerConnection::State state);
    // resumed: the hello carried lastSeq, so missed durable events follow this ack.
    void helloAcknowledged(const papo::desk::OperatorProfile &profile, bool resumed);
    // Durable `message` events, each message id at most once.
    void messageReceived(const papo::common::ChatMessage &message);
    // Every other event (`conversation`, `typing`, `presence`, ...).
    void eventReceived(const papo::common::Envelope &event);
    // The token was refused (error `unauthorized` or close code 4001); no reconnection.
    void authenticationFailed(const QString &reason);
    // wss:// whose certificate does not verify: the socket is not opened (never clicked
    // through); reconnection goes on, in case the certificate is fixed.
    void certificateRejected(const QString &reason);

private:
    struct PendingRequest
    {
        QPointer<QObject> context;
        ReplyHandler handler;
    };

    void connectSocket();
    void sayHello();
    void handleHelloReply(const RequestReply &reply);
    void handleSocketLost(QWebSocket *socket);
    void handleFrame(const papo::common::ParsedFrame &frame);
    void handleEvent(const papo::common::Envelope &event);
    void dispatchReply(const QString &re, const RequestReply &reply);
    QString sendRequest(const QString &type, const QJsonObject &data, QObject *context,
                        ReplyHandler handler);
    void failPendingRequests();
    void discardSocket();
    void scheduleReconnect();
    void setState(State state);
    void heartbeat();

    QPointer<QWebSocket> m_socket;
    FrameDecoder m_frames;
    QUrl m_serverUrl;
    QUrl m_publicUrl;
    bool m_helpScoutConnected = false;
    QString m_token;
    State m_state = State::Idle;
    OperatorProfile m_profile;
    qint64 m_lastSeq = 0;
    bool m_hasSession = false; // a hello was acknowledged since open(): resume with lastSeq
    bool m_resuming = false;
    bool m_awaitingPong = false;
    quint64 m_nextRequestId = 0;
    QHash<QString, PendingRequest> m_pending;
    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_heartbeatTimer;
};

} // namespace papo::desk
