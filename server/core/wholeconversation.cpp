#include "wholeconversation.h"

#include <conversationrepository.h>

namespace papo::server {

QList<common::ChatMessage> wholeConversation(ConversationRepository &conversations,
                                             qint64 conversationId, qint64 upToId)
{
    QList<common::ChatMessage> messages;
    qint64 before = upToId > 0 ? upToId + 1 : 0;
    for (;;) {
        const MessagePage page = conversations.history(conversationId, before, 500);
        messages = page.messages + messages;
        if (!page.hasMore || page.messages.isEmpty())
            return messages;
        before = page.messages.first().id;
    }
}

} // namespace papo::server
