#include "deskinstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>

namespace papo::desk {

namespace {
constexpr qint64 MaxLinkBytes = 8 * 1024;
} // namespace

QString DeskInstance::defaultName()
{
    QByteArray user = qgetenv("USER");
    if (user.isEmpty())
        user = qgetenv("USERNAME");
    return QStringLiteral("papo-desk-")
           + QString::fromLatin1(
               QCryptographicHash::hash(user, QCryptographicHash::Sha256).toHex().left(16));
}

DeskInstance::DeskInstance(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
{}

bool DeskInstance::handOver(const QString &link, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(link.toUtf8().left(MaxLinkBytes) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running one answers once it has the link, so nothing is lost if this one exits.
    return socket.waitForReadyRead(timeoutMs) && socket.readAll().startsWith("ok");
}

bool DeskInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket file left by a papo-desk that crashed: nobody answered handOver(), so it
        // is stale.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            readFrom(socket);
        }
    });
    return true;
}

void DeskInstance::readFrom(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxLinkBytes)
            socket->abort();
        return;
    }
    const QString link = QString::fromUtf8(socket->readLine(MaxLinkBytes + 1)).trimmed();
    socket->write("ok\n");
    socket->flush();
    emit linkReceived(link);
}

} // namespace papo::desk
