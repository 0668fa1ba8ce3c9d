#pragma once

#include <chatmessage.h>
#include <visibilityscope.h>

#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

namespace papo::server {

class AccountRepository;
class ConversationRepository;
class GroupService;
class VisitorRepository;

// GRP-1, the one rule of who sees what: an operator sees the conversations (and visitors) of
// their groups, the ungrouped ones and those they take part in (owner or added, CHT-1);
// owners and admins see all. Every read and write path asks here, the requests naming an id
// through the database (scope()), the live fan-out from what it has in hand (maySee()).
// What a grouped chat *reaches* (queue, notifications, the widget's mode) is ChatRouting's.
class ConversationAccess final
{
public:
    ConversationAccess(AccountRepository &accounts, GroupService &groups,
                       ConversationRepository &conversations, VisitorRepository &visitors);

    bool seesEverything(qint64 operatorId) const;
    // Everything of that group (0: ungrouped) is in the operator's sight.
    bool seesGroup(qint64 operatorId, qint64 groupId) const;
    bool maySee(qint64 operatorId, const ChatAudience &audience) const;
    bool maySee(qint64 operatorId, const common::ConversationSummary &conversation) const;
    // The rule as data, for the queries: lists, search, replays, and single checks.
    VisibilityScope scope(qint64 operatorId) const;

    bool maySeeConversation(qint64 operatorId, qint64 conversationId);
    bool maySeeVisitor(qint64 operatorId, qint64 visitorId);
    // For the visitors online (VIS-1), tested per visitor with its group: one query at most,
    // for the visitors the operator takes part with, and only when a group hides some.
    std::function<bool(qint64 visitorId, qint64 groupId)> visitorFilter(qint64 operatorId);
    // The conversation's visitor, group and participants; nullopt when it does not exist.
    std::optional<ChatAudience> audienceOf(qint64 conversationId);
    // The visitor's group and everyone taking part in any of their conversations.
    ChatAudience visitorAudience(qint64 visitorId, qint64 groupId);

    // Roles change (TEAM-2): read them again when next needed.
    void forgetRoles() { m_seesEverything.clear(); }

private:
    AccountRepository &m_accounts;
    GroupService &m_groups;
    ConversationRepository &m_conversations;
    VisitorRepository &m_visitors;
    mutable QHash<qint64, bool> m_seesEverything; // by operator, read from their role
};

} // namespace papo::server
