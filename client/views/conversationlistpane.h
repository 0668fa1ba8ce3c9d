#pragma once

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QListView;
class QTabWidget;

namespace papo::desk {

// The left column: the Queue, Mine and Closed (CHT-8) tabs, each a list of conversations,
// and above them, for an operator who works in several groups, a choice of group (GRP-1).
// Emits the conversation and the group the operator picks.
class ConversationListPane final : public QWidget
{
    Q_OBJECT

public:
    ConversationListPane(QAbstractItemModel *queue, QAbstractItemModel *mine,
                         QAbstractItemModel *closed, QWidget *parent = nullptr);

    // Marks the conversation as current in whichever list shows it, without emitting.
    void setCurrentConversation(qint64 conversationId);
    QListView *queueView() const { return m_queueView; }
    QListView *mineView() const { return m_mineView; }
    QListView *closedView() const { return m_closedView; }
    QTabWidget *tabs() const { return m_tabs; }
    enum class List { Queue, Mine, Closed };
    // Brings a list to the front and gives it the keyboard.
    void showList(List list);
    // Opens the chat above (-1) or below (+1) the current one in the list in front.
    void moveCurrent(int delta);
    // The chat that has waited longest in the queue (its last row); 0 when none waits.
    qint64 longestWaiting() const;
    QComboBox *groupFilter() const { return m_groupFilter; }
    // The groups to filter by (id, name); shown from two on, with "All groups" and "No group".
    void setGroupChoices(const QList<std::pair<qint64, QString>> &groups);

signals:
    void conversationSelected(qint64 conversationId);
    void dismissRequested(qint64 conversationId);
    // ConversationFilterModel::AnyGroup for all, 0 for chats without a group.
    void groupFilterChosen(qint64 groupId);

private:
    QListView *createList(QAbstractItemModel *model, const QString &objectName);
    void updateTabTitles();
    void addDismissAction();

    QAbstractItemModel *m_queue;
    QAbstractItemModel *m_mine;
    QAbstractItemModel *m_closed;
    QTabWidget *m_tabs;
    QComboBox *m_groupFilter;
    QListView *m_queueView = nullptr;
    QListView *m_mineView = nullptr;
    QListView *m_closedView = nullptr;
    qint64 m_currentConversation = 0;
    bool m_updatingSelection = false;
    bool m_followConversation = false;
};

} // namespace papo::desk
