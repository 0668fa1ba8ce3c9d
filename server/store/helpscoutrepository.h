#pragma once

#include <QSqlDatabase>
#include <QString>

namespace papo::server {

// The team's Help Scout connection (INT-3, docs/integrations.md): an OAuth app's ID and
// secret (client credentials), the mailbox chats go to, and whether every closed chat goes
// there by itself. The secret stays on the server, like the SMTP password.
struct HelpScoutSettings
{
    QString appId;
    QString appSecret;
    qint64 mailboxId = 0;
    QString baseUrl; // empty: Help Scout's own API
    bool exportOnClose = false;

    static inline const QString DefaultBaseUrl = QStringLiteral("https://api.helpscout.net");

    bool connected() const { return !appId.isEmpty() && !appSecret.isEmpty() && mailboxId > 0; }
    QString apiBase() const { return baseUrl.isEmpty() ? DefaultBaseUrl : baseUrl; }
};

// Kept as one JSON value among account_settings: no table of its own.
class HelpScoutRepository final
{
public:
    explicit HelpScoutRepository(QSqlDatabase db);

    HelpScoutSettings settings();
    bool save(const HelpScoutSettings &settings);

private:
    QSqlDatabase m_db;
};

} // namespace papo::server
