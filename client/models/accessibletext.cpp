#include "accessibletext.h"

#include "authorname.h"
#include "durationtext.h"
#include "messagepreview.h"

#include <formatting.h>

namespace papo::desk {

using papo::common::AuthorKind;
using papo::common::ConversationState;

QString AccessibleText::conversationName(const papo::common::ConversationSummary &conversation,
                                         const QString &visitorName, int unread)
{
    QStringList parts{visitorName};
    if (unread > 0)
        parts << tr("%n unread", nullptr, unread);
    if (conversation.hasLastMessage) {
        const QString text = MessagePreview::of(conversation.lastMessage).simplified();
        if (conversation.lastMessage.authorKind != AuthorKind::Visitor)
            parts << tr("last message from %1: %2")
                         .arg(AuthorName::of(conversation.lastMessage.authorKind,
                                             conversation.lastMessage.authorName),
                              text);
        else
            parts << tr("last message: %1").arg(text);
    }
    const QString time = DurationText::clockTime(conversation.updatedAt);
    if (!time.isEmpty())
        parts << time;
    return parts.join(QStringLiteral(", "));
}

QString
AccessibleText::conversationDescription(const papo::common::ConversationSummary &conversation)
{
    QString state;
    if (conversation.closed)
        state = tr("Closed");
    else if (conversation.state == ConversationState::Queued)
        state = tr("Waiting in the queue");
    else
        state = tr("Open");
    if (conversation.pageUrl.isEmpty())
        return state;
    return tr("%1, on %2").arg(state, conversation.pageUrl);
}

QString AccessibleText::messageName(const QString &author, const papo::common::ChatMessage &message,
                                    const QString &status)
{
    QString said = tr("%1 at %2").arg(author, DurationText::clockTime(message.createdAt));
    if (!message.text.isEmpty())
        said = tr("%1: %2").arg(said, papo::common::formatMessagePlain(message.text));
    if (!message.attachment.isEmpty())
        said = tr("%1, file %2").arg(said, message.attachment.name);
    if (message.editedAt.isValid())
        said = tr("%1, edited").arg(said);
    if (!status.isEmpty())
        said = tr("%1, %2").arg(said, status);
    return said;
}

} // namespace papo::desk
