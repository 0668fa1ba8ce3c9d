#pragma once

#include "net/visitordetails.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace papo::desk {

// The team's notes about the shown visitor (PAN-2), oldest first, each note id once.
class VisitorNoteModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TextRole,
        AuthorIdRole,
        AuthorNameRole,
        CreatedAtRole,
    };
    Q_ENUM(Role)

    explicit VisitorNoteModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The notes of a `visitor` ack: new ones are inserted in place, known ones stay.
    void setNotes(const QList<VisitorNote> &notes);
    // A `note` event or the `add_note` ack; returns false when the note is already here.
    bool addNote(const VisitorNote &note);
    void clear();
    bool containsNote(qint64 noteId) const { return m_ids.contains(noteId); }

private:
    int insertPosition(const VisitorNote &note) const;

    QList<VisitorNote> m_notes;
    QSet<qint64> m_ids;
};

} // namespace papo::desk
