#pragma once

#include <protocol/chatmessage.h>
#include <protocol/envelope.h>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace papo::desk {

class ChatController;
class SearchResultModel;
class ServerConnection;

// A member of the team as the `team` request lists them (TEAM-1).
struct Teammate
{
    qint64 id = 0;
    QString name;
    QString title;
    QString status; // online / invisible / offline
    bool active = true;
};

// What an operator does to a conversation besides replying, and the live events that go
// with it: editing their messages (CHT-4), read receipts both ways (CHT-5), adding an
// operator or handing the chat over (CHT-1, CHT-2), closing, reopening and searching
// (CHT-8). Owned by ChatController; it feeds ChatController's models.
class ConversationActions final : public QObject
{
    Q_OBJECT

public:
    using TeamHandler = std::function<void(const QList<Teammate> &team, const QString &error)>;

    ConversationActions(ServerConnection *connection, ChatController *controller);

    SearchResultModel *searchResults() const { return m_searchResults; }

    // CHT-4: the new text of one of the operator's own messages.
    void editMessage(qint64 messageId, const QString &text);
    // CHT-1: the operator joins the conversation. handOver (CHT-2): the caller then leaves
    // the chat's screen, so they never start typing in it.
    void addOperator(qint64 conversationId, qint64 operatorId, bool handOver);
    // CHT-2, for a chat the caller is in: the teammate owns it from now on and the caller
    // leaves it (and its screen).
    void handOver(qint64 conversationId, qint64 operatorId);
    void requestTeam(QObject *context, TeamHandler handler);
    void closeConversation(qint64 conversationId);
    void reopenConversation(qint64 conversationId);
    // CHT-8: full-text search of every conversation; the answer fills searchResults().
    void search(const QString &query);
    // CHT-5: whether the open conversation is in front of the operator (the window active,
    // the Chats tab shown). Only then are the visitor's messages marked read.
    void setConversationOnScreen(bool onScreen);

signals:
    void messageEdited(const papo::common::ChatMessage &message);
    // The server refused an edit: the text is handed back so it is not lost.
    void editRejected(qint64 messageId, const QString &text);
    // Another operator added this one to a conversation (shown even while invisible).
    void invited(qint64 conversationId, qint64 byOperatorId);
    void operatorAdded(qint64 conversationId, qint64 operatorId, bool handedOver);
    void searchFinished(const QString &query, int count);
    // A request was refused; reason is for the operator.
    void actionFailed(const QString &reason);

private:
    void handleEvent(const papo::common::Envelope &event);
    void applyEdit(const papo::common::ChatMessage &message);
    void applyReadMark(const QJsonObject &data);
    void showVisitorReadMark();
    void markOpenConversationRead();
    void requestConversationChange(const QString &type, qint64 conversationId);
    // `add_operator` or `hand_over`; handedOver: the caller leaves the chat's screen.
    void requestOperatorChange(const QString &type, qint64 conversationId, qint64 operatorId,
                               bool handedOver);
    void reportFailure(const QString &code, const QString &message);

    ServerConnection *m_connection;
    ChatController *m_controller;
    SearchResultModel *m_searchResults;
    bool m_onScreen = true;
    qint64 m_markedConversation = 0; // the last read mark this desk sent...
    qint64 m_markedUpTo = 0;         // ...so it is not sent again for every change
};

} // namespace papo::desk
