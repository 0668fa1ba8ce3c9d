#include "onetimelink.h"

namespace papo::server::OneTimeLink {

QUrl url(const QUrl &base, const QString &page, const QString &token)
{
    QUrl link = base;
    const QString scheme = base.scheme().toLower();
    if (scheme == QLatin1String("ws"))
        link.setScheme(QStringLiteral("http"));
    else if (scheme == QLatin1String("wss"))
        link.setScheme(QStringLiteral("https"));
    // The server's base path: what comes before /ws/operator when the socket is the base.
    QString path = base.path();
    if (path.endsWith(QLatin1String("/ws/operator")))
        path.chop(int(qstrlen("/ws/operator")));
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    link.setPath(path + QLatin1Char('/') + page);
    link.setQuery(QString());
    link.setFragment(token);
    return link;
}

} // namespace papo::server::OneTimeLink
