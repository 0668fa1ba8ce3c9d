#include "databaseurl.h"

#include <QRegularExpression>
#include <QUrl>

namespace papo::server {

namespace {

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// libpq's quoting of a value in a connection string: inside '…', with \ and ' escaped.
QString quotedOption(const QString &key, const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return key + QLatin1String("='") + escaped + QLatin1Char('\'');
}

bool isSecret(const QString &key)
{
    return key.contains(QLatin1String("password"));
}

const QString usage = QStringLiteral(
    "use sqlite:PATH or postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?option=value]");

} // namespace

DatabaseUrl DatabaseUrl::sqlite(const QString &path)
{
    DatabaseUrl url;
    url.m_dialect = SqlDialect::SQLite;
    url.m_path = path;
    return url;
}

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    if (text.startsWith(QLatin1String("sqlite:"))) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2); // sqlite:///var/lib/papo/papo.sqlite
        if (path.isEmpty()) {
            *error = QStringLiteral("the SQLite database needs a file: sqlite:PATH");
            return std::nullopt;
        }
        return sqlite(path);
    }
    QString rest;
    for (const char *scheme : {"postgresql://", "postgres://"}) {
        if (text.startsWith(QLatin1String(scheme)))
            rest = text.mid(int(qstrlen(scheme)));
    }
    if (rest.isNull()) {
        *error = QStringLiteral("unknown kind of database (%1)").arg(usage);
        return std::nullopt;
    }
    DatabaseUrl url;
    url.m_dialect = SqlDialect::PostgreSQL;
    QString query;
    if (const int mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    QString authority = rest;
    if (const int slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        url.m_path = decoded(rest.mid(slash + 1));
    }
    if (const int at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const int colon = userInfo.indexOf(QLatin1Char(':'));
        url.m_user = decoded(userInfo.left(colon));
        if (colon >= 0)
            url.m_password = decoded(userInfo.mid(colon + 1));
    }
    // host, host:port, [v6]:port or a percent-encoded socket directory (%2Frun%2Fpostgresql)
    QString port;
    if (authority.startsWith(QLatin1Char('['))) {
        const int close = authority.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = QStringLiteral("the host's closing ] is missing");
            return std::nullopt;
        }
        url.m_host = authority.mid(1, close - 1);
        if (authority.mid(close + 1).startsWith(QLatin1Char(':')))
            port = authority.mid(close + 2);
    } else {
        const int colon = authority.lastIndexOf(QLatin1Char(':'));
        url.m_host = decoded(colon >= 0 ? authority.left(colon) : authority);
        if (colon >= 0)
            port = authority.mid(colon + 1);
    }
    if (!port.isEmpty() && !url.applyOption(QStringLiteral("port"), port, error))
        return std::nullopt;
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const int equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            // Not echoed: it could be a password put there by mistake.
            *error = QStringLiteral("every option after '?' needs the form name=value");
            return std::nullopt;
        }
        if (!url.applyOption(decoded(pair.left(equals)), decoded(pair.mid(equals + 1)), error))
            return std::nullopt;
    }
    if (url.m_path.isEmpty()) {
        *error = QStringLiteral("the PostgreSQL URL needs a database name: "
                                "postgresql://USER@HOST/DATABASE");
        return std::nullopt;
    }
    return url;
}

bool DatabaseUrl::applyOption(const QString &key, const QString &value, QString *error)
{
    static const QRegularExpression name(QStringLiteral("^[a-z_]+$"));
    if (key == QLatin1String("host")) {
        m_host = value;
    } else if (key == QLatin1String("port")) {
        bool ok = false;
        m_port = value.toInt(&ok);
        if (!ok || m_port < 1 || m_port > 65535) {
            *error = QStringLiteral("the port must be a number from 1 to 65535, not \"%1\"")
                         .arg(value);
            return false;
        }
    } else if (key == QLatin1String("user")) {
        m_user = value;
    } else if (key == QLatin1String("password")) {
        m_password = value;
    } else if (key == QLatin1String("dbname")) {
        m_path = value;
    } else if (!name.match(key).hasMatch()) {
        *error = QStringLiteral("\"%1\" is not a connection option").arg(key);
        return false;
    } else if (value.contains(QLatin1Char(';'))) {
        // Qt's PostgreSQL driver reads ';' as a separator between options.
        *error = QStringLiteral("the value of option \"%1\" may not contain ';'").arg(key);
        return false;
    } else {
        m_options << quotedOption(key, value);
        m_shownOptions << key + QLatin1Char('=') + (isSecret(key) ? QStringLiteral("…") : value);
    }
    return true;
}

void DatabaseUrl::setPasswordIfMissing(const QString &password)
{
    if (m_password.isEmpty())
        m_password = password;
}

QString DatabaseUrl::redacted() const
{
    if (m_dialect == SqlDialect::SQLite)
        return QStringLiteral("sqlite:") + m_path;
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += m_user + QLatin1Char('@');
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    if (!socket)
        text += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']')
                                                  : m_host;
    if (m_port > 0 && !socket)
        text += QLatin1Char(':') + QString::number(m_port);
    text += QLatin1Char('/') + m_path;
    QStringList shown;
    if (socket)
        shown << QStringLiteral("host=") + m_host;
    if (socket && m_port > 0)
        shown << QStringLiteral("port=") + QString::number(m_port);
    shown += m_shownOptions;
    if (!shown.isEmpty())
        text += QLatin1Char('?') + shown.join(QLatin1Char('&'));
    return text;
}

} // namespace papo::server
