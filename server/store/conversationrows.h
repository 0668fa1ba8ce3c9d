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

// The operators taking part in chat `c`, as "3,7,5" in the order they joined.
const QString &participantsOf(SqlDialect dialect);
// The owner first, then those of participantsOf(), each once.
QList<qint64> ownerAndParticipants(qint64 ownerId, const QString &joined);

} // namespace papo::server
