#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;

namespace papo::desk {

class ConversationActions;
struct Teammate;

// "Add operator…" (CHT-1, CHT-2): lists the teammates who are not in the conversation yet;
// the chosen one joins it. "Hand over" adds them and leaves the chat's screen without
// joining it, so the visitor never learns this operator was there; from a chat the caller
// is in, it passes the chat to them (`hand_over`) and the caller leaves it.
class AddOperatorDialog final : public QDialog
{
    Q_OBJECT

public:
    // alreadyIn: the conversation's participants (the caller among them when they joined).
    AddOperatorDialog(ConversationActions *actions, qint64 conversationId,
                      const QList<qint64> &alreadyIn, qint64 myId, QWidget *parent = nullptr);

    QListView *teammateList() const { return m_list; }
    QCheckBox *handOverBox() const { return m_handOver; }
    QPushButton *addButton() const { return m_add; }
    void setHandOver(bool handOver);

    void accept() override;

private:
    void showTeam(const QList<Teammate> &team, const QString &error);

    ConversationActions *m_actions;
    qint64 m_conversationId;
    QList<qint64> m_alreadyIn;
    qint64 m_myId;
    bool m_joined; // the caller is in the conversation
    QStandardItemModel *m_teammates;
    QListView *m_list;
    QLabel *m_message;
    QCheckBox *m_handOver;
    QPushButton *m_add;
};

} // namespace papo::desk
