#include "visitortabs.h"

#include "app/visitorcontroller.h"
#include "conversationdelegate.h"
#include "models/conversationfiltermodel.h"
#include "models/conversationlistmodel.h"
#include "models/visitornotemodel.h"
#include "models/visitorpagemodel.h"
#include "tones.h"
#include "valuelabel.h"

#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace papo::desk {

namespace {

// A read-only list filling a tab, without a frame of its own.
QListView *createTabList(const QString &objectName, QAbstractItemModel *model,
                         const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListView(parent);
    list->setObjectName(objectName);
    list->setModel(model);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setFrameShape(QFrame::NoFrame);
    list->setAccessibleName(accessibleName);
    return list;
}

} // namespace

VisitorTabs::VisitorTabs(VisitorController *controller, QWidget *parent)
    : QTabWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("visitorPanelTabs"));
    setDocumentMode(true);
    QListView *pageList = createPageList();
    addTab(pageList, QString());
    addTab(createNotesTab(), QString());
    addTab(createConversationList(), QString());

    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_controller->pages()),
          static_cast<QAbstractItemModel *>(m_controller->notes()),
          static_cast<QAbstractItemModel *>(m_controller->visitorConversations())}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &VisitorTabs::updateTabTitles);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &VisitorTabs::updateTabTitles);
        connect(model, &QAbstractItemModel::modelReset, this, &VisitorTabs::updateTabTitles);
    }
    // The newest page is the interesting one.
    connect(m_controller->pages(), &QAbstractItemModel::rowsInserted, pageList,
            &QListView::scrollToBottom);
    updateTabTitles();

    connect(m_controller, &VisitorController::visitorChanged, this, &VisitorTabs::followVisitor);
    connect(m_controller, &VisitorController::noteAdded, this, [this] {
        m_noteEdit->clear();
        m_noteEdit->setEnabled(true);
        m_addNote->setEnabled(true);
        m_noteError->hide();
        m_noteList->scrollToBottom();
    });
    connect(m_controller, &VisitorController::noteFailed, this, [this](const QString &reason) {
        m_noteEdit->setEnabled(true);
        m_addNote->setEnabled(true);
        m_noteError->setText(tr("The note was not saved: %1").arg(reason));
        m_noteError->show();
    });
    followVisitor(m_controller->visitorId());
}

QListView *VisitorTabs::createPageList()
{
    QListView *pageList = createTabList(QStringLiteral("visitorPagesList"), m_controller->pages(),
                                        tr("Pages visited"), this);
    pageList->setSelectionMode(QAbstractItemView::NoSelection);
    pageList->setWordWrap(false);
    pageList->setTextElideMode(Qt::ElideMiddle);
    pageList->setSpacing(2);
    return pageList;
}

QWidget *VisitorTabs::createNotesTab()
{
    auto *notes = new QWidget(this);
    m_noteList = createTabList(QStringLiteral("visitorNotesList"), m_controller->notes(),
                               tr("Team notes"), notes);
    m_noteList->setSelectionMode(QAbstractItemView::NoSelection);
    m_noteList->setWordWrap(true);
    m_noteList->setSpacing(2);
    m_noteEdit = new QPlainTextEdit(notes);
    m_noteEdit->setObjectName(QStringLiteral("visitorNoteEdit"));
    m_noteEdit->setPlaceholderText(tr("A note for the team (Ctrl+Enter adds it)"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_noteEdit->setAccessibleName(tr("New note"));
    m_addNote = new QPushButton(tr("Add note"), notes);
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_addNote->setAutoDefault(false);
    connect(m_addNote, &QPushButton::clicked, this, &VisitorTabs::submitNote);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_noteEdit);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &VisitorTabs::submitNote);
    m_noteError = createValueLabel(QStringLiteral("visitorNoteErrorLabel"), notes);
    Tones::setTone(m_noteError, Tones::Tone::Error);
    m_noteError->hide();
    auto *notesLayout = new QVBoxLayout(notes);
    notesLayout->setContentsMargins(0, 0, 0, 6);
    notesLayout->setSpacing(4);
    notesLayout->addWidget(m_noteList, 1);
    notesLayout->addWidget(m_noteEdit);
    notesLayout->addWidget(m_noteError);
    notesLayout->addWidget(m_addNote, 0, Qt::AlignRight);
    return notes;
}

QListView *VisitorTabs::createConversationList()
{
    QListView *conversationList
        = createTabList(QStringLiteral("visitorConversationsList"),
                        m_controller->visitorConversations(), tr("Previous conversations"), this);
    conversationList->setItemDelegate(new ConversationDelegate(conversationList));
    conversationList->setSelectionMode(QAbstractItemView::SingleSelection);
    conversationList->setUniformItemSizes(true);
    const auto select = [this](const QModelIndex &index) {
        emit conversationSelected(index.data(ConversationListModel::IdRole).toLongLong());
    };
    connect(conversationList, &QListView::clicked, this, select);
    connect(conversationList, &QListView::activated, this, select);
    return conversationList;
}

void VisitorTabs::followVisitor(qint64 visitorId)
{
    if (visitorId > 0 && visitorId == m_visitorId)
        return; // news of the same visitor: the note being typed stays, and its error
    if (visitorId > 0) {
        // Another visitor: nothing typed for the previous one stays.
        m_visitorId = visitorId;
        m_noteEdit->clear();
    }
    m_noteError->hide();
}

void VisitorTabs::submitNote()
{
    const QString text = m_noteEdit->toPlainText().trimmed();
    if (text.isEmpty() || m_controller->visitorId() <= 0)
        return;
    m_noteEdit->setEnabled(false);
    m_addNote->setEnabled(false);
    m_controller->addNote(text);
}

void VisitorTabs::updateTabTitles()
{
    const auto title = [](const QString &name, int count) {
        return count > 0 ? tr("%1 (%2)").arg(name).arg(count) : name;
    };
    setTabText(0, title(tr("Pages"), m_controller->pages()->rowCount()));
    setTabText(1, title(tr("Notes"), m_controller->notes()->rowCount()));
    setTabText(2, title(tr("Chats"), m_controller->visitorConversations()->rowCount()));
}

} // namespace papo::desk
