#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace papo::server {

struct SavedReply
{
    qint64 id = 0;
    QString shortcut;
    QString text;
};

// CHT-7: the team's saved replies, found by their shortcut keyword.
class SavedReplyRepository final
{
public:
    explicit SavedReplyRepository(QSqlDatabase db)
        : m_db(db)
    {}

    QList<SavedReply> all();
    // Inserts (id 0) or updates; returns the id, 0 when the shortcut is taken or the id unknown.
    qint64 save(const SavedReply &reply, qint64 operatorId);
    bool remove(qint64 id);
    bool shortcutTaken(const QString &shortcut, qint64 exceptId);

private:
    QSqlDatabase m_db;
};

} // namespace papo::server
