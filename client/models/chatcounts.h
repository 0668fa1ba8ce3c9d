#pragma once

#include <QObject>

class QAbstractItemModel;

namespace papo::desk {

// What the tray icon and the window title count: chats waiting in the queue and my chats
// with unread visitor messages. Recounted whenever either list changes.
class ChatCounts final : public QObject
{
    Q_OBJECT

public:
    ChatCounts(QAbstractItemModel *queue, QAbstractItemModel *mine, QObject *parent = nullptr);

    int waiting() const { return m_waiting; }
    int unread() const { return m_unread; }
    int total() const { return m_waiting + m_unread; }

signals:
    void changed();

private:
    void watch(QAbstractItemModel *model);
    void recount();

    QAbstractItemModel *m_queue;
    QAbstractItemModel *m_mine;
    int m_waiting = 0;
    int m_unread = 0;
};

} // namespace papo::desk
