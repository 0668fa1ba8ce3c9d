#pragma once

#include "accountroutes.h"
#include "attachmentroutes.h"
#include "connectionguard.h"
#include "exportroutes.h"
#include "servercontext.h"
#include "staticasset.h"
#include "unsubscriberoute.h"
#include "widgetstyle.h"

#include <accountrepository.h>

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QSslConfiguration>

#include <optional>

namespace papo::server {

class AvatarStore;

// The one HTTP port: health, widget files, demo page, accounts (AccountRoutes), avatars,
// attachments (AttachmentRoutes) and the WebSocket upgrades.
class HttpFront final : public QObject
{
    Q_OBJECT

public:
    HttpFront(ServerContext context, AvatarStore &avatars, QObject *parent = nullptr);

    // Returns the port listened on, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    // HTTPS and WSS for connections from now on (those open keep theirs).
    void setTlsConfiguration(const QSslConfiguration &configuration);
    // Slowloris: how long a request head may take (firstHeadMs and headMs).
    void setHeadTimeout(qint64 ms);

private:
    void addRoutes();
    QHttpServerResponse uploadAvatar(const QHttpServerRequest &request);
    QHttpServerResponse avatar(const QString &name) const;
    QHttpServerResponse demoPage(const QHttpServerRequest &request, const QString &page) const;
    void acceptWebSockets();

    ServerContext m_context;
    AvatarStore &m_avatars;
    StaticAsset m_widgetScript;
    WidgetStyle m_widgetStyle;
    AccountRoutes m_accountRoutes;
    AttachmentRoutes m_attachmentRoutes;
    ExportRoutes m_exportRoutes;
    UnsubscribeRoute m_unsubscribeRoute;
    ConnectionLimits m_limits;
    class HttpListener *m_listener = nullptr;
    std::optional<QSslConfiguration> m_tls;
    QHttpServer m_http;
    quint16 m_port = 0;
};

} // namespace papo::server
