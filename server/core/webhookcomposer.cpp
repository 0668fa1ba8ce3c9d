#include "webhookcomposer.h"

#include <webhookrepository.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace papo::server {

WebhookComposer::WebhookComposer(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{}

QByteArray WebhookComposer::signature(const QByteArray &secret, qint64 timestamp,
                                      const QByteArray &body)
{
    const QByteArray stamp = QByteArray::number(timestamp);
    const QByteArray mac
        = QMessageAuthenticationCode::hash(stamp + '.' + body, secret, QCryptographicHash::Sha256);
    return "t=" + stamp + ",v1=" + mac.toHex();
}

WebhookComposer::Outcome WebhookComposer::compose(const OutboxEntry &entry)
{
    const QJsonObject payload = QJsonDocument::fromJson(entry.payload.toUtf8()).object();
    const QByteArray body = payload.value(QLatin1String("body")).toString().toUtf8();
    WebhookRepository webhooks(m_db);
    HttpPostRequest request;
    request.body = body;
    request.allowedAddresses = webhooks.allowedAddresses();
    request.headers = {"Content-Type: application/json; charset=utf-8"};
    if (entry.kind == QLatin1String("slack")) {
        const QString url
            = webhooks.slackUrl(payload.value(QLatin1String("websiteId")).toInteger());
        if (url.isEmpty())
            return {std::nullopt, QStringLiteral("The website no longer posts to Slack.")};
        request.url = url.toUtf8();
        return {request, {}};
    }
    const auto webhook = webhooks.webhook(payload.value(QLatin1String("webhookId")).toInteger());
    if (!webhook)
        return {std::nullopt, QStringLiteral("The webhook was deleted.")};
    request.url = webhook->url.toUtf8();
    request.headers.append("X-Papo-Event: " + entry.purpose.toUtf8());
    request.headers.append("X-Papo-Event-Id: "
                           + payload.value(QLatin1String("eventId")).toString().toUtf8());
    request.headers.append(
        "X-Papo-Signature: "
        + signature(webhook->secret.toUtf8(), m_clock().toSecsSinceEpoch(), body));
    return {request, {}};
}

} // namespace papo::server
