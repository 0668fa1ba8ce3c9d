#include "commandrun.h"
#include "integrationfixture.h"
#include "legacyinstallation.h"

#include <database.h>
#include <testdatabase.h>

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;
using papo::server::SchemaMigrator;

namespace {

// papo-server on a database it must refuse: run to its end.
Run runRefusedServer(const ServerProcess &server)
{
    return papoServer({"--listen", "127.0.0.1", "--port", "0", "--data-dir", server.dataDir(),
                       "--database", server.databaseUrl()});
}

// Runs statements on the database as they are, without migrating it; the fingerprint after.
QString onDatabase(const QString &databaseUrl, const QStringList &statements = {})
{
    QString error;
    const auto url = papo::server::DatabaseUrl::parse(databaseUrl, &error);
    const QString name = "papo-upgrade-test";
    if (!url || !papo::server::openSqlConnection(*url, name, &error))
        return error;
    QString fingerprint;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                fingerprint += query.lastError().text() + " ";
        }
        fingerprint += legacyFingerprint(db);
        fingerprint += QString(" version=%1").arg(SchemaMigrator(db).version());
    }
    papo::server::closeSqlConnection(name);
    return fingerprint;
}

QString setVersion(int version)
{
    return TestDatabase::isPostgreSql()
               ? QString("UPDATE schema_version SET version = %1").arg(version)
               : QString("PRAGMA user_version = %1").arg(version);
}

} // namespace

// Upgrades keep data: an installation at an older schema level, full of conversations, is
// upgraded by starting the current papo-server on it, and every row, text and state is there
// (read from the database and through the API); its team logs in, its visitors come back to
// their history, new messages continue the stream. A database newer than the binary, or an
// upgrade that fails, leaves the database exactly as it was.
class TestUpgrade final : public QObject
{
    Q_OBJECT

private slots:
    void anOlderInstallationIsUpgradedWhole_data()
    {
        QTest::addColumn<int>("version");
        // 16: before stream positions (17), the messages table rebuilt (22), report summaries
        // (27) and the cluster tables (28, 29). 21: after stream positions, before the rebuild.
        QTest::newRow("from 16") << 16;
        QTest::newRow("from 21") << 21;
    }
    void anOlderInstallationIsUpgradedWhole()
    {
        QFETCH(int, version);
        ServerProcess server;
        server.setDatabaseUrl(TestDatabase::freshUrl(server.dataDir()));
        server.setExtraArguments({"--rate-limit-scale", "0"});
        LegacyInstallation legacy;
        QString error;
        QVERIFY2(createLegacyInstallation(server.databaseUrl(), server.dataDir(), version, &legacy,
                                          &error),
                 qPrintable(error));
        const QString before = onDatabase(server.databaseUrl());
        QVERIFY2(before.endsWith(QString(" version=%1").arg(version)), qPrintable(before));
        QVERIFY2(before.contains(" messages=26 "), qPrintable(before));

        QVERIFY(server.start());
        QCOMPARE(server.websiteKey(), LegacyInstallation::websiteKey());
        const QString after = onDatabase(server.databaseUrl());
        QCOMPARE(after.section(" version=", 0, 0), before.section(" version=", 0, 0));
        QCOMPARE(after.section(" version=", 1).toInt(), SchemaMigrator::latestVersion());

        // The team logs in with its passwords, and the owner's device stays signed in.
        QVERIFY(!server.login().isEmpty());
        QVERIFY(!server.login(LegacyInstallation::biaEmail(), LegacyInstallation::biaPassword())
                     .isEmpty());
        auto owner = connectOperator(server, legacy.ownerToken);
        QVERIFY2(owner, "the owner's bearer token from before the upgrade still works");
        const auto list = owner->request("conversations", {});
        QCOMPARE(codeOf(list), QString("ack"));
        QCOMPARE(list->data.value("conversations").toArray().size(), 4);
        const auto history = owner->request("history", {{"conversationId", 1}, {"limit", 100}});
        QCOMPARE(codeOf(history), QString("ack"));
        QCOMPARE(textsOf(history->data.value("messages").toArray()),
                 legacy.visitorTexts[0].mid(0, 6));

        // Each visitor comes back to their history, in order, edits and files included.
        for (int v = 0; v < legacy.visitorTokens.size(); ++v) {
            QString token = legacy.visitorTokens.at(v);
            Envelope hello;
            auto visitor = connectVisitor(server, &token, -1, &hello);
            QVERIFY(visitor);
            QCOMPARE(token, legacy.visitorTokens.at(v));
            QCOMPARE(textsOf(hello.data.value("messages").toArray()), legacy.visitorTexts.at(v));
            if (v == 2) {
                const QJsonArray messages = hello.data.value("messages").toArray();
                const QJsonObject file = messages.at(messages.size() - 2).toObject();
                QCOMPARE(file.value("attachment").toObject().value("name").toString(),
                         QString("nota-fiscal.pdf"));
                // New messages continue the stream after the old ones.
                const auto ack
                    = visitor->request("message", messageRequest("Depois da atualização"));
                QCOMPARE(codeOf(ack), QString("ack"));
                QVERIFY(ack->data.value("message").toObject().value("id").toInteger()
                        > legacy.newestMessageId);
            }
        }
    }

    // A database a newer papo-server upgraded: refused with a clear message, and left as it was
    // (for SQLite byte for byte, even in rollback-journal mode, which opening would have turned
    // into WAL by rewriting the file's header).
    void aNewerDatabaseIsRefusedAndLeftAsItWas()
    {
        ServerProcess server;
        server.setDatabaseUrl(TestDatabase::freshUrl(server.dataDir()));
        LegacyInstallation legacy;
        QString error;
        const int latest = SchemaMigrator::latestVersion();
        QVERIFY2(createLegacyInstallation(server.databaseUrl(), server.dataDir(), latest, &legacy,
                                          &error),
                 qPrintable(error));
        QStringList statements{setVersion(latest + 1)};
        if (!TestDatabase::isPostgreSql())
            statements << "PRAGMA journal_mode=DELETE";
        const QString before = onDatabase(server.databaseUrl(), statements);
        QVERIFY2(before.endsWith(QString(" version=%1").arg(latest + 1)), qPrintable(before));
        const QString sqlite = QDir(server.dataDir()).filePath("papo.sqlite");
        const QByteArray digest = fileDigest(sqlite);

        const Run run = runRefusedServer(server);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.output.contains(QString("the database's schema is version %1, newer than this "
                                             "papo-server (version %2 at most)")
                                         .arg(latest + 1)
                                         .arg(latest)),
                 qPrintable(run.output));
        if (!TestDatabase::isPostgreSql()) {
            QCOMPARE(fileDigest(sqlite), digest);
            QVERIFY(!QFile::exists(sqlite + "-wal"));
        }
        QCOMPARE(onDatabase(server.databaseUrl()), before);
    }

    // An upgrade that fails part of the way (here migration 27 meets a table of its name) is
    // undone whole: the database stays at its older version, which the older papo-server still
    // runs, never between the two.
    void aFailedUpgradeLeavesTheOlderVersion()
    {
        ServerProcess server;
        server.setDatabaseUrl(TestDatabase::freshUrl(server.dataDir()));
        LegacyInstallation legacy;
        QString error;
        QVERIFY2(
            createLegacyInstallation(server.databaseUrl(), server.dataDir(), 16, &legacy, &error),
            qPrintable(error));
        const QString before
            = onDatabase(server.databaseUrl(), {"CREATE TABLE report_changes (id INTEGER)"});
        QVERIFY2(before.endsWith(" version=16"), qPrintable(before));
        const Run run = runRefusedServer(server);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.output.contains("report_changes"), qPrintable(run.output));
        QCOMPARE(onDatabase(server.databaseUrl()), before);
    }
};

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
