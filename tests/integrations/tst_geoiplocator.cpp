#include <geoiplocator.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using papo::server::GeoIpLocator;
using papo::server::GeoLocation;

// Runs against papo-test-city.mmdb, written by make-test-mmdb.pl with MaxMind's writer:
// 203.0.113.0/24 São Paulo BR, 198.51.100.0/24 AR (country only), 2001:db8::/32 Lisbon PT,
// 10.0.0.0/8 a decoy that must never be reported.
class TestGeoIpLocator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_databasePath = qEnvironmentVariable("PAPO_TEST_MMDB");
        QVERIFY2(QFile::exists(m_databasePath),
                 "PAPO_TEST_MMDB must name the .mmdb written by make-test-mmdb.pl");
        QVERIFY2(m_locator.open(m_databasePath), qPrintable(m_locator.errorString()));
        QVERIFY(m_locator.isOpen());
        QCOMPARE(m_locator.databaseType(), "Papo-Test-City");
        QVERIFY(m_locator.errorString().isEmpty());
    }

    void locate_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QString>("countryCode");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("displayText");

        const QString sp = QStringLiteral("São Paulo");
        const QString spText = QStringLiteral("São Paulo, Brazil");
        QTest::newRow("IPv4 in a city range") << "203.0.113.7" << true << "BR"
                                              << "Brazil" << sp << sp << spText;
        QTest::newRow("IPv4 first of the range") << "203.0.113.0" << true << "BR"
                                                 << "Brazil" << sp << sp << spText;
        QTest::newRow("IPv4 last of the range") << "203.0.113.255" << true << "BR"
                                                << "Brazil" << sp << sp << spText;
        QTest::newRow("IPv4-mapped IPv6, as a dual-stack socket reports it")
            << "::ffff:203.0.113.7" << true << "BR"
            << "Brazil" << sp << sp << spText;
        QTest::newRow("IPv6 in a city range") << "2001:db8::1" << true << "PT"
                                              << "Portugal"
                                              << "Lisbon"
                                              << "Lisbon"
                                              << "Lisbon, Portugal";
        QTest::newRow("IPv6 last of the range")
            << "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff" << true << "PT"
            << "Portugal"
            << "Lisbon"
            << "Lisbon"
            << "Lisbon, Portugal";
        QTest::newRow("country without a city") << "198.51.100.20" << true << "AR"
                                                << "Argentina"
                                                << ""
                                                << ""
                                                << "Argentina";
        QTest::newRow("IPv4 outside the data") << "192.0.2.1" << false << ""
                                               << ""
                                               << ""
                                               << ""
                                               << "unknown";
        QTest::newRow("IPv4 just past a range") << "203.0.114.0" << false << ""
                                                << ""
                                                << ""
                                                << ""
                                                << "unknown";
        QTest::newRow("IPv6 outside the data") << "2001:db9::1" << false << ""
                                               << ""
                                               << ""
                                               << ""
                                               << "unknown";
        QTest::newRow("private range, even with data in the file") << "10.1.2.3" << false << ""
                                                                   << ""
                                                                   << ""
                                                                   << ""
                                                                   << "unknown";
        QTest::newRow("mapped private range") << "::ffff:10.1.2.3" << false << ""
                                              << ""
                                              << ""
                                              << ""
                                              << "unknown";
        QTest::newRow("IPv4 loopback") << "127.0.0.1" << false << ""
                                       << ""
                                       << ""
                                       << ""
                                       << "unknown";
        QTest::newRow("IPv6 loopback") << "::1" << false << ""
                                       << ""
                                       << ""
                                       << ""
                                       << "unknown";
        QTest::newRow("IPv6 unique local") << "fd00::1" << false << ""
                                           << ""
                                           << ""
                                           << ""
                                           << "unknown";
        QTest::newRow("null address") << "" << false << ""
                                      << ""
                                      << ""
                                      << ""
                                      << "unknown";
    }

    void locate()
    {
        QFETCH(QString, address);
        QFETCH(bool, known);
        QFETCH(QString, countryCode);
        QFETCH(QString, country);
        QFETCH(QString, region);
        QFETCH(QString, city);
        QFETCH(QString, displayText);

        const GeoLocation location = m_locator.locate(QHostAddress(address));
        QCOMPARE(location.known, known);
        QCOMPARE(location.countryCode, countryCode);
        QCOMPARE(location.country, country);
        QCOMPARE(location.region, region);
        QCOMPARE(location.city, city);
        QCOMPARE(location.displayText(), displayText);
    }

    void coordinates()
    {
        const GeoLocation saoPaulo = m_locator.locate(QHostAddress(QString("203.0.113.7")));
        QVERIFY(saoPaulo.hasCoordinates);
        QCOMPARE(saoPaulo.latitude, -23.5475);
        QCOMPARE(saoPaulo.longitude, -46.63611);

        const GeoLocation lisbon = m_locator.locate(QHostAddress(QString("2001:db8::42")));
        QVERIFY(lisbon.hasCoordinates);
        QCOMPARE(lisbon.latitude, 38.71667);
        QCOMPARE(lisbon.longitude, -9.13333);

        const GeoLocation nowhere = m_locator.locate(QHostAddress(QString("192.0.2.1")));
        QVERIFY(!nowhere.hasCoordinates);
    }

    void withoutDatabaseEverythingIsUnknown()
    {
        GeoIpLocator locator;
        QVERIFY(!locator.isOpen());
        const GeoLocation location = locator.locate(QHostAddress(QString("203.0.113.7")));
        QVERIFY(!location.known);
        QCOMPARE(location.displayText(), "unknown");
        QCOMPARE(GeoLocation::unknownText(), "unknown");
    }

    void badDatabase_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content"); // null: do not create the file
        QTest::addColumn<QString>("expectedError");

        QTest::newRow("missing file") << "missing.mmdb" << QByteArray() << "does not exist";
        QTest::newRow("directory") << "." << QByteArray() << "is not a file";
        QTest::newRow("empty file") << "empty.mmdb" << QByteArray("") << "is not a MaxMind DB";
        QTest::newRow("text file")
            << "GeoLite2-City.csv" << QByteArray("network,geoname_id\n1.0.0.0/24,2077456\n")
            << "is not a MaxMind DB";
        QTest::newRow("gzip file, as downloaded")
            << "GeoLite2-City.tar.gz" << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8)
            << "is not a MaxMind DB";
    }

    void badDatabase()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedError);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(fileName);
        if (!content.isNull()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }

        GeoIpLocator locator;
        QVERIFY(!locator.open(path));
        QVERIFY(!locator.isOpen());
        QVERIFY2(locator.errorString().contains(expectedError), qPrintable(locator.errorString()));
        if (fileName != QLatin1String("."))
            QVERIFY2(locator.errorString().contains(fileName), qPrintable(locator.errorString()));
        QVERIFY(!locator.locate(QHostAddress(QString("203.0.113.7"))).known);

        // The same object opens a good file afterwards.
        QVERIFY2(locator.open(m_databasePath), qPrintable(locator.errorString()));
        QVERIFY(locator.errorString().isEmpty());
        QVERIFY(locator.locate(QHostAddress(QString("203.0.113.7"))).known);
    }

    void truncatedDatabase()
    {
        QFile original(m_databasePath);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("truncated.mmdb"));
        QFile truncated(path);
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(bytes.left(bytes.size() / 2));
        truncated.close();

        GeoIpLocator locator;
        QVERIFY(!locator.open(path));
        QVERIFY2(locator.errorString().contains("is not a MaxMind DB"),
                 qPrintable(locator.errorString()));
    }

    void concurrentLookups()
    {
        const QList<QPair<QHostAddress, QString>> cases{
            {QHostAddress(QString("203.0.113.9")), "BR"},
            {QHostAddress(QString("2001:db8:1::5")), "PT"},
            {QHostAddress(QString("198.51.100.77")), "AR"},
            {QHostAddress(QString("192.0.2.1")), ""},
        };
        std::vector<std::thread> threads;
        std::atomic<int> wrong{0};
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 2000; ++i) {
                    const auto &[address, code] = cases.at((i + t) % cases.size());
                    if (m_locator.locate(address).countryCode != code)
                        ++wrong;
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
    }

private:
    QString m_databasePath;
    GeoIpLocator m_locator;
};

QTEST_GUILESS_MAIN(TestGeoIpLocator)
#include "tst_geoiplocator.moc"
