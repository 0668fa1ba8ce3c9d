#include <loginthrottle.h>

#include <QTest>

using papo::server::LoginThrottle;

class TestLoginThrottle final : public QObject
{
    Q_OBJECT

private slots:
    void blocksAfterTenFailuresUntilTheMinutePasses()
    {
        QDateTime now(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        LoginThrottle throttle([&] { return now; });
        for (int i = 0; i < 10; ++i) {
            QVERIFY(!throttle.isBlocked("10.0.0.1", "ana@loja.example"));
            throttle.recordFailure("10.0.0.1", "ana@loja.example");
            now = now.addSecs(1);
        }
        QVERIFY(throttle.isBlocked("10.0.0.1", "ana@loja.example"));
        QVERIFY(throttle.isBlocked("10.0.0.2", "ANA@loja.example")); // the account, from anywhere
        QVERIFY(throttle.isBlocked("10.0.0.1", "bia@loja.example")); // the address, for anyone
        QVERIFY(!throttle.isBlocked("10.0.0.2", "bia@loja.example"));

        now = now.addSecs(50); // the first failure is now 60 s old
        QVERIFY(!throttle.isBlocked("10.0.0.1", "ana@loja.example"));
    }

    void failuresSpreadOverTimeDoNotBlock()
    {
        QDateTime now(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
        LoginThrottle throttle([&] { return now; });
        for (int i = 0; i < 30; ++i) {
            throttle.recordFailure("10.0.0.1", "ana@loja.example");
            now = now.addSecs(7);
            QVERIFY(!throttle.isBlocked("10.0.0.1", "ana@loja.example"));
        }
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
