#pragma once

#include <QJsonObject>
#include <QString>

namespace papo::desk {

// A `notify` event from the server (docs/protocol.md, "Notifications"): something that
// deserves a desktop notification on this client, now.
struct NotifyEvent
{
    enum class Reason {
        Queued,   // a visitor wrote in a chat waiting in the queue
        Message,  // ... in a chat this operator owns or takes part in
        Invited,  // another operator added this one to a chat
        Waiting,  // STA-5: a visitor has waited too long for an answer
        Assigned, // GRP-2: a teammate put the visitor in one of this operator's groups
    };

    Reason reason = Reason::Message;
    qint64 conversationId = 0;
    qint64 messageId = 0; // 0 when the chat has no visitor message
    qint64 visitorId = 0;
    QString visitorName;     // empty until the visitor gives one
    QString text;            // the visitor's message, plain text
    QString attachmentName;  // the file it carries, if any
    qint64 groupId = 0;      // Assigned: the group
    qint64 byOperatorId = 0; // Assigned: who chose it

    static NotifyEvent fromJson(const QJsonObject &object);
};

} // namespace papo::desk
