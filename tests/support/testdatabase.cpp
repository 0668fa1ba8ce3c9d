#include "testdatabase.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace papo::testing::TestDatabase {

namespace {

QString socketDirectory()
{
    return qEnvironmentVariable("PAPO_TEST_PG_SOCKET");
}

// Runs statements as the cluster's superuser on database `name`; false (with a warning) on
// the first that fails.
bool runAsSuperuser(const QString &name, const QStringList &statements)
{
    const QString connection = QStringLiteral("papo-test-admin-") + QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(socketDirectory());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(name);
        db.setConnectOptions(QStringLiteral("options='-c client_min_messages=warning'"));
        ok = db.open();
        if (!ok)
            qWarning("cannot connect to the test cluster in %s: %s", qPrintable(socketDirectory()),
                     qPrintable(db.lastError().text()));
        for (const QString &statement : statements) {
            if (!ok)
                break;
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QString databaseName(const QString &url)
{
    return url.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
}

} // namespace

bool isPostgreSql()
{
    return qEnvironmentVariable("PAPO_TEST_DATABASE") == QLatin1String("postgresql");
}

QString backendName()
{
    return isPostgreSql() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

QString clusterUrl(const QString &name)
{
    return QStringLiteral("postgresql://postgres@/%1?host=%2")
        .arg(name, QString::fromUtf8(QUrl::toPercentEncoding(socketDirectory(), "/")));
}

QString createPostgreSql()
{
    if (socketDirectory().isEmpty()) {
        qWarning("PAPO_TEST_PG_SOCKET is not set: run the test through ctest");
        return {};
    }
    const QString name
        = QStringLiteral("papo_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (!runAsSuperuser(QStringLiteral("postgres"),
                        {QStringLiteral("CREATE DATABASE %1 STRATEGY FILE_COPY").arg(name)}))
        return {};
    return clusterUrl(name);
}

QString freshUrl(const QString &sqliteDirectory)
{
    if (isPostgreSql())
        return createPostgreSql();
    return QStringLiteral("sqlite:")
           + QDir(sqliteDirectory).filePath(QStringLiteral("papo.sqlite"));
}

bool resetPostgreSql(const QString &url)
{
    return runAsSuperuser(databaseName(url), {QStringLiteral("DROP SCHEMA public CASCADE"),
                                              QStringLiteral("CREATE SCHEMA public")});
}

bool setMessageIdsApart(const QString &url)
{
    return runAsSuperuser(databaseName(url),
                          {QStringLiteral("SELECT setval(s, nextval(s) + 100000) FROM "
                                          "pg_get_serial_sequence('messages', 'id') AS s")});
}

} // namespace papo::testing::TestDatabase

namespace papo::testing {

ScratchDatabase::ScratchDatabase() = default;
ScratchDatabase::~ScratchDatabase() = default;

QString ScratchDatabase::next()
{
    if (TestDatabase::isPostgreSql()) {
        if (m_postgresql.isEmpty())
            m_postgresql = TestDatabase::createPostgreSql();
        else if (!TestDatabase::resetPostgreSql(m_postgresql))
            return {};
        return m_postgresql;
    }
    m_directory = std::make_unique<QTemporaryDir>();
    return TestDatabase::freshUrl(m_directory->path());
}

} // namespace papo::testing
