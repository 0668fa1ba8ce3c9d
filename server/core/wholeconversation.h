#pragma once

#include <chatmessage.h>

#include <QList>

namespace papo::server {

class ConversationRepository;

// Every message of a conversation, oldest first, read in pages (transcripts, exports);
// `upToId` > 0 stops at that message.
QList<common::ChatMessage> wholeConversation(ConversationRepository &conversations,
                                             qint64 conversationId, qint64 upToId = 0);

} // namespace papo::server
