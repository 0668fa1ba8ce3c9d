#include "databaselock.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace papo::server {

DatabaseLock::~DatabaseLock()
{
    release();
}

QString DatabaseLock::lockPathOf(const QString &sqlitePath)
{
    return sqlitePath + QStringLiteral(".lock");
}

bool DatabaseLock::acquire(const QString &sqlitePath, QString *error)
{
    release();
    const QString path = lockPathOf(sqlitePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error = QStringLiteral("cannot open %1: %2")
                     .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int cause = errno;
        char holder[32] = {};
        const ssize_t size = ::pread(fd, holder, sizeof holder - 1, 0);
        ::close(fd);
        const QByteArray pid = QByteArray(holder, size > 0 ? int(size) : 0).trimmed();
        if (cause != EWOULDBLOCK) {
            *error = QStringLiteral("cannot lock %1: %2")
                         .arg(path, QString::fromLocal8Bit(strerror(cause)));
        } else {
            *error = QStringLiteral("another papo-server%1 is using %2; stop it first")
                         .arg(pid.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" (process %1)").arg(QString::fromLatin1(pid)),
                              QFileInfo(sqlitePath).absoluteFilePath());
        }
        return false;
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(fd, 0) == 0) [[maybe_unused]]
        const ssize_t written = ::pwrite(fd, pid.constData(), size_t(pid.size()), 0);
    m_fd = fd;
    return true;
}

void DatabaseLock::release()
{
    if (m_fd < 0)
        return;
    ::close(m_fd); // lets the flock go
    m_fd = -1;
}

} // namespace papo::server
