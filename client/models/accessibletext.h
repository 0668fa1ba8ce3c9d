#pragma once

#include <protocol/chatmessage.h>

#include <QCoreApplication>

namespace papo::desk {

// What a screen reader says for a custom-painted row: the same facts a sighted operator
// reads off the row, in the order they matter ("Joana Lima, 2 unread, last message: …,
// 18:50"). The models answer Qt::AccessibleTextRole and Qt::AccessibleDescriptionRole with
// these, and Qt Accessibility hands them to Orca / NVDA / VoiceOver.
class AccessibleText final
{
    Q_DECLARE_TR_FUNCTIONS(papo::desk::AccessibleText)

public:
    static QString conversationName(const papo::common::ConversationSummary &conversation,
                                    const QString &visitorName, int unread);
    static QString conversationDescription(const papo::common::ConversationSummary &conversation);
    // `author` as the bubble shows it ("You", the visitor's or teammate's name).
    static QString messageName(const QString &author, const papo::common::ChatMessage &message,
                               const QString &status);
};

} // namespace papo::desk
