#include "avatarstore.h"

#include <secrets.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace papo::server {

AvatarStore::AvatarStore(const QString &dataDir)
    : m_directory(QDir(dataDir).filePath(QStringLiteral("avatars")))
{}

bool AvatarStore::isValidName(const QString &name)
{
    // Only names this store made: nothing that could leave the directory.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{32,64}\\.png$"));
    return pattern.match(name).hasMatch();
}

QString AvatarStore::urlPath(const QString &name)
{
    return name.isEmpty() ? QString() : QStringLiteral("avatars/") + name;
}

QString AvatarStore::save(const QByteArray &png)
{
    if (!QDir().mkpath(m_directory))
        return {};
    const QString name = Secrets::randomToken(24) + QStringLiteral(".png");
    QSaveFile file(QDir(m_directory).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit())
        return {};
    return name;
}

QByteArray AvatarStore::read(const QString &name) const
{
    if (!isValidName(name))
        return {};
    QFile file(QDir(m_directory).filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void AvatarStore::remove(const QString &name)
{
    if (isValidName(name))
        QFile::remove(QDir(m_directory).filePath(name));
}

} // namespace papo::server
