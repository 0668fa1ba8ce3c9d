#include "searchresultmodel.h"

#include <QJsonObject>
#include <QLocale>

namespace papo::desk {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = QLocale().toString(hit.createdAt.toLocalTime(), QLocale::ShortFormat);
        if (!hit.visitorName.isEmpty())
            return tr("%1 · %2: %3").arg(hit.visitorName, when, hit.snippet.simplified());
        return tr("Visitor %1 · %2: %3").arg(hit.visitorId).arg(when, hit.snippet.simplified());
    }
    case Qt::ToolTipRole:
        return hit.snippet.toHtmlEscaped(); // tooltips may be read as rich text
    case MessageIdRole:
        return hit.messageId;
    case ConversationIdRole:
        return hit.conversationId;
    case VisitorIdRole:
        return hit.visitorId;
    case SnippetRole:
        return hit.snippet;
    case CreatedAtRole:
        return hit.createdAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{MessageIdRole, "messageId"},
                  {ConversationIdRole, "conversationId"},
                  {VisitorIdRole, "visitorId"},
                  {SnippetRole, "snippet"},
                  {CreatedAtRole, "createdAt"}});
    return names;
}

void SearchResultModel::setResults(const QJsonArray &results,
                                   const std::function<QString(qint64)> &nameOf)
{
    beginResetModel();
    m_hits.clear();
    for (const QJsonValue &value : results) {
        const QJsonObject object = value.toObject();
        Hit hit;
        hit.messageId = object.value(QLatin1String("messageId")).toInteger();
        hit.conversationId = object.value(QLatin1String("conversationId")).toInteger();
        hit.visitorId = object.value(QLatin1String("visitorId")).toInteger();
        hit.snippet = object.value(QLatin1String("snippet")).toString();
        hit.createdAt = QDateTime::fromString(object.value(QLatin1String("createdAt")).toString(),
                                              Qt::ISODateWithMs);
        if (nameOf)
            hit.visitorName = nameOf(hit.conversationId);
        if (hit.conversationId > 0)
            m_hits.append(hit);
    }
    endResetModel();
}

void SearchResultModel::clear()
{
    if (m_hits.isEmpty())
        return;
    beginResetModel();
    m_hits.clear();
    endResetModel();
}

} // namespace papo::desk
