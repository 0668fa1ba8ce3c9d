#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace papo::desk {

class ServerConnection;
struct RequestReply;

// Settings → Integrations (INT-3), for admins: the webhooks (URL and events; a new one's
// secret comes once, in the answer that made it), each website's Slack incoming-webhook URL,
// and the exact addresses allowed despite the server's SSRF rules.
class IntegrationsController final : public QObject
{
    Q_OBJECT

public:
    explicit IntegrationsController(ServerConnection *connection, QObject *parent = nullptr);

    const QJsonArray &webhooks() const { return m_webhooks; }
    const QStringList &eventNames() const { return m_events; }
    const QStringList &allowedAddresses() const { return m_allowed; }
    // [{"id","name","slackUrl"}]
    const QJsonArray &slackWebsites() const { return m_slackWebsites; }

    void fetch();
    using Done = std::function<void(const QString &error)>;
    // `done(error, secret)`: the new webhook's secret, shown once.
    void addWebhook(const QString &url, const QStringList &events, QObject *context,
                    std::function<void(const QString &error, const QString &secret)> done);
    void deleteWebhook(qint64 id, QObject *context, Done done);
    void saveSlackUrl(qint64 websiteId, const QString &url, QObject *context, Done done);
    void saveAllowedAddresses(const QStringList &addresses, QObject *context, Done done);

signals:
    void changed();

private:
    static QString failureText(const RequestReply &reply);
    void takeWebhooks(const QJsonObject &data);

    ServerConnection *m_connection;
    QJsonArray m_webhooks;
    QStringList m_events;
    QStringList m_allowed;
    QJsonArray m_slackWebsites;
};

} // namespace papo::desk
