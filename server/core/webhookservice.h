#pragma once

#include "clock.h"

#include <webhookrepository.h>

#include <QSqlDatabase>

#include <optional>

namespace papo::server {

// Settings → Integrations (INT-3): webhooks with their events and secrets, each website's
// Slack incoming-webhook URL, and the addresses allowed despite the SSRF rules. Every text
// that comes in is checked here; what is wrong is said in words an admin understands.
class WebhookService final
{
public:
    static constexpr int MaxWebhooks = 20;
    static constexpr int MaxAllowedAddresses = 20;

    explicit WebhookService(QSqlDatabase db, Clock clock = systemClock());

    QList<WebhookRecord> webhooks();
    struct Saved
    {
        std::optional<WebhookRecord> webhook; // with its secret, to show once when created
        bool created = false;
        QString problem;
        bool notFound = false;
    };
    // `id` 0 makes a new webhook with a new secret; another id changes that one's URL and
    // events and keeps its secret.
    Saved save(qint64 id, const QString &url, const QStringList &events);
    bool remove(qint64 id);

    QString slackUrl(qint64 websiteId);
    // Returns what is wrong, or an empty text. `""` stops posting to Slack.
    QString setSlackUrl(qint64 websiteId, const QString &url);

    QList<QHostAddress> allowedAddresses();
    QString setAllowedAddresses(const QStringList &addresses);

    // Why `url` cannot be a destination, naming `field`, or an empty text.
    static QString urlProblem(const QString &field, const QString &url);

private:
    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace papo::server
