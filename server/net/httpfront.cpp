#include "httpfront.h"

#include "databaseaway.h"
#include "httplistener.h"
#include "operatorsession.h"
#include "securityheaders.h"
#include "teamjson.h"
#include "visitorsession.h"

#include <accountrepository.h>
#include <authservice.h>
#include <avatarimage.h>
#include <avatarstore.h>
#include <presenceservice.h>
#include <protocollimits.h>
#include <secrets.h>
#include <teamservice.h>
#include <widgettexts.h>

#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QWebSocket>

namespace papo::server {

using StatusCode = QHttpServerResponse::StatusCode;

namespace {

constexpr int ListenBacklog = 4096;

QHttpServerResponse jsonError(const QString &code, StatusCode status, const QString &message = {})
{
    QJsonObject body{{QLatin1String("error"), code}};
    if (!message.isEmpty())
        body.insert(QLatin1String("message"), message);
    return QHttpServerResponse(body, status);
}

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    return header.startsWith("Bearer ") ? QString::fromLatin1(header.mid(7)).trimmed() : QString();
}

// widget.js with the default texts of widget/texts.json written in (WID-3): the widget
// has them before it connects, and the file stays the one place they are kept.
QByteArray widgetScript()
{
    QFile file(QStringLiteral(":/widget/widget.js"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray texts
        = QJsonDocument(WidgetTexts::builtIn().defaults()).toJson(QJsonDocument::Compact);
    return file.readAll().replace("__PAPO_TEXTS__", texts);
}

} // namespace

HttpFront::HttpFront(ServerContext context, AvatarStore &avatars, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_avatars(avatars)
    , m_widgetScript(widgetScript(), "text/javascript; charset=utf-8")
    , m_accountRoutes(context)
    , m_attachmentRoutes(context)
    , m_exportRoutes(context)
    , m_unsubscribeRoute(context)
{
    m_limits.bodyLimit = [maxAttachment = context.attachments.maxBytes()](
                             const HttpRequestFramer::Head &head) -> qint64 {
        // Uploads need a bearer token: without one their body is not worth reading.
        const bool upload = head.method == "POST"
                            && (head.path == "/api/attachments" || head.path == "/api/avatar");
        if (upload && !head.hasAuthorization)
            return -1;
        if (upload)
            return head.path == "/api/avatar" ? AvatarImage::MaxUploadBytes : maxAttachment;
        return common::Limits::MaxFrameBytes; // logins, invites: small JSON
    };
    addRoutes();
    // Every answer a browser could render carries the security headers (docs/security.md).
    m_http.afterRequest([](QHttpServerResponse &&response) {
        SecurityHeaders::addTo(response);
        return std::move(response);
    });
    m_http.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        QHttpServerResponse missing = jsonError(QStringLiteral("not_found"), StatusCode::NotFound);
        SecurityHeaders::addTo(missing);
        missing.write(std::move(responder));
    });
    connect(&m_http, &QHttpServer::newWebSocketConnection, this, &HttpFront::acceptWebSockets);
}

quint16 HttpFront::listen(const QHostAddress &address, quint16 port)
{
    auto *server = new HttpListener(&m_http, m_limits, m_context.deadlines, this);
    // A restart or a network blip brings every visitor back at once: with Qt's default
    // backlog of 50 the kernel drops most of their SYNs, and each drop costs a client about
    // a second. The kernel caps this at net.core.somaxconn (4096 on Debian 12).
    server->setListenBacklogSize(ListenBacklog);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    if (m_tls)
        server->setTlsConfiguration(*m_tls);
    m_listener = server;
    m_http.bind(server);
    m_port = server->serverPort();
    return m_port;
}

void HttpFront::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
    if (m_listener)
        m_listener->setTlsConfiguration(configuration);
}

void HttpFront::setHeadTimeout(qint64 ms)
{
    m_limits.firstHeadMs = ms;
    m_limits.headMs = ms;
}

void HttpFront::addRoutes()
{
    m_http.route(QStringLiteral("/healthz"),
                 [] { return QHttpServerResponse("text/plain", "ok\n"); });
    m_http.route(QStringLiteral("/widget.js"), [this](const QHttpServerRequest &request) {
        return m_widgetScript.response(request);
    });
    m_http.route(QStringLiteral("/widget.css"), [this](const QHttpServerRequest &request) {
        const auto website
            = m_context.accounts.websiteByKey(request.query().queryItemValue(QStringLiteral("k")));
        return m_widgetStyle.response(request, website ? &website->widget : nullptr);
    });
    m_http.route(QStringLiteral("/demo"),
                 [this](const QHttpServerRequest &request) { return demoPage(request, {}); });
    // A few pages, so a visitor's path through the demo shop shows in papo-desk.
    m_http.route(QStringLiteral("/demo/<arg>"),
                 [this](const QString &page, const QHttpServerRequest &request) {
                     return demoPage(request, page);
                 });
    m_http.route(QStringLiteral("/api/avatar"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) { return uploadAvatar(request); });
    m_http.route(QStringLiteral("/avatars/<arg>"), QHttpServerRequest::Method::Get,
                 [this](const QString &name) { return avatar(name); });
    m_accountRoutes.addTo(m_http);
    m_attachmentRoutes.addTo(m_http);
    m_exportRoutes.addTo(m_http);
    m_unsubscribeRoute.addTo(m_http);
    // QtHttpServer upgrades to a WebSocket only for a matching route whose handler answers
    // nothing; the socket then arrives through newWebSocketConnection.
    for (const QString &path : {QStringLiteral("/ws/visitor"), QStringLiteral("/ws/operator")})
        m_http.route(path, [](const QHttpServerRequest &, QHttpServerResponder &&) {});
}

QHttpServerResponse HttpFront::uploadAvatar(const QHttpServerRequest &request)
{
    bool databaseAway = false;
    const auto account = m_context.auth.operatorForToken(bearerToken(request), &databaseAway);
    if (databaseAway)
        return jsonError(QStringLiteral("internal"), StatusCode::ServiceUnavailable,
                         databaseAwayMessage());
    if (!account)
        return jsonError(QStringLiteral("unauthorized"), StatusCode::Unauthorized,
                         QStringLiteral("Log in first: the bearer token is missing or wrong."));
    if (request.body().size() > AvatarImage::MaxUploadBytes)
        return jsonError(QStringLiteral("too_large"), StatusCode::PayloadTooLarge,
                         QStringLiteral("The photo may be at most %1 MiB.")
                             .arg(AvatarImage::MaxUploadBytes / (1024 * 1024)));
    QString avatarUrl;
    // BOT-1: `?websiteId=N` sets the picture of that website's bot instead (admins).
    const QString botOf = request.query().queryItemValue(QStringLiteral("websiteId"));
    const ServiceResult result
        = botOf.isEmpty() ? m_context.team.setAvatar(account->id, request.body(), &avatarUrl)
                          : m_context.team.setBotAvatar(*account, botOf.toLongLong(),
                                                        request.body(), &avatarUrl);
    if (result.error == common::ErrorCode::InvalidField)
        return jsonError(QStringLiteral("unsupported_type"), StatusCode::UnsupportedMediaType,
                         result.message);
    if (result.error == common::ErrorCode::Forbidden)
        return jsonError(QStringLiteral("forbidden"), StatusCode::Forbidden, result.message);
    if (result.error == common::ErrorCode::NotFound)
        return jsonError(QStringLiteral("not_found"), StatusCode::NotFound, result.message);
    if (!result.ok())
        return jsonError(QStringLiteral("internal"), StatusCode::InternalServerError,
                         result.message);
    if (!botOf.isEmpty())
        return QHttpServerResponse(QJsonObject{{QLatin1String("avatarUrl"), avatarUrl}});
    const auto updated = m_context.accounts.operatorById(account->id);
    return QHttpServerResponse(
        QJsonObject{{QLatin1String("avatarUrl"), avatarUrl},
                    {QLatin1String("operator"),
                     operatorJson(*updated, m_context.presence.status(account->id))}});
}

QHttpServerResponse HttpFront::avatar(const QString &name) const
{
    const QByteArray png = m_avatars.read(name);
    if (png.isEmpty())
        return QHttpServerResponse(StatusCode::NotFound);
    QHttpServerResponse response("image/png", png);
    // A new photo gets a new name, so this one never changes: cache it for good.
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("X-Content-Type-Options", "nosniff");
    // Shown by the widget on the shops' own pages.
    response.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
    return response;
}

QHttpServerResponse HttpFront::demoPage(const QHttpServerRequest &request,
                                        const QString &page) const
{
    static const QHash<QString, QString> pageNames
        = {{QString(), QStringLiteral("Home")},
           {QStringLiteral("products"), QStringLiteral("Products")},
           {QStringLiteral("cart"), QStringLiteral("Cart")}};
    const auto pageName = pageNames.constFind(page);
    QFile file(QStringLiteral(":/widget/demo.html"));
    if (pageName == pageNames.cend() || !file.open(QIODevice::ReadOnly))
        return QHttpServerResponse(StatusCode::NotFound);
    // The Host header is the peer's to choose: only a plain host[:port] goes into the page.
    static const QRegularExpression plainHost(QStringLiteral("^[A-Za-z0-9.\\-\\[\\]:]{1,255}$"));
    QString host = QString::fromLatin1(request.value("Host"));
    if (!plainHost.match(host).hasMatch())
        host = QStringLiteral("127.0.0.1:%1").arg(m_port);
    const auto websites = m_context.accounts.websites();
    const QString key = websites.isEmpty() ? QString() : websites.first().widgetKey;
    const QString title = page.isEmpty() ? QStringLiteral("Papo demo shop")
                                         : *pageName + QStringLiteral(" — Papo demo shop");
    // A fresh nonce per answer: only the page's own inline scripts run.
    const QByteArray nonce = Secrets::randomToken(16).toLatin1();
    QString html = QString::fromUtf8(file.readAll());
    html.replace(QLatin1String("{{NONCE}}"), QString::fromLatin1(nonce));
    html.replace(QLatin1String("{{WIDGET_KEY}}"), key.toHtmlEscaped());
    html.replace(QLatin1String("{{SERVER_URL}}"),
                 (QStringLiteral("http://") + host).toHtmlEscaped());
    html.replace(QLatin1String("{{PAGE_NAME}}"), *pageName);
    html.replace(QLatin1String("{{PAGE_TITLE}}"), title);
    QHttpServerResponse response("text/html; charset=utf-8", html.toUtf8());
    response.setHeader("Content-Security-Policy", SecurityHeaders::demoPolicy(nonce));
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    return response;
}

void HttpFront::acceptWebSockets()
{
    while (m_http.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http.nextPendingWebSocketConnection();
        if (!socket)
            continue;
        const QString path = socket->requestUrl().path();
        if (path == QLatin1String("/ws/visitor"))
            new VisitorSession(std::move(socket), m_context, this);
        else if (path == QLatin1String("/ws/operator"))
            new OperatorSession(std::move(socket), m_context, this);
        else
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                          QStringLiteral("unknown endpoint"));
    }
}

} // namespace papo::server
