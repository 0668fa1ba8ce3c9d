#include "notificationpolicy.h"

namespace papo::desk {

namespace {
// Message ids only grow; old ones can be forgotten without risk of notifying twice for
// anything still arriving.
constexpr qsizetype MaxRemembered = 2000;
} // namespace

bool NotificationPolicy::shouldNotify(papo::common::OperatorStatus status,
                                      const Candidate &candidate)
{
    const bool seen = candidate.messageId > 0
                          ? m_notifiedMessages.contains(candidate.messageId)
                          : m_notifiedConversations.contains(candidate.conversationId);
    if (seen)
        return false;
    if (m_notifiedMessages.size() > MaxRemembered)
        m_notifiedMessages.clear();
    if (m_notifiedConversations.size() > MaxRemembered)
        m_notifiedConversations.clear();

    // Whatever is decided, this message has now been considered once.
    if (candidate.messageId > 0)
        m_notifiedMessages.insert(candidate.messageId);
    else
        m_notifiedConversations.insert(candidate.conversationId);

    // NOT-1: online notifies at once; invisible only when invited; offline never.
    if (status == papo::common::OperatorStatus::Offline
        || (status == papo::common::OperatorStatus::Invisible && !candidate.invited))
        return false;
    return candidate.concernsMe && !candidate.alreadyVisible;
}

} // namespace papo::desk
