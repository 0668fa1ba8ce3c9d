#pragma once

#include <QByteArray>
#include <QString>

namespace papo::server {

// The avatars' files under <data-dir>/avatars/. Each photo gets a new random file name, so
// its URL is unguessable and never changes content (it may be cached for good); replacing
// a photo removes the old file.
class AvatarStore final
{
public:
    explicit AvatarStore(const QString &dataDir);

    // Writes the PNG; returns its file name, empty on failure.
    QString save(const QByteArray &png);
    // The file's bytes; empty when the name is not one of ours or the file is gone.
    QByteArray read(const QString &name) const;
    void remove(const QString &name);

    // The path (relative to the server's base URL) that serves this avatar; empty for none.
    static QString urlPath(const QString &name);
    static bool isValidName(const QString &name);

private:
    QString m_directory;
};

} // namespace papo::server
