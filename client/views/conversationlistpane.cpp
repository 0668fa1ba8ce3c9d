#include "conversationlistpane.h"

#include "conversationdelegate.h"
#include "models/conversationfiltermodel.h"
#include "models/conversationlistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QListView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace papo::desk {

ConversationListPane::ConversationListPane(QAbstractItemModel *queue, QAbstractItemModel *mine,
                                           QAbstractItemModel *closed, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_mine(mine)
    , m_closed(closed)
    , m_tabs(new QTabWidget(this))
    , m_groupFilter(new QComboBox(this))
{
    // Rows leave a list (a chat taken from the queue), resets and re-sorts move the views'
    // current index by themselves; that must not count as the operator picking a chat.
    // Connected before the views exist, so these run before the views' selection models
    // move the current index (they connect to the same signals in setModel()).
    const auto guard = [this] { m_updatingSelection = true; };
    for (QAbstractItemModel *model : {queue, mine, closed}) {
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this, model](const QModelIndex &, int first, int last) {
                    m_updatingSelection = true;
                    // The open chat leaves the list in front of the operator (they just took
                    // it from the queue, closed or reopened it): follow it to the other list.
                    const auto *shown = qobject_cast<QListView *>(m_tabs->currentWidget());
                    if (!shown || shown->model() != model)
                        return;
                    for (int row = first; row <= last; ++row) {
                        if (model->index(row, 0).data(ConversationListModel::IdRole).toLongLong()
                            == m_currentConversation)
                            m_followConversation = true;
                    }
                });
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, guard);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, guard);
    }
    setObjectName(QStringLiteral("conversationListPane"));
    m_queueView = createList(queue, QStringLiteral("queueList"));
    m_mineView = createList(mine, QStringLiteral("mineList"));
    m_closedView = createList(closed, QStringLiteral("closedList"));
    m_queueView->setAccessibleName(tr("Queue"));
    m_mineView->setAccessibleName(tr("My chats"));
    m_closedView->setAccessibleName(tr("Closed chats"));
    m_tabs->setObjectName(QStringLiteral("conversationTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_queueView, QString());
    m_tabs->addTab(m_mineView, QString());
    m_tabs->addTab(m_closedView, tr("Closed"));
    m_tabs->setTabToolTip(0, tr("Chats waiting for a reply from anyone"));
    m_tabs->setTabToolTip(1, tr("Chats you are handling"));
    m_tabs->setTabToolTip(2, tr("Resolved chats; they reopen when the visitor writes again"));
    addDismissAction();

    m_groupFilter->setObjectName(QStringLiteral("groupFilter"));
    m_groupFilter->setAccessibleName(tr("Show the chats of"));
    m_groupFilter->setToolTip(tr("Show the chats of one group only"));
    m_groupFilter->hide();
    connect(m_groupFilter, &QComboBox::activated, this,
            [this] { emit groupFilterChosen(m_groupFilter->currentData().toLongLong()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_groupFilter);
    layout->addWidget(m_tabs);

    // ...and these after them, once the views have settled.
    const auto restore = [this] {
        m_updatingSelection = false;
        updateTabTitles();
        setCurrentConversation(m_currentConversation);
    };
    for (QAbstractItemModel *model : {queue, mine, closed}) {
        connect(model, &QAbstractItemModel::rowsRemoved, this, restore);
        connect(model, &QAbstractItemModel::modelReset, this, restore);
        connect(model, &QAbstractItemModel::layoutChanged, this, restore);
        connect(model, &QAbstractItemModel::rowsInserted, this, restore);
    }
    updateTabTitles();
}

void ConversationListPane::setGroupChoices(const QList<std::pair<qint64, QString>> &groups)
{
    const qint64 chosen = m_groupFilter->count() > 0 ? m_groupFilter->currentData().toLongLong()
                                                     : ConversationFilterModel::AnyGroup;
    m_groupFilter->clear();
    m_groupFilter->addItem(tr("All groups"), ConversationFilterModel::AnyGroup);
    for (const auto &[id, name] : groups)
        m_groupFilter->addItem(name, id);
    m_groupFilter->addItem(tr("No group"), qint64(0));
    const int keep = m_groupFilter->findData(chosen);
    m_groupFilter->setCurrentIndex(qMax(0, keep));
    m_groupFilter->setVisible(groups.size() >= 2);
    // A group that went away (or the filter itself) no longer narrows the lists.
    const qint64 now = !m_groupFilter->isHidden() ? m_groupFilter->currentData().toLongLong()
                                                  : ConversationFilterModel::AnyGroup;
    if (now != chosen)
        emit groupFilterChosen(now);
}

void ConversationListPane::addDismissAction()
{
    // QUE-4: the queue's context menu and the Delete key dismiss the current chat.
    auto *dismiss = new QAction(tr("Dismiss from the queue"), m_queueView);
    dismiss->setShortcut(QKeySequence::Delete);
    dismiss->setShortcutContext(Qt::WidgetShortcut);
    connect(dismiss, &QAction::triggered, this, [this] {
        const QModelIndex current = m_queueView->currentIndex();
        if (current.isValid())
            emit dismissRequested(current.data(ConversationListModel::IdRole).toLongLong());
    });
    m_queueView->addAction(dismiss);
    m_queueView->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QListView *ConversationListPane::createList(QAbstractItemModel *model, const QString &objectName)
{
    auto *view = new QListView(this);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setItemDelegate(new ConversationDelegate(view));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setMouseTracking(true);
    view->setUniformItemSizes(true);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumWidth(260);
    // A click, the arrows or Alt+↓ select a row: that opens the chat. A list taking the focus
    // (Alt+2, Tab) only marks its first row as current, which selects nothing and opens nothing.
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this](const QItemSelection &selected) {
                if (m_updatingSelection || selected.indexes().isEmpty())
                    return;
                const QModelIndex row = selected.indexes().constFirst();
                m_currentConversation = row.data(ConversationListModel::IdRole).toLongLong();
                emit conversationSelected(m_currentConversation);
            });
    return view;
}

void ConversationListPane::setCurrentConversation(qint64 conversationId)
{
    m_currentConversation = conversationId;
    m_updatingSelection = true;
    for (QListView *view : {m_queueView, m_mineView, m_closedView}) {
        QAbstractItemModel *model = view->model();
        QModelIndex match;
        for (int row = 0; row < model->rowCount() && conversationId > 0; ++row) {
            const QModelIndex candidate = model->index(row, 0);
            if (candidate.data(ConversationListModel::IdRole).toLongLong() == conversationId) {
                match = candidate;
                break;
            }
        }
        if (match.isValid()) {
            view->selectionModel()->setCurrentIndex(match, QItemSelectionModel::ClearAndSelect);
            if (m_followConversation) {
                m_followConversation = false;
                m_tabs->setCurrentWidget(view);
            }
        } else {
            view->selectionModel()->clear();
        }
    }
    m_updatingSelection = false;
}

void ConversationListPane::showList(List list)
{
    QListView *view = list == List::Queue  ? m_queueView
                      : list == List::Mine ? m_mineView
                                           : m_closedView;
    m_tabs->setCurrentWidget(view);
    view->setFocus(Qt::ShortcutFocusReason);
}

void ConversationListPane::moveCurrent(int delta)
{
    auto *view = qobject_cast<QListView *>(m_tabs->currentWidget());
    if (!view || view->model()->rowCount() == 0)
        return;
    // Only a selected row is the chat on screen; the mark a list gets with the focus is not.
    QModelIndex current = view->currentIndex();
    if (!view->selectionModel()->isSelected(current))
        current = {};
    const int row = current.isValid()
                        ? std::clamp(current.row() + delta, 0, view->model()->rowCount() - 1)
                        : (delta > 0 ? 0 : view->model()->rowCount() - 1);
    if (current.isValid() && row == current.row())
        return;
    // Through the selection model, as a click would: selecting the row opens the chat.
    const QModelIndex target = view->model()->index(row, 0);
    view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(target);
}

qint64 ConversationListPane::longestWaiting() const
{
    // The queue shows the newest activity first: the last row has waited longest.
    const int rows = m_queue->rowCount();
    return rows > 0 ? m_queue->index(rows - 1, 0).data(ConversationListModel::IdRole).toLongLong()
                    : 0;
}

void ConversationListPane::updateTabTitles()
{
    const int queued = m_queue->rowCount();
    m_tabs->setTabText(0, queued > 0 ? tr("Queue (%1)").arg(queued) : tr("Queue"));
    const int mine = m_mine->rowCount();
    m_tabs->setTabText(1, mine > 0 ? tr("Mine (%1)").arg(mine) : tr("Mine"));
}

} // namespace papo::desk
