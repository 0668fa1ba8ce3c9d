#include "targetedreplies.h"

#include "targetedframes.h"

#include <accountrepository.h>
#include <actionengine.h>
#include <chatservice.h>
#include <groupservice.h>

namespace papo::server {

bool TargetedReplies::conversationGoingOn(qint64 visitorId) const
{
    auto &conversations = m_context.chat.conversations();
    const auto latest = conversations.conversation(conversations.latestConversation(visitorId));
    return latest && !latest->closed && latest->hasLastMessage
           && latest->lastMessage.createdAt.secsTo(QDateTime::currentDateTimeUtc())
                  < ReplyWindowSeconds;
}

std::optional<QByteArray> TargetedReplies::cardToReplay(qint64 visitorId, int visit) const
{
    // ACT-3: a card of this visit not answered yet comes back on the next page (the widget
    // leaves out one its visitor closed); not while a conversation is going on.
    if (conversationGoingOn(visitorId))
        return std::nullopt;
    const auto targeted = m_context.actions.repository().unansweredMessage(
        visitorId, QDateTime::currentDateTimeUtc().addSecs(-ReplyWindowSeconds));
    if (!targeted || targeted->visit != visit)
        return std::nullopt;
    TargetedMessage card;
    card.firing = *targeted;
    card.groupId = targeted->senderGroupId;
    return targetedMessageFrame(card, m_context.accounts, m_context.groups);
}

void TargetedReplies::answer(qint64 visitorId, const QString &websiteKey)
{
    // Only a message answering the card: not one in a conversation already going on. The card
    // first: most messages have none, and it is one small read.
    ActionRepository &firings = m_context.actions.repository();
    const auto targeted = firings.unansweredMessage(
        visitorId, QDateTime::currentDateTimeUtc().addSecs(-ReplyWindowSeconds));
    if (!targeted || conversationGoingOn(visitorId) || !firings.markReplied(targeted->id))
        return;
    // ACT-3: the targeted message opens the conversation under its real sender, so the team
    // sees it above the reply: a named operator's makes the chat theirs; a group's or the
    // bot's (BOT-1) reaches the queue as usual.
    const QString clientId = QStringLiteral("targeted-%1").arg(targeted->id);
    if (targeted->senderOperatorId > 0) {
        const auto sender = m_context.accounts.operatorById(targeted->senderOperatorId);
        if (sender && sender->active)
            m_context.chat.startConversation(*sender, visitorId, clientId, targeted->text,
                                             [](const PostResult &) {});
        return;
    }
    if (targeted->senderGroupId > 0) {
        const GroupRecord *group = m_context.groups.group(targeted->senderGroupId);
        if (group)
            m_context.chat.postTeamMessage(common::AuthorKind::Group, group->id, group->name,
                                           visitorId, clientId, targeted->text,
                                           [](const PostResult &) {});
        return;
    }
    if (targeted->actionId == 0)
        return;
    if (const auto website = m_context.accounts.websiteByKey(websiteKey))
        m_context.chat.postTeamMessage(common::AuthorKind::Bot, website->id,
                                       website->botDisplayName(), visitorId, clientId,
                                       targeted->text, [](const PostResult &) {});
}

} // namespace papo::server
