#include "chatrouting.h"

#include "groupservice.h"
#include "presenceservice.h"

namespace papo::server {

ChatRouting::ChatRouting(GroupService &groups, PresenceService &presence)
    : m_groups(groups)
    , m_presence(presence)
{}

bool ChatRouting::reaches(qint64 groupId, qint64 operatorId) const
{
    return groupId == 0 || m_groups.isMember(operatorId, groupId);
}

QList<qint64> ChatRouting::onlineOperatorsFor(qint64 groupId) const
{
    QList<qint64> online = m_presence.onlineOperators();
    if (groupId != 0)
        online.removeIf([&](qint64 operatorId) { return !m_groups.isMember(operatorId, groupId); });
    return online;
}

bool ChatRouting::isLive(qint64 groupId) const
{
    if (groupId == 0)
        return m_presence.isLive();
    const GroupRecord *group = m_groups.group(groupId);
    if (!group)
        return m_presence.isLive(); // gone meanwhile: ungrouped
    return std::any_of(group->operatorIds.cbegin(), group->operatorIds.cend(),
                       [&](qint64 operatorId) { return m_presence.isOnline(operatorId); });
}

QList<qint64> ChatRouting::liveGroups(qint64 websiteId) const
{
    QList<qint64> live;
    const auto groups = m_groups.groups();
    for (const GroupRecord &group : groups) {
        if (group.websiteId == websiteId && isLive(group.id))
            live.append(group.id);
    }
    return live;
}

} // namespace papo::server
