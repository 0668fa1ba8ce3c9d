#pragma once

#include <protocol/chatmessage.h>

#include <QSet>

namespace papo::desk {

// Decides whether a new chat or a visitor's message deserves a desktop notification
// (NOT-1): only while online, only for chats waiting in the queue or owned by this
// operator, not for the conversation already in front of the operator, and once per
// message even when both its `conversation` and its `message` event arrive.
class NotificationPolicy final
{
public:
    struct Candidate
    {
        qint64 conversationId = 0;
        qint64 messageId = 0;        // the visitor's message; 0 for a conversation without one
        bool concernsMe = true;      // queued, or owned by this operator
        bool alreadyVisible = false; // open in the active window
        bool invited = false;        // another operator added this one to it (CHT-1)
    };

    // Each message (or message-less conversation) is considered once, whatever the answer.
    bool shouldNotify(papo::common::OperatorStatus status, const Candidate &candidate);

private:
    QSet<qint64> m_notifiedMessages;
    QSet<qint64> m_notifiedConversations;
};

} // namespace papo::desk
