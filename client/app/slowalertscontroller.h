#pragma once

#include <QObject>

#include <functional>
#include <optional>

namespace papo::desk {

class ServerConnection;

// STA-5's options as the server keeps them: whether this operator wants to hear, while
// invisible, of chats whose visitor waits too long (their own choice), and after how many
// seconds (the account's, changed by admins only).
class SlowAlertsController final : public QObject
{
    Q_OBJECT

public:
    explicit SlowAlertsController(ServerConnection *connection, QObject *parent = nullptr);

    bool notifyWhenSlow() const { return m_notifyWhenSlow; }
    int thresholdSeconds() const { return m_thresholdSeconds; }
    bool mayChangeThreshold() const; // owners and admins

    using SaveDone = std::function<void(const QString &error)>;
    // `thresholdSeconds` only when an admin changes it. `done` gets an empty string once
    // stored; it is not called once `context` is gone.
    void save(bool notifyWhenSlow, std::optional<int> thresholdSeconds, QObject *context,
              SaveDone done);

signals:
    void changed();

private:
    void fetch();
    bool apply(const QJsonObject &data);

    ServerConnection *m_connection;
    bool m_notifyWhenSlow = false;
    int m_thresholdSeconds = 60;
};

} // namespace papo::desk
