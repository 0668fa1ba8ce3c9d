#pragma once

#include <chatmessage.h>

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace papo::server {

class ChatRouting;
class ChatService;
class GroupAssigner;
class PresenceService;
class SlowResponseWatcher;
enum class GroupSource;

// What a `notify` event tells an operator's clients (docs/protocol.md).
struct Notification
{
    enum class Reason {
        Queued,   // a visitor wrote in a chat waiting in the queue (QUE-1)
        Message,  // ... in a chat the operator owns or takes part in
        Invited,  // another operator added them to a chat (CHT-1); reaches invisible ones too
        Waiting,  // STA-5: a visitor has waited longer than the account's threshold
        Assigned, // GRP-2: another operator put the visitor in one of the operator's groups
    };

    Reason reason = Reason::Message;
    qint64 conversationId = 0;
    qint64 messageId = 0;       // the visitor's message, 0 when the chat has none
    qint64 messagePosition = 0; // its stream position: the `notify` must not overtake it
    qint64 visitorId = 0;
    QString visitorName;
    QString text;            // the visitor's message
    QString attachmentName;  // the file it carries, if any
    qint64 groupId = 0;      // Assigned: the group
    qint64 byOperatorId = 0; // Assigned: who chose it

    QJsonObject toJson() const;
};

// Decides which operators a visitor's message, an invitation, a long wait, a return to the
// queue or a group chosen in papo-desk concerns (NOT-1, STA-5, QUE-3, GRP-2); a grouped chat
// concerns its group's operators only (ChatRouting). How each operator's clients are told is
// the network layer's business
// (NOT-2); the statuses' last word (online, invisible, offline) is the client's, which may
// have changed in between.
class NotificationRouter final : public QObject
{
    Q_OBJECT

public:
    NotificationRouter(ChatService &chat, PresenceService &presence, ChatRouting &routing,
                       SlowResponseWatcher &slowResponses, GroupAssigner &assigner,
                       QObject *parent = nullptr);

signals:
    void notificationDue(qint64 operatorId, const papo::server::Notification &notification);

private:
    void routeVisitorMessage(const common::ConversationSummary &summary);
    void routeInvitation(qint64 conversationId, qint64 operatorId);
    void routeLongWait(const common::ConversationSummary &summary);
    void routeReturn(const common::ConversationSummary &summary, qint64 previousOwnerId);
    void routeAssignment(qint64 visitorId, qint64 groupId, qint64 byOperatorId);
    static Notification about(const common::ConversationSummary &summary,
                              Notification::Reason reason);

    ChatService &m_chat;
    PresenceService &m_presence;
    ChatRouting &m_routing;
    SlowResponseWatcher &m_slowResponses;
    // Visitor messages just stored, routed when their conversation's summary follows.
    QHash<qint64, qint64> m_freshMessages; // conversation id -> message id
    // Visitors' messages stored by other nodes and routed here: conversation id -> message id.
    static constexpr int FreshElsewhereSeconds = 120;
    static constexpr int MostRoutedElsewhere = 100000;
    QHash<qint64, qint64> m_routedElsewhere;
};

} // namespace papo::server
