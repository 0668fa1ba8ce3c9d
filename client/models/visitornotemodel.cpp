#include "visitornotemodel.h"

#include <QLocale>
#include <QTextDocument>

namespace papo::desk {

VisitorNoteModel::VisitorNoteModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int VisitorNoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant VisitorNoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VisitorNote &note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = QLocale().toString(note.createdAt.toLocalTime(), QLocale::ShortFormat);
        return note.text + QLatin1Char('\n') + tr("— %1, %2").arg(note.authorName, when);
    }
    case Qt::ToolTipRole:
        return Qt::convertFromPlainText(note.text, Qt::WhiteSpaceNormal); // never read as markup
    case TextRole:
        return note.text;
    case IdRole:
        return note.id;
    case AuthorIdRole:
        return note.authorId;
    case AuthorNameRole:
        return note.authorName;
    case CreatedAtRole:
        return note.createdAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> VisitorNoteModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "noteId"},
                  {TextRole, "text"},
                  {AuthorIdRole, "authorId"},
                  {AuthorNameRole, "authorName"},
                  {CreatedAtRole, "createdAt"}});
    return names;
}

void VisitorNoteModel::setNotes(const QList<VisitorNote> &notes)
{
    QSet<qint64> wanted;
    for (const VisitorNote &note : notes)
        wanted.insert(note.id);
    // Notes are never edited; a note missing from a fresh answer was deleted elsewhere.
    for (int row = int(m_notes.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_notes.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_ids.remove(m_notes.at(row).id);
            m_notes.removeAt(row);
            endRemoveRows();
        }
    }
    for (const VisitorNote &note : notes)
        addNote(note);
}

bool VisitorNoteModel::addNote(const VisitorNote &note)
{
    if (note.id <= 0 || m_ids.contains(note.id))
        return false;
    const int row = insertPosition(note);
    beginInsertRows({}, row, row);
    m_notes.insert(row, note);
    m_ids.insert(note.id);
    endInsertRows();
    return true;
}

void VisitorNoteModel::clear()
{
    if (m_notes.isEmpty())
        return;
    beginResetModel();
    m_notes.clear();
    m_ids.clear();
    endResetModel();
}

int VisitorNoteModel::insertPosition(const VisitorNote &note) const
{
    // Oldest first, by id (ids grow with time); usually the end.
    int row = int(m_notes.size());
    while (row > 0 && m_notes.at(row - 1).id > note.id)
        --row;
    return row;
}

} // namespace papo::desk
