#include "conversationfiltermodel.h"

#include "conversationlistmodel.h"

#include <protocol/chatmessage.h>

#include <QDateTime>

namespace papo::desk {

ConversationFilterModel::ConversationFilterModel(Filter filter, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_filter(filter)
{
    setDynamicSortFilter(true);
    setSortRole(ConversationListModel::UpdatedAtRole);
    sort(0, Qt::DescendingOrder);
}

void ConversationFilterModel::setOperatorId(qint64 operatorId)
{
    if (m_operatorId == operatorId)
        return;
    m_operatorId = operatorId;
    invalidateFilter();
}

void ConversationFilterModel::setGroupFilter(qint64 groupId)
{
    if (m_group == groupId)
        return;
    m_group = groupId;
    invalidateFilter();
}

bool ConversationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_group != AnyGroup
        && index.data(ConversationListModel::GroupIdRole).toLongLong() != m_group)
        return false;
    const bool closed = index.data(ConversationListModel::ClosedRole).toBool();
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Queue:
        return !closed
               && index.data(ConversationListModel::StateRole).toInt()
                      == int(papo::common::ConversationState::Queued)
               && !index.data(ConversationListModel::DismissedRole).toBool();
    case Filter::Mine:
        return !closed && m_operatorId > 0
               && (index.data(ConversationListModel::OwnerIdRole).toLongLong() == m_operatorId
                   || index.data(ConversationListModel::ParticipantsRole)
                          .value<QList<qint64>>()
                          .contains(m_operatorId));
    case Filter::Closed:
        return closed;
    }
    return false;
}

bool ConversationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QDateTime leftTime = left.data(ConversationListModel::UpdatedAtRole).toDateTime();
    const QDateTime rightTime = right.data(ConversationListModel::UpdatedAtRole).toDateTime();
    if (leftTime != rightTime)
        return leftTime < rightTime;
    // Same time: the newer conversation (higher id) counts as more recent.
    return left.data(ConversationListModel::IdRole).toLongLong()
           < right.data(ConversationListModel::IdRole).toLongLong();
}

} // namespace papo::desk
