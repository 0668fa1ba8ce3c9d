#pragma once

#include <protocol/chatmessage.h>

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace papo::desk {

// The messages of the open conversation, oldest first: history pages are inserted in
// place, live messages appended, each message id at most once. The operator's own replies
// show at the end as pending until the server acknowledges them (matched by cid).
class AttachmentPreviews;

class MessageModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ClientIdRole,
        AuthorKindRole, // papo::common::AuthorKind as int
        AuthorIdRole,
        AuthorNameRole,
        TextRole,
        HtmlRole, // the text through papo::common::formatMessageHtml: safe to render
        CreatedAtRole,
        IsOwnRole,
        DeliveryRole, // Delivery as int
        ErrorRole,
        EditedRole,  // CHT-4: the author changed the text after sending it
        ReceiptRole, // Receipt as int (CHT-5), for operators' messages
        // CHT-9: the message's file; AttachmentNameRole is empty for a text-only message.
        AttachmentNameRole,
        AttachmentTypeRole,
        AttachmentSizeRole,
        AttachmentUrlRole, // the absolute download URL
        AttachmentIsImageRole,
        AttachmentPreviewRole, // QImage thumbnail of a picture; null until downloaded
    };
    Q_ENUM(Role)

    enum class Delivery { Delivered, Pending, Failed };
    Q_ENUM(Delivery)
    // CHT-5: what the visitor has seen of an operator's message.
    enum class Receipt { None, Sent, Seen };
    Q_ENUM(Receipt)

    explicit MessageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Empties the model for another conversation (0: none).
    void setConversationId(qint64 conversationId);
    qint64 conversationId() const { return m_conversationId; }
    void setOwnOperator(qint64 operatorId, const QString &name);
    // Shown as the author of visitor messages that carry no name.
    void setVisitorName(const QString &name);
    // CHT-9: where pictures' thumbnails come from; rows change when one arrives.
    void setPreviews(AttachmentPreviews *previews);

    // Returns false when the message belongs elsewhere or is already here.
    bool addMessage(const papo::common::ChatMessage &message);
    // A history page (any order); returns how many were new.
    int addMessages(const QList<papo::common::ChatMessage> &messages);
    void addPending(const QString &clientId, const QString &text, const QDateTime &queuedAt);
    void markFailed(const QString &clientId, const QString &reason);
    void removePending(const QString &clientId);
    // CHT-4: the stored message's new text; false when it is not here.
    bool applyEdit(const papo::common::ChatMessage &message);
    // CHT-5: the visitor has seen every message up to this id (only moves forward).
    void setVisitorReadUpTo(qint64 messageId);
    qint64 visitorReadUpTo() const { return m_visitorReadUpTo; }
    // The newest delivered message of this operator (0 when none): what ↑ edits.
    qint64 lastOwnMessageId() const;
    // The newest delivered message of the visitor (0 when none): what the desk marks read.
    qint64 lastVisitorMessageId() const;
    // The delivered message with this id, or nullptr.
    const papo::common::ChatMessage *findMessage(qint64 messageId) const;

    void setHasMore(bool hasMore) { m_hasMore = hasMore; }
    bool hasMore() const { return m_hasMore; }
    // The oldest stored message id (0 when none): `beforeId` of the next history page.
    qint64 oldestId() const;
    int deliveredCount() const { return m_deliveredCount; }
    bool containsMessage(qint64 messageId) const { return m_ids.contains(messageId); }

private:
    struct Row
    {
        papo::common::ChatMessage message;
        Delivery delivery = Delivery::Delivered;
        QString error;
    };

    int insertPosition(qint64 messageId) const;
    int pendingRow(const QString &clientId) const;
    int deliveredRow(qint64 messageId) const;
    bool isOwn(const Row &row) const;
    // What a screen reader says for the bubble.
    QString accessibleText(const QModelIndex &index) const;
    QVariant attachmentData(const papo::common::AttachmentInfo &attachment, int role) const;

    QList<Row> m_rows; // delivered rows sorted by id, then pending/failed rows
    int m_deliveredCount = 0;
    QSet<qint64> m_ids;
    qint64 m_conversationId = 0;
    qint64 m_ownOperatorId = 0;
    qint64 m_visitorReadUpTo = 0;
    QString m_ownName;
    QString m_visitorName;
    bool m_hasMore = false;
    AttachmentPreviews *m_previews = nullptr;
};

} // namespace papo::desk
