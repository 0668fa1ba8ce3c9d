#include "csvstream.h"

#include <QTcpSocket>

namespace papo::server {

void CsvStream::start(QTcpSocket *socket, Producer next)
{
    auto *stream = new CsvStream(socket, std::move(next)); // a child of the socket
    stream->pump();
}

CsvStream::CsvStream(QTcpSocket *socket, Producer next)
    : QObject(socket)
    , m_socket(socket)
    , m_next(std::move(next))
{
    connect(socket, &QTcpSocket::bytesWritten, this, &CsvStream::pump);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

void CsvStream::pump()
{
    while (m_socket->bytesToWrite() < MaxQueuedBytes) {
        bool failed = false;
        const QByteArray piece = m_next(&failed);
        if (failed) {
            // Without the last chunk the client sees a cut answer, never a short file as whole.
            m_socket->abort();
            return;
        }
        if (piece.isEmpty()) {
            m_socket->write("0\r\n\r\n");
            disconnect(m_socket, nullptr, this, nullptr);
            deleteLater();
            return;
        }
        m_socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
    }
}

} // namespace papo::server
