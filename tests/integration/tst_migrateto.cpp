#include "commandrun.h"
#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <testdatabase.h>

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

Run migrate(const QString &dataDir, const QString &target)
{
    return papoServer({"--data-dir", dataDir, "--migrate-to", target});
}

} // namespace

// An installation moves from SQLite to PostgreSQL with one command: its team logs in with
// the same tokens, its visitors come back to their history and files, search works, new
// messages continue the stream; the SQLite file is only read, and a target that is not
// empty is refused. (A `postgresql` test only: it needs both databases.)
class TestMigrateTo final : public QObject
{
    Q_OBJECT

private slots:
    void anInstallationMovesToPostgreSql()
    {
        ServerProcess server;
        server.setDatabaseUrl("sqlite:" + QDir(server.dataDir()).filePath("papo.sqlite"));
        QString owner, bia;
        QVERIFY(startWithOwnerAndBia(server, &owner, &bia));
        auto ana = connectOperator(server, owner);
        QString token;
        Envelope first;
        auto visitor = connectVisitor(server, &token, -1, &first);
        QVERIFY(ana && visitor);
        const qint64 visitorId = first.data.value("visitorId").toInteger();
        const qint64 conversationId
            = say(*visitor, "A camisa azul chegou com defeito, é possível trocar?");
        QVERIFY(conversationId > 0);
        const auto reply = ana->request("send", sendRequest(conversationId, "Claro! Vou ver."));
        QCOMPARE(reply->type, QString("ack"));
        const qint64 replyId = reply->data.value("message").toObject().value("id").toInteger();
        QCOMPARE(codeOf(ana->request(
                     "edit", {{"messageId", replyId}, {"text", "Claro! Vamos trocar já."}})),
                 QString("ack"));
        const QByteArray photo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(2000, 'p');
        const QString attachmentId = upload(server, token, photo);
        QVERIFY(!attachmentId.isEmpty());
        QCOMPARE(codeOf(visitor->request(
                     "message",
                     {{"cid", newClientId()}, {"text", "Foto"}, {"attachmentId", attachmentId}})),
                 QString("ack"));
        QCOMPARE(codeOf(ana->request("save_reply",
                                     {{"shortcut", "troca"}, {"text", "Trocamos em até 7 dias."}})),
                 QString("ack"));
        QCOMPARE(
            codeOf(ana->request("add_note", {{"visitorId", visitorId}, {"text", "Cliente fiel"}})),
            QString("ack"));
        QCOMPARE(codeOf(ana->request("add_operator",
                                     {{"conversationId", conversationId}, {"operatorId", 2}})),
                 QString("ack"));
        QCOMPARE(codeOf(ana->request("close", {{"conversationId", conversationId}})),
                 QString("ack"));
        // Groups, the visitor's group, a password link and a device name travel too.
        const auto group = ana->request("save_group", {{"name", "Pós-venda"}});
        QCOMPARE(group->type, QString("ack"));
        const qint64 groupId = group->data.value("group").toObject().value("id").toInteger();
        QCOMPARE(codeOf(ana->request("set_group_members",
                                     {{"groupId", groupId}, {"operatorIds", QJsonArray{2}}})),
                 QString("ack"));
        QCOMPARE(codeOf(ana->request("set_visitor_group",
                                     {{"visitorId", visitorId}, {"groupId", groupId}})),
                 QString("ack"));
        QCOMPARE(codeOf(ana->request("reset_password", {{"operatorId", 2}})), QString("ack"));
        Envelope before;
        visitor.reset();
        ana.reset();
        auto look = connectVisitor(server, &token, -1, &before);
        const QJsonArray history = before.data.value("messages").toArray();
        QCOMPARE(history.size(), 3);
        look.reset();
        server.stop();

        const QString sqlite = QDir(server.dataDir()).filePath("papo.sqlite");
        const QByteArray digest = fileDigest(sqlite);
        const QString target = TestDatabase::createPostgreSql();
        QVERIFY(!target.isEmpty());
        const Run run = migrate(server.dataDir(), target);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        for (const char *table : {"operators", "auth_tokens", "visitors", "messages", "attachments",
                                  "saved_replies", "visitor_notes", "conversation_participants",
                                  "chat_groups", "group_members", "password_resets"})
            QVERIFY2(run.output.contains(QString("  %1: ").arg(table)), qPrintable(run.output));
        QVERIFY2(run.output.contains("messages: 3 rows, checksum"), qPrintable(run.output));
        QVERIFY(run.output.contains("Done: every row copied and checked"));
        QCOMPARE(fileDigest(sqlite), digest); // only read

        // Once is enough: the target is not empty any more.
        const Run again = migrate(server.dataDir(), target);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.output.contains("is not empty"), qPrintable(again.output));

        // The same installation on PostgreSQL: same data directory, same tokens.
        server.setDatabaseUrl(target);
        QVERIFY(server.start());
        ana = connectOperator(server, owner);
        QVERIFY2(ana, "the owner's token still works");
        QVERIFY(
            !server.login(ServerProcess::ownerEmail(), ServerProcess::ownerPassword()).isEmpty());
        Envelope after;
        visitor = connectVisitor(server, &token, -1, &after);
        QVERIFY(visitor);
        QCOMPARE(after.data.value("visitorId").toInteger(), visitorId);
        QCOMPARE(after.data.value("messages").toArray(), history);
        const QJsonObject withPhoto = history.last().toObject();
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> download(network.get(QNetworkRequest(
            server.httpUrl(withPhoto.value("attachment").toObject().value("url").toString()))));
        QSignalSpy finished(download.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(download->readAll(), photo); // the file stayed in the data directory
        const auto found = ana->request("search", {{"query", "possivel TROCAR"}});
        QCOMPARE(found->data.value("results").toArray().size(), 1);
        const auto replies = ana->request("saved_replies");
        QCOMPARE(replies->data.value("replies").toArray().size(), 1);
        const QJsonArray groups = ana->request("groups")->data.value("groups").toArray();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().toObject().value("name").toString(), QString("Pós-venda"));
        QCOMPARE(groups.first().toObject().value("operatorIds").toArray(), QJsonArray{2});
        const auto profile = ana->request("visitor", {{"visitorId", visitorId}});
        QCOMPARE(profile->data.value("visitor").toObject().value("groupId").toInteger(), groupId);
        // The stream goes on after the copied positions, and the chat reopens.
        const auto thanks = visitor->request("message", messageRequest("Obrigado!"));
        const QJsonObject stored = thanks->data.value("message").toObject();
        QCOMPARE(stored.value("conversationId").toInteger(), conversationId);
        QVERIFY(stored.value("id").toInteger() > withPhoto.value("id").toInteger());
    }

private:
    static QString upload(const ServerProcess &server, const QString &token,
                          const QByteArray &content)
    {
        QUrl url = server.httpUrl("/api/attachments");
        QUrlQuery query;
        query.addQueryItem("key", server.websiteKey());
        query.addQueryItem("name", "foto.png");
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/octet-stream");
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(network.post(request, content));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value("attachment")
            .toObject()
            .value("id")
            .toString();
    }
};

QTEST_GUILESS_MAIN(TestMigrateTo)
#include "tst_migrateto.moc"
