#include "filedownload.h"

#include <QFile>
#include <QTcpSocket>

namespace papo::server {

void FileDownload::start(QTcpSocket *socket, std::unique_ptr<QFile> file)
{
    auto *download = new FileDownload(socket, std::move(file)); // a child of the socket
    download->pump();
}

FileDownload::FileDownload(QTcpSocket *socket, std::unique_ptr<QFile> file)
    : QObject(socket)
    , m_socket(socket)
    , m_file(std::move(file))
{
    connect(socket, &QTcpSocket::bytesWritten, this, &FileDownload::pump);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

FileDownload::~FileDownload() = default;

void FileDownload::pump()
{
    while (m_socket->bytesToWrite() < MaxQueuedBytes && !m_file->atEnd()) {
        const QByteArray chunk = m_file->read(ChunkBytes);
        if (chunk.isEmpty()) {
            // The file went away under us: the length sent cannot be kept, so end the answer.
            m_socket->abort();
            return;
        }
        m_socket->write(chunk);
    }
    if (m_file->atEnd()) {
        disconnect(m_socket, nullptr, this, nullptr);
        deleteLater();
    }
}

} // namespace papo::server
