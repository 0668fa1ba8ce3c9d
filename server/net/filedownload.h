#pragma once

#include <QObject>

#include <memory>

class QFile;
class QTcpSocket;

namespace papo::server {

// Sends a file's bytes after the answer's head, a chunk at a time as the client takes them:
// whatever the file's size and however slow the client, the server holds at most a few
// chunks of it in memory.
class FileDownload final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 ChunkBytes = 64 * 1024;
    static constexpr qint64 MaxQueuedBytes = 4 * ChunkBytes;

    // The head (status line, headers, blank line) is already written to `socket`.
    static void start(QTcpSocket *socket, std::unique_ptr<QFile> file);

private:
    FileDownload(QTcpSocket *socket, std::unique_ptr<QFile> file);
    ~FileDownload() override;
    void pump();

    QTcpSocket *m_socket;
    std::unique_ptr<QFile> m_file;
};

} // namespace papo::server
