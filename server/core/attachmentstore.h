#pragma once

#include "attachmentlinks.h"

#include <attachmentrepository.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace papo::server {

struct AttachmentUpload
{
    common::AuthorKind uploaderKind = common::AuthorKind::Visitor;
    qint64 uploaderId = 0;
    qint64 visitorId = 0;      // whose chat the file is for
    qint64 conversationId = 0; // an operator's upload names the conversation
    QString fileName;
    QByteArray content;
};

struct AttachmentSaved
{
    enum class Error { None, Empty, TooLarge, UnsupportedType, Internal };
    Error error = Error::None;
    common::AttachmentInfo info;
    bool ok() const { return error == Error::None; }
};

// CHT-9: keeps uploaded files under <data-dir>/attachments/, each named by its random id,
// with their metadata in the database. Knows nothing of HTTP: the network layer checks
// who uploads and who downloads.
class AttachmentStore final
{
public:
    AttachmentStore(AttachmentRepository &repository, qint64 maxBytes);
    ~AttachmentStore();

    // Creates the directory and the link key; false (with a reason) when they cannot be used.
    // From then on messages carry signed, expiring links (AttachmentLinks).
    bool open(const QString &dataDir, QString *error);
    const AttachmentLinks &links() const { return m_links; }
    qint64 maxBytes() const { return m_maxBytes; }

    AttachmentSaved save(const AttachmentUpload &upload);
    std::optional<AttachmentRecord> find(const QString &id);
    QString filePath(const QString &id) const;
    // Retention: the file goes, its row stays; false when there was no file.
    bool removeFile(const QString &id);

private:
    AttachmentRepository &m_repository;
    const qint64 m_maxBytes;
    QString m_directory;
    AttachmentLinks m_links;
};

} // namespace papo::server
