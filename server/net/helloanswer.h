#pragma once

#include "servercontext.h"

#include <accountrepository.h>
#include <chatmessage.h>
#include <chatservice.h>
#include <grouprepository.h>

#include <QJsonObject>

#include <optional>

namespace papo::server {

// The answer to a widget's hello (docs/protocol.md, "hello"): who the visitor is, the team and
// the widget's look, and what they had — their chat's last messages and rating, a bot's
// question, a contact form. A visitor created by this hello had none of it: nothing is read.
class HelloAnswer final
{
public:
    HelloAnswer(const ServerContext &context, const VisitorIdentity &identity);

    // The newest durable event the visitor's chats have: the client has it after the answer.
    qint64 newestSeq() const { return m_newestSeq; }
    // The answer's data as a compact JSON object. `withMessages`: the last page of their chat
    // (a fresh page; a resumed one gets what it missed as events instead).
    QByteArray json(const WebsiteRecord &website, const VisitorGroup &group,
                    const QString &textLanguage, bool withMessages) const;

private:
    ServerContext m_context;
    const VisitorIdentity m_identity;
    const bool m_returning;
    qint64 m_newestSeq = 0;
    std::optional<common::ConversationSummary> m_latest;
    QString m_email; // the address they gave, "" when none
};

} // namespace papo::server
