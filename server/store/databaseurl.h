#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace papo::server {

enum class SqlDialect { SQLite, PostgreSQL };

// Where the database lives, from --database: `sqlite:PATH` or
// `postgresql://user:password@host:port/name?option=value` (libpq's URI form; a host that
// starts with '/' is the directory of a unix socket, also as `?host=/run/postgresql`).
// The password is kept for connecting and never shown: use redacted() in every message.
class DatabaseUrl final
{
public:
    static DatabaseUrl sqlite(const QString &path);
    // nullopt with a reason in *error (which never contains the password).
    static std::optional<DatabaseUrl> parse(const QString &text, QString *error);

    SqlDialect dialect() const { return m_dialect; }
    bool isPostgreSql() const { return m_dialect == SqlDialect::PostgreSQL; }

    QString sqlitePath() const { return m_path; }

    QString host() const { return m_host; }
    int port() const { return m_port; } // -1: libpq's default
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_path; }
    // Further libpq options (sslmode, connect_timeout…) as `key='value'` pairs.
    QStringList options() const { return m_options; }

    // From --database-password-file or the caller; a password in the URL wins.
    void setPasswordIfMissing(const QString &password);

    // The URL without its password, for logs and errors.
    QString redacted() const;

private:
    bool applyOption(const QString &key, const QString &value, QString *error);

    SqlDialect m_dialect = SqlDialect::SQLite;
    QString m_path; // the SQLite file, or PostgreSQL's database name
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_password;
    QStringList m_options;
    QStringList m_shownOptions; // as given, for redacted()
};

} // namespace papo::server
