#pragma once

#include "net/notifyevent.h"

#include <protocol/chatmessage.h>

#include <QSet>

namespace papo::desk {

// The client's last word on a server's `notify` (NOT-1): online shows everything, invisible
// only invitations and STA-5's long waits, offline nothing; never the conversation already
// in front of the operator, and each message once per reason.
class NotificationPolicy final
{
public:
    struct Candidate
    {
        qint64 conversationId = 0;
        qint64 messageId = 0; // the visitor's message; 0 for a conversation without one
        NotifyEvent::Reason reason = NotifyEvent::Reason::Message;
        bool alreadyVisible = false; // open in the active window
    };

    // Each message (or message-less conversation) is considered once per reason, whatever
    // the answer.
    bool shouldNotify(papo::common::OperatorStatus status, const Candidate &candidate);

private:
    QSet<std::pair<int, qint64>> m_considered; // (reason, message id or -conversation id)
};

} // namespace papo::desk
