#include "requestsizeguard.h"

#include <QTcpSocket>

namespace papo::server {

namespace {

constexpr qint64 MaxHeadBytes = 16 * 1024;

bool startsLikeARequest(const QByteArray &head)
{
    const qsizetype space = head.indexOf(' ');
    if (space < 3 || space > 7)
        return false;
    for (qsizetype i = 0; i < space; ++i) {
        if (head.at(i) < 'A' || head.at(i) > 'Z')
            return false;
    }
    return true;
}

QByteArray answer(int status)
{
    const QByteArray reason = status == 411 ? "Length Required" : "Payload Too Large";
    const QByteArray body
        = status == 411 ? R"({"error":"length_required"})" : R"({"error":"too_large"})";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
           + "\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

RequestSizeGuard::RequestSizeGuard(qint64 maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_maxBodyBytes(maxBodyBytes)
{}

void RequestSizeGuard::watch(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
}

int RequestSizeGuard::refusal(const QByteArray &head, qint64 maxBodyBytes)
{
    if (!startsLikeARequest(head))
        return 0;
    const qsizetype end = head.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = (end >= 0 ? head.left(end) : head).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length > maxBodyBytes)
                return 413;
        } else if (name == "transfer-encoding" && value.contains("chunked")) {
            return 411;
        }
    }
    return 0;
}

void RequestSizeGuard::inspect(QTcpSocket *socket)
{
    const QByteArray head = socket->peek(qMin(socket->bytesAvailable(), MaxHeadBytes));
    // A WebSocket upgrade: from here on the socket carries frames, not requests.
    if (head.toLower().contains("\r\nupgrade: websocket")) {
        disconnect(socket, nullptr, this, nullptr);
        return;
    }
    const int status = refusal(head, m_maxBodyBytes);
    if (status == 0)
        return;
    disconnect(socket, nullptr, this, nullptr);
    socket->write(answer(status));
    socket->disconnectFromHost(); // the body is never read
}

} // namespace papo::server
