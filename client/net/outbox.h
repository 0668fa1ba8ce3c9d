#pragma once

#include <protocol/chatmessage.h>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace papo::desk {

class ServerConnection;
struct RequestReply;

// A reply the operator wrote that the server has not acknowledged yet.
struct PendingSend
{
    QString clientId;
    qint64 conversationId = 0;
    QString text;
    QString attachmentId; // CHT-9: an uploaded file the reply carries
    QDateTime queuedAt;
    bool inFlight = false;
};

// What the operator writes goes through here: each reply gets a client id (cid) once and
// is sent, and sent again with the same cid after every reconnection, until the server
// acknowledges it. The server stores a cid once, so a resend is never a duplicate.
class Outbox final : public QObject
{
    Q_OBJECT

public:
    explicit Outbox(ServerConnection *connection, QObject *parent = nullptr);

    static QString newClientId();

    // Returns the new reply's cid. Sends at once when connected, otherwise after reconnecting.
    QString enqueue(qint64 conversationId, const QString &text, const QString &attachmentId = {});
    QList<PendingSend> pending() const { return m_pending; }
    // Replies queued by an earlier run (kept in the local cache): sent after the next hello.
    void restore(const QList<PendingSend> &sends);
    int pendingCount() const { return int(m_pending.size()); }
    void clear();

signals:
    // A reply was queued, or left the queue (delivered or refused).
    void pendingChanged();
    void delivered(const QString &clientId, const papo::common::ChatMessage &message,
                   bool duplicate);
    void rejected(const QString &clientId, const QString &errorCode, const QString &errorMessage);

private:
    void flush();
    void transmit(PendingSend &send);
    void handleReply(const QString &clientId, const RequestReply &reply);
    PendingSend *find(const QString &clientId);

    ServerConnection *m_connection;
    QList<PendingSend> m_pending;
};

} // namespace papo::desk
