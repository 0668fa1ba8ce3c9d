#pragma once

#include <protocol/chatmessage.h>

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace papo::desk {

class GroupModel;

// Every conversation the operator can see, in arrival order; the filter proxies sort and
// split it into the Queue and Mine lists. Fed by the `conversations` ack and the
// `conversation` / `message` events.
class ConversationListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        VisitorIdRole,
        VisitorNameRole,
        StateRole, // papo::common::ConversationState as int
        OwnerIdRole,
        UpdatedAtRole,
        PageUrlRole,
        LastMessageTextRole,
        LastMessageAuthorKindRole, // papo::common::AuthorKind as int; -1 without a message
        LastMessageAuthorNameRole,
        UnreadCountRole,
        DismissedRole,    // QUE-4: off the queue until the visitor writes again
        ParticipantsRole, // CHT-1: QList<qint64>, the operators who may write (owner first)
        ClosedRole,       // CHT-8: resolved until reopened or the visitor writes again
        GroupIdRole,      // GRP-1: its visitor's group; 0 without one
        GroupNameRole,    // ... and its name ("" without one)
    };
    Q_ENUM(Role)

    explicit ConversationListModel(QObject *parent = nullptr);

    // Where GroupNameRole finds the names (GRP-1); rows follow its changes.
    void setGroups(const GroupModel *groups);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setConversations(const QList<papo::common::ConversationSummary> &conversations);
    // Returns true when the conversation was not known before.
    bool upsert(const papo::common::ConversationSummary &conversation);
    // Makes the message the conversation's last one when it is newer.
    void applyMessage(const papo::common::ChatMessage &message);
    // CHT-4: an edited message that is the conversation's last one shows its new text.
    void applyEdit(const papo::common::ChatMessage &message);
    // CHT-5: a `read` event; marks only move forward.
    void applyReadMark(qint64 conversationId, bool byVisitor, qint64 upToId);
    // GRP-1: the chat moved out of the operator's sight (`conversation_removed`).
    void remove(qint64 conversationId);
    void incrementUnread(qint64 conversationId);
    void clearUnread(qint64 conversationId);
    void clear();

    // The visitor's name, or "Visitor <id>" while they have not given one.
    static QString displayName(const papo::common::ConversationSummary &conversation);

    bool contains(qint64 conversationId) const { return m_rowById.contains(conversationId); }
    const papo::common::ConversationSummary *find(qint64 conversationId) const;
    QModelIndex indexOf(qint64 conversationId) const;

private:
    struct Row
    {
        papo::common::ConversationSummary summary;
        int unread = 0;
    };

    void emitRowChanged(int row);

    const GroupModel *m_groups = nullptr;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
};

} // namespace papo::desk
