#pragma once

#include "clock.h"

#include <accountrepository.h>
#include <conversationrepository.h>
#include <errorcode.h>

#include <QObject>

namespace papo::server {

class Database;

struct VisitorIdentity
{
    qint64 visitorId = 0;
    qint64 websiteId = 0;
    QString token; // returned to the widget; only its digest is stored
};

struct PostResult
{
    common::ErrorCode error = common::ErrorCode::None;
    QString errorMessage;
    common::ChatMessage message;
    bool duplicate = false;
    bool ok() const { return error == common::ErrorCode::None; }
};

// Conversations and messages: who may post where, dedupe by client id, ownership on the
// first reply. Emits what changed; the network layer decides who hears about it.
class ChatService final : public QObject
{
    Q_OBJECT

public:
    ChatService(Database &database, AccountRepository &accounts,
                ConversationRepository &conversations, Clock clock = systemClock(),
                QObject *parent = nullptr);

    // Finds the visitor by token on that website, or creates one with a new token.
    std::optional<VisitorIdentity> identifyVisitor(const QString &widgetKey, const QString &token,
                                                   const QString &language);
    void recordPageView(qint64 visitorId, const QString &url, const QString &title,
                        const QString &referrer);

    PostResult postVisitorMessage(qint64 visitorId, const QString &clientId, const QString &text,
                                  const QString &pageUrl);
    PostResult postOperatorMessage(const OperatorRecord &author, qint64 conversationId,
                                   const QString &clientId, const QString &text);

    ConversationRepository &conversations() { return m_conversations; }

signals:
    void messagePosted(const papo::common::ChatMessage &message, qint64 visitorId);
    void conversationChanged(const papo::common::ConversationSummary &summary);

private:
    PostResult store(common::ChatMessage message, qint64 visitorId, qint64 takeOwnershipFor);

    Database &m_database;
    AccountRepository &m_accounts;
    ConversationRepository &m_conversations;
    Clock m_clock;
};

} // namespace papo::server
