#include "desklink.h"

#include <QUrlQuery>

namespace papo::desk {

namespace {

// http(s) with a host, nothing after the path: what papo-desk calls a server URL.
std::optional<QUrl> serverUrlFrom(QUrl url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return std::nullopt;
    url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url;
}

} // namespace

std::optional<DeskLink> DeskLink::parse(const QString &text)
{
    QString trimmed = text.trimmed();
    // As mail clients and chats sometimes quote a link: "…" or <…>.
    while (trimmed.size() >= 2
           && ((trimmed.startsWith(QLatin1Char('"')) && trimmed.endsWith(QLatin1Char('"')))
               || (trimmed.startsWith(QLatin1Char('<')) && trimmed.endsWith(QLatin1Char('>'))))) {
        trimmed = trimmed.mid(1).chopped(1).trimmed();
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return std::nullopt;
    DeskLink link;
    if (url.scheme().compare(QLatin1String("papo"), Qt::CaseInsensitive) == 0) {
        // papo://login?… (a host) or papo:login?… (a path), as browsers pass them on.
        const QString action = url.host().isEmpty() ? url.path() : url.host();
        if (action.compare(QLatin1String("login"), Qt::CaseInsensitive) != 0)
            return std::nullopt;
        const QUrlQuery query(url);
        const auto server = serverUrlFrom(QUrl(
            query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded), QUrl::StrictMode));
        if (!server)
            return std::nullopt;
        link.serverUrl = *server;
        link.email = query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded).trimmed();
        return link;
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/invite")) || url.fragment().isEmpty())
        return std::nullopt;
    QUrl base = url;
    base.setPath(path.chopped(int(qstrlen("/invite"))));
    const auto server = serverUrlFrom(base);
    if (!server)
        return std::nullopt;
    link.kind = Kind::Invite;
    link.serverUrl = *server;
    link.token = url.fragment(QUrl::FullyDecoded);
    return link;
}

} // namespace papo::desk
