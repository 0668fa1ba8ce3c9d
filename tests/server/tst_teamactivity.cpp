#include "scratchopen.h"
#include <accountrepository.h>
#include <database.h>
#include <presenceservice.h>
#include <secrets.h>
#include <teamactivity.h>
#include <testdatabase.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace papo::server;
using papo::common::OperatorStatus;

// WID-1: last activity on a real database with an injected clock: being online and sending
// messages count; visitors hear of it at once for online changes and at most once a minute
// for messages; the database keeps it without a write per message.
class TestTeamActivity final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(Secrets::initialize());
        m_db = std::make_unique<Database>();
        const QString error = papo::testing::openScratch(m_scratch, *m_db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_accounts = std::make_unique<AccountRepository>(m_db->connection());
        m_ana = m_accounts->createOperator("ana@papo.test", "Ana", "x", "owner");
        QVERIFY(m_ana > 0);
        m_presence = std::make_unique<PresenceService>(*m_accounts);
        m_now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
        m_activity
            = std::make_unique<TeamActivity>(*m_accounts, *m_presence, [this] { return m_now; });
    }
    void cleanup()
    {
        m_activity.reset();
        m_presence.reset();
        m_accounts.reset();
        m_db.reset();
    }

    void neverActiveIsNull() { QVERIFY(!m_activity->lastActiveAt(m_ana).isValid()); }

    void messagesCountAtMostOnceAMinuteForVisitors()
    {
        QSignalSpy changed(m_activity.get(), &TeamActivity::changed);
        m_activity->noteActive(m_ana);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_activity->lastActiveAt(m_ana), m_now);
        QCOMPARE(m_accounts->operatorById(m_ana)->lastActiveAt, m_now);

        const QDateTime first = m_now;
        m_now = m_now.addSecs(30);
        m_activity->noteActive(m_ana);
        QCOMPARE(changed.size(), 1);                                    // too soon to tell visitors
        QCOMPARE(m_activity->lastActiveAt(m_ana), m_now);               // but known
        QCOMPARE(m_accounts->operatorById(m_ana)->lastActiveAt, first); // and not written

        m_now = m_now.addSecs(31);
        m_activity->noteActive(m_ana);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m_accounts->operatorById(m_ana)->lastActiveAt, m_now);
    }

    void onlineIsActiveUntilItEnds()
    {
        QSignalSpy changed(m_activity.get(), &TeamActivity::changed);
        m_presence->clientConnected(m_ana);
        QVERIFY(m_presence->setStatus(m_ana, OperatorStatus::Online));
        QCOMPARE(changed.size(), 1);
        m_now = m_now.addSecs(3600);
        QCOMPARE(m_activity->lastActiveAt(m_ana), m_now); // online: active now
        m_activity->noteActive(m_ana);
        QCOMPARE(changed.size(), 1); // the widget already shows them online

        m_now = m_now.addSecs(10);
        const QDateTime left = m_now;
        m_presence->clientDisconnected(m_ana);
        QCOMPARE(changed.size(), 2);
        m_now = m_now.addSecs(600);
        QCOMPARE(m_activity->lastActiveAt(m_ana), left);
        QCOMPARE(m_accounts->operatorById(m_ana)->lastActiveAt, left);

        // A restart reads it back.
        TeamActivity restarted(*m_accounts, *m_presence, [this] { return m_now; });
        QCOMPARE(restarted.lastActiveAt(m_ana), left);
    }

private:
    papo::testing::ScratchDatabase m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountRepository> m_accounts;
    std::unique_ptr<PresenceService> m_presence;
    std::unique_ptr<TeamActivity> m_activity;
    QDateTime m_now;
    qint64 m_ana = 0;
};

QTEST_GUILESS_MAIN(TestTeamActivity)
#include "tst_teamactivity.moc"
