#include "groupquestion.h"

#include "chatrouting.h"
#include "groupservice.h"

#include <accountrepository.h>

#include <QJsonArray>
#include <QJsonObject>

namespace papo::server {

GroupQuestion::GroupQuestion(GroupService &groups, ChatRouting &routing)
    : m_groups(groups)
    , m_routing(routing)
{}

QJsonValue GroupQuestion::forWebsite(const WebsiteRecord &website) const
{
    if (!website.groupQuestion.ask || m_routing.liveGroups(website.id).isEmpty())
        return QJsonValue::Null;
    QJsonArray choices;
    const auto groups = m_groups.groups();
    for (const GroupRecord &group : groups) {
        if (group.websiteId == website.id && !group.operatorIds.isEmpty())
            choices.append(
                QJsonObject{{QLatin1String("id"), group.id}, {QLatin1String("name"), group.name}});
    }
    return QJsonObject{{QLatin1String("groups"), choices},
                       {QLatin1String("notSure"), website.groupQuestion.notSure}};
}

QJsonValue GroupQuestion::forVisitor(const WebsiteRecord &website, const VisitorGroup &visitor,
                                     bool hasConversation) const
{
    if (visitor.groupId != 0 || hasConversation)
        return QJsonValue::Null;
    return forWebsite(website);
}

std::optional<qint64> GroupQuestion::answer(const WebsiteRecord &website,
                                            const VisitorGroup &visitor, bool hasConversation,
                                            qint64 chosenGroupId) const
{
    if (!website.groupQuestion.ask || visitor.groupId != 0 || hasConversation)
        return std::nullopt;
    const GroupRecord *group = m_groups.group(chosenGroupId);
    return group && group->websiteId == website.id ? group->id : 0;
}

} // namespace papo::server
