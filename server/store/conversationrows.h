#pragma once

#include "databaseurl.h"

#include <chatmessage.h>

#include <QList>
#include <QSqlQuery>
#include <QString>

namespace papo::server {

// How ConversationRepository reads chats and messages: the columns its statements select and
// what they become.

// `SELECT <a message's columns> FROM messages m <its joins>`: the caller adds the WHERE.
const QString &messageSelect();
common::ChatMessage readMessage(const QSqlQuery &query);

// A chat with its participants (in the order they joined) and its last message, in one
// statement: it is read for every message stored and every event a node delivers. The
// caller adds a WHERE on `c`.
const QString &conversationSelect(SqlDialect dialect);
common::ConversationSummary readConversation(const QSqlQuery &query);
// The same summary without the last message (and its time as `updated_at` says), for a
// writer that has the message in hand.
const QString &conversationOnlySelect(SqlDialect dialect);
common::ConversationSummary readConversationOnly(const QSqlQuery &query);

// A chat's visitor, their group, its owner and its participants ("3,7,5", in the order they
// joined): who a message goes to. The caller adds a WHERE on `c`.
const QString &audienceSelect(SqlDialect dialect);
// The owner first, then the participants of a "3,7,5" list, each once.
QList<qint64> ownerAndParticipants(qint64 ownerId, const QString &joined);

} // namespace papo::server
