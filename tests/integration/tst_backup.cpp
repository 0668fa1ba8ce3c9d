#include "commandrun.h"
#include "integrationfixture.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

// `papo-server backup FILE` and `restore FILE` (SQLite; PostgreSQL's are pg_dump and
// pg_restore): a backup made while a visitor writes is a consistent snapshot, which restored
// into another data directory serves the same conversations; restore is refused while a server
// runs on the database (tst_restore: bad files).
class TestBackup final : public QObject
{
    Q_OBJECT

private slots:
    void aBackupUnderTrafficServesTheSameConversationsElsewhere()
    {
        ServerProcess server;
        server.setDatabaseUrl("sqlite:" + sqliteFile(server.dataDir()));
        server.setExtraArguments({"--rate-limit-scale", "0"});
        QVERIFY(server.start());
        const QString owner = server.login();
        auto ana = connectOperator(server, owner);
        QString token;
        auto visitor = connectVisitor(server, &token);
        QVERIFY(ana && visitor);
        QStringList sent{"Olá, vocês entregam em Recife?"};
        const qint64 conversationId = say(*visitor, sent.last());
        QVERIFY(conversationId > 0);
        sent << "Entregamos sim! Em até 5 dias úteis.";
        QCOMPARE(codeOf(ana->request("send", sendRequest(conversationId, sent.last()))),
                 QString("ack"));

        // The visitor keeps writing, each message acknowledged (durable), while the backup runs.
        QTemporaryDir backups;
        const QString file = backups.filePath("papo-backup.sqlite");
        QProcess backup;
        backup.setProcessChannelMode(QProcess::MergedChannels);
        backup.start(qEnvironmentVariable("PAPO_SERVER_BINARY"),
                     {"--data-dir", server.dataDir(), "backup", file});
        const qsizetype beforeBackup = sent.size();
        int duringBackup = 0;
        while (backup.state() != QProcess::NotRunning && sent.size() < 95) {
            sent << QString("Mensagem %1 durante o backup: ação ✓").arg(sent.size());
            QCOMPARE(say(*visitor, sent.last()), conversationId);
            ++duringBackup;
        }
        QVERIFY(backup.state() == QProcess::NotRunning || backup.waitForFinished(60000));
        const QString output = QString::fromUtf8(backup.readAll());
        QVERIFY2(backup.exitCode() == 0 && output.contains("Backed up "), qPrintable(output));
        QVERIFY2(duringBackup > 0, "the visitor wrote while the backup ran");
        for (int i = 0; i < 3; ++i) {
            sent << QString("Mensagem %1 depois do backup").arg(sent.size());
            QCOMPARE(say(*visitor, sent.last()), conversationId);
        }
        QCOMPARE(history(*ana, conversationId), sent);

        // Restored into another data directory, a server there has the same conversation up to
        // the moment of the backup: all that was acknowledged before it started, then an
        // unbroken run of what came during it, nothing after.
        ServerProcess restored;
        const Run restore = papoServer({"--data-dir", restored.dataDir(), "restore", file});
        QVERIFY2(restore.exitCode == 0 && restore.output.contains("Restored "),
                 qPrintable(restore.output));
        restored.setDatabaseUrl("sqlite:" + sqliteFile(restored.dataDir()));
        QVERIFY(restored.start());
        QCOMPARE(restored.websiteKey(), server.websiteKey());
        auto again = connectOperator(restored, owner);
        QVERIFY2(again, "the owner's device is still signed in");
        QVERIFY(!restored.login().isEmpty());
        const QStringList copied = history(*again, conversationId);
        QVERIFY2(copied.size() >= beforeBackup && copied.size() <= beforeBackup + duringBackup,
                 qPrintable(QString("%1 messages restored").arg(copied.size())));
        QCOMPARE(copied, sent.mid(0, copied.size()));
        Envelope hello;
        auto back = connectVisitor(restored, &token, -1, &hello);
        QVERIFY(back);
        QCOMPARE(textsOf(hello.data.value("messages").toArray()),
                 copied.mid(copied.size() - qMin<qsizetype>(copied.size(), 50)));
        QCOMPARE(say(*back, "De volta depois da restauração"), conversationId);
        QCOMPARE(history(*again, conversationId),
                 copied + QStringList{"De volta depois da restauração"});
    }

    // While a server runs on a database, restore is refused and it goes on serving; no second
    // server starts on the same file either.
    void restoreIsRefusedWhileAServerRuns()
    {
        ServerProcess server;
        server.setDatabaseUrl("sqlite:" + sqliteFile(server.dataDir()));
        QVERIFY(server.start());
        QString token;
        auto visitor = connectVisitor(server, &token);
        QVERIFY(visitor);
        const qint64 conversationId = say(*visitor, "Antes do backup");
        QVERIFY(conversationId > 0);
        QTemporaryDir backups;
        const QString file = backups.filePath("backup.sqlite");
        const Run backup = papoServer({"--data-dir", server.dataDir(), "backup", file});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.output));
        QCOMPARE(say(*visitor, "Depois do backup"), conversationId);

        const Run restore = papoServer({"--data-dir", server.dataDir(), "restore", file});
        QCOMPARE(restore.exitCode, 1);
        QVERIFY2(restore.output.contains(QString("restore refused, nothing was changed: another "
                                                 "papo-server (process %1) is using %2; stop it "
                                                 "first")
                                             .arg(server.processId())
                                             .arg(sqliteFile(server.dataDir()))),
                 qPrintable(restore.output));
        QVERIFY(!QFile::exists(sqliteFile(server.dataDir()) + ".before-restore"));
        const Run second
            = papoServer({"--listen", "127.0.0.1", "--port", "0", "--data-dir", server.dataDir()});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.output.contains("another papo-server"), qPrintable(second.output));

        // Still serving, with everything.
        QCOMPARE(say(*visitor, "Ainda aqui"), conversationId);
        auto ana = connectOperator(server, server.login());
        QVERIFY(ana);
        QCOMPARE(history(*ana, conversationId),
                 (QStringList{"Antes do backup", "Depois do backup", "Ainda aqui"}));

        // Stopped, the same restore goes through and keeps the database it replaced.
        ana.reset();
        visitor.reset();
        server.stop();
        const Run after = papoServer({"--data-dir", server.dataDir(), "restore", file});
        QVERIFY2(after.exitCode == 0, qPrintable(after.output));
        QVERIFY2(
            after.output.contains("kept as " + sqliteFile(server.dataDir()) + ".before-restore"),
            qPrintable(after.output));
        QVERIFY(server.start());
        ana = connectOperator(server, server.login());
        QVERIFY(ana);
        QCOMPARE(history(*ana, conversationId), QStringList{"Antes do backup"});
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
