#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <testdatabase.h>

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace papo::testing;

namespace {

QByteArray credentials(const QString &email, const QString &password)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                     {QStringLiteral("password"), password}})
        .toJson();
}

} // namespace

// The HTTP side of the one port: login, logout, health, widget and demo page.
class TestHttpApi final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<ServerProcess>();
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void loginAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("right") << credentials(ServerProcess::ownerEmail(),
                                              ServerProcess::ownerPassword())
                               << 200 << "";
        QTest::newRow("email in capitals")
            << credentials(QStringLiteral("OWNER@papo.test"), ServerProcess::ownerPassword()) << 200
            << "";
        QTest::newRow("wrong password")
            << credentials(ServerProcess::ownerEmail(), QStringLiteral("nope")) << 401
            << "invalid_credentials";
        QTest::newRow("unknown email")
            << credentials(QStringLiteral("x@papo.test"), QStringLiteral("nope")) << 401
            << "invalid_credentials";
        QTest::newRow("not json") << QByteArray("email=a&password=b") << 400 << "bad_request";
        QTest::newRow("missing password")
            << QByteArray(R"({"email":"owner@papo.test"})") << 400 << "bad_request";
        QTest::newRow("password not string")
            << QByteArray(R"({"email":"owner@papo.test","password":1})") << 400 << "bad_request";
    }
    void loginAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        const auto reply = m_server->post(QStringLiteral("/api/login"), body);
        QCOMPARE(reply.status, status);
        const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
        if (status == 200) {
            QVERIFY(json.value(QStringLiteral("token")).toString().size() >= 32);
            QCOMPARE(json.value(QStringLiteral("operator"))
                         .toObject()
                         .value(QStringLiteral("role"))
                         .toString(),
                     QStringLiteral("owner"));
        } else {
            QCOMPARE(json.value(QStringLiteral("error")).toString(), error);
        }
    }

    void repeatedFailuresForOneAccountAreThrottled()
    {
        for (int attempt = 1; attempt <= 10; ++attempt)
            QCOMPARE(m_server
                         ->post(QStringLiteral("/api/login"),
                                credentials(ServerProcess::ownerEmail(),
                                            QStringLiteral("guess%1").arg(attempt)))
                         .status,
                     401);
        const auto blocked = m_server->post(
            QStringLiteral("/api/login"),
            credentials(ServerProcess::ownerEmail(), ServerProcess::ownerPassword()));
        QCOMPARE(blocked.status, 429);
        QCOMPARE(QJsonDocument::fromJson(blocked.body)
                     .object()
                     .value(QStringLiteral("error"))
                     .toString(),
                 QStringLiteral("too_many_attempts"));
    }

    void repeatedFailuresFromOneAddressAreThrottled()
    {
        for (int attempt = 1; attempt <= 10; ++attempt)
            QCOMPARE(m_server
                         ->post(QStringLiteral("/api/login"),
                                credentials(QStringLiteral("user%1@papo.test").arg(attempt),
                                            QStringLiteral("x")))
                         .status,
                     401);
        QCOMPARE(
            m_server
                ->post(QStringLiteral("/api/login"),
                       credentials(ServerProcess::ownerEmail(), ServerProcess::ownerPassword()))
                .status,
            429);
    }

    void tokensAreStoredHashed()
    {
        const QString token = m_server->login();
        QVERIFY(!token.isEmpty());
        // Every value of the accounts' tables, as the database holds them.
        QByteArray bytes;
        papo::server::Database database;
        QVERIFY(openServerDatabase(*m_server, database));
        for (const char *table : {"operators", "auth_tokens"}) {
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table)));
            while (query.next()) {
                for (int column = 0; column < query.record().count(); ++column)
                    bytes += query.value(column).toByteArray() + '\n';
            }
        }
        if (!TestDatabase::isPostgreSql()) { // and the file itself, with its write-ahead log
            QFile file(m_server->dataDir() + QStringLiteral("/papo.sqlite"));
            QFile wal(m_server->dataDir() + QStringLiteral("/papo.sqlite-wal"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            bytes += file.readAll();
            if (wal.open(QIODevice::ReadOnly))
                bytes += wal.readAll();
        }
        QVERIFY(!bytes.contains(token.toLatin1()));
        QVERIFY(!bytes.contains(ServerProcess::ownerPassword().toLatin1()));
        QVERIFY(bytes.contains("$argon2id$"));
    }

    void servesHealthWidgetAndDemo()
    {
        QNetworkAccessManager network;
        auto get = [&](const QString &path) {
            std::unique_ptr<QNetworkReply> reply(
                network.get(QNetworkRequest(m_server->httpUrl(path))));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            finished.wait(10000);
            return std::make_pair(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                                  reply->readAll());
        };
        QCOMPARE(get(QStringLiteral("/healthz")).second, QByteArray("ok\n"));
        const auto script = get(QStringLiteral("/widget.js"));
        QVERIFY(script.first.startsWith(QStringLiteral("text/javascript")));
        QVERIFY(script.second.contains("/ws/visitor"));
        QVERIFY(get(QStringLiteral("/widget.css")).first.startsWith(QStringLiteral("text/css")));
        const auto demo = get(QStringLiteral("/demo"));
        QVERIFY(demo.first.startsWith(QStringLiteral("text/html")));
        QVERIFY(demo.second.contains(m_server->websiteKey().toLatin1()));
        QVERIFY(demo.second.contains("/widget.js"));
    }

private:
    std::unique_ptr<ServerProcess> m_server;
};

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_httpapi.moc"
