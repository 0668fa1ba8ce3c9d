#pragma once

#include <QString>
#include <QUrl>

namespace papo::desk {

// http(s)://host[:port][/base] + path, for a server URL with or without a base path (and
// without its query or fragment): the HTTP API, attachments, photos and the socket alike.
inline QUrl serverResourceUrl(const QUrl &serverUrl, const QString &path)
{
    QUrl url = serverUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace papo::desk
