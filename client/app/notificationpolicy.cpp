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
    const std::pair<int, qint64> key(int(candidate.reason), candidate.messageId > 0
                                                                ? candidate.messageId
                                                                : -candidate.conversationId);
    if (m_considered.contains(key))
        return false;
    if (m_considered.size() > MaxRemembered)
        m_considered.clear();
    m_considered.insert(key); // whatever is decided, it has now been considered

    if (candidate.alreadyVisible)
        return false;
    switch (status) {
    case papo::common::OperatorStatus::Online:
        return true;
    case papo::common::OperatorStatus::Invisible:
        return candidate.reason == NotifyEvent::Reason::Invited
               || candidate.reason == NotifyEvent::Reason::Waiting;
    case papo::common::OperatorStatus::Offline:
        break;
    }
    return false;
}

} // namespace papo::desk
