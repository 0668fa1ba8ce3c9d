#pragma once

#include <QDateTime>
#include <QSqlDatabase>

namespace papo::server {

// The outbox rows that copy a chat into Help Scout (INT-3, docs/integrations.md): one row per
// chat and content (its last message), so exporting the same chat twice makes one Help Scout
// conversation, and a chat that went on after an export can be exported again.
class HelpScoutExports final
{
public:
    enum class Result {
        Queued,       // a new row, or a failed one tried again now
        AlreadyThere, // this content was exported (or is on its way) already
        NotConnected, // Settings → Help Scout is not filled in
        NoEmail,      // Help Scout files conversations under a customer's email
        NoMessages,
        Failed, // the database refused
    };
    struct Outcome
    {
        Result result = Result::Failed;
        qint64 deliveryId = 0;
    };

    // By hand, from papo-desk.
    static Outcome exportConversation(QSqlDatabase &db, qint64 conversationId, const QDateTime &at);
    // A chat being closed (inside the close's transaction): exported when the settings say
    // so and the visitor left an email; every other case is not an error.
    static bool conversationClosed(QSqlDatabase &db, qint64 conversationId, const QDateTime &at);
};

} // namespace papo::server
