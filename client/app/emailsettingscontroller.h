#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace papo::desk {

class ServerConnection;
struct RequestReply;

// Settings → Email and Deliveries (INT-1, INT-2), for admins: the outgoing mail server as
// the server keeps it (without the password, which never comes back: only whether one is
// set), the test email with the mail server's exact answer, and the outbox's deliveries.
class EmailSettingsController final : public QObject
{
    Q_OBJECT

public:
    explicit EmailSettingsController(ServerConnection *connection, QObject *parent = nullptr);

    const QJsonObject &settings() const { return m_settings; }
    const QJsonArray &deliveries() const { return m_deliveries; }

    void fetch();
    void fetchDeliveries();
    using Done = std::function<void(const QString &error)>;
    // `form` is save_email_settings' data; `done` gets "" once stored.
    void save(const QJsonObject &form, QObject *context, Done done);
    // `done(ok, reply)`: whether the mail server accepted, and its exact answer (or why the
    // request failed).
    void sendTest(const QString &to, QObject *context,
                  std::function<void(bool ok, const QString &reply)> done);
    void retry(qint64 deliveryId, QObject *context, Done done);

signals:
    void settingsChanged();
    void deliveriesChanged();

private:
    static QString failureText(const RequestReply &reply);

    ServerConnection *m_connection;
    QJsonObject m_settings;
    QJsonArray m_deliveries;
};

} // namespace papo::desk
