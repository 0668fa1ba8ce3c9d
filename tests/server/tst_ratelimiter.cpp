#include <ratelimiter.h>
#include <visitorlimits.h>

#include <QTest>

using namespace papo::server;

// Token buckets on the test's clock: bursts pass, the rest waits its turn, idle keys go.
class TestRateLimiter final : public QObject
{
    Q_OBJECT

private slots:
    void burstThenOneEveryInterval()
    {
        qint64 now = 0;
        RateLimiter limiter({3, 1000}, [&] { return now; });
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.take("a"));
        QVERIFY(!limiter.take("a"));
        QCOMPARE(limiter.waitMs("a"), 1001);
        QVERIFY(limiter.take("b")); // another key has its own bucket
        now += 999;
        QVERIFY(!limiter.take("a"));
        now += 2;
        QVERIFY(limiter.take("a"));
        QVERIFY(!limiter.take("a"));
    }

    void idleKeysAreForgotten()
    {
        qint64 now = 0;
        RateLimiter limiter({2, 100}, [&] { return now; });
        for (int i = 0; i < 50; ++i)
            QVERIFY(limiter.take(QString::number(i)));
        QCOMPARE(limiter.keys(), 50);
        now += 1000; // every bucket has refilled
        QVERIFY(limiter.take("new"));
        QCOMPARE(limiter.keys(), 1);
    }

    void scaled()
    {
        const RateLimit base{10, 1000};
        QCOMPARE(base.scaled(2).burst, 20);
        QCOMPARE(base.scaled(2).intervalMs, 500);
        QVERIFY(base.scaled(0).unlimited);
        qint64 now = 0;
        RateLimiter unlimited(base.scaled(0), [&] { return now; });
        for (int i = 0; i < 1000; ++i)
            QVERIFY(unlimited.take("a"));
        RateBucket bucket(base.scaled(0.5));
        for (int i = 0; i < 5; ++i)
            QVERIFY(bucket.take(now));
        QVERIFY(!bucket.take(now));
        now += 2000;
        QVERIFY(bucket.take(now));
    }

    // A script with 10,000 fresh visitors from one address gets the burst, then 30 a minute.
    void newVisitorsPerAddress()
    {
        qint64 now = 0;
        VisitorLimits limits([&] { return now; });
        int created = 0;
        for (int i = 0; i < 10000; ++i)
            created += limits.newVisitor(QHostAddress("203.0.113.7")) ? 1 : 0;
        QCOMPARE(created, RateLimits::NewVisitorsPerAddress.burst);
        QVERIFY(limits.newVisitor(QHostAddress("203.0.113.8"))); // a neighbour is not affected
        now += 60'000;
        created = 0;
        for (int i = 0; i < 10000; ++i)
            created += limits.newVisitor(QHostAddress("203.0.113.7")) ? 1 : 0;
        QCOMPARE(created, 30);
        // Addresses of one IPv6 /64 share a bucket: a provider hands each home a /64.
        for (int i = 0; i < RateLimits::NewVisitorsPerAddress.burst; ++i)
            QVERIFY(limits.newVisitor(QHostAddress(QString("2001:db8:1:2::%1").arg(i + 1))));
        QVERIFY(!limits.newVisitor(QHostAddress("2001:db8:1:2::ffff")));
        QVERIFY(limits.newVisitor(QHostAddress("2001:db8:1:3::1")));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
