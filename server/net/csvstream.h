#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>

class QTcpSocket;

namespace papo::server {

// Sends a CSV answer of unknown length after its head, with chunked transfer encoding, one
// piece at a time as the client takes them: an export of any size holds only a few pieces in
// the server's memory (REP-3, EXP-1).
class CsvStream final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxQueuedBytes = 256 * 1024;
    // The next piece of the file; empty at the end. `failed` set: stop and cut the answer.
    using Producer = std::function<QByteArray(bool *failed)>;

    // The head (status line, headers with "Transfer-Encoding: chunked") is already written.
    static void start(QTcpSocket *socket, Producer next);

private:
    CsvStream(QTcpSocket *socket, Producer next);
    void pump();

    QTcpSocket *m_socket;
    Producer m_next;
};

} // namespace papo::server
