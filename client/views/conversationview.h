#pragma once

#include <QKeySequence>
#include <QPersistentModelIndex>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace papo::desk {

class ChatController;
class ComposerEdit;
class SavedReplyPopup;

// The centre: the open conversation's header, its messages (a QListView over MessageModel
// with MessageDelegate), "load earlier messages", the visitor's typing notice and the
// composer. Everything it does goes through ChatController.
class ConversationView final : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationView(ChatController *controller, QWidget *parent = nullptr);

    QListView *messageList() const { return m_messageList; }
    ComposerEdit *composer() const { return m_composer; }
    SavedReplyPopup *savedReplyPopup() const { return m_savedReplyPopup; }
    // CHT-4: the message being edited in the composer, 0 when writing a new one.
    qint64 editingMessageId() const { return m_editingMessageId; }
    void startEditing(qint64 messageId);
    void cancelEditing();
    // The header's buttons, also reached by the keyboard shortcuts.
    QPushButton *closeReopenButton() const { return m_closeReopen; }
    QPushButton *addOperatorButton() const { return m_addOperator; }
    // INT-3: shown while Help Scout is connected.
    QPushButton *exportToHelpScoutButton() const { return m_exportHelpScout; }
    void closeConversation();
    void reopenConversation();
    // Opens the Add operator dialog, with "Hand over" ticked when asked.
    void addOperator(bool handOver = false);
    // The Close / Reopen button's tooltip names these.
    void setShortcutHints(const QKeySequence &close, const QKeySequence &reopen);

private:
    QWidget *createConversationPage();
    // CHT-9: the composer's attach button; pictures' thumbnails relayout the list as they arrive.
    QPushButton *createAttachButton(QWidget *parent);
    void chooseAttachment();
    void showConversation(qint64 conversationId);
    void updateHeader();
    void updateLoadEarlier();
    void submit(const QString &text);
    void setVisitorTyping(qint64 conversationId, bool typing, const QString &draft);
    QWidget *createHeaderActions(QWidget *header);
    void showMessageActions(const QModelIndex &index, const QPoint &globalPosition);
    void toggleClosed();

    ChatController *m_controller;
    QStackedWidget *m_pages;
    QLabel *m_visitorName = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_loadEarlier = nullptr;
    QListView *m_messageList = nullptr;
    QLabel *m_typing = nullptr;
    ComposerEdit *m_composer = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_addOperator = nullptr;
    QPushButton *m_closeReopen = nullptr;
    QPushButton *m_exportHelpScout = nullptr;
    QLabel *m_editingBanner = nullptr;
    SavedReplyPopup *m_savedReplyPopup = nullptr;
    qint64 m_editingMessageId = 0;
    QPushButton *m_attachButton = nullptr;
    QTimer m_typingTimeout;
    QPersistentModelIndex m_scrollAnchor;
    bool m_atBottom = true;
    QKeySequence m_closeShortcut;
    QKeySequence m_reopenShortcut;
};

} // namespace papo::desk
