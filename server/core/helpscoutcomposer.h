#pragma once

#include <chatmessage.h>
#include <emailrepository.h>
#include <helpscoutclient.h>
#include <helpscoutrepository.h>
#include <outboxrepository.h>

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace papo::server {

// Turns a Help Scout row of the outbox into the export to make now (INT-3): the chat as it
// was up to the message the row names, read when it is sent, for the connection as it is
// configured now (a disconnected Help Scout sends nothing).
class HelpScoutComposer final
{
public:
    struct Outcome
    {
        std::optional<HelpScoutExportRequest> request;
        QString skipReason; // without a request: why nothing is sent
    };

    explicit HelpScoutComposer(QSqlDatabase db);

    Outcome compose(const OutboxEntry &entry);
    // The body of POST /v2/conversations: a closed (or active) chat conversation, imported so
    // Help Scout emails nobody, filed under the visitor's email, with the transcript as one
    // chat thread (a conversation takes at most 100 threads; a chat can be longer).
    static QJsonObject conversationJson(const HelpScoutSettings &settings,
                                        const EmailVisitorFacts &visitor,
                                        const common::ConversationSummary &conversation,
                                        const QList<common::ChatMessage> &messages,
                                        const QString &language);

private:
    QSqlDatabase m_db;
};

} // namespace papo::server
