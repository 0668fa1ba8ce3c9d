#include <databaseurl.h>

#include <QTest>

using namespace papo::server;

// --database: what each URL means, and that its password shows nowhere.
class TestDatabaseUrl final : public QObject
{
    Q_OBJECT

private slots:
    void sqlitePaths()
    {
        QString error;
        QCOMPARE(DatabaseUrl::parse("sqlite:data/papo.sqlite", &error)->sqlitePath(),
                 QString("data/papo.sqlite"));
        const auto absolute = DatabaseUrl::parse("sqlite:///var/lib/papo/papo.sqlite", &error);
        QCOMPARE(absolute->sqlitePath(), QString("/var/lib/papo/papo.sqlite"));
        QCOMPARE(absolute->dialect(), SqlDialect::SQLite);
        QCOMPARE(absolute->redacted(), QString("sqlite:/var/lib/papo/papo.sqlite"));
    }

    void postgresqlUrls()
    {
        QString error;
        const auto full
            = DatabaseUrl::parse("postgresql://papo:s3cr%40t@db.example:6432/chat", &error);
        QVERIFY2(full, qPrintable(error));
        QVERIFY(full->isPostgreSql());
        QCOMPARE(full->user(), QString("papo"));
        QCOMPARE(full->password(), QString("s3cr@t"));
        QCOMPARE(full->host(), QString("db.example"));
        QCOMPARE(full->port(), 6432);
        QCOMPARE(full->databaseName(), QString("chat"));
        QCOMPARE(full->redacted(), QString("postgresql://papo@db.example:6432/chat"));

        // A unix socket: the directory percent-encoded as the host, or as ?host=.
        const auto socket = DatabaseUrl::parse("postgres://papo@%2Frun%2Fpostgresql/papo", &error);
        QCOMPARE(socket->host(), QString("/run/postgresql"));
        QCOMPARE(socket->redacted(), QString("postgresql://papo@/papo?host=/run/postgresql"));
        const auto query = DatabaseUrl::parse(
            "postgresql:///papo?host=/tmp/pg&port=5433&user=ana&sslmode=disable", &error);
        QCOMPARE(query->host(), QString("/tmp/pg"));
        QCOMPARE(query->port(), 5433);
        QCOMPARE(query->user(), QString("ana"));
        QCOMPARE(query->options(), QStringList{"sslmode='disable'"});

        const auto v6 = DatabaseUrl::parse("postgresql://papo@[::1]:5432/papo", &error);
        QCOMPARE(v6->host(), QString("::1"));
        QCOMPARE(v6->redacted(), QString("postgresql://papo@[::1]:5432/papo"));
    }

    void passwordsFromElsewhere()
    {
        QString error;
        auto url = DatabaseUrl::parse("postgresql://papo@db/papo", &error);
        url->setPasswordIfMissing("from-file");
        QCOMPARE(url->password(), QString("from-file"));
        auto given = DatabaseUrl::parse("postgresql://papo:in-url@db/papo", &error);
        given->setPasswordIfMissing("from-file");
        QCOMPARE(given->password(), QString("in-url")); // the URL's wins
    }

    void passwordsNeverShow_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("userinfo") << "postgresql://papo:hunter2@db/papo";
        QTest::newRow("query") << "postgresql://papo@db/papo?password=hunter2";
        QTest::newRow("ssl key password") << "postgresql://papo@db/papo?sslpassword=hunter2";
        QTest::newRow("bad port") << "postgresql://papo:hunter2@db:x/papo";
        QTest::newRow("no database") << "postgresql://papo:hunter2@db";
        QTest::newRow("bare option") << "postgresql://papo@db/papo?hunter2";
        QTest::newRow("bare password option") << "postgresql://papo@db/papo?password";
    }
    void passwordsNeverShow()
    {
        QFETCH(QString, text);
        QString error;
        const auto url = DatabaseUrl::parse(text, &error);
        if (url)
            QVERIFY(!url->redacted().contains("hunter2"));
        else
            QVERIFY2(!error.isEmpty() && !error.contains("hunter2"), qPrintable(error));
    }

    void badUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown") << "mysql://x/y"
                                 << "unknown kind of database";
        QTest::newRow("empty sqlite") << "sqlite:"
                                      << "needs a file";
        QTest::newRow("no database") << "postgresql://papo@db"
                                     << "needs a database name";
        QTest::newRow("port") << "postgresql://db:99999/papo"
                              << "port must be a number";
        QTest::newRow("bad option") << "postgresql://db/papo?Bad-Name=1"
                                    << "not a connection";
        QTest::newRow("semicolon") << "postgresql://db/papo?sslmode=a;b"
                                   << "may not contain ';'";
        QTest::newRow("v6") << "postgresql://[::1/papo"
                            << "closing ]";
    }
    void badUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!DatabaseUrl::parse(text, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
