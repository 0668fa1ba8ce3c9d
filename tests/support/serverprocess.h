#pragma once

#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace papo::testing {

// The real papo-server binary (PAPO_SERVER_BINARY) on a free loopback port with its own
// data directory and database (SQLite in it, or a fresh PostgreSQL database when ctest runs
// the test's `postgresql` twin: testdatabase.h), kept across restart() so tests can check
// what survives.
class ServerProcess final
{
public:
    ServerProcess();
    ~ServerProcess();

    // Arguments added to the defaults (loopback, a free port, the temporary data dir).
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    // An environment variable for the server (e.g. PAPO_OWNER_NAME), from the next start on.
    void setEnvironment(const QString &name, const QString &value) { m_environment[name] = value; }
    bool start();
    void stop();
    // SIGKILL: the process ends at once, as in a crash or a power cut.
    void kill();
    bool restart();

    QUrl httpUrl(const QString &path = {}) const;
    QUrl wsUrl(const QString &path) const;
    QString websiteKey() const { return m_websiteKey; }
    QString dataDir() const { return m_dataDir.path(); }
    // The --database URL, for tests that look into the database (operatoraccounts.h).
    QString databaseUrl() const { return m_databaseUrl; }
    // Before start(): share another server's database, as a second node would.
    void setDatabaseUrl(const QString &url) { m_databaseUrl = url; }
    QString output() const { return m_output; }
    bool isRunning() const;
    qint64 processId() const;
    // The server's resident memory now (VmRSS), in KiB; 0 when unknown.
    qint64 residentKiB() const;
    // The most it was resident since it started (VmHWM), in KiB; 0 when unknown.
    qint64 peakResidentKiB() const;

    static QString ownerEmail() { return QStringLiteral("owner@papo.test"); }
    static QString ownerPassword() { return QStringLiteral("correct-horse-battery"); }

    struct HttpReply
    {
        int status = 0;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names in lower case
    };
    // A blocking POST of a JSON body (or raw bytes) for tests of the HTTP API.
    HttpReply post(const QString &path, const QByteArray &body,
                   const QByteArray &bearer = {}) const;
    HttpReply get(const QString &path) const;
    // Logs in and returns the bearer token, empty on failure. `device` is the name papo-desk
    // sends for its machine.
    QString login(const QString &email = ownerEmail(), const QString &password = ownerPassword(),
                  const QString &device = {}) const;

private:
    QTemporaryDir m_dataDir;
    QStringList m_extraArguments;
    QString m_databaseUrl;
    QHash<QString, QString> m_environment;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    bool m_tls = false; // it said "listening on https://"
    QString m_websiteKey;
    QString m_output;
};

} // namespace papo::testing
