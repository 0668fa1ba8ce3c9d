#include "app/notificationpolicy.h"

#include <QTest>

using namespace papo::desk;
using papo::common::OperatorStatus;

class TestNotificationPolicy : public QObject
{
    Q_OBJECT

private slots:
    void decides_data()
    {
        QTest::addColumn<OperatorStatus>("status");
        QTest::addColumn<bool>("concernsMe");
        QTest::addColumn<bool>("alreadyVisible");
        QTest::addColumn<bool>("invited");
        QTest::addColumn<bool>("expected");

        QTest::newRow("online, my chat")
            << OperatorStatus::Online << true << false << false << true;
        QTest::newRow("online, a teammate's chat")
            << OperatorStatus::Online << false << false << false << false;
        QTest::newRow("online, chat already on screen")
            << OperatorStatus::Online << true << true << false << false;
        QTest::newRow("invisible (NOT-1: only when invited)")
            << OperatorStatus::Invisible << true << false << false << false;
        QTest::newRow("invisible, invited (CHT-1, STA-2)")
            << OperatorStatus::Invisible << true << false << true << true;
        QTest::newRow("online, invited") << OperatorStatus::Online << true << false << true << true;
        QTest::newRow("offline (NOT-1: never)")
            << OperatorStatus::Offline << true << false << false << false;
        QTest::newRow("offline, invited: still never")
            << OperatorStatus::Offline << true << false << true << false;
    }

    void decides()
    {
        QFETCH(OperatorStatus, status);
        QFETCH(bool, concernsMe);
        QFETCH(bool, alreadyVisible);
        QFETCH(bool, invited);
        QFETCH(bool, expected);
        NotificationPolicy policy;
        NotificationPolicy::Candidate candidate;
        candidate.conversationId = 3;
        candidate.messageId = 17;
        candidate.concernsMe = concernsMe;
        candidate.alreadyVisible = alreadyVisible;
        candidate.invited = invited;
        QCOMPARE(policy.shouldNotify(status, candidate), expected);
    }

    void oneNotificationPerMessage()
    {
        // A new chat arrives as a `conversation` event (with its first message as lastMessage)
        // and as a `message` event, in either order: one notification.
        NotificationPolicy policy;
        const NotificationPolicy::Candidate fromConversation{3, 17, true, false};
        const NotificationPolicy::Candidate fromMessage{3, 17, true, false};
        QVERIFY(policy.shouldNotify(OperatorStatus::Online, fromConversation));
        QVERIFY(!policy.shouldNotify(OperatorStatus::Online, fromMessage));
        // The visitor's next message notifies again.
        QVERIFY(policy.shouldNotify(OperatorStatus::Online, {3, 18, true, false}));
    }

    void aMessageSeenWhileOfflineDoesNotNotifyLater()
    {
        NotificationPolicy policy;
        QVERIFY(!policy.shouldNotify(OperatorStatus::Offline, {3, 20, true, false}));
        QVERIFY(!policy.shouldNotify(OperatorStatus::Online, {3, 20, true, false}));
    }

    void conversationsWithoutMessagesNotifyOnce()
    {
        NotificationPolicy policy;
        QVERIFY(policy.shouldNotify(OperatorStatus::Online, {4, 0, true, false}));
        QVERIFY(!policy.shouldNotify(OperatorStatus::Online, {4, 0, true, false}));
        QVERIFY(policy.shouldNotify(OperatorStatus::Online, {5, 0, true, false}));
    }
};

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "tst_notificationpolicy.moc"
