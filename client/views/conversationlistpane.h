#pragma once

#include <QWidget>

class QAbstractItemModel;
class QListView;
class QTabWidget;

namespace papo::desk {

// The left column: the Queue and Mine tabs, each a list of conversations. Emits the
// conversation the operator picks.
class ConversationListPane final : public QWidget
{
    Q_OBJECT

public:
    ConversationListPane(QAbstractItemModel *queue, QAbstractItemModel *mine,
                         QWidget *parent = nullptr);

    // Marks the conversation as current in whichever list shows it, without emitting.
    void setCurrentConversation(qint64 conversationId);
    QListView *queueView() const { return m_queueView; }
    QListView *mineView() const { return m_mineView; }

signals:
    void conversationSelected(qint64 conversationId);
    void dismissRequested(qint64 conversationId);

private:
    QListView *createList(QAbstractItemModel *model, const QString &objectName);
    void updateTabTitles();
    void addDismissAction();

    QAbstractItemModel *m_queue;
    QAbstractItemModel *m_mine;
    QTabWidget *m_tabs;
    QListView *m_queueView = nullptr;
    QListView *m_mineView = nullptr;
    qint64 m_currentConversation = 0;
    bool m_updatingSelection = false;
    bool m_followConversation = false;
};

} // namespace papo::desk
