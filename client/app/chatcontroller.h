#pragma once

#include "net/notifyevent.h"
#include "net/operatorprofile.h"
#include "net/serverconnection.h"

#include <protocol/chatmessage.h>

#include <QObject>
#include <QTimer>

namespace papo::desk {

class AccountController;
class ConversationActions;
class AttachmentPreviews;
class AttachmentSender;
class ChatCounts;
class ConversationFilterModel;
class ConversationListModel;
class ActionController;
class GroupController;
class HistoryLoader;
class MessageModel;
class Outbox;
class OwnStatus;
class SavedReplyController;
class TeamController;
class VisitorController;
class WebsiteSettingsController;
class EmailSettingsController;
class IntegrationsController;
class HelpScoutController;

// The action API the views call, and the glue from the connection's events to the models:
// the conversation lists, the open conversation's messages (its history through
// HistoryLoader), replies (through the Outbox), the operator's status (OwnStatus) and typing
// notices.
class ChatController final : public QObject
{
    Q_OBJECT

public:
    explicit ChatController(ServerConnection *connection, QObject *parent = nullptr);
    ~ChatController() override;

    ConversationListModel *conversations() const { return m_conversations; }
    ConversationFilterModel *queue() const { return m_queue; }
    ConversationFilterModel *mine() const { return m_mine; }
    ConversationFilterModel *closed() const { return m_closed; }
    MessageModel *messages() const { return m_messages; }
    Outbox *outbox() const { return m_outbox; }
    // The visitor panel and the visitors online list; it follows the open conversation.
    VisitorController *visitors() const { return m_visitors; }
    // Settings → Widget (admins).
    WebsiteSettingsController *websiteSettings() const { return m_websiteSettings; }
    EmailSettingsController *emailSettings() const { return m_emailSettings; }
    IntegrationsController *integrations() const { return m_integrations; }
    // Settings → Help Scout and "Export to Help Scout" (INT-3).
    HelpScoutController *helpScout() const { return m_helpScout; }
    // Edits, read receipts, adding operators, close/reopen and search (CHT-1..8).
    ConversationActions *actions() const { return m_actions; }
    SavedReplyController *savedReplies() const { return m_savedReplies; }
    // The team pane (TEAM-1..3).
    TeamController *team() const { return m_team; }
    ServerConnection *connection() const { return m_connection; }
    // One's own password and devices.
    AccountController *account() const { return m_account; }
    // The groups (GRP-1): names in the lists, the visitor panel's choice, Settings → Groups.
    GroupController *groups() const { return m_groups; }
    // ACT: Settings → Automatic actions.
    ActionController *automaticActions() const { return m_automaticActions; }
    // CHT-9: sending files to the open conversation, and the pictures' thumbnails.
    AttachmentSender *attachments() const { return m_attachments; }
    // Chats waiting in the queue and my chats with unread messages (tray icon, title).
    ChatCounts *counts() const { return m_counts; }

    ServerConnection::State connectionState() const { return m_connection->state(); }
    const OperatorProfile &me() const { return m_me; }
    papo::common::OperatorStatus status() const;
    qint64 openConversationId() const;
    const papo::common::ConversationSummary *currentConversation() const;
    bool isLoadingHistory() const;

    // Actions.
    void openConversation(qint64 conversationId);
    // Queues a reply to the open conversation; returns its cid (empty when nothing was sent).
    QString sendReply(const QString &text);
    void loadOlderMessages();
    void setStatus(papo::common::OperatorStatus status);
    // The banner's "Reconnect now": try at once instead of at the next scheduled attempt.
    void reconnectNow() { m_connection->reconnectNow(); }
    // QUE-4: takes a queued chat off everyone's queue until the visitor writes again.
    void dismissConversation(qint64 conversationId);
    // STA-5: joins a chat whose visitor waited too long (or one already open to this
    // operator), then opens it.
    void joinConversation(qint64 conversationId);
    // GRP-1: the Queue, Mine and Closed lists show this group's chats only
    // (ConversationFilterModel::AnyGroup: all; 0: those without a group).
    void setGroupFilter(qint64 groupId);
    qint64 groupFilter() const;
    // The operator is writing in the composer (throttled `typing` notices).
    void noteComposing();
    // Forgets everything (logging out).
    void reset();

    // Issue 17: the last state from the local cache (SessionCache), shown before the server
    // answers; the next hello's lists replace it and the history extends it.
    void restoreProfile(const OperatorProfile &profile);
    // False when the server's list is here already.
    bool restoreConversations(const QList<papo::common::ConversationSummary> &conversations);
    // Cached messages of the open conversation (ignored for any other one).
    void restoreMessages(qint64 conversationId, const QList<papo::common::ChatMessage> &messages,
                         bool hasMore);

signals:
    void connectionStateChanged(papo::desk::ServerConnection::State state);
    // The server's certificate did not verify (ServerConnection::certificateRejected).
    void certificateRejected(const QString &reason);
    void operatorChanged(const papo::desk::OperatorProfile &profile);
    void statusChanged(papo::common::OperatorStatus status);
    void openConversationChanged(qint64 conversationId);
    void conversationUpdated(qint64 conversationId);
    void historyLoadingChanged(bool loading);
    // CHT-3: `draft` is what the visitor has typed so far (empty when they stopped).
    void visitorTypingChanged(qint64 conversationId, bool typing, const QString &draft);
    void replyFailed(const QString &reason);
    // The server's `notify`: a desktop notification is due on this client (NOT-1, NOT-2).
    void notifyReceived(const papo::desk::NotifyEvent &event);

private:
    void handleHello(const OperatorProfile &profile, bool resumed);
    void applyProfile(const OperatorProfile &profile);
    void handleEvent(const papo::common::Envelope &event);
    void handleMessage(const papo::common::ChatMessage &message);
    void handleConversationEvent(const QJsonObject &data);
    void handlePresence(const QJsonObject &data);
    // `replace`: the list becomes the answer (what the operator may see changed).
    void requestConversations(bool replace = false);
    void handleConversationRemoved(qint64 conversationId);
    void stopTyping();
    void updateVisitorName();

    ServerConnection *m_connection;
    Outbox *m_outbox;
    ConversationListModel *m_conversations;
    ConversationFilterModel *m_queue;
    ConversationFilterModel *m_mine;
    ConversationFilterModel *m_closed;
    MessageModel *m_messages;
    VisitorController *m_visitors;
    WebsiteSettingsController *m_websiteSettings;
    EmailSettingsController *m_emailSettings;
    IntegrationsController *m_integrations;
    HelpScoutController *m_helpScout;
    ConversationActions *m_actions = nullptr;
    SavedReplyController *m_savedReplies;
    TeamController *m_team;
    AccountController *m_account;
    GroupController *m_groups;
    ActionController *m_automaticActions;
    AttachmentPreviews *m_previews;
    AttachmentSender *m_attachments;
    ChatCounts *m_counts;
    OwnStatus *m_ownStatus;
    HistoryLoader *m_history;

    OperatorProfile m_me;
    bool m_listFromCache = false; // the next `conversations` answer replaces the cached list
    bool m_typingSent = false;
    qint64 m_typingConversation = 0;
    QTimer m_typingIdle;
};

} // namespace papo::desk
