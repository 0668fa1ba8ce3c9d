#pragma once

#include <chatmessage.h>

#include <QDateTime>
#include <QSqlDatabase>

namespace papo::server {

// What chat events leave in the outbox (INT-1, INT-2). Each function runs on the writer
// thread inside the transaction of the event itself, so the email exists exactly when the
// event does: committed together, or neither.
class EmailCauses final
{
public:
    // A new message: an operator's reply (below), or a visitor's while `teamAway` (below).
    static bool messageStored(QSqlDatabase &db, const common::ChatMessage &message,
                              qint64 visitorId, bool teamAway);
    // INT-1: the transcript of a chat being closed (before the close is written; nothing when
    // it is closed already), to the team's addresses of its website or group.
    static bool conversationClosed(QSqlDatabase &db, qint64 conversationId, const QDateTime &at);
    // INT-1: a visitor's message while nobody of their team was online.
    static bool offlineMessage(QSqlDatabase &db, const common::ChatMessage &message,
                               qint64 visitorId, const QDateTime &at);
    // INT-2: an operator's reply; the visitor is emailed after the website's delay unless they
    // read it first. Replies until then join the same email.
    static bool operatorReplied(QSqlDatabase &db, const common::ChatMessage &message,
                                qint64 visitorId, const QDateTime &at);
};

} // namespace papo::server
