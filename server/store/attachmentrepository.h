#pragma once

#include <chatmessage.h>

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace papo::server {

// CHT-9: an uploaded file's metadata; the bytes live in a file named by its id.
struct AttachmentRecord
{
    common::AttachmentInfo info;
    qint64 visitorId = 0;      // whose chat it belongs to: that visitor and the operators see it
    qint64 conversationId = 0; // 0 for a visitor's upload (their next message picks it)
    common::AuthorKind uploaderKind = common::AuthorKind::Visitor;
    qint64 uploaderId = 0;
};

// The only SQL about attachments.
class AttachmentRepository final
{
public:
    explicit AttachmentRepository(QSqlDatabase db)
        : m_db(db)
    {}

    bool insert(const AttachmentRecord &record);
    std::optional<AttachmentRecord> find(const QString &id);
    // May `author` send this attachment in a message to `visitorId`'s chat? Only their own
    // upload, made for that visitor's chat.
    std::optional<common::AttachmentInfo> usableBy(const QString &id, common::AuthorKind kind,
                                                   qint64 authorId, qint64 visitorId);

    // Retention: uploads no message ever carried, made before `before`.
    QStringList unsentBefore(const QDateTime &before);
    // Files of messages whose conversation is gone, or (with a valid `idleSince`) has had no
    // activity since then.
    QStringList ofConversationsGoneOrIdleSince(const QDateTime &idleSince);
    bool remove(const QString &id);

private:
    QSqlDatabase m_db;
};

} // namespace papo::server
