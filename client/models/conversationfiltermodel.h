#pragma once

#include <QSortFilterProxyModel>

namespace papo::desk {

// One of the operator's conversation lists over ConversationListModel, newest activity
// first: the Queue (waiting for someone to reply), Mine (owned by the operator or joined
// with them, CHT-1) or Closed (resolved, CHT-8). Closed chats are in no other list.
class ConversationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Filter { All, Queue, Mine, Closed };
    Q_ENUM(Filter)

    explicit ConversationFilterModel(Filter filter, QObject *parent = nullptr);

    Filter filter() const { return m_filter; }
    void setOperatorId(qint64 operatorId);
    qint64 operatorId() const { return m_operatorId; }
    // GRP-1: only the chats of this group; AnyGroup (the default) for all, 0 for those without.
    static constexpr qint64 AnyGroup = -1;
    void setGroupFilter(qint64 groupId);
    qint64 groupFilter() const { return m_group; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Filter m_filter;
    qint64 m_operatorId = 0;
    qint64 m_group = AnyGroup;
};

} // namespace papo::desk
