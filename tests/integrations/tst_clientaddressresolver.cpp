#include <clientaddressresolver.h>

#include <QTest>

using papo::server::ClientAddressResolver;

class TestClientAddressResolver final : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data()
    {
        QTest::addColumn<QStringList>("trusted");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QString>("forwardedFor");
        QTest::addColumn<QString>("expected");

        const QStringList none;
        const QStringList proxy{"10.0.0.5"};
        const QStringList lan{"10.0.0.0/8"};

        QTest::newRow("no proxies configured: header ignored") << none << "203.0.113.7"
                                                               << "198.51.100.1"
                                                               << "203.0.113.7";
        QTest::newRow("no proxies, no header") << none << "203.0.113.7"
                                               << ""
                                               << "203.0.113.7";
        QTest::newRow("trusted proxy, one hop") << proxy << "10.0.0.5"
                                                << "203.0.113.7"
                                                << "203.0.113.7";
        QTest::newRow("trusted proxy without a header is the client") << proxy << "10.0.0.5"
                                                                      << ""
                                                                      << "10.0.0.5";
        QTest::newRow("what the client wrote left of its address is ignored")
            << proxy << "10.0.0.5"
            << "1.2.3.4, 203.0.113.7"
            << "203.0.113.7";
        QTest::newRow("chain of trusted proxies") << lan << "10.0.0.5"
                                                  << "1.2.3.4, 203.0.113.7, 10.0.0.9, 10.0.0.8"
                                                  << "203.0.113.7";
        QTest::newRow("untrusted peer with a forged header") << proxy << "198.51.100.9"
                                                             << "203.0.113.7"
                                                             << "198.51.100.9";
        QTest::newRow("untrusted peer forging a trusted hop") << lan << "198.51.100.9"
                                                              << "203.0.113.7, 10.0.0.1"
                                                              << "198.51.100.9";
        QTest::newRow("an untrusted hop stops the walk") << proxy << "10.0.0.5"
                                                         << "203.0.113.7, 10.0.0.5, 198.51.100.4"
                                                         << "198.51.100.4";
        QTest::newRow("CIDR trust, inside") << QStringList{"172.16.0.0/12"} << "172.31.255.254"
                                            << "203.0.113.7"
                                            << "203.0.113.7";
        QTest::newRow("CIDR trust, just outside") << QStringList{"172.16.0.0/12"} << "172.32.0.1"
                                                  << "203.0.113.7"
                                                  << "172.32.0.1";
        QTest::newRow("IPv6 CIDR trust") << QStringList{"fd00::/8"} << "fd12:3456::1"
                                         << "2001:db8::7"
                                         << "2001:db8::7";
        QTest::newRow("several entries, the second matches")
            << QStringList{"192.168.1.1", "::1"} << "::1"
            << "2001:db8::7"
            << "2001:db8::7";
        QTest::newRow("IPv4-mapped peer matches an IPv4 range") << lan << "::ffff:10.1.2.3"
                                                                << "203.0.113.7"
                                                                << "203.0.113.7";
        QTest::newRow("IPv4-mapped untrusted peer comes back as IPv4")
            << lan << "::ffff:198.51.100.9"
            << "203.0.113.7"
            << "198.51.100.9";
        QTest::newRow("IPv4-mapped client in the header") << proxy << "10.0.0.5"
                                                          << "::ffff:203.0.113.7"
                                                          << "203.0.113.7";
        QTest::newRow("IPv4 element with a port") << proxy << "10.0.0.5"
                                                  << "203.0.113.7:51234"
                                                  << "203.0.113.7";
        QTest::newRow("bracketed IPv6 with a port") << proxy << "10.0.0.5"
                                                    << "[2001:db8::7]:443"
                                                    << "2001:db8::7";
        QTest::newRow("bracketed IPv6 without a port") << proxy << "10.0.0.5"
                                                       << "[2001:db8::7]"
                                                       << "2001:db8::7";
        QTest::newRow("quoted element") << proxy << "10.0.0.5"
                                        << "\"203.0.113.7\""
                                        << "203.0.113.7";
        QTest::newRow("malformed entries left of the client are ignored")
            << proxy << "10.0.0.5"
            << "garbage, <script>, 999.1.1.1, 203.0.113.7"
            << "203.0.113.7";
        QTest::newRow("empty elements are ignored") << proxy << "10.0.0.5"
                                                    << " , 203.0.113.7 ,, "
                                                    << "203.0.113.7";
        QTest::newRow("malformed last hop: the proxy that wrote it is the client")
            << lan << "10.0.0.5"
            << "203.0.113.7, unknown"
            << "10.0.0.5";
        QTest::newRow("malformed hop behind a trusted chain") << lan << "10.0.0.5"
                                                              << "1.2.3.4, _hidden, 10.0.0.9"
                                                              << "10.0.0.9";
        QTest::newRow("short IPv4 forms are not addresses") << proxy << "10.0.0.5"
                                                            << "203.0.113.7, 1.2"
                                                            << "10.0.0.5";
        QTest::newRow("bad port") << proxy << "10.0.0.5"
                                  << "203.0.113.7:http"
                                  << "10.0.0.5";
        QTest::newRow("every hop trusted: the leftmost") << lan << "10.0.0.5"
                                                         << "10.0.0.7, 10.0.0.6"
                                                         << "10.0.0.7";
        QTest::newRow("header of commas only") << proxy << "10.0.0.5"
                                               << ",,,,"
                                               << "10.0.0.5";
        QTest::newRow("very long forged chain")
            << proxy << "10.0.0.5" << QString("1.1.1.1, ").repeated(5000) + "203.0.113.7"
            << "203.0.113.7";
    }

    void resolve()
    {
        QFETCH(QStringList, trusted);
        QFETCH(QString, peer);
        QFETCH(QString, forwardedFor);
        QFETCH(QString, expected);

        ClientAddressResolver resolver;
        QString error;
        QVERIFY2(resolver.setTrustedProxies(trusted, &error), qPrintable(error));
        QCOMPARE(resolver.hasTrustedProxies(), !trusted.isEmpty());
        const QHostAddress client = resolver.resolve(QHostAddress(peer), forwardedFor);
        QCOMPARE(client.toString(), QHostAddress(expected).toString());
    }

    void trustedProxyEntries_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("valid");

        QTest::newRow("IPv4 address") << "10.0.0.1" << true;
        QTest::newRow("IPv4 with spaces") << "  10.0.0.1 " << true;
        QTest::newRow("IPv4 CIDR") << "10.0.0.0/8" << true;
        QTest::newRow("IPv6 address") << "::1" << true;
        QTest::newRow("IPv6 CIDR") << "fd00::/8" << true;
        QTest::newRow("prefix too long for IPv4") << "10.0.0.0/33" << false;
        QTest::newRow("prefix too long for IPv6") << "fd00::/129" << false;
        QTest::newRow("host name") << "proxy.example" << false;
        QTest::newRow("partial address") << "10.0.0" << false;
        QTest::newRow("slash without prefix") << "10.0.0.0/" << false;
        QTest::newRow("partial address with a prefix") << "10.0.0/24" << false;
        QTest::newRow("address as one number") << "167772161" << false;
        QTest::newRow("prefix with a sign") << "10.0.0.0/+8" << false;
    }

    void trustedProxyEntries()
    {
        QFETCH(QString, entry);
        QFETCH(bool, valid);

        ClientAddressResolver resolver;
        QVERIFY(resolver.setTrustedProxies({"192.0.2.1"}));
        QString error;
        QCOMPARE(resolver.setTrustedProxies({"127.0.0.1", entry}, &error), valid);
        if (valid) {
            QVERIFY(error.isEmpty());
            QVERIFY(resolver.isTrustedProxy(QHostAddress(QString("127.0.0.1"))));
            QVERIFY(!resolver.isTrustedProxy(QHostAddress(QString("192.0.2.1"))));
        } else {
            QVERIFY2(error.contains(entry.trimmed()), qPrintable(error));
            // A rejected list leaves the one before in place.
            QVERIFY(resolver.isTrustedProxy(QHostAddress(QString("192.0.2.1"))));
            QVERIFY(!resolver.isTrustedProxy(QHostAddress(QString("127.0.0.1"))));
        }
    }
};

QTEST_GUILESS_MAIN(TestClientAddressResolver)
#include "tst_clientaddressresolver.moc"
