#include "scratchopen.h"
#include <loginthrottle.h>

#include <QTest>

using papo::server::Database;
using papo::server::LoginThrottle;

// Failed logins counted in the database (SQLite and PostgreSQL): two throttles on one database,
// as two nodes have, count them together.
class TestLoginThrottle final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_now = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        m_db = std::make_unique<Database>();
        const QString error = papo::testing::openScratch(m_scratch, *m_db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    void blocksAfterTenFailuresUntilTheMinutePasses()
    {
        LoginThrottle throttle(m_db->connection(), clock());
        for (int i = 0; i < 10; ++i) {
            QVERIFY(!throttle.isBlocked("10.0.0.1", "ana@loja.example"));
            throttle.recordFailure("10.0.0.1", "ana@loja.example");
            m_now = m_now.addSecs(1);
        }
        QVERIFY(throttle.isBlocked("10.0.0.1", "ana@loja.example"));
        QVERIFY(throttle.isBlocked("10.0.0.2", "ANA@loja.example")); // the account, from anywhere
        QVERIFY(throttle.isBlocked("10.0.0.1", "bia@loja.example")); // the address, for anyone
        QVERIFY(!throttle.isBlocked("10.0.0.2", "bia@loja.example"));

        m_now = m_now.addSecs(50); // the first failure is now 60 s old
        QVERIFY(!throttle.isBlocked("10.0.0.1", "ana@loja.example"));
    }

    void failuresSpreadOverTimeDoNotBlock()
    {
        LoginThrottle throttle(m_db->connection(), clock());
        for (int i = 0; i < 30; ++i) {
            throttle.recordFailure("10.0.0.1", "ana@loja.example");
            m_now = m_now.addSecs(7);
            QVERIFY(!throttle.isBlocked("10.0.0.1", "ana@loja.example"));
        }
    }

    void nodesCountFailuresTogether()
    {
        LoginThrottle nodeA(m_db->connection(), clock());
        LoginThrottle nodeB(m_db->connection(), clock());
        for (int i = 0; i < 5; ++i) {
            nodeA.recordFailure("10.0.0.1", "ana@loja.example");
            nodeB.recordFailure("10.0.0.1", "ana@loja.example");
        }
        QVERIFY(nodeA.isBlocked("10.0.0.1", "ana@loja.example"));
        QVERIFY(nodeB.isBlocked("10.0.0.9", "ana@loja.example"));
    }

private:
    papo::server::Clock clock()
    {
        return [this] { return m_now; };
    }

    papo::testing::ScratchDatabase m_scratch;
    std::unique_ptr<Database> m_db;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
