#pragma once

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace papo::desk {

class ServerConnection;
struct RequestReply;

// Help Scout (INT-3): Settings → Help Scout for admins (the app's ID, a write-only secret,
// the mailbox, exporting every closed chat), and "Export to Help Scout" for anyone, offered
// while the server says Help Scout is connected.
class HelpScoutController final : public QObject
{
    Q_OBJECT

public:
    explicit HelpScoutController(ServerConnection *connection, QObject *parent = nullptr);

    bool connected() const { return m_connected; }
    // {"appId","secretSet","mailboxId","baseUrl","exportOnClose","connected"}
    const QJsonObject &settings() const { return m_settings; }

    void fetch();
    using Done = std::function<void(const QString &error)>;
    // An empty `secret` keeps the stored one; an empty `appId` disconnects.
    void save(const QJsonObject &settings, QObject *context, Done done);
    // The answer comes as exportFinished.
    void exportConversation(qint64 conversationId);

signals:
    void changed();
    void connectedChanged(bool connected);
    // What became of an export, in words for the status bar.
    void exportFinished(const QString &text, bool ok);

private:
    void take(const QJsonObject &settings);
    void setConnected(bool connected);
    static QString failureText(const RequestReply &reply);

    ServerConnection *m_connection;
    QJsonObject m_settings;
    bool m_connected = false;
};

} // namespace papo::desk
