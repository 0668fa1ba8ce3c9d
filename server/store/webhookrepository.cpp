#include "webhookrepository.h"

#include "accountsettings.h"
#include "cachedquery.h"
#include "sqltime.h"

#include <QSqlQuery>
#include <QVariant>

namespace papo::server {

namespace {

const QString AllowedAddressesSetting = QStringLiteral("integration_allowed_addresses");

WebhookRecord webhookFrom(const QSqlQuery &query)
{
    WebhookRecord record;
    record.id = query.value(0).toLongLong();
    record.url = query.value(1).toString();
    record.events = query.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    record.secret = query.value(3).toString();
    record.createdAt = fromSqlTime(query.value(4));
    return record;
}

QList<WebhookRecord> select(const QSqlDatabase &db, const QString &tail, const QVariantList &values)
{
    CachedQuery query(
        db, QStringLiteral("SELECT id, url, events, secret, created_at FROM webhooks ") + tail);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<WebhookRecord> records;
    if (!query.exec())
        return records;
    while (query.next())
        records.append(webhookFrom(query));
    return records;
}

} // namespace

WebhookRepository::WebhookRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<WebhookRecord> WebhookRepository::webhooks()
{
    return select(m_db, QStringLiteral("ORDER BY id"), {});
}

std::optional<WebhookRecord> WebhookRepository::webhook(qint64 id)
{
    const auto found = select(m_db, QStringLiteral("WHERE id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<WebhookRecord>(found.first());
}

QList<WebhookRecord> WebhookRepository::subscribers(const QString &event)
{
    // Events are stored as "a,b": wrapped in commas, one LIKE finds a whole name only.
    return select(m_db, QStringLiteral("WHERE ',' || events || ',' LIKE ? ORDER BY id"),
                  {QStringLiteral("%,") + event + QStringLiteral(",%")});
}

qint64 WebhookRepository::insert(const QString &url, const QStringList &events,
                                 const QString &secret, const QDateTime &at)
{
    CachedQuery query(m_db, QStringLiteral("INSERT INTO webhooks (url, events, secret, created_at) "
                                           "VALUES (?, ?, ?, ?) RETURNING id"));
    query.addBindValue(url);
    query.addBindValue(events.join(QLatin1Char(',')));
    query.addBindValue(secret);
    query.addBindValue(toSqlTime(at));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool WebhookRepository::update(qint64 id, const QString &url, const QStringList &events)
{
    CachedQuery query(m_db, QStringLiteral("UPDATE webhooks SET url = ?, events = ? WHERE id = ?"));
    query.addBindValue(url);
    query.addBindValue(events.join(QLatin1Char(',')));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool WebhookRepository::remove(qint64 id)
{
    CachedQuery query(m_db, QStringLiteral("DELETE FROM webhooks WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

QString WebhookRepository::slackUrl(qint64 websiteId)
{
    CachedQuery query(m_db, QStringLiteral("SELECT slack_webhook_url FROM websites WHERE id = ?"));
    query.addBindValue(websiteId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool WebhookRepository::setSlackUrl(qint64 websiteId, const QString &url)
{
    CachedQuery query(m_db,
                      QStringLiteral("UPDATE websites SET slack_webhook_url = ? WHERE id = ?"));
    query.addBindValue(sqlText(url));
    query.addBindValue(websiteId);
    return query.exec() && query.numRowsAffected() == 1;
}

QList<QHostAddress> WebhookRepository::allowedAddresses()
{
    QList<QHostAddress> addresses;
    const QStringList texts = AccountSettings::value(m_db, AllowedAddressesSetting)
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &text : texts)
        addresses.append(QHostAddress(text));
    return addresses;
}

bool WebhookRepository::setAllowedAddresses(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &address : addresses)
        texts.append(address.toString());
    return AccountSettings::setValue(m_db, AllowedAddressesSetting, texts.join(QLatin1Char(',')));
}

} // namespace papo::server
