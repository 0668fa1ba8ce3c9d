#include <cachedquery.h>
#include <databaseurl.h>
#include <sqlconnection.h>

#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace papo::server;

// CachedQuery runs SQLite statements through our own result (sqliteresult.h), not Qt's: every
// repository reads and binds through it, so it must bind and read exactly as Qt's driver does
// (a null QString is NULL, an empty one is not; NULL reads back as a null QString), step
// through several rows, say why a statement failed, and let a statement be run again.
class TestSqliteResult final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const auto url = DatabaseUrl::sqlite(m_dir.filePath(QTest::currentTestFunction()));
        QVERIFY2(openSqlConnection(url, Connection, &error), qPrintable(error));
        QSqlQuery create(db());
        QVERIFY(create.exec("CREATE TABLE things (id INTEGER PRIMARY KEY, v)"));
    }
    void cleanup() { closeSqlConnection(Connection); }

    void bindsWhatQtBinds()
    {
        const QVariantList values{
            QString(),
            QString(""),
            QString("Olá, ação ✓"),
            QByteArray("\x00\x01\xff", 3),
            QByteArray(),
            true,
            42,
            qlonglong(1) << 40,
            2.5,
            QDateTime(QDate(2026, 12, 7), QTime(23, 59, 58, 7), Qt::UTC),
            QDateTime(),
            QDate(2026, 12, 7),
            QVariant(),
        };
        for (const QVariant &value : values) {
            QSqlQuery qt(db());
            QVERIFY(qt.prepare("INSERT INTO things (v) VALUES (?)"));
            qt.addBindValue(value);
            QVERIFY2(qt.exec(), qPrintable(qt.lastError().text()));
            const qint64 byQt = qt.lastInsertId().toLongLong();

            CachedQuery ours(db(), "INSERT INTO things (v) VALUES (?)");
            ours.addBindValue(value);
            QVERIFY2(ours.exec(), qPrintable(ours.lastError().text()));
            QCOMPARE(ours.numRowsAffected(), 1);
            const qint64 byUs = ours.lastInsertId().toLongLong();
            QVERIFY(byUs > byQt);

            QCOMPARE(stored(byUs), stored(byQt));
        }
    }

    void readsWhatQtReads()
    {
        QSqlQuery insert(db());
        QVERIFY(insert.exec("INSERT INTO things (v) VALUES (NULL), (''), ('Olá ✓'), (X'00FF'), "
                            "(7), (-9007199254740993), (0.25)"));
        const QString select = "SELECT id, v FROM things WHERE id > ? ORDER BY id";
        QSqlQuery qt(db());
        QVERIFY(qt.prepare(select));
        qt.addBindValue(0);
        QVERIFY(qt.exec());
        CachedQuery ours(db(), select);
        ours.addBindValue(0);
        QVERIFY(ours.exec());
        QVERIFY(ours.isSelect());
        int rows = 0;
        while (qt.next()) {
            QVERIFY(ours.next());
            QCOMPARE(ours.at(), rows);
            for (int column = 0; column < 2; ++column) {
                const QVariant expected = qt.value(column);
                const QVariant actual = ours.value(column);
                QCOMPARE(actual.typeId(), expected.typeId());
                QCOMPARE(actual.isNull(), expected.isNull());
                QCOMPARE(actual, expected);
                QCOMPARE(ours.isNull(column), qt.isNull(column));
            }
            ++rows;
        }
        QCOMPARE(rows, 7);
        QVERIFY(!ours.next());
        QVERIFY(!ours.isValid());
    }

    void aStatementRunsAgainFromItsFirstRow()
    {
        QSqlQuery insert(db());
        QVERIFY(insert.exec("INSERT INTO things (v) VALUES ('a'), ('b'), ('c')"));
        const QString select = "SELECT v FROM things WHERE v >= ? ORDER BY v";
        for (const QString from : {"a", "b", "d"}) {
            CachedQuery query(db(), select); // the kept statement, left mid-rows last time
            query.addBindValue(from);
            QVERIFY(query.exec());
            QVERIFY(query.next() == (from != "d"));
            if (from != "d")
                QCOMPARE(query.value(0).toString(), from);
        }
        // A read left mid-rows is reset when its CachedQuery goes: it keeps no snapshot, so
        // the whole log can be checkpointed (a snapshot held would make this report busy).
        {
            CachedQuery read(db(), select);
            read.addBindValue("a");
            QVERIFY(read.exec() && read.next());
        }
        QSqlQuery checkpoint(db());
        QVERIFY(checkpoint.exec("PRAGMA wal_checkpoint(TRUNCATE)") && checkpoint.next());
        QCOMPARE(checkpoint.value(0).toInt(), 0);
    }

    void aNoRowsWriteIsNotASelect()
    {
        CachedQuery update(db(), "UPDATE things SET v = ? WHERE id = ?");
        update.addBindValue("x");
        update.addBindValue(404);
        QVERIFY(update.exec());
        QVERIFY(!update.isSelect());
        QCOMPARE(update.numRowsAffected(), 0);
        QVERIFY(!update.next());
    }

    void returningGivesTheRow()
    {
        CachedQuery insert(db(), "INSERT INTO things (v) VALUES (?) RETURNING id, v");
        insert.addBindValue("r");
        QVERIFY(insert.exec());
        QVERIFY(insert.next());
        QVERIFY(insert.value(0).toLongLong() > 0);
        QCOMPARE(insert.value(1).toString(), QString("r"));
        QVERIFY(!insert.next());
    }

    void errorsSayWhy()
    {
        QSqlQuery unique(db());
        QVERIFY(unique.exec("CREATE UNIQUE INDEX things_v ON things (v)"));
        CachedQuery insert(db(), "INSERT INTO things (v) VALUES (?)");
        insert.addBindValue("same");
        QVERIFY(insert.exec());
        insert.addBindValue("same");
        QVERIFY(!insert.exec());
        QVERIFY2(insert.lastError().databaseText().contains("UNIQUE"),
                 qPrintable(insert.lastError().text()));

        CachedQuery tooMany(db(), "SELECT ?");
        tooMany.addBindValue(1);
        tooMany.addBindValue(2);
        QVERIFY(!tooMany.exec());
        QVERIFY(tooMany.lastError().isValid());

        CachedQuery misspelt(db(), "SELEC 1");
        QVERIFY(!misspelt.exec());
        QVERIFY2(misspelt.lastError().databaseText().contains("syntax error"),
                 qPrintable(misspelt.lastError().text()));

        CachedQuery two(db(), "SELECT 1; SELECT 2");
        QVERIFY(!two.exec());
        QVERIFY(two.lastError().isValid());
    }

private:
    static constexpr const char *Connection = "sqliteresult";

    static QSqlDatabase db() { return QSqlDatabase::database(Connection, false); }

    // What SQLite holds for row `id`: its storage class and text.
    static QString stored(qint64 id)
    {
        QSqlQuery query(db());
        query.prepare("SELECT typeof(v), quote(v) FROM things WHERE id = ?");
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return "missing";
        return query.value(0).toString() + ' ' + query.value(1).toString();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSqliteResult)
#include "tst_sqliteresult.moc"
