#include <database.h>
#include <databaseurl.h>
#include <walcheckpointer.h>
#include <writequeue.h>

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace papo::server;

// SQLite's log is copied back into the database beside the writer (WalCheckpointer), not in its
// commits. A writer that never pauses must still not grow the log without bound: past a limit
// its own commit checkpoints, as SQLite would.
class TestWalCheckpointer final : public QObject
{
    Q_OBJECT

private slots:
    void theLogStaysBoundedUnderSustainedWrites()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("papo.sqlite");
        constexpr int Rows = 2500; // 4 pages each: 40 MB through the log
        const QByteArray row(4 * 4096 - 100, 'x');
        int done = 0;
        int failed = 0;
        Database database; // migrated: the writer finishes each batch in the real schema
        QString error;
        QVERIFY2(database.open(DatabaseUrl::sqlite(path), &error), qPrintable(error));
        {
            WriteQueue queue(database.url(), this, 10); // short batches, no pause
            const auto count = [&](bool ok) {
                ++done;
                failed += ok ? 0 : 1;
            };
            queue.submit(
                [](QSqlDatabase &db) {
                    return QSqlQuery(db).exec("CREATE TABLE rows (id INTEGER PRIMARY KEY, b)");
                },
                count);
            for (int i = 0; i < Rows; ++i) {
                queue.submit(
                    [&row](QSqlDatabase &db) {
                        QSqlQuery insert(db);
                        insert.prepare("INSERT INTO rows (b) VALUES (?)");
                        insert.addBindValue(row);
                        return insert.exec();
                    },
                    count);
            }
            QTRY_COMPARE_WITH_TIMEOUT(done, Rows + 1, 120000);
            QCOMPARE(failed, 0);
            // The log file keeps the largest size it reached (a new log reuses it from the start).
            const qint64 logBytes = QFileInfo(path + "-wal").size();
            const qint64 bound
                = qint64(WalCheckpointer::PagesBeforeWriterCheckpoints + 1000) * 4096;
            QVERIFY2(logBytes > 0 && logBytes < bound,
                     qPrintable(QString("log of %1 bytes").arg(logBytes)));
        }
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
