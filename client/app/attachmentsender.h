#pragma once

#include <QObject>
#include <QString>

namespace papo::desk {

class AttachmentUploader;
class ChatController;
class ServerConnection;

// CHT-9: the operator sends a file to the open conversation: it is uploaded with the bearer
// token, then goes out through the Outbox as a reply that carries it. Refusals (too large,
// a type the server does not take) come back as `failed` with words the operator can act on.
class AttachmentSender final : public QObject
{
    Q_OBJECT

public:
    AttachmentSender(ServerConnection *connection, ChatController *controller);

    // Returns false (after emitting `failed`) when nothing was started.
    bool send(const QString &filePath);
    bool isBusy() const { return m_uploads > 0; }

signals:
    void busyChanged(bool busy);
    void failed(const QString &reason);

private:
    void finishUpload();

    ServerConnection *m_connection;
    ChatController *m_controller;
    AttachmentUploader *m_uploader;
    int m_uploads = 0;
};

} // namespace papo::desk
