#include "conversationview.h"

#include "addoperatordialog.h"
#include "app/attachmentsender.h"
#include "app/chatcontroller.h"
#include "app/conversationactions.h"
#include "app/helpscoutcontroller.h"
#include "app/savedreplycontroller.h"
#include "composeredit.h"
#include "deskactions.h"
#include "messagedelegate.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "savedreplypopup.h"
#include "tones.h"

#include <protocol/chatmessage.h>

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace papo::desk {

namespace {
constexpr std::chrono::seconds TypingTimeout(8);
} // namespace

ConversationView::ConversationView(ChatController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("conversationView"));

    auto *empty = new QLabel(tr("Pick a chat from the Queue or Mine to see it here."), m_pages);
    empty->setObjectName(QStringLiteral("emptyConversationLabel"));
    empty->setTextFormat(Qt::PlainText);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    Tones::setTone(empty, Tones::Tone::Muted);
    QFont emptyFont = empty->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.1);
    empty->setFont(emptyFont);
    m_pages->addWidget(empty);
    m_pages->addWidget(createConversationPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_typingTimeout.setSingleShot(true);
    m_typingTimeout.setInterval(TypingTimeout);
    connect(&m_typingTimeout, &QTimer::timeout, m_typing, &QWidget::hide);

    connect(m_controller, &ChatController::openConversationChanged, this,
            &ConversationView::showConversation);
    connect(m_controller, &ChatController::conversationUpdated, this, [this](qint64 id) {
        if (id == m_controller->openConversationId())
            updateHeader();
    });
    connect(m_controller, &ChatController::historyLoadingChanged, this,
            &ConversationView::updateLoadEarlier);
    connect(m_controller, &ChatController::visitorTypingChanged, this,
            &ConversationView::setVisitorTyping);
    showConversation(m_controller->openConversationId());
}

QWidget *ConversationView::createConversationPage()
{
    auto *page = new QWidget(m_pages);

    auto *header = new QWidget(page);
    header->setObjectName(QStringLiteral("conversationHeader"));
    header->setStyleSheet(
        QStringLiteral("QWidget#conversationHeader { border-bottom: 1px solid palette(mid); }"));
    m_visitorName = new QLabel(header);
    m_visitorName->setObjectName(QStringLiteral("visitorNameLabel"));
    m_visitorName->setTextFormat(Qt::PlainText);
    QFont nameFont = m_visitorName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setBold(true);
    m_visitorName->setFont(nameFont);
    m_details = new QLabel(header);
    m_details->setObjectName(QStringLiteral("conversationDetailsLabel"));
    m_details->setTextFormat(Qt::PlainText);
    Tones::setTone(m_details, Tones::Tone::Muted);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // INT-1, INT-2: what reaches the visitor where, so nobody answers into the void.
    auto *emailNote = new QLabel(tr("Visitors who left their email get unread replies by email. "
                                    "Answers sent from your mail client do not appear in the "
                                    "chat widget."),
                                 header);
    emailNote->setObjectName(QStringLiteral("emailNoteLabel"));
    emailNote->setWordWrap(true);
    Tones::setTone(emailNote, Tones::Tone::Muted);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_visitorName);
    titles->addWidget(m_details);
    titles->addWidget(emailNote);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 10, 16, 10);
    headerLayout->addLayout(titles, 1);
    headerLayout->addWidget(createHeaderActions(header), 0, Qt::AlignTop);

    m_loadEarlier = new QPushButton(tr("Load earlier messages"), page);
    m_loadEarlier->setObjectName(QStringLiteral("loadEarlierButton"));
    m_loadEarlier->setFlat(true);
    m_loadEarlier->hide();
    connect(m_loadEarlier, &QPushButton::clicked, m_controller, &ChatController::loadOlderMessages);

    m_messageList = new QListView(page);
    m_messageList->setObjectName(QStringLiteral("messageList"));
    m_messageList->setModel(m_controller->messages());
    auto *delegate = new MessageDelegate(m_messageList);
    m_messageList->setItemDelegate(delegate);
    m_messageList->setMouseTracking(true); // the gear shows on hover (CHT-4)
    m_messageList->viewport()->setAttribute(Qt::WA_Hover);
    connect(delegate, &MessageDelegate::actionsRequested, this,
            &ConversationView::showMessageActions);
    // The same actions from the context menu (right click, or the menu key).
    m_messageList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_messageList, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_messageList->indexAt(at);
        if (index.isValid() && index.data(MessageModel::IsOwnRole).toBool()
            && index.data(MessageModel::IdRole).toLongLong() > 0)
            showMessageActions(index, m_messageList->viewport()->mapToGlobal(at));
    });
    connect(m_controller->actions(), &ConversationActions::editRejected, this,
            [this](qint64 messageId, const QString &text) {
                // Back in the composer to fix it, unless the operator has moved on.
                if (m_editingMessageId != 0 || !m_composer->toPlainText().isEmpty())
                    return;
                startEditing(messageId);
                if (m_editingMessageId == messageId)
                    m_composer->setPlainText(text);
            });
    m_messageList->setSelectionMode(QAbstractItemView::NoSelection);
    m_messageList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_messageList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_messageList->setResizeMode(QListView::Adjust);
    m_messageList->setUniformItemSizes(false);
    m_messageList->setWordWrap(true);
    m_messageList->setFrameShape(QFrame::NoFrame);
    m_messageList->setAccessibleName(tr("Messages"));

    QScrollBar *scrollBar = m_messageList->verticalScrollBar();
    connect(scrollBar, &QScrollBar::valueChanged, this,
            [this, scrollBar](int value) { m_atBottom = value >= scrollBar->maximum() - 4; });
    MessageModel *messages = m_controller->messages();
    connect(messages, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first) {
                // An older page goes on top: keep the first visible message in place.
                m_scrollAnchor = first == 0 && m_controller->messages()->rowCount() > 0
                                     ? QPersistentModelIndex(m_messageList->indexAt(QPoint(4, 4)))
                                     : QPersistentModelIndex();
            });
    connect(messages, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int, int last) {
                const bool atEnd = last == m_controller->messages()->rowCount() - 1;
                if (m_scrollAnchor.isValid()) {
                    m_messageList->scrollTo(m_scrollAnchor, QAbstractItemView::PositionAtTop);
                    m_scrollAnchor = QPersistentModelIndex();
                } else if (atEnd
                           && (m_atBottom
                               || m_controller->messages()
                                      ->index(last)
                                      .data(MessageModel::IsOwnRole)
                                      .toBool())) {
                    m_messageList->scrollToBottom();
                    m_atBottom = true;
                }
            });
    connect(messages, &QAbstractItemModel::modelReset, this, [this] { m_atBottom = true; });

    m_typing = new QLabel(page);
    m_typing->setObjectName(QStringLiteral("typingLabel"));
    m_typing->setTextFormat(Qt::PlainText);
    m_typing->setWordWrap(true);
    Tones::setTone(m_typing, Tones::Tone::Muted);
    m_typing->setContentsMargins(16, 0, 16, 0);
    QFont typingFont = m_typing->font();
    typingFont.setItalic(true);
    m_typing->setFont(typingFont);
    m_typing->hide();

    m_editingBanner = new QLabel(tr("Editing your message · Enter saves, Esc cancels"), page);
    m_editingBanner->setObjectName(QStringLiteral("editingBanner"));
    m_editingBanner->setTextFormat(Qt::PlainText);
    // The tooltip colours: a note in every theme.
    m_editingBanner->setAutoFillBackground(true);
    m_editingBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_editingBanner->setForegroundRole(QPalette::ToolTipText);
    m_editingBanner->setContentsMargins(16, 4, 16, 4);
    m_editingBanner->hide();

    m_composer = new ComposerEdit(page);
    m_savedReplyPopup
        = new SavedReplyPopup(m_composer, m_controller->savedReplies()->replies(), page);
    connect(m_composer, &ComposerEdit::editLastRequested, this,
            [this] { startEditing(m_controller->messages()->lastOwnMessageId()); });
    connect(m_composer, &ComposerEdit::escapePressed, this, &ConversationView::cancelEditing);
    connect(m_composer, &ComposerEdit::submitted, this, &ConversationView::submit);
    connect(m_composer, &ComposerEdit::edited, this, [this] {
        if (m_editingMessageId == 0) // changing a sent message is not "typing…" to the visitor
            m_controller->noteComposing();
    });
    m_sendButton = new QPushButton(tr("Send"), page);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(false);
    m_sendButton->setAutoDefault(false);
    m_sendButton->setMinimumHeight(34);
    m_sendButton->setStyleSheet(
        QStringLiteral("QPushButton#sendButton { background: palette(highlight);"
                       " color: palette(highlighted-text); border: none; border-radius: 6px;"
                       " padding: 6px 18px; font-weight: 600; }"
                       "QPushButton#sendButton:hover, QPushButton#sendButton:focus"
                       " { background: palette(link); }"
                       "QPushButton#sendButton:pressed { background: palette(dark); }"));
    connect(m_sendButton, &QPushButton::clicked, this,
            [this] { submit(m_composer->toPlainText()); });

    auto *composerRow = new QHBoxLayout;
    composerRow->setContentsMargins(12, 8, 12, 12);
    composerRow->setSpacing(8);
    composerRow->addWidget(createAttachButton(page), 0, Qt::AlignBottom);
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_sendButton, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_loadEarlier, 0, Qt::AlignHCenter);
    layout->addWidget(m_messageList, 1);
    layout->addWidget(m_typing);
    layout->addWidget(m_editingBanner);
    layout->addLayout(composerRow);
    // Tab follows the eye: the messages, then the paperclip, the reply and Send.
    setTabOrder(m_messageList, m_attachButton);
    setTabOrder(m_attachButton, m_composer);
    setTabOrder(m_composer, m_sendButton);
    return page;
}

QWidget *ConversationView::createHeaderActions(QWidget *header)
{
    auto *actions = new QWidget(header);
    m_addOperator = new QPushButton(tr("Add operator…"), actions);
    m_addOperator->setObjectName(QStringLiteral("addOperatorButton"));
    m_addOperator->setToolTip(tr("Bring a teammate into this chat, or hand it over"));
    connect(m_addOperator, &QPushButton::clicked, this, [this] { addOperator(); });
    m_closeReopen = new QPushButton(tr("Close"), actions);
    m_closeReopen->setObjectName(QStringLiteral("closeReopenButton"));
    connect(m_closeReopen, &QPushButton::clicked, this, &ConversationView::toggleClosed);
    m_exportHelpScout = new QPushButton(tr("Export to Help Scout"), actions);
    m_exportHelpScout->setObjectName(QStringLiteral("exportToHelpScoutButton"));
    m_exportHelpScout->setToolTip(
        tr("Copy this chat into your Help Scout mailbox, filed under the visitor's email"));
    HelpScoutController *helpScout = m_controller->helpScout();
    m_exportHelpScout->setVisible(helpScout->connected());
    connect(helpScout, &HelpScoutController::connectedChanged, m_exportHelpScout,
            &QPushButton::setVisible);
    connect(m_exportHelpScout, &QPushButton::clicked, this, [this] {
        if (const auto *conversation = m_controller->currentConversation())
            m_controller->helpScout()->exportConversation(conversation->id);
    });
    auto *layout = new QHBoxLayout(actions);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_exportHelpScout);
    layout->addWidget(m_addOperator);
    layout->addWidget(m_closeReopen);
    return actions;
}

void ConversationView::toggleClosed()
{
    const papo::common::ConversationSummary *conversation = m_controller->currentConversation();
    if (!conversation)
        return;
    if (conversation->closed)
        m_controller->actions()->reopenConversation(conversation->id);
    else
        m_controller->actions()->closeConversation(conversation->id);
}

void ConversationView::setShortcutHints(const QKeySequence &close, const QKeySequence &reopen)
{
    m_closeShortcut = close;
    m_reopenShortcut = reopen;
    updateHeader();
}

void ConversationView::closeConversation()
{
    const papo::common::ConversationSummary *conversation = m_controller->currentConversation();
    if (conversation && !conversation->closed)
        m_controller->actions()->closeConversation(conversation->id);
}

void ConversationView::reopenConversation()
{
    const papo::common::ConversationSummary *conversation = m_controller->currentConversation();
    if (conversation && conversation->closed)
        m_controller->actions()->reopenConversation(conversation->id);
}

void ConversationView::addOperator(bool handOver)
{
    const papo::common::ConversationSummary *conversation = m_controller->currentConversation();
    if (!conversation)
        return;
    auto *dialog = new AddOperatorDialog(m_controller->actions(), conversation->id,
                                         conversation->participants, m_controller->me().id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHandOver(handOver);
    dialog->open();
}

void ConversationView::showMessageActions(const QModelIndex &index, const QPoint &globalPosition)
{
    const qint64 messageId = index.data(MessageModel::IdRole).toLongLong();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("messageActionsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *edit = menu->addAction(tr("Edit"));
    edit->setObjectName(QStringLiteral("editMessageAction"));
    connect(edit, &QAction::triggered, this, [this, messageId] { startEditing(messageId); });
    menu->popup(globalPosition);
}

void ConversationView::startEditing(qint64 messageId)
{
    const papo::common::ChatMessage *message = m_controller->messages()->findMessage(messageId);
    if (!message)
        return;
    m_editingMessageId = messageId;
    m_composer->setPlainText(message->text);
    m_composer->moveCursor(QTextCursor::End);
    m_editingBanner->show();
    m_sendButton->setText(tr("Save"));
    m_composer->setFocus();
}

void ConversationView::cancelEditing()
{
    if (m_editingMessageId == 0)
        return;
    m_editingMessageId = 0;
    m_composer->clear();
    m_editingBanner->hide();
    m_sendButton->setText(tr("Send"));
}

QPushButton *ConversationView::createAttachButton(QWidget *parent)
{
    m_attachButton
        = new QPushButton(QIcon(QStringLiteral(":/icons/attach.svg")), QString(), parent);
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_attachButton->setFlat(true);
    m_attachButton->setIconSize(QSize(22, 22));
    m_attachButton->setFixedSize(36, 36);
    m_attachButton->setToolTip(tr("Send a picture or a file"));
    m_attachButton->setAccessibleName(tr("Attach a file"));
    m_attachButton->setAutoDefault(false);
    connect(m_attachButton, &QPushButton::clicked, this, &ConversationView::chooseAttachment);
    AttachmentSender *sender = m_controller->attachments();
    connect(sender, &AttachmentSender::busyChanged, m_attachButton, [this](bool busy) {
        m_attachButton->setEnabled(!busy);
        m_attachButton->setToolTip(busy ? tr("Sending the file…") : tr("Send a picture or a file"));
    });
    connect(m_controller->messages(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (!roles.contains(MessageModel::AttachmentPreviewRole))
                    return;
                const bool atBottom = m_atBottom;
                m_messageList->doItemsLayout();
                if (atBottom)
                    m_messageList->scrollToBottom();
            });
    return m_attachButton;
}

void ConversationView::chooseAttachment()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Send a file"), QString(),
        tr("Pictures and documents (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.csv *.zip "
           "*.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp);;All files (*)"));
    if (!path.isEmpty())
        m_controller->attachments()->send(path);
}

void ConversationView::showConversation(qint64 conversationId)
{
    m_pages->setCurrentIndex(conversationId > 0 ? 1 : 0);
    cancelEditing();
    m_typing->hide();
    m_composer->clear();
    updateHeader();
    updateLoadEarlier();
    if (conversationId > 0)
        m_composer->setFocus();
}

void ConversationView::updateHeader()
{
    const papo::common::ConversationSummary *conversation = m_controller->currentConversation();
    if (!conversation) {
        m_visitorName->clear();
        m_details->clear();
        m_closeReopen->setEnabled(false);
        m_addOperator->setEnabled(false);
        m_exportHelpScout->setEnabled(false);
        return;
    }
    m_closeReopen->setEnabled(true);
    m_addOperator->setEnabled(true);
    m_exportHelpScout->setEnabled(true);
    m_closeReopen->setText(conversation->closed ? tr("Reopen") : tr("Close"));
    m_closeReopen->setToolTip(
        conversation->closed
            ? DeskActions::withShortcut(tr("Put this chat back among the open ones"),
                                        m_reopenShortcut)
            : DeskActions::withShortcut(tr("Mark this chat as resolved; it reopens when the "
                                           "visitor writes again"),
                                        m_closeShortcut));
    m_visitorName->setText(ConversationListModel::displayName(*conversation));
    const QString state
        = conversation->state == papo::common::ConversationState::Queued
              ? tr("Waiting in the queue")
              : (conversation->ownerId == m_controller->me().id ? tr("You are handling this chat")
                                                                : tr("Handled by a teammate"));
    const QString shownState = conversation->closed ? tr("Closed") : state;
    QString details = conversation->pageUrl.isEmpty()
                          ? shownState
                          : tr("%1 · on %2").arg(shownState, conversation->pageUrl);
    // RAT-1: the visitor's rating, with their comment (plain text: the label is PlainText).
    if (!conversation->rating.isEmpty()) {
        const QString rating
            = conversation->rating == QLatin1String("good") ? tr("Rated good") : tr("Rated bad");
        details += QStringLiteral(" · ") + rating;
        if (!conversation->ratingComment.isEmpty())
            details += QStringLiteral(": “%1”").arg(conversation->ratingComment);
    }
    m_details->setText(details);
}

void ConversationView::updateLoadEarlier()
{
    const MessageModel *messages = m_controller->messages();
    const bool loading = m_controller->isLoadingHistory();
    m_loadEarlier->setVisible(messages->conversationId() > 0 && (messages->hasMore() || loading));
    m_loadEarlier->setEnabled(!loading);
    m_loadEarlier->setText(loading ? tr("Loading…") : tr("Load earlier messages"));
}

void ConversationView::submit(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    if (m_editingMessageId > 0) {
        m_controller->actions()->editMessage(m_editingMessageId, text);
        cancelEditing();
        return;
    }
    if (!m_controller->sendReply(text).isEmpty())
        m_composer->clear();
}

void ConversationView::setVisitorTyping(qint64 conversationId, bool typing, const QString &draft)
{
    if (conversationId != m_controller->openConversationId())
        return;
    // The draft is the visitor's own text: shown plain (the label is Qt::PlainText).
    constexpr int MaxPreviewChars = 280; // a glimpse, not the whole essay
    QString preview = draft.simplified();
    if (preview.size() > MaxPreviewChars)
        preview = preview.left(MaxPreviewChars) + QChar(0x2026);
    m_typing->setText(preview.isEmpty() ? tr("The visitor is typing…")
                                        : tr("The visitor is typing: %1").arg(preview));
    m_typing->setVisible(typing);
    if (typing)
        m_typingTimeout.start();
    else
        m_typingTimeout.stop();
}

} // namespace papo::desk
