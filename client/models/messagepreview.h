#pragma once

#include <protocol/chatmessage.h>

#include <QCoreApplication>

namespace papo::desk {

// A message in one line, for the conversation list, screen readers and notifications: its
// text without formatting marks, or "File: name" for a file sent alone (words rather than the
// 📎 emoji, an empty box where no emoji font is installed). Plain text.
class MessagePreview final
{
    Q_DECLARE_TR_FUNCTIONS(MessagePreview)

public:
    static QString of(const QString &text, const QString &attachmentName);
    static QString of(const papo::common::ChatMessage &message);
};

} // namespace papo::desk
