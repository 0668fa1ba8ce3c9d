#include "groupmodel.h"

namespace papo::desk {

GroupModel::GroupModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int GroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant GroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatGroup &group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return group.name;
    case Qt::ToolTipRole:
        return tr("Pages name it %1").arg(group.key);
    case IdRole:
        return group.id;
    case KeyRole:
        return group.key;
    case WebsiteIdRole:
        return group.websiteId;
    case OperatorIdsRole:
        return QVariant::fromValue(group.operatorIds);
    default:
        return {};
    }
}

void GroupModel::setGroups(const QList<ChatGroup> &groups)
{
    // The same groups in the same order (a member or a name changed): update in place.
    bool sameRows = groups.size() == m_groups.size();
    for (qsizetype i = 0; sameRows && i < groups.size(); ++i)
        sameRows = groups.at(i).id == m_groups.at(i).id;
    if (sameRows) {
        for (qsizetype i = 0; i < groups.size(); ++i) {
            if (groups.at(i) == m_groups.at(i))
                continue;
            m_groups[i] = groups.at(i);
            emit dataChanged(index(int(i)), index(int(i)));
        }
        return;
    }
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

const ChatGroup *GroupModel::find(qint64 groupId) const
{
    const int row = rowOf(groupId);
    return row >= 0 ? &m_groups.at(row) : nullptr;
}

int GroupModel::rowOf(qint64 groupId) const
{
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).id == groupId)
            return int(i);
    }
    return -1;
}

QString GroupModel::name(qint64 groupId) const
{
    const ChatGroup *group = find(groupId);
    return group ? group->name : QString();
}

QList<qint64> GroupModel::groupsOf(qint64 operatorId) const
{
    QList<qint64> ids;
    for (const ChatGroup &group : m_groups) {
        if (group.hasMember(operatorId))
            ids.append(group.id);
    }
    return ids;
}

} // namespace papo::desk
