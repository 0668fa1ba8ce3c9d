#pragma once

#include "chatservice.h"

#include <conversationrepository.h>

#include <optional>

namespace papo::server {

class AttachmentRepository;

// What one message's job produced on the writer thread, handed back after the commit.
struct StoredMessage
{
    PostResult result;
    qint64 visitorId = 0;
    bool startedConversation = false; // the message opened a new conversation
    std::optional<common::ConversationSummary> summary;

    // In the write's completion: the stream positions its batch's commit gave the message and
    // the summary's last message (on PostgreSQL they are only known then).
    void takePositions();
};

// A new message of this author, to be stored.
common::ChatMessage messageBy(common::AuthorKind kind, qint64 authorId, const QString &authorName,
                              const QString &text, const QString &clientId);

// Stores one message on the writer thread, inside the batch transaction: a duplicate is
// recognised by its client id, a visitor's message opens or reopens their conversation, an
// operator's may only go where they may write (QUE-2), an attachment must be the author's own
// (CHT-9).
class MessageStore final
{
public:
    // False with the reason in `stored.result` when it is refused.
    static bool store(ConversationRepository &repository, AttachmentRepository &attachments,
                      common::ChatMessage message, const QString &pageUrl, StoredMessage &stored);
    // INT-1…3: the emails, webhook and Slack posts a new message causes, in its transaction.
    static bool queueCauses(QSqlDatabase &db, const StoredMessage &stored, bool teamAway,
                            const QString &pageUrl);
};

} // namespace papo::server
