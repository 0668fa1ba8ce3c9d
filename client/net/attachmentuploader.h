#pragma once

#include <protocol/chatmessage.h>

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace papo::desk {

struct UploadOutcome
{
    bool ok = false;
    int httpStatus = 0; // 0 when the server was not reached
    papo::common::AttachmentInfo attachment;
    QString errorCode; // the server's "error": too_large, unsupported_type, ...
    QString errorMessage;
};

// CHT-9: sends a file to POST /api/attachments for a conversation, with the operator's
// bearer token; the message that carries it is sent over the WebSocket afterwards.
class AttachmentUploader final : public QObject
{
    Q_OBJECT

public:
    explicit AttachmentUploader(QObject *parent = nullptr);

    void upload(const QUrl &serverUrl, const QString &token, qint64 conversationId,
                const QString &fileName, const QByteArray &content,
                std::function<void(const UploadOutcome &)> done);

private:
    QNetworkAccessManager m_network;
};

} // namespace papo::desk
