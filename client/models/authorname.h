#pragma once

#include <protocol/chatmessage.h>

#include <QCoreApplication>

namespace papo::desk {

// The name a message's author is shown with: an operator's or the visitor's as it is, and
// the bot's or a group's marked as such (BOT-1, ACT-3: "Loja (bot)"), in bubbles, list
// previews and what screen readers say. Plain text.
class AuthorName final
{
    Q_DECLARE_TR_FUNCTIONS(AuthorName)

public:
    static QString of(papo::common::AuthorKind kind, const QString &name);
};

} // namespace papo::desk
