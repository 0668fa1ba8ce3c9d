#pragma once

#include "servercontext.h"
#include "staticasset.h"

#include <accountrepository.h>
#include <onetimelink.h>

#include <QHttpServer>

namespace papo::server {

// The HTTP side of accounts: papo-desk's login and logout, and the pages a one-time link
// opens (GET /invite and /reset, with their script, style and logo) with the API they call
// (POST /api/invite-info, /api/accept-invite, /api/reset-info, /api/reset-password).
class AccountRoutes final
{
public:
    explicit AccountRoutes(ServerContext context);

    void addTo(QHttpServer &http);

private:
    void login(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QHttpServerResponse logout(const QHttpServerRequest &request);
    QHttpServerResponse inviteInfo(const QHttpServerRequest &request);
    QHttpServerResponse acceptInvite(const QHttpServerRequest &request);
    QHttpServerResponse resetInfo(const QHttpServerRequest &request);
    QHttpServerResponse resetPassword(const QHttpServerRequest &request);
    QHttpServerResponse page(const QHttpServerRequest &request) const;
    // Where the request came from, behind the trusted proxies.
    QString clientAddress(const QHttpServerRequest &request) const;

    ServerContext m_context;
    StaticAsset m_page;
    StaticAsset m_script;
    StaticAsset m_style;
    StaticAsset m_logo;
};

} // namespace papo::server
