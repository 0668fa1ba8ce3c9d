#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace papo::desk {

class SavedReplyController;

// The Saved replies tab (CHT-7): the team's replies on the left; the chosen one's shortcut
// and text on the right to change, a new one to add, or delete. The list follows the
// server's pushes, so every operator sees changes at once.
class SavedRepliesView final : public QWidget
{
    Q_OBJECT

public:
    explicit SavedRepliesView(SavedReplyController *controller, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QLineEdit *shortcutField() const { return m_shortcut; }
    QPlainTextEdit *textField() const { return m_text; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *messageLabel() const { return m_message; }

private:
    void showReply(const QModelIndex &index);
    void startNew();
    void save();
    void remove();
    void reselect();
    void setBusy(bool busy);

    SavedReplyController *m_controller;
    QListView *m_list;
    QLineEdit *m_shortcut;
    QPlainTextEdit *m_text;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_message;
    qint64 m_editingId = 0;   // 0: a new reply
    QString m_selectShortcut; // shown again once the server's new list arrives
};

} // namespace papo::desk
