#include "webhookservice.h"

#include "secrets.h"
#include "webhookcauses.h"

#include <httpposter.h>

namespace papo::server {

WebhookService::WebhookService(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{}

QString WebhookService::urlProblem(const QString &field, const QString &url)
{
    const QString problem = HttpPoster::urlProblem(url);
    return problem.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(field, problem);
}

QList<WebhookRecord> WebhookService::webhooks()
{
    return WebhookRepository(m_db).webhooks();
}

WebhookService::Saved WebhookService::save(qint64 id, const QString &url, const QStringList &events)
{
    Saved saved;
    saved.problem = urlProblem(QStringLiteral("url"), url);
    if (!saved.problem.isEmpty())
        return saved;
    QStringList chosen;
    for (const QString &event : events) {
        if (!WebhookCauses::eventNames().contains(event)) {
            saved.problem
                = QStringLiteral("events: \"%1\" is not an event (%2).")
                      .arg(event.left(40), WebhookCauses::eventNames().join(QStringLiteral(", ")));
            return saved;
        }
        if (!chosen.contains(event))
            chosen.append(event);
    }
    if (chosen.isEmpty()) {
        saved.problem = QStringLiteral("events: choose at least one event.");
        return saved;
    }
    WebhookRepository repository(m_db);
    if (id == 0) {
        if (repository.webhooks().size() >= MaxWebhooks) {
            saved.problem = QStringLiteral("At most %1 webhooks.").arg(MaxWebhooks);
            return saved;
        }
        id = repository.insert(url, chosen, QStringLiteral("whsec_") + Secrets::randomToken(24),
                               m_clock());
        saved.created = id != 0;
    } else if (!repository.update(id, url, chosen)) {
        saved.notFound = true;
        saved.problem = QStringLiteral("There is no webhook %1.").arg(id);
        return saved;
    }
    saved.webhook = repository.webhook(id);
    if (!saved.webhook)
        saved.problem = QStringLiteral("The webhook could not be stored.");
    return saved;
}

bool WebhookService::remove(qint64 id)
{
    return WebhookRepository(m_db).remove(id);
}

QString WebhookService::slackUrl(qint64 websiteId)
{
    return WebhookRepository(m_db).slackUrl(websiteId);
}

QString WebhookService::setSlackUrl(qint64 websiteId, const QString &url)
{
    if (!url.isEmpty()) {
        const QString problem = urlProblem(QStringLiteral("slackUrl"), url);
        if (!problem.isEmpty())
            return problem;
    }
    return WebhookRepository(m_db).setSlackUrl(websiteId, url)
               ? QString()
               : QStringLiteral("There is no website %1.").arg(websiteId);
}

QList<QHostAddress> WebhookService::allowedAddresses()
{
    return WebhookRepository(m_db).allowedAddresses();
}

QString WebhookService::setAllowedAddresses(const QStringList &addresses)
{
    if (addresses.size() > MaxAllowedAddresses)
        return QStringLiteral("addresses: at most %1.").arg(MaxAllowedAddresses);
    QList<QHostAddress> parsed;
    for (const QString &text : addresses) {
        const QHostAddress address(text.trimmed());
        if (address.isNull())
            return QStringLiteral("addresses: \"%1\" is not an IP address (one exact address, "
                                  "such as 10.0.0.5 or fd00::5; no names, no ranges).")
                .arg(text.left(60));
        if (!parsed.contains(address))
            parsed.append(address);
    }
    return WebhookRepository(m_db).setAllowedAddresses(parsed)
               ? QString()
               : QStringLiteral("The addresses could not be stored.");
}

} // namespace papo::server
