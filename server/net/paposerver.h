#pragma once

#include <databaseurl.h>

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace papo::server {

class Database;
class DatabaseLock;

struct ServerConfig
{
    QHostAddress address = QHostAddress::Any;
    quint16 port = 8080;
    QString dataDir = QStringLiteral("data"); // attachments and photos; SQLite's default home
    std::optional<DatabaseUrl> database;      // --database; none: DATA-DIR/papo.sqlite
    QString ownerEmail;
    QString ownerPassword;
    QString ownerName; // PAPO_OWNER_NAME; empty: made from the email
    QUrl publicUrl;    // --public-url: the base of one-time links; empty: as papo-desk reached it
    int idleTimeoutSeconds = 60;
    int queueReturnSeconds = 120; // QUE-3
    qint64 notifyDelayMs = 30000; // NOT-2: before an operator's other clients are notified
    QString geoIpPath;            // an .mmdb; empty: locations read "unknown"
    QStringList trustedProxies;   // addresses or CIDR ranges whose X-Forwarded-For we believe
    QString userAgentRulesPath;   // uap-core regexes.yaml; empty: Debian's uap-core
    qint64 attachmentLimitBytes = 10 * 1024 * 1024; // CHT-9
    double rateLimitScale = 1;                      // every rate limit times this; 0 lifts them
    int attachmentRetentionDays = 0; // files of conversations idle that long go; 0: kept
    QString tlsCertificatePath;      // both set: HTTPS and WSS on the one port
    QString tlsKeyPath;
    int headTimeoutSeconds = 10;  // slowloris: a request head must be complete by then
    int helloTimeoutSeconds = 30; // a WebSocket must say hello by then (close 4008)
    QString smtpCaFile;           // --smtp-ca: more CA certificates to trust for SMTP TLS
};

struct StartInfo
{
    quint16 port = 0;
    QString database; // its redacted URL
    QString websiteKey;
    QString ownerEmail;
    QString generatedPassword; // only on the first start without PAPO_OWNER_PASSWORD
    bool tls = false;
};

// Puts the pieces together: database, repositories, services, sessions, HTTP front.
class PapoServer final : public QObject
{
    Q_OBJECT

public:
    explicit PapoServer(QObject *parent = nullptr);
    ~PapoServer() override;

    bool start(const ServerConfig &config, StartInfo *info, QString *error);
    // The database without --database: DATA-DIR/papo.sqlite.
    static DatabaseUrl defaultDatabase(const QString &dataDir);
    // SIGHUP: reads --tls-cert and --tls-key again; connections already open keep theirs.
    // On failure the server keeps the certificate it had and says why.
    bool reloadTls(QString *error);

private:
    bool configureVisitorKnowledge(const ServerConfig &config, QString *error);

    struct Parts;
    ServerConfig m_config;
    std::unique_ptr<DatabaseLock> m_lock; // SQLite: held while serving; let go after the database
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Parts> m_parts; // after m_database: destroyed before it
};

} // namespace papo::server
