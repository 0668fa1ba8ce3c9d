#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <schemamigrator.h>
#include <sqlconnection.h>
#include <testdatabase.h>

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTest>

using namespace papo::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QString output; // stdout and stderr
};

// papo-server run to its end (a refusal), or stopped once it is up; 0 when it came up.
Run runServer(const QStringList &arguments,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(qEnvironmentVariable("PAPO_SERVER_BINARY"),
                  QStringList{"--listen", "127.0.0.1", "--port", "0"} + arguments);
    Run run;
    const QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        run.output += QString::fromUtf8(process.readAll());
        if (run.output.contains("Website key:")) {
            process.terminate();
            process.waitForFinished(15000);
            run.output += QString::fromUtf8(process.readAll());
            run.exitCode = 0;
            return run;
        }
    }
    process.waitForFinished(15000);
    run.output += QString::fromUtf8(process.readAll());
    run.exitCode = process.exitCode();
    return run;
}

} // namespace

// --database: the server names its database at start, refuses a bad URL and a database a
// newer papo-server upgraded; on PostgreSQL it logs in with a password from the URL,
// PGPASSWORD or --database-password-file, and shows it nowhere.
class TestDatabaseOption final : public QObject
{
    Q_OBJECT

private slots:
    void namesItsDatabaseWithoutThePassword()
    {
        ServerProcess server;
        QVERIFY(server.start());
        // The test cluster's URLs have no password: shown as they are.
        QVERIFY2(server.output().contains("Database: " + server.databaseUrl()),
                 qPrintable(server.output()));
    }

    void refusesABadUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown kind") << "mysql://db/papo"
                                      << "unknown kind of database";
        QTest::newRow("no database name") << "postgresql://papo@db"
                                          << "needs a database name";
        QTest::newRow("bad port") << "postgresql://papo:s3cret@db:http/papo"
                                  << "port must be";
    }
    void refusesABadUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        QTemporaryDir data;
        const Run run = runServer({"--data-dir", data.path(), "--database", url});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains("papo-server: --database: ") && run.output.contains(reason),
                 qPrintable(run.output));
        QVERIFY(!run.output.contains("s3cret"));
    }

    // A database that a newer papo-server migrated further is refused with a clear message,
    // and left as it is.
    void refusesANewerDatabase()
    {
        ServerProcess server;
        QVERIFY(server.start());
        server.stop();
        const int newer = papo::server::SchemaMigrator::latestVersion() + 1;
        {
            papo::server::Database database;
            QVERIFY(openServerDatabase(server, database));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(database.dialect() == papo::server::SqlDialect::SQLite
                                   ? QString("PRAGMA user_version = %1").arg(newer)
                                   : QString("UPDATE schema_version SET version = %1").arg(newer)));
        }
        const Run run
            = runServer({"--data-dir", server.dataDir(), "--database", server.databaseUrl()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.output.contains(
                     QString("schema is version %1, newer than this papo-server").arg(newer)),
                 qPrintable(run.output));
    }

    // The database belongs to a role that must give its password (the cluster asks
    // `papo_secret` for one), as a production database would; it is not a superuser, so
    // this also shows the migrations need no more than owning the database.
    void passwordsFromEveryPlaceAndNeverShown()
    {
        if (!TestDatabase::isPostgreSql())
            QSKIP("PostgreSQL only: SQLite has no password");
        const QString password = "pw-" + newClientId();
        const QString name = "papo_secret_" + newClientId().left(12).toLower();
        QVERIFY(runAsSuperuser({QString("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE "
                                        "rolname = 'papo_secret') THEN CREATE ROLE papo_secret "
                                        "LOGIN; END IF; END $$"),
                                QString("ALTER ROLE papo_secret PASSWORD '%1'").arg(password),
                                QString("CREATE DATABASE %1 OWNER papo_secret").arg(name)}));
        const QString socket = qEnvironmentVariable("PAPO_TEST_PG_SOCKET");
        const QString bare = QString("postgresql://papo_secret@/%1?host=%2").arg(name, socket);
        const QString withPassword
            = QString("postgresql://papo_secret:%1@/%2?host=%3").arg(password, name, socket);
        QTemporaryDir data;
        const QStringList common{"--data-dir", data.path(), "--database"};

        const Run inUrl = runServer(common + QStringList{withPassword});
        QVERIFY2(inUrl.exitCode == 0, qPrintable(inUrl.output));
        QVERIFY(inUrl.output.contains("Database: " + bare));

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("PGPASSWORD", password);
        const Run inEnvironment = runServer(common + QStringList{bare}, environment);
        QVERIFY2(inEnvironment.exitCode == 0, qPrintable(inEnvironment.output));

        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(password.toUtf8() + "\n");
        file.close();
        const Run inFile
            = runServer(common + QStringList{bare, "--database-password-file", file.fileName()});
        QVERIFY2(inFile.exitCode == 0, qPrintable(inFile.output));

        const QString wrong = "wrong-" + newClientId();
        const Run refused = runServer(
            common
            + QStringList{
                QString("postgresql://papo_secret:%1@/%2?host=%3").arg(wrong, name, socket)});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.output.contains("password authentication failed"),
                 qPrintable(refused.output));
        QVERIFY(refused.output.contains("Cannot connect to " + bare));

        const Run missing
            = runServer(common + QStringList{bare, "--database-password-file", "/nonexistent"});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.output.contains("--database-password-file: cannot read /nonexistent"));

        for (const Run &run : {inUrl, inEnvironment, inFile, refused, missing}) {
            QVERIFY2(!run.output.contains(password), qPrintable(run.output));
            QVERIFY2(!run.output.contains(wrong), qPrintable(run.output));
        }
    }

private:
    static bool runAsSuperuser(const QStringList &statements)
    {
        QString error;
        const auto url = papo::server::DatabaseUrl::parse(
            papo::testing::TestDatabase::clusterUrl("postgres"), &error);
        // The maintenance database: connect only, no migrations.
        const QString connection = "papo-test-superuser";
        bool ok = papo::server::openSqlConnection(*url, connection, &error);
        {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (ok && !query.exec(statement)) {
                    qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                    ok = false;
                }
            }
        }
        papo::server::closeSqlConnection(connection);
        return ok;
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOption)
#include "tst_database.moc"
