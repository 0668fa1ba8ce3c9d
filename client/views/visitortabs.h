#pragma once

#include <QTabWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace papo::desk {

class VisitorController;

// The visitor panel's lower half (PAN-1, PAN-2): the pages the visitor went through, the
// team's notes with a field to add one, and their previous conversations; each tab's title
// counts its rows. A note being typed belongs to its visitor: showing another one drops it.
class VisitorTabs final : public QTabWidget
{
    Q_OBJECT

public:
    explicit VisitorTabs(VisitorController *controller, QWidget *parent = nullptr);

signals:
    // The operator picked one of the visitor's conversations.
    void conversationSelected(qint64 conversationId);

private:
    QListView *createPageList();
    QWidget *createNotesTab();
    QListView *createConversationList();
    void followVisitor(qint64 visitorId);
    void submitNote();
    void updateTabTitles();

    VisitorController *m_controller;
    QListView *m_noteList = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QPushButton *m_addNote = nullptr;
    QLabel *m_noteError = nullptr;
    qint64 m_visitorId = 0; // whose note is in m_noteEdit
};

} // namespace papo::desk
