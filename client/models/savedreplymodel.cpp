#include "savedreplymodel.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace papo::desk {

namespace {

const QRegularExpression &wordSeparators()
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    return separators;
}

} // namespace

SavedReplyModel::SavedReplyModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int SavedReplyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_replies.size());
}

QVariant SavedReplyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reply &reply = m_replies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("/%1  %2").arg(reply.shortcut, reply.text.simplified());
    case Qt::ToolTipRole:
        return reply.text.toHtmlEscaped(); // tooltips may be read as rich text
    case IdRole:
        return reply.id;
    case ShortcutRole:
        return reply.shortcut;
    case TextRole:
        return reply.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedReplyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "replyId"}, {ShortcutRole, "shortcut"}, {TextRole, "text"}});
    return names;
}

void SavedReplyModel::setReplies(const QJsonArray &replies)
{
    beginResetModel();
    m_replies.clear();
    for (const QJsonValue &value : replies) {
        const QJsonObject object = value.toObject();
        Reply reply{object.value(QLatin1String("id")).toInteger(),
                    object.value(QLatin1String("shortcut")).toString(),
                    object.value(QLatin1String("text")).toString()};
        if (reply.id > 0)
            m_replies.append(reply);
    }
    endResetModel();
}

void SavedReplyModel::clear()
{
    beginResetModel();
    m_replies.clear();
    endResetModel();
}

QModelIndex SavedReplyModel::indexOf(qint64 id) const
{
    for (int row = 0; row < m_replies.size(); ++row) {
        if (m_replies.at(row).id == id)
            return index(row);
    }
    return {};
}

SavedReplyFilterModel::SavedReplyFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

QString SavedReplyFilterModel::folded(const QString &text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result;
}

void SavedReplyFilterModel::setKeyword(const QString &keyword)
{
    if (keyword == m_keyword)
        return;
    m_keyword = keyword;
    m_words = folded(keyword).split(wordSeparators(), Qt::SkipEmptyParts);
    invalidate();
}

bool SavedReplyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QStringList words
        = folded(index.data(SavedReplyModel::ShortcutRole).toString() + QLatin1Char(' ')
                 + index.data(SavedReplyModel::TextRole).toString())
              .split(wordSeparators(), Qt::SkipEmptyParts);
    for (const QString &wanted : m_words) {
        const bool found = std::any_of(words.cbegin(), words.cend(), [&](const QString &word) {
            return word.startsWith(wanted);
        });
        if (!found)
            return false;
    }
    return true;
}

bool SavedReplyFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QString leftShortcut = left.data(SavedReplyModel::ShortcutRole).toString();
    const QString rightShortcut = right.data(SavedReplyModel::ShortcutRole).toString();
    if (!m_words.isEmpty()) {
        const bool leftFirst = folded(leftShortcut).startsWith(m_words.first());
        const bool rightFirst = folded(rightShortcut).startsWith(m_words.first());
        if (leftFirst != rightFirst)
            return leftFirst;
    }
    return leftShortcut.compare(rightShortcut, Qt::CaseInsensitive) < 0;
}

} // namespace papo::desk
