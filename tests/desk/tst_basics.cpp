#include "app/translationloader.h"
#include "net/authclient.h"
#include "net/reconnectbackoff.h"
#include "net/serverconnection.h"
#include "net/serverurl.h"
#include "views/logindialog.h"

#include <QFile>
#include <QIcon>
#include <QTest>

using namespace papo::desk;
using namespace std::chrono_literals;

// The small pure pieces: retry delays, URLs, language preferences.
class TestBasics : public QObject
{
    Q_OBJECT

private slots:
    void doublesUpToTenSeconds()
    {
        ReconnectBackoff backoff;
        QList<qint64> delays;
        for (int i = 0; i < 8; ++i)
            delays.append(backoff.nextDelay().count());
        QCOMPARE(delays, (QList<qint64>{500, 1000, 2000, 4000, 8000, 10000, 10000, 10000}));
        backoff.reset();
        QCOMPARE(backoff.nextDelay(), 500ms);
    }

    void limitsCanBeChanged()
    {
        ReconnectBackoff backoff;
        backoff.setLimits(50ms, 120ms);
        QCOMPARE(backoff.nextDelay(), 50ms);
        QCOMPARE(backoff.nextDelay(), 100ms);
        QCOMPARE(backoff.nextDelay(), 120ms);
    }

    void socketUrl_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("socket");
        QTest::newRow("http") << "http://127.0.0.1:8080"
                              << "ws://127.0.0.1:8080/ws/operator";
        QTest::newRow("https") << "https://chat.example.com"
                               << "wss://chat.example.com/ws/operator";
        QTest::newRow("trailing slash") << "http://host:1/"
                                        << "ws://host:1/ws/operator";
        QTest::newRow("under a path") << "https://example.com/papo/"
                                      << "wss://example.com/papo/ws/operator";
    }

    void socketUrl()
    {
        QFETCH(QString, server);
        QFETCH(QString, socket);
        QCOMPARE(ServerConnection::socketUrl(QUrl(server)).toString(), socket);
    }

    void serverResourceUrl()
    {
        QCOMPARE(
            papo::desk::serverResourceUrl(QUrl("https://example.com/papo/?x=1#y"), "/api/login")
                .toString(),
            QString("https://example.com/papo/api/login"));
    }

    void serverUrlTyping_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("parsed");
        QTest::newRow("full") << "http://127.0.0.1:8080"
                              << "http://127.0.0.1:8080";
        QTest::newRow("no scheme") << "chat.example.com:8080"
                                   << "http://chat.example.com:8080";
        QTest::newRow("https, slash") << " https://chat.example.com/ "
                                      << "https://chat.example.com";
        QTest::newRow("ftp") << "ftp://example.com"
                             << "";
        QTest::newRow("empty") << "   "
                               << "";
    }

    void serverUrlTyping()
    {
        QFETCH(QString, typed);
        QFETCH(QString, parsed);
        QCOMPARE(LoginDialog::parseServerUrl(typed).toString(), parsed);
    }

    void appIconIsEmbedded()
    {
        QVERIFY(QFile::exists(":/icons/papo.svg"));
        const QPixmap pixmap = QIcon(":/icons/papo.svg").pixmap(64, 64);
        QVERIFY(!pixmap.isNull());
        // The middle of the icon is the white speech bubble.
        QCOMPARE(pixmap.toImage().pixelColor(32, 26), QColor(Qt::white));
    }

    void preferredLanguagesFollowTheEnvironment()
    {
        qunsetenv("LC_ALL");
        qunsetenv("LC_MESSAGES");
        qputenv("LANGUAGE", "pt_BR:en");
        qputenv("LANG", "de_DE.UTF-8");
        const QStringList languages = TranslationLoader::preferredLanguages();
        QVERIFY(languages.size() >= 3);
        QCOMPARE(languages.mid(0, 3), (QStringList{"pt_BR", "en", "de_DE"}));
        qunsetenv("LANGUAGE");
        qputenv("LANG", "C");
        QVERIFY(!TranslationLoader::preferredLanguages().contains("C"));
    }
};

QTEST_MAIN(TestBasics)
#include "tst_basics.moc"
