#include "app/notificationpolicy.h"

#include <QTest>

using namespace papo::desk;
using papo::common::OperatorStatus;
using Reason = NotifyEvent::Reason;

// The client's last word on the server's `notify` events (NOT-1).
class TestNotificationPolicy : public QObject
{
    Q_OBJECT

private slots:
    void decides_data()
    {
        QTest::addColumn<OperatorStatus>("status");
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<bool>("alreadyVisible");
        QTest::addColumn<bool>("expected");

        QTest::newRow("online, a queued chat")
            << OperatorStatus::Online << Reason::Queued << false << true;
        QTest::newRow("online, my chat")
            << OperatorStatus::Online << Reason::Message << false << true;
        QTest::newRow("online, chat already on screen")
            << OperatorStatus::Online << Reason::Message << true << false;
        QTest::newRow("online, invited")
            << OperatorStatus::Online << Reason::Invited << false << true;
        QTest::newRow("invisible, a queued chat (NOT-1: no)")
            << OperatorStatus::Invisible << Reason::Queued << false << false;
        QTest::newRow("invisible, my chat (NOT-1: no)")
            << OperatorStatus::Invisible << Reason::Message << false << false;
        QTest::newRow("invisible, invited (NOT-1: yes)")
            << OperatorStatus::Invisible << Reason::Invited << false << true;
        QTest::newRow("invisible, a visitor waits too long (STA-5: yes)")
            << OperatorStatus::Invisible << Reason::Waiting << false << true;
        QTest::newRow("offline, invited (NOT-1: never)")
            << OperatorStatus::Offline << Reason::Invited << false << false;
        QTest::newRow("offline, waiting (NOT-1: never)")
            << OperatorStatus::Offline << Reason::Waiting << false << false;
    }

    void decides()
    {
        QFETCH(OperatorStatus, status);
        QFETCH(Reason, reason);
        QFETCH(bool, alreadyVisible);
        QFETCH(bool, expected);
        NotificationPolicy policy;
        NotificationPolicy::Candidate candidate;
        candidate.conversationId = 3;
        candidate.messageId = 17;
        candidate.reason = reason;
        candidate.alreadyVisible = alreadyVisible;
        QCOMPARE(policy.shouldNotify(status, candidate), expected);
    }

    void oneNotificationPerMessageAndReason()
    {
        NotificationPolicy policy;
        QVERIFY(policy.shouldNotify(OperatorStatus::Online, {3, 17, Reason::Queued, false}));
        QVERIFY(!policy.shouldNotify(OperatorStatus::Online, {3, 17, Reason::Queued, false}));
        // The visitor's next message notifies again...
        QVERIFY(policy.shouldNotify(OperatorStatus::Online, {3, 18, Reason::Queued, false}));
        // ...and so does a long wait for the same message once the operator is invisible.
        QVERIFY(policy.shouldNotify(OperatorStatus::Invisible, {3, 18, Reason::Waiting, false}));
    }

    void aMessageSeenWhileOfflineDoesNotNotifyLater()
    {
        NotificationPolicy policy;
        QVERIFY(!policy.shouldNotify(OperatorStatus::Offline, {3, 20, Reason::Message, false}));
        QVERIFY(!policy.shouldNotify(OperatorStatus::Online, {3, 20, Reason::Message, false}));
    }

    void conversationsWithoutMessagesNotifyOnce()
    {
        NotificationPolicy policy;
        QVERIFY(policy.shouldNotify(OperatorStatus::Online, {4, 0, Reason::Invited, false}));
        QVERIFY(!policy.shouldNotify(OperatorStatus::Online, {4, 0, Reason::Invited, false}));
        QVERIFY(policy.shouldNotify(OperatorStatus::Online, {5, 0, Reason::Invited, false}));
    }
};

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "tst_notificationpolicy.moc"
