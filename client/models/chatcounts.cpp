#include "chatcounts.h"

#include "conversationlistmodel.h"

#include <QAbstractItemModel>

namespace papo::desk {

ChatCounts::ChatCounts(QAbstractItemModel *queue, QAbstractItemModel *mine, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_mine(mine)
{
    watch(queue);
    watch(mine);
    recount();
}

void ChatCounts::watch(QAbstractItemModel *model)
{
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChatCounts::recount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChatCounts::recount);
    connect(model, &QAbstractItemModel::modelReset, this, &ChatCounts::recount);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ChatCounts::recount);
    connect(model, &QAbstractItemModel::dataChanged, this, &ChatCounts::recount);
}

void ChatCounts::recount()
{
    const int waiting = m_queue->rowCount();
    int unread = 0;
    for (int row = 0; row < m_mine->rowCount(); ++row) {
        if (m_mine->index(row, 0).data(ConversationListModel::UnreadCountRole).toInt() > 0)
            ++unread;
    }
    if (waiting == m_waiting && unread == m_unread)
        return;
    m_waiting = waiting;
    m_unread = unread;
    emit changed();
}

} // namespace papo::desk
