#include "conversationaccess.h"

#include "groupservice.h"

#include <accountrepository.h>
#include <conversationrepository.h>
#include <visitorrepository.h>

namespace papo::server {

ConversationAccess::ConversationAccess(AccountRepository &accounts, GroupService &groups,
                                       ConversationRepository &conversations,
                                       VisitorRepository &visitors)
    : m_accounts(accounts)
    , m_groups(groups)
    , m_conversations(conversations)
    , m_visitors(visitors)
{}

bool ConversationAccess::seesEverything(qint64 operatorId) const
{
    const auto known = m_seesEverything.constFind(operatorId);
    if (known != m_seesEverything.cend())
        return *known;
    const auto account = m_accounts.operatorById(operatorId);
    const bool everything = account && account->isAdmin();
    m_seesEverything.insert(operatorId, everything);
    return everything;
}

bool ConversationAccess::seesGroup(qint64 operatorId, qint64 groupId) const
{
    return groupId == 0 || m_groups.isMember(operatorId, groupId) || seesEverything(operatorId);
}

bool ConversationAccess::maySee(qint64 operatorId, const ChatAudience &audience) const
{
    return seesGroup(operatorId, audience.groupId) || audience.operatorIds.contains(operatorId);
}

bool ConversationAccess::maySee(qint64 operatorId,
                                const common::ConversationSummary &conversation) const
{
    return seesGroup(operatorId, conversation.groupId)
           || conversation.participants.contains(operatorId) || conversation.ownerId == operatorId;
}

VisibilityScope ConversationAccess::scope(qint64 operatorId) const
{
    VisibilityScope scope;
    scope.operatorId = operatorId;
    scope.everything = seesEverything(operatorId);
    scope.groupIds = m_groups.groupsOf(operatorId);
    return scope;
}

bool ConversationAccess::maySeeConversation(qint64 operatorId, qint64 conversationId)
{
    return m_conversations.isVisible(conversationId, scope(operatorId));
}

bool ConversationAccess::maySeeVisitor(qint64 operatorId, qint64 visitorId)
{
    return m_visitors.isVisible(visitorId, scope(operatorId));
}

std::function<bool(qint64, qint64)> ConversationAccess::visitorFilter(qint64 operatorId)
{
    auto takesPart = std::make_shared<std::optional<QSet<qint64>>>();
    return [this, operatorId, takesPart](qint64 visitorId, qint64 groupId) {
        if (seesGroup(operatorId, groupId))
            return true;
        if (!*takesPart)
            *takesPart = m_visitors.visitorsTakenPartIn(operatorId);
        return (*takesPart)->contains(visitorId);
    };
}

std::optional<ChatAudience> ConversationAccess::audienceOf(qint64 conversationId)
{
    return m_conversations.audience(conversationId);
}

ChatAudience ConversationAccess::visitorAudience(qint64 visitorId, qint64 groupId)
{
    return {visitorId, groupId, m_conversations.operatorsTakingPart(visitorId)};
}

} // namespace papo::server
