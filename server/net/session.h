#pragma once

#include "servercontext.h"

#include <chatservice.h>
#include <envelope.h>
#include <fieldreader.h>
#include <ratelimiter.h>

#include <QObject>
#include <QWebSocket>

#include <memory>

namespace papo::server {

class SessionHub;

// One WebSocket speaking the envelope protocol: frame limits, parsing, replies.
// Subclasses handle well-formed requests; nothing a peer sends can throw or crash here.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(std::unique_ptr<QWebSocket> socket, const ServerContext &context,
            QObject *parent = nullptr);
    ~Session() override;

    void send(const QByteArray &frame);
    // The same, for a frame already converted (one frame to many sockets is converted once).
    void sendText(const QString &frame);
    // Durable events reach a client once each, in seq order: a replay after hello and the
    // live fan-out may both carry the same message, and only the first copy goes out.
    void sendDurable(qint64 seq, const QByteArray &frame);
    void closeWith(int closeCode, const QString &reason);
    // NOT-2: which of a person's connections they used last. Ranks only grow across all
    // sessions: 0 until the user did something here; the newer connection wins a tie.
    qint64 userActivityRank() const { return m_userActivityRank; }
    qint64 openedRank() const { return m_openedRank; }

signals:
    void finished();

protected:
    virtual void handle(const common::Envelope &request) = 0;
    void acknowledge(const common::Envelope &request, const QJsonObject &data = {});
    void fail(const common::Envelope &request, common::ErrorCode code, const QString &message);
    // The database could not be read: this request fails (internal), the session goes on.
    void failDatabaseAway(const common::Envelope &request);
    // The ack (or error) of a message or send request, once its write completed.
    void answerPost(const common::Envelope &request, const PostResult &result);
    ChatService::PostCallback answerPostWhenDone(const common::Envelope &request);
    // Acknowledges, or reports the error, once the core finished.
    ChatService::Done answerWhenDone(const common::Envelope &request);
    // Answers invalid_field with the reader's first complaint; true when it did.
    bool rejectInvalid(const common::Envelope &request, const common::FieldReader &fields);
    QWebSocket &socket() { return *m_socket; }
    // The client has every durable event up to this seq (from a hello ack or a replay).
    void markDeliveredUpTo(qint64 seq) { m_deliveredSeq = qMax(m_deliveredSeq, seq); }
    // A request the person made (not one their client makes by itself).
    void noteUserActivity();
    // The peer said hello: the hello deadline no longer applies.
    void helloAccepted();
    // Counts a request refused by a rate limit (answered rate_limited when it has an id);
    // after RateLimits::RefusalsBeforeClose in a row the connection is closed with 4029.
    void refuseForRate(const common::Envelope &request, const QString &message);
    void resetRefusals() { m_refusalsInARow = 0; }
    qint64 monotonicNow() const;

private:
    void receive(const QString &frame);
    void noteActivity();
    void checkIdle();
    void scheduleIdleCheck(qint64 deadline);
    void helloTimedOut();

    std::unique_ptr<QWebSocket> m_socket;
    DeadlineScheduler &m_deadlines;
    SessionHub &m_hub;
    const qint64 m_idleTimeoutMs;
    qint64 m_lastActivity = 0;
    bool m_pinged = false;
    quint64 m_idleCheck = 0;
    qint64 m_deliveredSeq = 0;
    qint64 m_userActivityRank = 0;
    qint64 m_openedRank = 0;
    quint64 m_helloCheck = 0;
    RateBucket m_frames;
    int m_refusalsInARow = 0;
};

} // namespace papo::server
