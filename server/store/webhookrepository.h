#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace papo::server {

struct WebhookRecord
{
    qint64 id = 0;
    QString url;
    QStringList events;
    QString secret; // signs each body; shown to the admin once, when the webhook is made
    QDateTime createdAt;
};

// Webhooks, each website's Slack incoming-webhook URL, and the addresses admins allowed for
// them despite the SSRF rules (INT-3, docs/integrations.md).
class WebhookRepository final
{
public:
    explicit WebhookRepository(QSqlDatabase db);

    QList<WebhookRecord> webhooks();
    std::optional<WebhookRecord> webhook(qint64 id);
    // The webhooks that chose `event`.
    QList<WebhookRecord> subscribers(const QString &event);
    qint64 insert(const QString &url, const QStringList &events, const QString &secret,
                  const QDateTime &at);
    bool update(qint64 id, const QString &url, const QStringList &events);
    bool remove(qint64 id);

    QString slackUrl(qint64 websiteId);
    bool setSlackUrl(qint64 websiteId, const QString &url);

    QList<QHostAddress> allowedAddresses();
    bool setAllowedAddresses(const QList<QHostAddress> &addresses);

private:
    QSqlDatabase m_db;
};

} // namespace papo::server
