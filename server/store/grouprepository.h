#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace papo::server {

// GRP-1: a group of operators on one website. `key` is what pages name it by
// (window.PapoGroupID, Papo('setGroup')).
struct GroupRecord
{
    qint64 id = 0;
    qint64 websiteId = 0;
    QString name;
    QString key;
    QList<qint64> operatorIds; // its members, by id
};

// GRP-2: the visitor's group and how they got it.
struct VisitorGroup
{
    qint64 groupId = 0; // 0: no group
    QString source;     // page | api | action | targeted | operator | visitor | "" (never set)
    QDateTime setAt;    // invalid when never set
    qint64 setBy = 0;   // the operator, for an operator's choice
    QString pageKey;    // the last group key the page said
    qint64 websiteId = 0;
};

// Groups, their members and the visitors' groups: the only SQL about groups.
class GroupRepository final
{
public:
    explicit GroupRepository(QSqlDatabase db)
        : m_db(db)
    {}

    // Every group with its members, by website and name.
    QList<GroupRecord> groups();
    // 0 when it could not be stored (e.g. the key is taken on that website).
    qint64 create(qint64 websiteId, const QString &name, const QString &key, const QDateTime &at);
    bool rename(qint64 groupId, const QString &name, const QString &key);
    // Replaces the members, in one transaction.
    bool setMembers(qint64 groupId, const QList<qint64> &operatorIds);
    // Deletes the group and its memberships in one transaction; its visitors become ungrouped
    // (their chats stay). Returns those visitors, or nullopt when nothing was deleted.
    std::optional<QList<qint64>> remove(qint64 groupId);

    std::optional<VisitorGroup> visitorGroup(qint64 visitorId);
    // Sets (groupId 0: clears) the visitor's group, recording where it came from.
    bool assignVisitor(qint64 visitorId, qint64 groupId, const QString &source, qint64 setBy,
                       const QDateTime &at);
    // Remembers the key the page said last (PapoGroupID or setGroup), known or not.
    bool setPageKey(qint64 visitorId, const QString &key);

private:
    bool inTransaction(const std::function<bool()> &work);

    QSqlDatabase m_db;
};

} // namespace papo::server
