#include "grouprepository.h"

#include "cachedquery.h"
#include "sqltime.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

QList<GroupRecord> GroupRepository::groups()
{
    QList<GroupRecord> result;
    QHash<qint64, qsizetype> index;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT id, website_id, name, group_key FROM chat_groups "
                              "ORDER BY website_id, name, id"));
    while (query.next()) {
        GroupRecord group;
        group.id = query.value(0).toLongLong();
        group.websiteId = query.value(1).toLongLong();
        group.name = query.value(2).toString();
        group.key = query.value(3).toString();
        index.insert(group.id, result.size());
        result.append(group);
    }
    QSqlQuery members(m_db);
    members.exec(QStringLiteral("SELECT group_id, operator_id FROM group_members "
                                "ORDER BY group_id, operator_id"));
    while (members.next()) {
        const auto at = index.constFind(members.value(0).toLongLong());
        if (at != index.cend())
            result[*at].operatorIds.append(members.value(1).toLongLong());
    }
    return result;
}

qint64 GroupRepository::create(qint64 websiteId, const QString &name, const QString &key,
                               const QDateTime &at)
{
    CachedQuery query(m_db, QStringLiteral("INSERT INTO chat_groups (website_id, name, group_key, "
                                           "created_at) VALUES (?, ?, ?, ?) RETURNING id"));
    query.addBindValue(websiteId);
    query.addBindValue(name);
    query.addBindValue(key);
    query.addBindValue(toSqlTime(at));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool GroupRepository::rename(qint64 groupId, const QString &name, const QString &key)
{
    CachedQuery query(
        m_db, QStringLiteral("UPDATE chat_groups SET name = ?, group_key = ? WHERE id = ?"));
    query.addBindValue(name);
    query.addBindValue(key);
    query.addBindValue(groupId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool GroupRepository::inTransaction(const std::function<bool()> &work)
{
    if (!m_db.transaction())
        return false;
    if (work() && m_db.commit())
        return true;
    m_db.rollback();
    return false;
}

bool GroupRepository::setMembers(qint64 groupId, const QList<qint64> &operatorIds)
{
    return inTransaction([&] {
        CachedQuery clear(m_db, QStringLiteral("DELETE FROM group_members WHERE group_id = ?"));
        clear.addBindValue(groupId);
        if (!clear.exec())
            return false;
        CachedQuery insert(
            m_db,
            QStringLiteral("INSERT INTO group_members (group_id, operator_id) VALUES (?, ?)"));
        for (qint64 operatorId : operatorIds) {
            insert.addBindValue(groupId);
            insert.addBindValue(operatorId);
            if (!insert.exec())
                return false;
        }
        return true;
    });
}

std::optional<QList<qint64>> GroupRepository::remove(qint64 groupId)
{
    QList<qint64> visitors;
    const bool removed = inTransaction([&] {
        CachedQuery members(m_db, QStringLiteral("SELECT id FROM visitors WHERE group_id = ?"));
        members.addBindValue(groupId);
        if (!members.exec())
            return false;
        while (members.next())
            visitors.append(members.value(0).toLongLong());
        for (const char *statement : {"UPDATE visitors SET group_id = NULL WHERE group_id = ?",
                                      "DELETE FROM group_members WHERE group_id = ?"}) {
            CachedQuery query(m_db, QString::fromLatin1(statement));
            query.addBindValue(groupId);
            if (!query.exec())
                return false;
        }
        CachedQuery group(m_db, QStringLiteral("DELETE FROM chat_groups WHERE id = ?"));
        group.addBindValue(groupId);
        if (!group.exec() || group.numRowsAffected() != 1)
            return false;
        return true;
    });
    if (!removed)
        return std::nullopt;
    return visitors;
}

std::optional<VisitorGroup> GroupRepository::visitorGroup(qint64 visitorId)
{
    CachedQuery query(
        m_db, QStringLiteral("SELECT COALESCE(group_id, 0), group_source, group_set_at, "
                             "group_set_by, group_name, website_id FROM visitors WHERE id = ?"));
    query.addBindValue(visitorId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return VisitorGroup{query.value(0).toLongLong(), query.value(1).toString(),
                        fromSqlTime(query.value(2)), query.value(3).toLongLong(),
                        query.value(4).toString(),   query.value(5).toLongLong()};
}

bool GroupRepository::assignVisitor(qint64 visitorId, qint64 groupId, const QString &source,
                                    qint64 setBy, const QDateTime &at)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE visitors SET group_id = ?, group_source = ?, "
                                           "group_set_at = ?, group_set_by = ? WHERE id = ?"));
    query.addBindValue(groupId > 0 ? QVariant(groupId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(source);
    query.addBindValue(toSqlTime(at));
    query.addBindValue(setBy);
    query.addBindValue(visitorId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool GroupRepository::setPageKey(qint64 visitorId, const QString &key)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE visitors SET group_name = ? WHERE id = ?"));
    query.addBindValue(sqlText(key));
    query.addBindValue(visitorId);
    return query.exec() && query.numRowsAffected() == 1;
}

} // namespace papo::server
