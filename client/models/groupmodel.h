#pragma once

#include "net/chatgroup.h"

#include <QAbstractListModel>

namespace papo::desk {

// The team's groups (GRP-1), by name: Settings → Groups lists them, and the chat lists, the
// visitor panel and the visitors online show and filter by them. Fed by the `groups` ack and
// event (GroupController).
class GroupModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KeyRole,
        WebsiteIdRole,
        OperatorIdsRole, // QList<qint64>
    };
    Q_ENUM(Role)

    explicit GroupModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Replaces the list; rows that stay keep their place (and the views their selection).
    void setGroups(const QList<ChatGroup> &groups);
    const QList<ChatGroup> &groups() const { return m_groups; }
    const ChatGroup *find(qint64 groupId) const;
    // "" for 0 or a group no longer known.
    QString name(qint64 groupId) const;
    QList<qint64> groupsOf(qint64 operatorId) const;
    int rowOf(qint64 groupId) const;

private:
    QList<ChatGroup> m_groups;
};

} // namespace papo::desk
