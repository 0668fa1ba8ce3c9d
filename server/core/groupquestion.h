#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace papo::server {

class ChatRouting;
class GroupService;
struct VisitorGroup;
struct WebsiteRecord;

// GRP-3: on websites that ask, a visitor without a group picks one with their first message
// (buttons in the widget), or "Not sure", which leaves the chat to every online operator.
// Asked only while one of the website's groups has an operator online, and never of a visitor
// who has a group or has written before: their choice (or its absence) stays with them.
class GroupQuestion final
{
public:
    GroupQuestion(GroupService &groups, ChatRouting &routing);

    // {"groups":[{"id","name"}], "notSure":bool} while the website asks, null otherwise.
    // The groups are those with at least one operator, by name.
    QJsonValue forWebsite(const WebsiteRecord &website) const;
    // The same for one visitor: null once they have a group or a conversation.
    QJsonValue forVisitor(const WebsiteRecord &website, const VisitorGroup &visitor,
                          bool hasConversation) const;
    // The group a visitor's answer puts them in (0: "Not sure", or a group gone meanwhile);
    // nullopt when the answer does not count (the website does not ask, or the visitor
    // already has a group or a conversation).
    std::optional<qint64> answer(const WebsiteRecord &website, const VisitorGroup &visitor,
                                 bool hasConversation, qint64 chosenGroupId) const;

private:
    GroupService &m_groups;
    ChatRouting &m_routing;
};

} // namespace papo::server
