#pragma once

#include <chatmessage.h>

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace papo::server {

// What chat events leave in the outbox for webhooks (INT-3, docs/integrations.md): one row per
// webhook that chose the event, written inside the transaction of the event itself, so it
// exists exactly when the event does. The body is made here, once: a retry sends the same
// bytes with the same event id, only its signature's timestamp is new.
class WebhookCauses final
{
public:
    // The events an admin may choose. form_filled has no source yet: accepted and kept.
    static const QStringList &eventNames();

    // A new message, and conversation_started first when it opened the conversation.
    static bool messageStored(QSqlDatabase &db, const common::ChatMessage &message,
                              qint64 visitorId, bool startedConversation, const QString &pageUrl);
    static bool conversationClosed(QSqlDatabase &db, qint64 conversationId, const QDateTime &at);
    static bool rated(QSqlDatabase &db, qint64 conversationId, const QString &rating,
                      const QString &comment, const QDateTime &at);
    static bool visitorDataChanged(QSqlDatabase &db, qint64 visitorId, const QDateTime &at);

    // One row per subscriber of `event`: `{"id": eventId, "event", "at", "data"}`.
    static bool raise(QSqlDatabase &db, const QString &event, const QString &eventId,
                      const QJsonObject &data, const QDateTime &at);
};

} // namespace papo::server
