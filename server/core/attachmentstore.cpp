#include "attachmentstore.h"

#include "attachmenttype.h"
#include "secrets.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace papo::server {

using Error = AttachmentSaved::Error;

AttachmentStore::AttachmentStore(AttachmentRepository &repository, qint64 maxBytes)
    : m_repository(repository)
    , m_maxBytes(maxBytes)
{}

AttachmentStore::~AttachmentStore()
{
    AttachmentLinks::install(nullptr);
}

bool AttachmentStore::open(const QString &dataDir, QString *error)
{
    m_directory = QDir(dataDir).filePath(QStringLiteral("attachments"));
    if (!QDir().mkpath(m_directory)) {
        *error = QStringLiteral("Cannot create %1").arg(m_directory);
        return false;
    }
    // Only the server reads the files; it hands them out to those allowed to see them.
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!m_links.open(dataDir, error))
        return false;
    AttachmentLinks::install(&m_links);
    return true;
}

AttachmentSaved AttachmentStore::save(const AttachmentUpload &upload)
{
    AttachmentSaved saved;
    if (upload.content.isEmpty()) {
        saved.error = Error::Empty;
        return saved;
    }
    if (upload.content.size() > m_maxBytes) {
        saved.error = Error::TooLarge;
        return saved;
    }
    const QString type = AttachmentType::detect(upload.content, upload.fileName);
    if (type.isEmpty()) {
        saved.error = Error::UnsupportedType;
        return saved;
    }
    saved.info = {Secrets::randomToken(24),
                  AttachmentType::cleanName(upload.fileName, type),
                  type,
                  upload.content.size(),
                  {}};
    // Written to a temporary file and renamed: a crash never leaves half a file behind a row.
    QSaveFile file(filePath(saved.info.id));
    const bool written = file.open(QIODevice::WriteOnly)
                         && file.write(upload.content) == upload.content.size() && file.commit();
    const AttachmentRecord record{saved.info, upload.visitorId, upload.conversationId,
                                  upload.uploaderKind, upload.uploaderId};
    if (!written || !m_repository.insert(record)) {
        QFile::remove(filePath(saved.info.id));
        saved.error = Error::Internal;
    }
    return saved;
}

std::optional<AttachmentRecord> AttachmentStore::find(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{16,64}$"));
    if (!pattern.match(id).hasMatch())
        return std::nullopt;
    return m_repository.find(id);
}

bool AttachmentStore::removeFile(const QString &id)
{
    return QFile::remove(filePath(id));
}

QString AttachmentStore::filePath(const QString &id) const
{
    return QDir(m_directory).filePath(id);
}

} // namespace papo::server
