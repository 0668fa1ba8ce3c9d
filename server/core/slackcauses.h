#pragma once

#include <chatmessage.h>

#include <QSqlDatabase>
#include <QString>

namespace papo::server {

// What goes to a website's Slack channel (INT-3, docs/integrations.md): a new chat and a
// message written while nobody of the team was online, each posted once to the website's
// incoming-webhook URL, written as an outbox row inside the transaction of the message.
class SlackCauses final
{
public:
    // A visitor's message that opened a chat, or came while `teamAway`; nothing else.
    static bool messageStored(QSqlDatabase &db, const common::ChatMessage &message,
                              qint64 visitorId, bool startedConversation, bool teamAway,
                              const QString &pageUrl);
    // Slack's mrkdwn escaping: `&`, `<` and `>` become entities; nothing else changes.
    static QString escaped(const QString &text);
};

} // namespace papo::server
