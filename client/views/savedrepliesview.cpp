#include "savedrepliesview.h"

#include "app/savedreplycontroller.h"
#include "models/savedreplymodel.h"
#include "tones.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace papo::desk {

SavedRepliesView::SavedRepliesView(SavedReplyController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_list(new QListView(this))
    , m_shortcut(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_new(new QPushButton(tr("New reply"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("savedRepliesView"));
    m_list->setObjectName(QStringLiteral("savedRepliesList"));
    m_list->setModel(m_controller->replies());
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMinimumWidth(320);
    m_list->setAccessibleName(tr("Saved replies"));

    m_shortcut->setObjectName(QStringLiteral("replyShortcutField"));
    m_shortcut->setPlaceholderText(tr("e.g. shipping"));
    m_shortcut->setMaxLength(32);
    // The server's rule (letters, digits, '-' and '_'), so a typo is caught while typing.
    m_shortcut->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[\\p{L}\\p{N}_-]{0,32}")), m_shortcut));
    m_text->setObjectName(QStringLiteral("replyTextField"));
    m_text->setPlaceholderText(tr("The text inserted in the chat"));
    m_text->setTabChangesFocus(true);
    m_new->setObjectName(QStringLiteral("newReplyButton"));
    m_save->setObjectName(QStringLiteral("saveReplyButton"));
    m_delete->setObjectName(QStringLiteral("deleteReplyButton"));
    m_message->setObjectName(QStringLiteral("savedReplyMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *hint = new QLabel(tr("Type / and a keyword in a chat's reply field to insert one of "
                               "these. They are shared by the whole team."),
                            this);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    Tones::setTone(hint, Tones::Tone::Muted);

    auto *form = new QFormLayout;
    form->addRow(tr("Shortcut: /"), m_shortcut);
    form->addRow(tr("Text:"), m_text);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    auto *editor = new QVBoxLayout;
    editor->addWidget(hint);
    editor->addLayout(form, 1);
    editor->addWidget(m_message);
    editor->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addLayout(editor, 3);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showReply(current); });
    connect(m_controller->replies(), &QAbstractItemModel::modelReset, this,
            &SavedRepliesView::reselect);
    connect(m_new, &QPushButton::clicked, this, &SavedRepliesView::startNew);
    connect(m_save, &QPushButton::clicked, this, &SavedRepliesView::save);
    connect(m_delete, &QPushButton::clicked, this, &SavedRepliesView::remove);
    startNew();
}

void SavedRepliesView::showReply(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_editingId = index.data(SavedReplyModel::IdRole).toLongLong();
    m_shortcut->setText(index.data(SavedReplyModel::ShortcutRole).toString());
    m_text->setPlainText(index.data(SavedReplyModel::TextRole).toString());
    m_delete->setEnabled(true);
    m_message->clear();
}

void SavedRepliesView::startNew()
{
    m_editingId = 0;
    m_list->selectionModel()->clear();
    m_shortcut->clear();
    m_text->clear();
    m_delete->setEnabled(false);
    m_message->clear();
    m_shortcut->setFocus();
}

void SavedRepliesView::save()
{
    const QString shortcut = m_shortcut->text().trimmed();
    const QString text = m_text->toPlainText().trimmed();
    if (shortcut.isEmpty() || text.isEmpty()) {
        m_message->setText(tr("A saved reply needs a shortcut and a text."));
        return;
    }
    setBusy(true);
    m_selectShortcut = shortcut;
    m_controller->save(m_editingId, shortcut, text, this, [this](const QString &error) {
        setBusy(false);
        m_message->setText(error.isEmpty() ? tr("Saved.") : error);
        if (!error.isEmpty())
            m_selectShortcut.clear();
    });
}

void SavedRepliesView::remove()
{
    if (m_editingId <= 0)
        return;
    setBusy(true);
    m_controller->remove(m_editingId, this, [this](const QString &error) {
        setBusy(false);
        if (error.isEmpty())
            startNew();
        m_message->setText(error.isEmpty() ? tr("Deleted.") : error);
    });
}

void SavedRepliesView::reselect()
{
    // A new list from the server: the reply just saved is shown as stored; the one being
    // edited stays selected without losing what the operator typed.
    const SavedReplyModel *replies = m_controller->replies();
    const bool justSaved = !m_selectShortcut.isEmpty();
    for (int row = 0; row < replies->rowCount(); ++row) {
        const QModelIndex index = replies->index(row);
        if (justSaved && index.data(SavedReplyModel::ShortcutRole).toString() == m_selectShortcut) {
            const QString message = m_message->text();
            m_list->setCurrentIndex(index);
            showReply(index);
            m_message->setText(message);
            m_selectShortcut.clear();
            return;
        }
        if (!justSaved && m_editingId > 0
            && index.data(SavedReplyModel::IdRole).toLongLong() == m_editingId) {
            const QSignalBlocker blocker(m_list->selectionModel());
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            return;
        }
    }
}

void SavedRepliesView::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_delete->setEnabled(!busy && m_editingId > 0);
}

} // namespace papo::desk
