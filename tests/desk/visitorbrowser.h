#pragma once

// Visitors with a real browser's User-Agent for the desk tests of the visitor panel and the
// visitors online list.

#include <serverprocess.h>
#include <wsclient.h>

#include <QJsonObject>
#include <QNetworkRequest>

#include <memory>

namespace papo::testing {

inline const QByteArray ChromeOnWindows
    = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/131.0.0.0 Safari/537.36";
inline const QByteArray SafariOnIphone
    = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
      "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
inline const QByteArray FirefoxOnLinux
    = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

struct BrowserVisit
{
    QString url = QStringLiteral("https://loja.example/");
    QString title = QStringLiteral("Loja Exemplo");
    QString referrer = QStringLiteral("https://www.google.com/");
    QString language = QStringLiteral("pt-BR");
    QString screen = QStringLiteral("1920x1080");
    QByteArray userAgent = ChromeOnWindows;
    QByteArray forwardedFor; // with --trusted-proxy 127.0.0.1: the visitor's address
};

// Opens /ws/visitor with the browser's headers and says hello; *visitorId gets the id.
inline std::unique_ptr<WsClient> browse(const ServerProcess &server, const BrowserVisit &visit,
                                        qint64 *visitorId, QString *token = nullptr)
{
    QNetworkRequest request(server.wsUrl(QStringLiteral("/ws/visitor")));
    request.setRawHeader("User-Agent", visit.userAgent);
    if (!visit.forwardedFor.isEmpty())
        request.setRawHeader("X-Forwarded-For", visit.forwardedFor);
    auto client = std::make_unique<WsClient>();
    if (!client->open(request))
        return nullptr;
    QJsonObject hello{
        {QStringLiteral("key"), server.websiteKey()}, {QStringLiteral("url"), visit.url},
        {QStringLiteral("title"), visit.title},       {QStringLiteral("referrer"), visit.referrer},
        {QStringLiteral("lang"), visit.language},     {QStringLiteral("screen"), visit.screen}};
    if (token && !token->isEmpty())
        hello.insert(QStringLiteral("token"), *token);
    const auto reply = client->request(QStringLiteral("hello"), hello);
    if (!reply || reply->type != QLatin1String("ack"))
        return nullptr;
    *visitorId = reply->data.value(QStringLiteral("visitorId")).toInteger();
    if (token)
        *token = reply->data.value(QStringLiteral("token")).toString();
    return client;
}

inline bool viewPage(WsClient &visitor, const QString &url, const QString &title,
                     const QString &referrer = {})
{
    const auto reply
        = visitor.request(QStringLiteral("page_view"), {{QStringLiteral("url"), url},
                                                        {QStringLiteral("title"), title},
                                                        {QStringLiteral("referrer"), referrer}});
    return reply && reply->type == QLatin1String("ack");
}

} // namespace papo::testing
