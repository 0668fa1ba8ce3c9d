#pragma once

#include "servercontext.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace papo::server {

// ACT-3 on the visitor's connection: a targeted message not answered yet comes back as a card
// on each page of the visit, and the visitor's next message answers it — the targeted text is
// stored first, under its sender, so the team sees it above the reply.
class TargetedReplies final
{
public:
    explicit TargetedReplies(ServerContext context)
        : m_context(context)
    {}

    // The card to send again after this visit's hello; nothing when there is none, or while a
    // conversation is going on.
    std::optional<QByteArray> cardToReplay(qint64 visitorId, int visit) const;
    // The visitor is writing: answers the latest unanswered targeted message, if any.
    void answer(qint64 visitorId, const QString &websiteKey);

private:
    static constexpr int ReplyWindowSeconds = 24 * 3600;
    bool conversationGoingOn(qint64 visitorId) const;

    ServerContext m_context;
};

} // namespace papo::server
