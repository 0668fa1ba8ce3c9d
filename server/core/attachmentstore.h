#pragma once

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

    // Creates the directory; false (with a reason) when it cannot be used.
    bool open(const QString &dataDir, QString *error);
    qint64 maxBytes() const { return m_maxBytes; }

    AttachmentSaved save(const AttachmentUpload &upload);
    std::optional<AttachmentRecord> find(const QString &id);
    QString filePath(const QString &id) const;

private:
    AttachmentRepository &m_repository;
    const qint64 m_maxBytes;
    QString m_directory;
};

} // namespace papo::server
