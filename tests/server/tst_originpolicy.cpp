#include <originpolicy.h>

#include <QTest>

using namespace papo::server;

class TestOriginPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void validity_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << "https://shop.example" << true;
        QTest::newRow("port") << "http://localhost:8000" << true;
        QTest::newRow("wildcard") << "https://*.shop.example" << true;
        QTest::newRow("trailing slash") << "https://shop.example/" << true;
        QTest::newRow("capitals") << "HTTPS://Shop.Example" << true;
        QTest::newRow("path") << "https://shop.example/loja" << false;
        QTest::newRow("no scheme") << "shop.example" << false;
        QTest::newRow("ftp") << "ftp://shop.example" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("wildcard in the middle") << "https://shop.*.example" << false;
        QTest::newRow("empty") << "" << false;
    }
    void validity()
    {
        QFETCH(QString, origin);
        QFETCH(bool, valid);
        QCOMPARE(OriginPolicy::isValid(origin), valid);
    }

    void matching_data()
    {
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<bool>("allows");
        const QStringList shop{"https://shop.example", "https://*.loja.example"};
        QTest::newRow("no list: anywhere") << QStringList() << "https://anything.example" << true;
        QTest::newRow("no list, no origin") << QStringList() << "" << true;
        QTest::newRow("exact") << shop << "https://shop.example" << true;
        QTest::newRow("case") << shop << "https://SHOP.example" << true;
        QTest::newRow("other host") << shop << "https://evil.example" << false;
        QTest::newRow("suffix trick") << shop << "https://evilshop.example" << false;
        QTest::newRow("http not https") << shop << "http://shop.example" << false;
        QTest::newRow("other port") << shop << "https://shop.example:8443" << false;
        QTest::newRow("subdomain of wildcard") << shop << "https://www.loja.example" << true;
        QTest::newRow("deep subdomain") << shop << "https://a.b.loja.example" << true;
        QTest::newRow("wildcard's own host") << shop << "https://loja.example" << false;
        QTest::newRow("no origin header") << shop << "" << false;
        QTest::newRow("null origin") << shop << "null" << false;
    }
    void matching()
    {
        QFETCH(QStringList, allowed);
        QFETCH(QString, origin);
        QFETCH(bool, allows);
        QCOMPARE(OriginPolicy::allows(allowed, origin), allows);
    }
};

QTEST_GUILESS_MAIN(TestOriginPolicy)
#include "tst_originpolicy.moc"
