#include "conversationlistmodel.h"

#include "accessibletext.h"
#include "authorname.h"
#include "groupmodel.h"
#include "messagepreview.h"

namespace papo::desk {

using papo::common::ChatMessage;
using papo::common::ConversationSummary;

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ConversationSummary &summary = row.summary;
    switch (role) {
    case Qt::DisplayRole:
    case VisitorNameRole:
        return displayName(summary);
    case Qt::AccessibleTextRole:
        return AccessibleText::conversationName(summary, displayName(summary), row.unread);
    case Qt::AccessibleDescriptionRole:
        return AccessibleText::conversationDescription(summary);
    case Qt::ToolTipRole:
        // Tooltips may be read as rich text: the visitor's URL is escaped.
        return summary.pageUrl.toHtmlEscaped();
    case PageUrlRole:
        return summary.pageUrl;
    case IdRole:
        return summary.id;
    case VisitorIdRole:
        return summary.visitorId;
    case StateRole:
        return int(summary.state);
    case OwnerIdRole:
        return summary.ownerId;
    case UpdatedAtRole:
        return summary.updatedAt;
    case LastMessageTextRole:
        return summary.hasLastMessage ? MessagePreview::of(summary.lastMessage) : QString();
    case LastMessageAuthorKindRole:
        return summary.hasLastMessage ? int(summary.lastMessage.authorKind) : -1;
    case LastMessageAuthorNameRole:
        return summary.hasLastMessage
                   ? AuthorName::of(summary.lastMessage.authorKind, summary.lastMessage.authorName)
                   : QString();
    case UnreadCountRole:
        return row.unread;
    case DismissedRole:
        return summary.dismissed;
    case ParticipantsRole:
        return QVariant::fromValue(summary.participants);
    case ClosedRole:
        return summary.closed;
    case GroupIdRole:
        return summary.groupId;
    case GroupNameRole:
        return m_groups ? m_groups->name(summary.groupId) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "conversationId"},
                  {VisitorIdRole, "visitorId"},
                  {VisitorNameRole, "visitorName"},
                  {StateRole, "state"},
                  {OwnerIdRole, "ownerId"},
                  {UpdatedAtRole, "updatedAt"},
                  {PageUrlRole, "pageUrl"},
                  {LastMessageTextRole, "lastMessageText"},
                  {LastMessageAuthorKindRole, "lastMessageAuthorKind"},
                  {LastMessageAuthorNameRole, "lastMessageAuthorName"},
                  {UnreadCountRole, "unreadCount"},
                  {DismissedRole, "dismissed"},
                  {ParticipantsRole, "participants"},
                  {ClosedRole, "closed"},
                  {GroupIdRole, "groupId"},
                  {GroupNameRole, "groupName"}});
    return names;
}

void ConversationListModel::setGroups(const GroupModel *groups)
{
    m_groups = groups;
    const auto renamed = [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1), {GroupNameRole});
    };
    connect(groups, &QAbstractItemModel::dataChanged, this, renamed);
    connect(groups, &QAbstractItemModel::modelReset, this, renamed);
}

void ConversationListModel::remove(qint64 conversationId)
{
    const auto found = m_rowById.constFind(conversationId);
    if (found == m_rowById.cend())
        return;
    const int row = *found;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowById.clear();
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_rowById.insert(m_rows.at(i).summary.id, i);
    endRemoveRows();
}

QString ConversationListModel::displayName(const ConversationSummary &conversation)
{
    if (!conversation.visitorName.trimmed().isEmpty())
        return conversation.visitorName;
    return tr("Visitor %1").arg(conversation.visitorId);
}

void ConversationListModel::setConversations(const QList<ConversationSummary> &conversations)
{
    QHash<qint64, int> unread;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.unread > 0)
            unread.insert(row.summary.id, row.unread);
    }
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    for (const ConversationSummary &summary : conversations) {
        if (summary.id <= 0 || m_rowById.contains(summary.id))
            continue;
        m_rowById.insert(summary.id, int(m_rows.size()));
        m_rows.append({summary, unread.value(summary.id)});
    }
    endResetModel();
}

bool ConversationListModel::upsert(const ConversationSummary &conversation)
{
    if (conversation.id <= 0)
        return false;
    const auto found = m_rowById.constFind(conversation.id);
    if (found == m_rowById.cend()) {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append({conversation, 0});
        m_rowById.insert(conversation.id, row);
        endInsertRows();
        return true;
    }
    Row &row = m_rows[*found];
    const ChatMessage previousLast = row.summary.lastMessage;
    const bool hadLast = row.summary.hasLastMessage;
    row.summary = conversation;
    // A message event may have been newer than this snapshot of the conversation.
    if (hadLast
        && (!conversation.hasLastMessage || previousLast.id > conversation.lastMessage.id)) {
        row.summary.hasLastMessage = true;
        row.summary.lastMessage = previousLast;
    }
    emitRowChanged(*found);
    return false;
}

void ConversationListModel::applyMessage(const ChatMessage &message)
{
    const auto found = m_rowById.constFind(message.conversationId);
    if (found == m_rowById.cend())
        return;
    ConversationSummary &summary = m_rows[*found].summary;
    if (summary.hasLastMessage && summary.lastMessage.id >= message.id)
        return;
    summary.hasLastMessage = true;
    summary.lastMessage = message;
    if (!summary.updatedAt.isValid() || summary.updatedAt < message.createdAt)
        summary.updatedAt = message.createdAt;
    emitRowChanged(*found);
}

void ConversationListModel::applyEdit(const ChatMessage &message)
{
    const auto found = m_rowById.constFind(message.conversationId);
    if (found == m_rowById.cend())
        return;
    ConversationSummary &summary = m_rows[*found].summary;
    if (!summary.hasLastMessage || summary.lastMessage.id != message.id)
        return;
    summary.lastMessage.text = message.text;
    summary.lastMessage.editedAt = message.editedAt;
    emitRowChanged(*found);
}

void ConversationListModel::applyReadMark(qint64 conversationId, bool byVisitor, qint64 upToId)
{
    const auto found = m_rowById.constFind(conversationId);
    if (found == m_rowById.cend())
        return;
    ConversationSummary &summary = m_rows[*found].summary;
    qint64 &mark = byVisitor ? summary.visitorReadUpTo : summary.operatorReadUpTo;
    if (upToId <= mark)
        return;
    mark = upToId;
    emitRowChanged(*found);
}

void ConversationListModel::incrementUnread(qint64 conversationId)
{
    const auto found = m_rowById.constFind(conversationId);
    if (found == m_rowById.cend())
        return;
    ++m_rows[*found].unread;
    emitRowChanged(*found);
}

void ConversationListModel::clearUnread(qint64 conversationId)
{
    const auto found = m_rowById.constFind(conversationId);
    if (found == m_rowById.cend() || m_rows.at(*found).unread == 0)
        return;
    m_rows[*found].unread = 0;
    emitRowChanged(*found);
}

void ConversationListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
}

const ConversationSummary *ConversationListModel::find(qint64 conversationId) const
{
    const auto found = m_rowById.constFind(conversationId);
    return found == m_rowById.cend() ? nullptr : &m_rows.at(*found).summary;
}

QModelIndex ConversationListModel::indexOf(qint64 conversationId) const
{
    const auto found = m_rowById.constFind(conversationId);
    return found == m_rowById.cend() ? QModelIndex() : index(*found);
}

void ConversationListModel::emitRowChanged(int row)
{
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
}

} // namespace papo::desk
