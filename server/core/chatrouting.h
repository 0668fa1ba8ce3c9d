#pragma once

#include <QList>

namespace papo::server {

class GroupService;
class PresenceService;

// Whom a chat reaches (GRP-1): a grouped chat its group's operators, an ungrouped one every
// operator. The queue's notifications (QUE-1, NOT-1), slow-answer alerts (STA-5), returns to
// the queue (QUE-3) and the widget's mode (WID-2, STA-4) follow it. Owners and admins may
// see every chat (ConversationAccess), but only their own groups' chats call for them.
class ChatRouting final
{
public:
    ChatRouting(GroupService &groups, PresenceService &presence);

    bool reaches(qint64 groupId, qint64 operatorId) const;
    // The online operators a chat of that group (0: ungrouped) reaches.
    QList<qint64> onlineOperatorsFor(qint64 groupId) const;
    // WID-2: live chat while one of them is online.
    bool isLive(qint64 groupId) const;
    // GRP-3: the website's groups one of whose operators is online.
    QList<qint64> liveGroups(qint64 websiteId) const;

private:
    GroupService &m_groups;
    PresenceService &m_presence;
};

} // namespace papo::server
