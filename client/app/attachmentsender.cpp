#include "attachmentsender.h"

#include "chatcontroller.h"
#include "models/messagemodel.h"
#include "net/attachmentuploader.h"
#include "net/outbox.h"
#include "net/serverconnection.h"

#include <QFile>
#include <QFileInfo>

namespace papo::desk {

namespace {
// The most any server accepts (--attachment-limit ≤ 100 MiB): larger files are not read.
constexpr qint64 MaxUploadBytes = 100 * 1024 * 1024;
} // namespace

AttachmentSender::AttachmentSender(ServerConnection *connection, ChatController *controller)
    : QObject(controller)
    , m_connection(connection)
    , m_controller(controller)
    , m_uploader(new AttachmentUploader(this))
{}

bool AttachmentSender::send(const QString &filePath)
{
    const qint64 conversationId = m_controller->openConversationId();
    if (conversationId <= 0)
        return false;
    QFile file(filePath);
    const QString name = QFileInfo(filePath).fileName();
    if (file.size() > MaxUploadBytes) {
        emit failed(tr("%1 is too large to send.").arg(name));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(tr("%1 cannot be read.").arg(name));
        return false;
    }
    const QByteArray content = file.readAll();
    if (content.isEmpty()) {
        emit failed(tr("%1 is empty.").arg(name));
        return false;
    }
    if (m_uploads++ == 0)
        emit busyChanged(true);
    m_uploader->upload(
        m_connection->serverUrl(), m_connection->token(), conversationId, name, content,
        [this, conversationId, name](const UploadOutcome &outcome) {
            finishUpload();
            if (!outcome.ok) {
                if (outcome.errorCode == QLatin1String("too_large"))
                    emit failed(tr("%1 is larger than the server accepts.").arg(name));
                else if (outcome.errorCode == QLatin1String("unsupported_type"))
                    emit failed(tr("%1 cannot be sent: only pictures, PDF, text, zip and office "
                                   "documents can.")
                                    .arg(name));
                else
                    emit failed(tr("%1 was not sent: %2").arg(name, outcome.errorMessage));
                return;
            }
            const QString clientId
                = m_controller->outbox()->enqueue(conversationId, QString(), outcome.attachment.id);
            if (m_controller->openConversationId() == conversationId)
                m_controller->messages()->addPending(clientId, outcome.attachment.name,
                                                     QDateTime::currentDateTimeUtc());
        });
    return true;
}

void AttachmentSender::finishUpload()
{
    if (--m_uploads == 0)
        emit busyChanged(false);
}

} // namespace papo::desk
