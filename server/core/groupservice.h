#pragma once

#include "clock.h"

#include <errorcode.h>
#include <grouprepository.h>

#include <QHash>
#include <QObject>

namespace papo::server {

class AccountRepository;

struct GroupResult
{
    common::ErrorCode error = common::ErrorCode::None;
    QString message;
    GroupRecord group;
    bool ok() const { return error == common::ErrorCode::None; }
};

// GRP-1: the groups of operators, per website. Kept in memory (a team has a handful), so
// the visibility rule and the routing ask about membership without a query. Only owners and
// admins reach the changes (Access::Admin in operatorroutes.cpp).
class GroupService final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxNameChars = 60;
    static constexpr int MaxKeyChars = 64;

    GroupService(GroupRepository repository, AccountRepository &accounts,
                 Clock clock = systemClock(), QObject *parent = nullptr);

    QList<GroupRecord> groups() const { return m_groups; }
    const GroupRecord *group(qint64 groupId) const;
    // The page's key (PapoGroupID, setGroup) on that website, whatever its case.
    const GroupRecord *groupByKey(qint64 websiteId, const QString &key) const;
    const QList<qint64> &groupsOf(qint64 operatorId) const;
    bool isMember(qint64 operatorId, qint64 groupId) const;

    // An empty key is made from the name ("Pós-venda" → "pos-venda").
    GroupResult create(qint64 websiteId, const QString &name, const QString &key);
    // `key` absent keeps the current one.
    GroupResult rename(qint64 groupId, const QString &name, const std::optional<QString> &key);
    GroupResult setMembers(qint64 groupId, const QList<qint64> &operatorIds);
    // The group's visitors become ungrouped; their chats stay.
    GroupResult remove(qint64 groupId);

    static QString keyFromName(const QString &name);
    // Reads the groups again: another node changed them (docs/scaling.md).
    void reload();

signals:
    // Any group, name, key or membership changed: operators get the new list.
    void groupsChanged();
    // Who is in the group changed: visibility and routing follow.
    void membersChanged(qint64 groupId, const QList<qint64> &before, const QList<qint64> &after);
    // The group is gone; these visitors (all of it) have no group now.
    void groupRemoved(const papo::server::GroupRecord &group, const QList<qint64> &visitorIds);

private:
    QString checkName(qint64 websiteId, const QString &name, qint64 exceptId) const;
    QString checkKey(qint64 websiteId, const QString &key, qint64 exceptId) const;

    GroupRepository m_repository;
    AccountRepository &m_accounts;
    Clock m_clock;
    QList<GroupRecord> m_groups;
    QHash<qint64, QList<qint64>> m_groupsOfOperator;
};

} // namespace papo::server
