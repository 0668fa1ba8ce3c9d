#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

namespace papo::server {

// Who a conversation (or a visitor) concerns: its group and the operators taking part (the
// owner and those added, CHT-1). With a VisibilityScope's rule it says who may see it.
struct ChatAudience
{
    qint64 visitorId = 0;
    qint64 groupId = 0; // 0: ungrouped
    QList<qint64> operatorIds;
};

// What one operator may see (GRP-1), as plain data the queries filter by. ConversationAccess
// (server/core) decides it; the repositories only turn it into SQL, here, in one place.
struct VisibilityScope
{
    qint64 operatorId = 0;
    bool everything = false; // owners and admins
    QList<qint64> groupIds;  // the operator's groups; ungrouped chats are always in sight

    static VisibilityScope all()
    {
        VisibilityScope scope;
        scope.everything = true;
        return scope;
    }

    // A condition on the conversation aliased `c` (a chat of an ungrouped visitor, of one of
    // the groups, or one the operator owns or was added to), appending its values to `values`.
    QString conversationCondition(QVariantList &values) const;
    // The same rule for the visitor aliased `v`: ungrouped, of one of the groups, or with a
    // conversation the operator takes part in.
    QString visitorCondition(QVariantList &values) const;

private:
    // "group_id IS NULL OR group_id IN (?, ...)" for the column given.
    QString groupCondition(const QString &column, QVariantList &values) const;
    QString takesPartCondition(const QString &conversation, QVariantList &values) const;
};

} // namespace papo::server
