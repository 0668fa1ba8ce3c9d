#include "unsubscriberoute.h"

#include "securityheaders.h"

#include <emailservice.h>
#include <emailtemplates.h>

#include <QUrlQuery>

namespace papo::server {

void UnsubscribeRoute::addTo(QHttpServer &http)
{
    for (const auto method : {QHttpServerRequest::Method::Get, QHttpServerRequest::Method::Post})
        http.route(QStringLiteral("/unsubscribe"), method,
                   [this](const QHttpServerRequest &request) { return unsubscribe(request); });
}

QHttpServerResponse UnsubscribeRoute::unsubscribe(const QHttpServerRequest &request)
{
    const QUrlQuery query(request.url());
    bool idOk = false;
    const qint64 visitorId = query.queryItemValue(QStringLiteral("v")).toLongLong(&idOk);
    const QString language = EmailTemplates::languageOf(query.queryItemValue(QStringLiteral("l")));
    const bool ok
        = idOk && visitorId > 0
          && m_context.email.unsubscribe(visitorId, query.queryItemValue(QStringLiteral("s")));
    QHttpServerResponse response(
        "text/html; charset=utf-8", EmailTemplates::unsubscribedPage(language, ok).toUtf8(),
        ok ? QHttpServerResponse::StatusCode::Ok : QHttpServerResponse::StatusCode::BadRequest);
    SecurityHeaders::addTo(response);
    return response;
}

} // namespace papo::server
