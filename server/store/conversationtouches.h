#pragma once

#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>

namespace papo::server {

// The last-activity times (`conversations.updated_at`) that a write batch's messages set,
// written once per chat at the end of the batch, in the order of the chats' ids. Every
// message used to lock its chat's row the moment it was stored, until its batch committed:
// two nodes storing the visitor's message and the operator's reply in batches that met
// two chats in opposite orders waited for each other until PostgreSQL broke the deadlock
// (docs/scaling.md). Taken in one order, at the end, these locks cannot close a circle
// among themselves and are held only for the commit.
class ConversationTouches final
{
public:
    // Collects the touches of the jobs this thread runs until it is destroyed.
    ConversationTouches();
    ~ConversationTouches();
    ConversationTouches(const ConversationTouches &) = delete;
    ConversationTouches &operator=(const ConversationTouches &) = delete;

    // Keeps the touches of the job just run (it succeeded) or forgets them (it was undone).
    void jobFinished(bool ok);
    // Writes the kept touches; a failure (the other node's lock in a circle) loses only
    // them, never the batch: the chat's next message sets its time again.
    void write(QSqlDatabase &db);

    // For ConversationRepository: true when a batch on this thread takes the touch for its
    // end, false when there is none (then writeNow()).
    static bool collect(qint64 conversationId, const QDateTime &at);
    static bool writeNow(QSqlDatabase &db, qint64 conversationId, const QDateTime &at,
                         QString *error = nullptr);

private:
    QMap<qint64, QDateTime> m_kept;
    QMap<qint64, QDateTime> m_job;
};

} // namespace papo::server
