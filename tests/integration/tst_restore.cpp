#include "commandrun.h"
#include "integrationfixture.h"
#include "legacyinstallation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace papo::testing;

// `papo-server restore FILE` refuses what it cannot restore with nothing changed, and puts an
// older papo-server's backup back for the current one to upgrade (tst_backup: the backup).
class TestRestore final : public QObject
{
    Q_OBJECT

private slots:
    // A FILE that is missing, not a database, not Papo's or from a newer papo-server is refused
    // with a clear message and nothing changed; an older one is upgraded when the server starts.
    void badFilesChangeNothing()
    {
        ServerProcess server;
        server.setDatabaseUrl("sqlite:" + sqliteFile(server.dataDir()));
        QVERIFY(server.start());
        const QString owner = server.login();
        server.stop();
        const QString database = sqliteFile(server.dataDir());
        const QByteArray digest = fileDigest(database);
        QVERIFY(!digest.isEmpty());

        QTemporaryDir files;
        const QString text = files.filePath("notes.txt");
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        }
        const QString other = files.filePath("other.sqlite");
        QVERIFY(runSql(other, {"CREATE TABLE recipes (name TEXT)"}));
        const QString newer = files.filePath("newer.sqlite");
        QVERIFY(papoServer({"--data-dir", server.dataDir(), "backup", newer}).exitCode == 0);
        const int latest = papo::server::SchemaMigrator::latestVersion();
        QVERIFY(runSql(newer, {QString("PRAGMA user_version = %1").arg(latest + 1)}));

        const QList<std::pair<QString, QString>> refused = {
            {files.filePath("missing.sqlite"),
             "there is no file " + files.filePath("missing.sqlite")},
            {text, text + " is not a SQLite database"},
            {other, other + " is a SQLite database, but not Papo's"},
            {newer, QString("schema is version %1, newer than this papo-server").arg(latest + 1)}};
        for (const auto &[file, reason] : refused) {
            const Run run = papoServer({"--data-dir", server.dataDir(), "restore", file});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.output.contains("restore refused, nothing was changed: ")
                         && run.output.contains(reason),
                     qPrintable(run.output));
            QCOMPARE(fileDigest(database), digest);
            QVERIFY(!QFile::exists(database + ".before-restore"));
            QVERIFY(!QFile::exists(database + ".restored"));
        }
        QTemporaryDir empty;
        const Run intoNew = papoServer({"--data-dir", empty.path(), "restore", text});
        QCOMPARE(intoNew.exitCode, 1);
        QVERIFY(!QFile::exists(sqliteFile(empty.path())));

        // Backups refuse what they cannot do, saying what to do instead.
        const Run noDatabase
            = papoServer({"--data-dir", empty.path(), "backup", files.filePath("b")});
        QCOMPARE(noDatabase.exitCode, 1);
        QVERIFY2(noDatabase.output.contains("there is no Papo database at"),
                 qPrintable(noDatabase.output));
        QVERIFY(!QFile::exists(files.filePath("b")));
        const Run postgresql = papoServer(
            {"--database", "postgresql://papo@/papo?host=/nowhere", "backup", files.filePath("b")});
        QCOMPARE(postgresql.exitCode, 1);
        QVERIFY2(postgresql.output.contains("pg_dump --format=custom"),
                 qPrintable(postgresql.output));

        // A backup made by an older papo-server (schema 16) is restored, then upgraded on start.
        const QString old = files.filePath("old.sqlite");
        LegacyInstallation legacy;
        QString error;
        QVERIFY2(createLegacyInstallation("sqlite:" + old, files.path(), 16, &legacy, &error),
                 qPrintable(error));
        const Run restoreOld = papoServer({"--data-dir", server.dataDir(), "restore", old});
        QVERIFY2(restoreOld.exitCode == 0 && restoreOld.output.contains("schema version 16"),
                 qPrintable(restoreOld.output));
        QVERIFY(server.start());
        QCOMPARE(server.websiteKey(), LegacyInstallation::websiteKey());
        QVERIFY(connectOperator(server, legacy.ownerToken));
        QVERIFY(!connectOperator(server, owner)); // the replaced database's device is gone
    }
};

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
