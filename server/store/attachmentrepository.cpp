#include "attachmentrepository.h"

#include "cachedquery.h"
#include "sqltime.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

using common::AuthorKind;

namespace {

QString kindName(AuthorKind kind)
{
    return kind == AuthorKind::Operator ? QStringLiteral("operator") : QStringLiteral("visitor");
}

} // namespace

bool AttachmentRepository::insert(const AttachmentRecord &record)
{
    CachedQuery query(
        m_db,
        QStringLiteral(
            "INSERT INTO attachments (id, visitor_id, conversation_id, uploader_kind, uploader_id, "
            "name, type, size, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(record.info.id), QVariant(record.visitorId),
          record.conversationId > 0 ? QVariant(record.conversationId) : QVariant(),
          QVariant(kindName(record.uploaderKind)), QVariant(record.uploaderId),
          sqlText(record.info.name), QVariant(record.info.type), QVariant(record.info.size),
          QVariant(nowSqlTime())})
        query.addBindValue(value);
    return query.exec();
}

std::optional<AttachmentRecord> AttachmentRepository::find(const QString &id)
{
    CachedQuery query(m_db,
                      QStringLiteral("SELECT id, name, type, size, visitor_id, "
                                     "COALESCE(conversation_id, 0), uploader_kind, uploader_id "
                                     "FROM attachments WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    AttachmentRecord record;
    record.info.id = query.value(0).toString();
    record.info.name = query.value(1).toString();
    record.info.type = query.value(2).toString();
    record.info.size = query.value(3).toLongLong();
    record.visitorId = query.value(4).toLongLong();
    record.conversationId = query.value(5).toLongLong();
    record.uploaderKind = query.value(6).toString() == QLatin1String("operator")
                              ? AuthorKind::Operator
                              : AuthorKind::Visitor;
    record.uploaderId = query.value(7).toLongLong();
    return record;
}

std::optional<common::AttachmentInfo> AttachmentRepository::usableBy(const QString &id,
                                                                     AuthorKind kind,
                                                                     qint64 authorId,
                                                                     qint64 visitorId)
{
    const auto record = find(id);
    if (!record || record->uploaderKind != kind || record->uploaderId != authorId
        || record->visitorId != visitorId)
        return std::nullopt;
    return record->info;
}

namespace {

QStringList ids(QSqlQuery &query)
{
    QStringList found;
    if (query.exec()) {
        while (query.next())
            found << query.value(0).toString();
    }
    return found;
}

} // namespace

QStringList AttachmentRepository::unsentBefore(const QDateTime &before)
{
    CachedQuery query(
        m_db, QStringLiteral("SELECT a.id FROM attachments a WHERE a.created_at < ? AND NOT "
                             "EXISTS (SELECT 1 FROM messages m WHERE m.attachment_id = a.id)"));
    query.addBindValue(toSqlTime(before));
    return ids(query);
}

QStringList AttachmentRepository::ofConversationsGoneOrIdleSince(const QDateTime &idleSince)
{
    // Two texts rather than a bound flag: PostgreSQL takes no integer as a condition.
    QString sql = QStringLiteral(
        "SELECT DISTINCT a.id FROM attachments a JOIN messages m ON m.attachment_id = a.id "
        "LEFT JOIN conversations c ON c.id = m.conversation_id WHERE c.id IS NULL");
    if (idleSince.isValid())
        sql += QStringLiteral(" OR c.updated_at < ?");
    CachedQuery query(m_db, sql);
    if (idleSince.isValid())
        query.addBindValue(toSqlTime(idleSince));
    return ids(query);
}

bool AttachmentRepository::remove(const QString &id)
{
    CachedQuery query(m_db, QStringLiteral("DELETE FROM attachments WHERE id = ?"));
    query.addBindValue(id);
    return query.exec();
}

} // namespace papo::server
