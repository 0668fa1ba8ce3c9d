#include "integrationfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

HttpAnswer finish(QNetworkReply *raw)
{
    std::unique_ptr<QNetworkReply> reply(raw);
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    answer.headers = reply->rawHeaderPairs();
    return answer;
}

QByteArray png(int size = 64)
{
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    for (int i = bytes.size(); i < size; ++i)
        bytes.append(char(i * 7));
    return bytes;
}

QByteArray pdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
}

} // namespace

// CHT-9 on the real server: uploads with the visitor's or operator's token, the size and
// type limits, who may send and download what, and messages that carry attachments.
class TestAttachments final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.setExtraArguments({QStringLiteral("--attachment-limit"), QStringLiteral("1")});
        QVERIFY(m_server.start());
        m_bearer = m_server.login();
        QVERIFY(!m_bearer.isEmpty());
    }

    void visitorPhotoReachesTheOperator()
    {
        auto operatorClient = connectOperator(m_server, m_bearer);
        QString token;
        Envelope helloAck;
        auto visitor = connectVisitor(m_server, &token, -1, &helloAck);
        QVERIFY(visitor && operatorClient);
        QCOMPARE(helloAck.data.value("attachmentLimit").toInteger(), 1024 * 1024);

        const QByteArray photo = png(300 * 1024);
        const HttpAnswer uploaded = visitorUpload(token, "foto da camiseta.png", photo);
        QCOMPARE(uploaded.status, 201);
        const QJsonObject attachment = uploaded.json.value("attachment").toObject();
        QCOMPARE(attachment.value("type").toString(), QString("image/png"));
        QCOMPARE(attachment.value("name").toString(), QString("foto da camiseta.png"));
        QCOMPARE(attachment.value("size").toInteger(), photo.size());
        const QString id = attachment.value("id").toString();
        QVERIFY(id.size() >= 32);

        // A photo alone: no text needed.
        const auto sent = visitor->request(
            "message", {{"cid", newClientId()}, {"text", ""}, {"attachmentId", id}});
        QCOMPARE(sent->type, QString("ack"));
        const QJsonObject message = sent->data.value("message").toObject();
        QCOMPARE(message.value("attachment").toObject(), attachment);

        const auto event = operatorClient->waitFor([&](const Envelope &frame) {
            return frame.type == "message"
                   && frame.data.value("attachment").toObject().value("id") == id;
        });
        QVERIFY(event);
        const QString url = event->data.value("attachment").toObject().value("url").toString();
        // A signed link that expires (docs/security.md): the id alone opens nothing.
        QVERIFY2(url.startsWith("/attachments/" + id + "?exp="), qPrintable(url));
        QVERIFY(url.contains("&sig="));
        QCOMPARE(get("/attachments/" + id).status, 404);

        const HttpAnswer download = get(url);
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, photo);
        QCOMPARE(download.header("Content-Type"), QByteArray("image/png"));
        QCOMPARE(download.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QVERIFY(download.header("Content-Disposition").startsWith("inline"));
        QVERIFY(download.header("Cache-Control").startsWith("private"));

        // History and the visitor's next visit carry it too.
        const qint64 conversationId = message.value("conversationId").toInteger();
        const auto history
            = operatorClient->request("history", {{"conversationId", conversationId}});
        const QJsonArray messages = history->data.value("messages").toArray();
        QCOMPARE(messages.last().toObject().value("attachment").toObject(), attachment);
        Envelope again;
        auto nextVisit = connectVisitor(m_server, &token, -1, &again);
        QCOMPARE(again.data.value("messages").toArray().last().toObject().value("attachment"),
                 QJsonValue(attachment));
    }

    void operatorFileReachesTheVisitor()
    {
        auto operatorClient = connectOperator(m_server, m_bearer);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const auto first = visitor->request("message", messageRequest("Vocês enviam o boleto?"));
        const qint64 conversationId
            = first->data.value("message").toObject().value("conversationId").toInteger();

        const HttpAnswer uploaded
            = operatorUpload(m_bearer.toUtf8(), conversationId, "boleto", pdf());
        QCOMPARE(uploaded.status, 201);
        const QJsonObject attachment = uploaded.json.value("attachment").toObject();
        QCOMPARE(attachment.value("type").toString(), QString("application/pdf"));
        QCOMPARE(attachment.value("name").toString(), QString("boleto.pdf")); // typed by content
        const auto sent
            = operatorClient->request("send", {{"conversationId", conversationId},
                                               {"cid", newClientId()},
                                               {"text", "Segue o boleto"},
                                               {"attachmentId", attachment.value("id")}});
        QCOMPARE(sent->type, QString("ack"));

        const auto event = visitor->waitFor([&](const Envelope &frame) {
            return frame.type == "message" && frame.data.contains("attachment");
        });
        QVERIFY(event);
        QCOMPARE(event->data.value("text").toString(), QString("Segue o boleto"));
        const HttpAnswer download = get(attachment.value("url").toString());
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, pdf());
        QCOMPARE(download.header("Content-Type"), QByteArray("application/pdf"));
        QVERIFY(download.header("Content-Disposition").startsWith("attachment"));
    }

    void refusedUploads_data()
    {
        QTest::addColumn<QString>("who"); // visitor, stranger, operator, nobody
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("too large") << "visitor"
                                   << "big.png" << png(1024 * 1024 + 1) << 413 << "too_large";
        QTest::newRow("html") << "visitor"
                              << "page.txt" << QByteArray("<html><script>alert(1)</script></html>")
                              << 415 << "unsupported_type";
        QTest::newRow("svg named png")
            << "visitor"
            << "logo.png" << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>")
            << 415 << "unsupported_type";
        QTest::newRow("executable") << "operator"
                                    << "setup.exe" << QByteArray("MZ\x90\x00\x03\x00\x00\x00", 8)
                                    << 415 << "unsupported_type";
        QTest::newRow("empty") << "visitor"
                               << "nothing.txt" << QByteArray() << 400 << "empty";
        QTest::newRow("visitor without token") << "nobody-visitor"
                                               << "a.png" << png() << 401 << "unauthorized";
        QTest::newRow("operator without token") << "nobody"
                                                << "a.png" << png() << 401 << "unauthorized";
        QTest::newRow("another visitor's conversation") << "stranger"
                                                        << "a.png" << png() << 403 << "forbidden";
    }
    void refusedUploads()
    {
        QFETCH(QString, who);
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(int, status);
        QFETCH(QString, error);
        // The owner of the conversation, and a second visitor who is not.
        QString owner, stranger;
        auto ownerClient = connectVisitor(m_server, &owner);
        auto strangerClient = connectVisitor(m_server, &stranger);
        const qint64 conversationId = ownerClient->request("message", messageRequest("Oi"))
                                          ->data.value("message")
                                          .toObject()
                                          .value("conversationId")
                                          .toInteger();
        HttpAnswer answer;
        if (who == "visitor")
            answer = visitorUpload(owner, name, content);
        else if (who == "stranger")
            answer = visitorUpload(stranger, name, content, conversationId);
        else if (who == "nobody-visitor")
            answer = visitorUpload({}, name, content);
        else
            answer = operatorUpload(who == "operator" ? m_bearer.toUtf8() : QByteArray(),
                                    conversationId, name, content);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.json.value("error").toString(), error);
        QVERIFY(!answer.json.value("message").toString().isEmpty());
    }

    void onlyTheUploaderSendsAnAttachment()
    {
        QString ana, bruno;
        auto anaClient = connectVisitor(m_server, &ana);
        auto brunoClient = connectVisitor(m_server, &bruno);
        const QString id = visitorUpload(ana, "a.png", png())
                               .json.value("attachment")
                               .toObject()
                               .value("id")
                               .toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(codeOf(brunoClient->request(
                     "message", {{"cid", newClientId()}, {"text", ""}, {"attachmentId", id}})),
                 QString("not_found"));
        // Neither may an operator forward a visitor's upload as their own.
        const auto sent = anaClient->request("message", messageRequest("Oi"));
        const qint64 conversationId
            = sent->data.value("message").toObject().value("conversationId").toInteger();
        auto operatorClient = connectOperator(m_server, m_bearer);
        QCOMPARE(codeOf(operatorClient->request("send", {{"conversationId", conversationId},
                                                         {"cid", newClientId()},
                                                         {"text", "olha"},
                                                         {"attachmentId", id}})),
                 QString("not_found"));
        // Without an attachment a message still needs text.
        QCOMPARE(codeOf(anaClient->request("message", {{"cid", newClientId()}, {"text", " "}})),
                 QString("invalid_field"));
    }

    void unknownFilesAreNotFound_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown id") << "/attachments/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        QTest::newRow("not an id") << "/attachments/papo.db..";
        QTest::newRow("a path") << "/attachments/..%2F..%2Fpapo.db";
    }
    void unknownFilesAreNotFound()
    {
        QFETCH(QString, path);
        const HttpAnswer answer = get(path);
        QCOMPARE(answer.status, 404);
        QVERIFY(!answer.body.contains("SQLite"));
    }

    // QtHttpServer would buffer any body it is promised: the server answers from the head
    // alone and never waits for (or stores) the body.
    void oversizedBodiesAreRefusedBeforeTheyArrive_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("declared too large")
            << QByteArray("Content-Length: 500000000") << QByteArray("413");
        QTest::newRow("chunked") << QByteArray("Transfer-Encoding: chunked") << QByteArray("411");
    }
    void oversizedBodiesAreRefusedBeforeTheyArrive()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, status);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server.httpUrl().port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/attachments?conversationId=1&name=a.png HTTP/1.1\r\nHost: x\r\n"
                     "Authorization: Bearer "
                     + m_bearer.toUtf8() + "\r\n" + header + "\r\n\r\n");
        QByteArray answer;
        while (socket.waitForReadyRead(10000))
            answer += socket.readAll();
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 " + status), answer.constData());
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        // The server goes on serving.
        QCOMPARE(get(QStringLiteral("/healthz")).status, 200);
    }

    void theServerRefusesABadLimit()
    {
        QProcess server;
        server.start(qEnvironmentVariable("PAPO_SERVER_BINARY"),
                     {"--port", "0", "--attachment-limit", "0"});
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 2);
        QVERIFY(server.readAllStandardError().contains("--attachment-limit"));
    }

private:
    HttpAnswer visitorUpload(const QString &token, const QString &name, const QByteArray &content,
                             qint64 conversationId = 0)
    {
        QUrlQuery query;
        query.addQueryItem("key", m_server.websiteKey());
        query.addQueryItem("name", name);
        if (conversationId > 0)
            query.addQueryItem("conversationId", QString::number(conversationId));
        return upload(query, token.toUtf8(), content);
    }
    HttpAnswer operatorUpload(const QByteArray &bearer, qint64 conversationId, const QString &name,
                              const QByteArray &content)
    {
        QUrlQuery query;
        query.addQueryItem("conversationId", QString::number(conversationId));
        query.addQueryItem("name", name);
        return upload(query, bearer, content);
    }
    HttpAnswer upload(const QUrlQuery &query, const QByteArray &bearer, const QByteArray &content)
    {
        QUrl url = m_server.httpUrl("/api/attachments");
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/octet-stream");
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        return finish(m_network.post(request, content));
    }
    HttpAnswer get(const QString &path)
    {
        return finish(m_network.get(QNetworkRequest(m_server.httpUrl(path))));
    }

    ServerProcess m_server;
    QString m_bearer;
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
