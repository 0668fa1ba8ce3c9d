#include "integrationfixture.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

// A picture with a red left half, so the centred crop can be seen in the result.
QByteArray picture(int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QPainter(&image).fillRect(0, 0, width / 2, height, Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QJsonObject bodyOf(const ServerProcess::HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

QString avatarUrlOf(const QJsonArray &team, const QString &name)
{
    for (const QJsonValue &member : team) {
        if (member.toObject().value("name").toString() == name)
            return member.toObject().value("avatarUrl").toString();
    }
    return QStringLiteral("(no %1)").arg(name);
}

} // namespace

// TEAM-1: an operator uploads a photo over HTTP with their bearer token; the server checks
// it by decoding it, crops and resizes it, stores it under the data directory and serves it
// at an unguessable URL that the team list and the widget's team summary carry.
class TestAvatars final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_owner = m_server.login().toUtf8();
        QVERIFY(!m_owner.isEmpty());
    }

    void uploadIsCroppedResizedAndServed_data()
    {
        QTest::addColumn<QByteArray>("upload");
        QTest::newRow("png, landscape") << picture(300, 200, "PNG");
        QTest::newRow("jpeg, portrait") << picture(90, 160, "JPEG");
        QTest::newRow("tiny png, scaled up") << picture(20, 20, "PNG");
        if (QImageWriter::supportedImageFormats().contains("webp"))
            QTest::newRow("webp") << picture(256, 256, "WEBP");
    }
    void uploadIsCroppedResizedAndServed()
    {
        QFETCH(QByteArray, upload);
        QVERIFY(!upload.isEmpty());
        const auto reply = m_server.post("/api/avatar", upload, m_owner);
        QCOMPARE(reply.status, 200);
        const QString url = bodyOf(reply).value("avatarUrl").toString();
        QVERIFY2(url.startsWith("avatars/") && url.endsWith(".png"), qPrintable(url));
        QVERIFY2(url.size() >= QStringLiteral("avatars/.png").size() + 32, qPrintable(url));
        QCOMPARE(bodyOf(reply).value("operator").toObject().value("avatarUrl").toString(), url);

        const auto served = m_server.get("/" + url);
        QCOMPARE(served.status, 200);
        QCOMPARE(served.headers.value("content-type"), QByteArray("image/png"));
        QVERIFY(served.headers.value("cache-control").contains("max-age="));
        QVERIFY(served.body.startsWith("\x89PNG"));
        const QImage avatar = QImage::fromData(served.body, "PNG");
        QCOMPARE(avatar.size(), QSize(128, 128));
        // A square from the middle: for the landscape picture both halves remain.
        const QColor left = avatar.pixelColor(10, 64), right = avatar.pixelColor(117, 64);
        QVERIFY2(left.red() > 200 && left.blue() < 60, qPrintable(left.name()));
        QVERIFY2(right.blue() > 200 && right.red() < 60, qPrintable(right.name()));

        auto owner = connectOperator(m_server, m_owner);
        const auto team = owner->request("team");
        QCOMPARE(avatarUrlOf(team->data.value("operators").toArray(),
                             QStringLiteral("Owner") /* named after owner@papo.test */),
                 url);
        m_urls << url;
    }

    void aNewPhotoReplacesTheOldFile()
    {
        QVERIFY(m_urls.size() >= 2);
        QCOMPARE(m_server.get("/" + m_urls.first()).status, 404);
        QCOMPARE(m_server.get("/" + m_urls.last()).status, 200);
        QDir avatars(m_server.dataDir() + "/avatars");
        QCOMPARE(avatars.entryList(QDir::Files).size(), 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("upload");
        QTest::addColumn<QByteArray>("bearer");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray png = picture(64, 64, "PNG");
        QTest::newRow("no token") << png << QByteArray() << 401 << "unauthorized";
        QTest::newRow("wrong token") << png << QByteArray("not-a-token") << 401 << "unauthorized";
        QTest::newRow("text") << QByteArray("hello, I am not a picture") << QByteArray("owner")
                              << 415 << "unsupported_type";
        QTest::newRow("svg") << QByteArray(R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" )"
                                           R"(height="10"><rect width="10" height="10"/></svg>)")
                             << QByteArray("owner") << 415 << "unsupported_type";
        QTest::newRow("truncated png")
            << png.left(png.size() / 2) << QByteArray("owner") << 415 << "unsupported_type";
        QTest::newRow("empty") << QByteArray() << QByteArray("owner") << 415 << "unsupported_type";
        QByteArray huge = png;
        huge.append(5 * 1024 * 1024, '\0');
        QTest::newRow("over 5 MiB") << huge << QByteArray("owner") << 413 << "too_large";
    }
    void refusals()
    {
        QFETCH(QByteArray, upload);
        QFETCH(QByteArray, bearer);
        QFETCH(int, status);
        QFETCH(QString, error);
        const auto reply
            = m_server.post("/api/avatar", upload, bearer == "owner" ? m_owner : bearer);
        QCOMPARE(reply.status, status);
        QCOMPARE(bodyOf(reply).value("error").toString(), error);
        QVERIFY(!bodyOf(reply).value("message").toString().isEmpty());
        QVERIFY(m_server.isRunning());
    }

    void onlyStoredAvatarsAreServed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown") << "/avatars/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.png";
        QTest::newRow("database") << "/avatars/..%2Fpapo.sqlite";
        QTest::newRow("not a png name") << "/avatars/papo.sqlite";
    }
    void onlyStoredAvatarsAreServed()
    {
        QFETCH(QString, path);
        QCOMPARE(m_server.get(path).status, 404);
    }

    void theWidgetSeesTheNewPhoto()
    {
        QString token;
        Envelope ack;
        auto visitor = connectVisitor(m_server, &token, -1, &ack);
        QVERIFY(visitor);
        const QJsonArray team = ack.data.value("team").toArray();
        QCOMPARE(team.size(), 1);
        QCOMPARE(team.first().toObject().value("avatarUrl").toString(), m_urls.last());

        const auto reply = m_server.post("/api/avatar", picture(200, 200, "PNG"), m_owner);
        QCOMPARE(reply.status, 200);
        const QString url = bodyOf(reply).value("avatarUrl").toString();
        const auto mode = visitor->waitFor([&](const Envelope &event) {
            return event.type == QLatin1String("mode")
                   && event.data.value("team").toArray().first().toObject().value("avatarUrl")
                          == url;
        });
        QVERIFY(mode);
        // Nothing private reaches visitors.
        const QJsonObject member = mode->data.value("team").toArray().first().toObject();
        QCOMPARE(keysOf(member), (QSet<QString>{"name", "avatarUrl", "online", "lastActiveAt"}));
    }

private:
    ServerProcess m_server;
    QByteArray m_owner;
    QStringList m_urls;
};

QTEST_GUILESS_MAIN(TestAvatars)
#include "tst_avatars.moc"
