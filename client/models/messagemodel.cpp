#include "messagemodel.h"

#include "accessibletext.h"
#include "authorname.h"
#include "net/attachmentpreviews.h"

#include <formatting.h>

#include <algorithm>

namespace papo::desk {

using papo::common::AuthorKind;
using papo::common::ChatMessage;

MessageModel::MessageModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ChatMessage &message = row.message;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return message.text;
    case Qt::AccessibleTextRole:
        return accessibleText(index);
    case IdRole:
        return message.id;
    case ClientIdRole:
        return message.clientId;
    case AuthorKindRole:
        return int(message.authorKind);
    case AuthorIdRole:
        return message.authorId;
    case AuthorNameRole:
        if (message.authorName.isEmpty() && message.authorKind == AuthorKind::Visitor)
            return m_visitorName;
        return AuthorName::of(message.authorKind, message.authorName);
    case HtmlRole:
        return papo::common::formatMessageHtml(message.text);
    case CreatedAtRole:
        return message.createdAt;
    case IsOwnRole:
        return isOwn(row);
    case DeliveryRole:
        return int(row.delivery);
    case ErrorRole:
        return row.error;
    case EditedRole:
        return message.editedAt.isValid();
    case ReceiptRole:
        if (message.authorKind != AuthorKind::Operator || row.delivery != Delivery::Delivered)
            return int(Receipt::None);
        return int(message.id <= m_visitorReadUpTo ? Receipt::Seen : Receipt::Sent);
    default:
        return attachmentData(message.attachment, role);
    }
}

QString MessageModel::accessibleText(const QModelIndex &index) const
{
    const Row &row = m_rows.at(index.row());
    QString author = index.data(AuthorNameRole).toString();
    if (isOwn(row))
        author = tr("You");
    else if (author.isEmpty())
        author = row.message.authorKind == AuthorKind::Visitor ? tr("Visitor") : tr("Operator");
    QString status;
    switch (row.delivery) {
    case Delivery::Pending:
        status = tr("sending");
        break;
    case Delivery::Failed:
        status = tr("not sent: %1").arg(row.error);
        break;
    case Delivery::Delivered:
        switch (Receipt(index.data(ReceiptRole).toInt())) {
        case Receipt::Seen:
            status = tr("seen by the visitor");
            break;
        case Receipt::Sent:
            status = tr("sent");
            break;
        case Receipt::None:
            break;
        }
        break;
    }
    return AccessibleText::messageName(author, row.message, status);
}

QVariant MessageModel::attachmentData(const papo::common::AttachmentInfo &attachment,
                                      int role) const
{
    switch (role) {
    case AttachmentNameRole:
        return attachment.name;
    case AttachmentTypeRole:
        return attachment.type;
    case AttachmentSizeRole:
        return attachment.size;
    case AttachmentUrlRole:
        return attachment.isEmpty() || !m_previews ? QUrl() : m_previews->fileUrl(attachment);
    case AttachmentIsImageRole:
        return attachment.isImage();
    case AttachmentPreviewRole:
        return m_previews && attachment.isImage() ? m_previews->preview(attachment) : QImage();
    default:
        return {};
    }
}

void MessageModel::setPreviews(AttachmentPreviews *previews)
{
    m_previews = previews;
    connect(previews, &AttachmentPreviews::previewReady, this, [this](const QString &id) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).message.attachment.id == id)
                emit dataChanged(index(row), index(row), {AttachmentPreviewRole});
        }
    });
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "messageId"},
                  {ClientIdRole, "clientId"},
                  {AuthorKindRole, "authorKind"},
                  {AuthorIdRole, "authorId"},
                  {AuthorNameRole, "authorName"},
                  {TextRole, "text"},
                  {HtmlRole, "html"},
                  {CreatedAtRole, "createdAt"},
                  {IsOwnRole, "isOwn"},
                  {DeliveryRole, "delivery"},
                  {ErrorRole, "error"},
                  {EditedRole, "edited"},
                  {ReceiptRole, "receipt"},

                  {AttachmentNameRole, "attachmentName"},
                  {AttachmentTypeRole, "attachmentType"},
                  {AttachmentSizeRole, "attachmentSize"},
                  {AttachmentUrlRole, "attachmentUrl"},
                  {AttachmentIsImageRole, "attachmentIsImage"},
                  {AttachmentPreviewRole, "attachmentPreview"}});
    return names;
}

void MessageModel::setConversationId(qint64 conversationId)
{
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_deliveredCount = 0;
    m_hasMore = false;
    m_visitorReadUpTo = 0;
    m_conversationId = conversationId;
    endResetModel();
}

void MessageModel::setOwnOperator(qint64 operatorId, const QString &name)
{
    m_ownOperatorId = operatorId;
    m_ownName = name;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {IsOwnRole});
}

void MessageModel::setVisitorName(const QString &name)
{
    if (m_visitorName == name)
        return;
    m_visitorName = name;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {AuthorNameRole});
}

bool MessageModel::addMessage(const ChatMessage &message)
{
    if (message.id <= 0 || message.conversationId != m_conversationId || m_conversationId == 0
        || m_ids.contains(message.id))
        return false;

    const int position = insertPosition(message.id);
    const int pending = message.clientId.isEmpty() ? -1 : pendingRow(message.clientId);
    m_ids.insert(message.id);
    if (pending == position) {
        // The acknowledged reply takes the place of its pending row.
        m_rows[pending] = {message, Delivery::Delivered, QString()};
        ++m_deliveredCount;
        emit dataChanged(index(pending), index(pending));
        return true;
    }
    if (pending >= 0) {
        beginRemoveRows({}, pending, pending);
        m_rows.removeAt(pending);
        endRemoveRows();
    }
    beginInsertRows({}, position, position);
    m_rows.insert(position, {message, Delivery::Delivered, QString()});
    ++m_deliveredCount;
    endInsertRows();
    return true;
}

int MessageModel::addMessages(const QList<ChatMessage> &messages)
{
    QList<ChatMessage> fresh;
    QSet<qint64> seen;
    for (const ChatMessage &message : messages) {
        if (message.id > 0 && message.conversationId == m_conversationId && m_conversationId != 0
            && !m_ids.contains(message.id) && !seen.contains(message.id)) {
            fresh.append(message);
            seen.insert(message.id);
        }
    }
    if (fresh.isEmpty())
        return 0;
    std::sort(fresh.begin(), fresh.end(),
              [](const ChatMessage &a, const ChatMessage &b) { return a.id < b.id; });

    // The usual case, an older page: one block at the top.
    const bool olderThanAll = m_deliveredCount == 0 || fresh.last().id < m_rows.first().message.id;
    bool hasPendingCid = false;
    for (const ChatMessage &message : std::as_const(fresh))
        hasPendingCid
            = hasPendingCid || (!message.clientId.isEmpty() && pendingRow(message.clientId) >= 0);
    if (olderThanAll && !hasPendingCid) {
        beginInsertRows({}, 0, int(fresh.size()) - 1);
        // One new list rather than an insert per message: each insert at the top would move
        // every row below it, thousands of times over in a long chat.
        QList<Row> rows;
        rows.reserve(fresh.size() + m_rows.size());
        for (const ChatMessage &message : std::as_const(fresh)) {
            rows.append({message, Delivery::Delivered, QString()});
            m_ids.insert(message.id);
        }
        rows.append(std::move(m_rows));
        m_rows = std::move(rows);
        m_deliveredCount += int(fresh.size());
        endInsertRows();
        return int(fresh.size());
    }
    for (const ChatMessage &message : std::as_const(fresh))
        addMessage(message);
    return int(fresh.size());
}

void MessageModel::addPending(const QString &clientId, const QString &text,
                              const QDateTime &queuedAt)
{
    if (m_conversationId == 0 || pendingRow(clientId) >= 0)
        return;
    ChatMessage message;
    message.clientId = clientId;
    message.conversationId = m_conversationId;
    message.authorKind = AuthorKind::Operator;
    message.authorId = m_ownOperatorId;
    message.authorName = m_ownName;
    message.text = text;
    message.createdAt = queuedAt;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({message, Delivery::Pending, QString()});
    endInsertRows();
}

void MessageModel::markFailed(const QString &clientId, const QString &reason)
{
    const int row = pendingRow(clientId);
    if (row < 0)
        return;
    m_rows[row].delivery = Delivery::Failed;
    m_rows[row].error = reason;
    emit dataChanged(index(row), index(row), {DeliveryRole, ErrorRole});
}

void MessageModel::removePending(const QString &clientId)
{
    const int row = pendingRow(clientId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

bool MessageModel::applyEdit(const ChatMessage &message)
{
    const int row = deliveredRow(message.id);
    if (row < 0 || message.conversationId != m_conversationId)
        return false;
    m_rows[row].message.text = message.text;
    m_rows[row].message.editedAt = message.editedAt;
    emit dataChanged(index(row), index(row), {Qt::DisplayRole, TextRole, HtmlRole, EditedRole});
    return true;
}

void MessageModel::setVisitorReadUpTo(qint64 messageId)
{
    if (messageId <= m_visitorReadUpTo)
        return;
    m_visitorReadUpTo = messageId;
    if (m_deliveredCount > 0)
        emit dataChanged(index(0), index(m_deliveredCount - 1), {ReceiptRole});
}

qint64 MessageModel::lastOwnMessageId() const
{
    for (int row = m_deliveredCount - 1; row >= 0; --row) {
        if (isOwn(m_rows.at(row)))
            return m_rows.at(row).message.id;
    }
    return 0;
}

qint64 MessageModel::lastVisitorMessageId() const
{
    for (int row = m_deliveredCount - 1; row >= 0; --row) {
        if (m_rows.at(row).message.authorKind == AuthorKind::Visitor)
            return m_rows.at(row).message.id;
    }
    return 0;
}

const ChatMessage *MessageModel::findMessage(qint64 messageId) const
{
    const int row = deliveredRow(messageId);
    return row < 0 ? nullptr : &m_rows.at(row).message;
}

qint64 MessageModel::oldestId() const
{
    return m_deliveredCount > 0 ? m_rows.first().message.id : 0;
}

int MessageModel::insertPosition(qint64 messageId) const
{
    const auto begin = m_rows.cbegin();
    const auto end = begin + m_deliveredCount;
    const auto it = std::lower_bound(begin, end, messageId,
                                     [](const Row &row, qint64 id) { return row.message.id < id; });
    return int(it - begin);
}

int MessageModel::deliveredRow(qint64 messageId) const
{
    if (!m_ids.contains(messageId))
        return -1;
    const int row = insertPosition(messageId);
    return row < m_deliveredCount && m_rows.at(row).message.id == messageId ? row : -1;
}

bool MessageModel::isOwn(const Row &row) const
{
    return row.delivery != Delivery::Delivered
           || (row.message.authorKind == AuthorKind::Operator && m_ownOperatorId > 0
               && row.message.authorId == m_ownOperatorId);
}

int MessageModel::pendingRow(const QString &clientId) const
{
    for (int row = m_deliveredCount; row < m_rows.size(); ++row) {
        if (m_rows.at(row).message.clientId == clientId)
            return row;
    }
    return -1;
}

} // namespace papo::desk
