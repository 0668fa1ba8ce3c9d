#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

const QByteArray ChromeOnAndroid
    = "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
      "Chrome/131.0.6778.135 Mobile Safari/537.36";

// A visitor whose browser sends a real User-Agent (and, through a proxy, X-Forwarded-For).
std::unique_ptr<WsClient> browse(const ServerProcess &server, QString *token,
                                 const QByteArray &forwardedFor = {},
                                 const QString &screen = "390x844")
{
    QNetworkRequest request(server.wsUrl(QStringLiteral("/ws/visitor")));
    request.setRawHeader("User-Agent", ChromeOnAndroid);
    if (!forwardedFor.isEmpty())
        request.setRawHeader("X-Forwarded-For", forwardedFor);
    auto client = std::make_unique<WsClient>();
    if (!client->open(request))
        return nullptr;
    QJsonObject hello = visitorHello(server.websiteKey(), *token);
    hello.insert("screen", screen);
    hello.insert("group", "vendas");
    const auto reply = client->request(QStringLiteral("hello"), hello);
    if (!reply || reply->type != QLatin1String("ack"))
        return nullptr;
    *token = reply->data.value(QStringLiteral("token")).toString();
    return client;
}

bool visit(WsClient &visitor, const QString &url, const QString &title)
{
    const auto reply = visitor.request(QStringLiteral("page_view"),
                                       {{"url", url}, {"title", title}, {"referrer", ""}});
    return reply && reply->type == QLatin1String("ack");
}

qint64 visitorIdOf(const WsClient &visitor)
{
    return visitor.received().first().data.value(QStringLiteral("visitorId")).toInteger();
}

} // namespace

// PAN-1, PAN-2, VIS-1, VIS-4, ACT-7 on the real server: location through a trusted proxy
// and the test GeoIP database, device from the User-Agent, the page path, notes, contact
// fields and starting a conversation.
class TestVisitors final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString mmdb = qEnvironmentVariable("PAPO_TEST_MMDB");
        QVERIFY2(QFile::exists(mmdb), "the test GeoIP database (tests/integrations) is missing");
        m_server.setExtraArguments({"--geoip", mmdb, "--trusted-proxy", "127.0.0.1"});
        QVERIFY(startWithOwnerAndBia(m_server, &m_ana, &m_bia));
        // The pages name the groups Vendas and Suporte (GRP-2); Bia is in both.
        auto owner = connectOperator(m_server, m_ana);
        auto bia = connectOperator(m_server, m_bia);
        QVERIFY(owner && bia);
        QVERIFY(createGroup(*owner, "Vendas", {operatorIdOf(*bia)}) > 0);
        QVERIFY(createGroup(*owner, "Suporte", {operatorIdOf(*bia)}) > 0);
    }

    void operatorsSeeWhoIsOnlineAndWhere()
    {
        auto ana = connectOperator(m_server, m_ana);
        QVERIFY(ana);
        QString token;
        auto visitor = browse(m_server, &token, "203.0.113.7");
        QVERIFY(visitor);
        const qint64 visitorId = visitorIdOf(*visitor);

        // The client's details are stored on the write path, with the first page after them.
        const auto arrived = ana->waitForVisitor([&](const QJsonObject &v) {
            return v.value("id").toInteger() == visitorId
                   && !v.value("location").toObject().value("text").toString().isEmpty()
                   && v.value("currentPage").toObject().contains("url");
        });
        QVERIFY(arrived);
        const QJsonObject summary = *arrived;
        QCOMPARE(summary.value("location").toObject().value("text").toString(),
                 QString("São Paulo, Brazil"));
        QCOMPARE(summary.value("location").toObject().value("countryCode").toString(),
                 QString("BR"));
        QCOMPARE(summary.value("device").toObject().value("type").toString(), QString("mobile"));
        QCOMPARE(summary.value("device").toObject().value("browser").toString(),
                 QString("Chrome Mobile 131"));
        QCOMPARE(summary.value("device").toObject().value("os").toString(), QString("Android 14"));
        QCOMPARE(summary.value("language").toString(), QString("pt-BR"));
        QCOMPARE(summary.value("screen").toString(), QString("390x844"));
        QCOMPARE(summary.value("visits").toInt(), 1);
        QCOMPARE(summary.value("referrer").toString(), QString("https://www.google.com/"));
        QCOMPARE(summary.value("currentPage").toObject().value("url").toString(),
                 QString("https://shop.example/produtos"));
        QVERIFY(summary.value("online").toBool());
        QVERIFY(!summary.value("chattedBefore").toBool());

        const auto list = ana->request("visitors");
        QVERIFY(list);
        QCOMPARE(list->data.value("total").toInt(), 1);
        QCOMPARE(list->data.value("seats").toInt(), 2);
        QCOMPARE(list->data.value("visitors").toArray().first().toObject().value("id").toInteger(),
                 visitorId);

        visitor.reset();
        QVERIFY(ana->waitForVisitorLeft(visitorId));
        QCOMPARE(ana->request("visitors")->data.value("total").toInt(), 0);
    }

    // Operators hear of browsing in batches: at most one `visitors_changed` per 100 ms per
    // socket, each visitor in it once with their latest page (issue 17's fan-out).
    void browsingReachesOperatorsInBatches()
    {
        auto ana = connectOperator(m_server, m_ana);
        QVERIFY(ana);
        constexpr int Visitors = 5;
        constexpr int PagesEach = 15; // under the per-connection burst of page views
        std::vector<std::unique_ptr<WsClient>> visitors;
        QList<qint64> ids;
        for (int i = 0; i < Visitors; ++i) {
            QString token;
            visitors.push_back(
                browse(m_server, &token, QByteArray("198.51.100.") + QByteArray::number(i + 1)));
            QVERIFY(visitors.back());
            ids.append(visitorIdOf(*visitors.back()));
            QVERIFY(ana->waitForVisitor(
                [&](const QJsonObject &v) { return v.value("id").toInteger() == ids.last(); }));
        }
        const qsizetype before = ana->received().size();
        QElapsedTimer elapsed;
        elapsed.start();
        for (int page = 1; page <= PagesEach; ++page) {
            for (auto &visitor : visitors)
                QVERIFY(visit(*visitor, QString("https://shop.example/p/%1").arg(page),
                              QString("Produto %1").arg(page)));
        }
        const QString last = QString("https://shop.example/p/%1").arg(PagesEach);
        for (qint64 id : std::as_const(ids)) {
            QVERIFY(ana->waitForVisitor([&](const QJsonObject &v) {
                return v.value("id").toInteger() == id
                       && v.value("currentPage").toObject().value("url").toString() == last;
            }));
        }
        const qint64 spentMs = elapsed.elapsed();

        int batches = 0;
        const QList<Envelope> received = ana->received().mid(before);
        for (const Envelope &frame : received) {
            QVERIFY(frame.type != QLatin1String("visitor")); // never one event per change
            if (frame.type != QLatin1String("visitors_changed"))
                continue;
            ++batches;
            QSet<qint64> inBatch;
            for (const QJsonValue &v : frame.data.value("visitors").toArray()) {
                const qint64 id = v.toObject().value("id").toInteger();
                QVERIFY2(!inBatch.contains(id), "a visitor twice in one batch");
                inBatch.insert(id);
            }
        }
        // Flushes are at least 100 ms apart: within the time the operator watched, no more
        // than that many (one more for a batch already on its way when the browsing began).
        QVERIFY2(batches <= spentMs / 100 + 2,
                 qPrintable(QString("%1 batches in %2 ms").arg(batches).arg(spentMs)));
        QVERIFY(batches < Visitors * PagesEach);
    }

    void anUntrustedForwardedForIsIgnored()
    {
        // Only 127.0.0.1 is trusted, and it is the peer here: the header's last hop counts.
        // Without a header the loopback peer itself is the address: unknown.
        QString token;
        auto visitor = browse(m_server, &token);
        auto ana = connectOperator(m_server, m_ana);
        const auto locationText = [&] {
            return ana->request("visitor", {{"visitorId", visitorIdOf(*visitor)}})
                ->data.value("visitor")
                .toObject()
                .value("location")
                .toObject()
                .value("text")
                .toString();
        };
        // Stored on the write path just after the hello: empty until then.
        QVERIFY(QTest::qWaitFor([&] { return !locationText().isEmpty(); }));
        QCOMPARE(locationText(), QString("unknown"));
    }

    // A visitor who comes back after the visit gap (30 minutes) starts a second visit; one who
    // reconnects within it (a reload, a server restart) does not.
    void aReturningVisitorCountsASecondVisit()
    {
        QString token;
        auto visitor = browse(m_server, &token);
        const qint64 visitorId = visitorIdOf(*visitor);
        auto ana = connectOperator(m_server, m_ana);
        const auto visits = [&] {
            return ana->request("visitor", {{"visitorId", visitorId}})
                ->data.value("visitor")
                .toObject()
                .value("visits")
                .toInt();
        };
        QVERIFY(QTest::qWaitFor([&] { return visits() == 1; }));
        visitor.reset();
        visitor = browse(m_server, &token); // a reload
        QVERIFY(visitor && visitorIdOf(*visitor) == visitorId);
        QVERIFY(visit(*visitor, "https://shop.example/cadeiras", "Cadeiras"));
        QCOMPARE(visits(), 1);

        visitor.reset();
        papo::server::Database database;
        QVERIFY(openServerDatabase(m_server, database));
        QSqlQuery away(database.connection());
        QVERIFY(
            away.exec(QStringLiteral("UPDATE visitors SET last_seen_at = '2020-01-01T10:00:00.000Z'"
                                     " WHERE id = %1")
                          .arg(visitorId)));
        visitor = browse(m_server, &token); // back long after
        QVERIFY(visit(*visitor, "https://shop.example/mesas", "Mesas"));
        QCOMPARE(visits(), 2);
    }

    void thePathOfPagesWithTimes()
    {
        QString token;
        auto visitor = browse(m_server, &token, "2001:db8::5");
        QVERIFY(visitor);
        QVERIFY(visit(*visitor, "https://shop.example/cadeiras", "Cadeiras"));
        QTest::qWait(1100); // a second on that page, so the time on it is measurable
        QVERIFY(visit(*visitor, "https://shop.example/carrinho", "Carrinho"));

        auto ana = connectOperator(m_server, m_ana);
        const auto reply = ana->request("visitor", {{"visitorId", visitorIdOf(*visitor)}});
        QVERIFY(reply && reply->type == QLatin1String("ack"));
        const QJsonObject details = reply->data.value("visitor").toObject();
        QCOMPARE(details.value("location").toObject().value("text").toString(),
                 QString("Lisbon, Portugal"));
        const QJsonArray pages = details.value("pages").toArray();
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages.at(0).toObject().value("url").toString(),
                 QString("https://shop.example/produtos"));
        QCOMPARE(pages.at(1).toObject().value("title").toString(), QString("Cadeiras"));
        QVERIFY(pages.at(1).toObject().value("seconds").toInt() >= 1);
        QVERIFY(pages.at(2).toObject().value("seconds").isNull()); // still there
        QCOMPARE(details.value("pagesThisVisit").toInt(), 3);
        QCOMPARE(details.value("currentPage").toObject().value("title").toString(),
                 QString("Carrinho"));
    }

    void contactFieldsAndNotesAreSharedByTheTeam()
    {
        QString token;
        auto visitor = browse(m_server, &token);
        const qint64 visitorId = visitorIdOf(*visitor);
        QVERIFY(visitor->request("message", messageRequest("Quero um orçamento"))->type
                == QLatin1String("ack"));
        auto ana = connectOperator(m_server, m_ana);
        auto bia = connectOperator(m_server, m_bia);

        const auto updated = ana->request(
            "update_visitor",
            {{"visitorId", visitorId}, {"name", "Carla Souza"}, {"email", "carla@exemplo.com.br"}});
        QVERIFY(updated && updated->type == QLatin1String("ack"));
        QCOMPARE(updated->data.value("visitor").toObject().value("name").toString(),
                 QString("Carla Souza"));
        // Everyone's conversation list shows the new name.
        QVERIFY(bia->waitFor([&](const Envelope &e) {
            return e.type == QLatin1String("conversation")
                   && e.data.value("visitorName") == QLatin1String("Carla Souza");
        }));

        const auto note = ana->request(
            "add_note", {{"visitorId", visitorId}, {"text", "Cliente antiga, prefere WhatsApp"}});
        QVERIFY(note && note->type == QLatin1String("ack"));
        const auto seen = bia->waitForEvent("note");
        QVERIFY(seen);
        QCOMPARE(seen->data.value("note").toObject().value("authorName").toString(),
                 QString("Owner"));

        // The next day (a new connection) it is all still there.
        visitor.reset();
        visitor = browse(m_server, &token);
        const auto details = bia->request("visitor", {{"visitorId", visitorId}});
        const QJsonObject visitorJson = details->data.value("visitor").toObject();
        QCOMPARE(visitorJson.value("email").toString(), QString("carla@exemplo.com.br"));
        QCOMPARE(visitorJson.value("notes").toArray().size(), 1);
        QCOMPARE(visitorJson.value("notes").toArray().first().toObject().value("text").toString(),
                 QString("Cliente antiga, prefere WhatsApp"));
        QCOMPARE(visitorJson.value("conversations").toArray().size(), 1);
        QVERIFY(visitorJson.value("chattedBefore").toBool());
        QVERIFY(visitorJson.value("chatting").toBool());
    }

    void statusMarksForTheVisitorsList()
    {
        auto ana = connectOperator(m_server, m_ana);
        QString token;
        auto visitor = browse(m_server, &token);
        const qint64 visitorId = visitorIdOf(*visitor);
        auto details = [&] {
            return ana->request("visitor", {{"visitorId", visitorId}})
                ->data.value("visitor")
                .toObject();
        };
        QCOMPARE(details().value("group").toString(), QString("Vendas")); // VIS-2
        QCOMPARE(details().value("groupSource").toString(), QString("page"));
        QVERIFY(!details().value("chatWindowOpened").toBool());
        QVERIFY(!details().value("invited").toBool());

        visitor->sendRaw(R"({"t":"window","d":{"open":true}})"); // fire-and-forget, like the widget
        QVERIFY(ana->waitForVisitor([&](const QJsonObject &v) {
            return v.value("id").toInteger() == visitorId && v.value("chatWindowOpened").toBool();
        }));
        QCOMPARE(visitor->request("window", {{"open", "yes"}})->data.value("code").toString(),
                 QString("invalid_field"));

        QCOMPARE(ana->request("start_conversation", {{"visitorId", visitorId},
                                                     {"cid", newClientId()},
                                                     {"text", "Posso ajudar?"}})
                     ->type,
                 QString("ack"));
        QVERIFY(ana->waitForVisitor([&](const QJsonObject &v) {
            return v.value("id").toInteger() == visitorId && v.value("invited").toBool();
        }));
    }

    // WID-6: Papo('setVisitorData') and Papo('setGroup') reach the operators and stay.
    void theWebsiteTellsWhoTheVisitorIs()
    {
        auto ana = connectOperator(m_server, m_ana);
        QString token;
        auto visitor = browse(m_server, &token);
        const qint64 visitorId = visitorIdOf(*visitor);
        const auto set = visitor->request(
            "visitor_data", {{"name", "Ana Lima"},
                             {"email", "ana@loja.com.br"},
                             {"group", "suporte"},
                             {"fields", QJsonObject{{"plano", "Pro"},
                                                    {"carrinho", QJsonArray{"Cadeira", "Mesa"}},
                                                    {"itens", 2}}}});
        QVERIFY(set && set->type == QLatin1String("ack"));
        QVERIFY(ana->waitForVisitor([&](const QJsonObject &v) {
            return v.value("id").toInteger() == visitorId
                   && v.value("name") == QLatin1String("Ana Lima");
        }));

        QCOMPARE(ana->request("visitor", {{"visitorId", visitorId}})
                     ->data.value("visitor")
                     .toObject()
                     .value("fields")
                     .toObject()
                     .value("itens")
                     .toString(),
                 QString("2")); // numbers are kept as their text

        // A later page adds and removes fields; the others stay, across connections.
        visitor.reset();
        visitor = browse(m_server, &token);
        QCOMPARE(visitor
                     ->request("visitor_data", {{"fields", QJsonObject{{"itens", QJsonValue::Null},
                                                                       {"cupom", "BLACKFRIDAY"}}}})
                     ->type,
                 QString("ack"));
        const QJsonObject details
            = ana->request("visitor", {{"visitorId", visitorId}})->data.value("visitor").toObject();
        QCOMPARE(details.value("email").toString(), QString("ana@loja.com.br"));
        QCOMPARE(details.value("group").toString(), QString("Vendas")); // the new page's hello
        const QJsonObject fields = details.value("fields").toObject();
        QCOMPARE(fields.value("plano").toString(), QString("Pro"));
        QCOMPARE(fields.value("carrinho").toString(), QString(R"(["Cadeira","Mesa"])"));
        QCOMPARE(fields.value("cupom").toString(), QString("BLACKFRIDAY"));
        QVERIFY(!fields.contains("itens"));

        QCOMPARE(visitor->request("visitor_data", {{"group", "suporte"}})->type, QString("ack"));
        QCOMPARE(ana->request("visitor", {{"visitorId", visitorId}})
                     ->data.value("visitor")
                     .toObject()
                     .value("group")
                     .toString(),
                 QString("Suporte"));
    }

    void badVisitorData_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QJsonObject tooMany;
        for (int i = 0; i < 31; ++i)
            tooMany.insert(QString("campo%1").arg(i), "x");
        QTest::newRow("name not a text") << QJsonObject{{"name", 42}};
        QTest::newRow("email too long") << QJsonObject{{"email", QString(201, 'a')}};
        QTest::newRow("fields not an object") << QJsonObject{{"fields", "plano=Pro"}};
        QTest::newRow("too many fields") << QJsonObject{{"fields", tooMany}};
        QTest::newRow("field name too long")
            << QJsonObject{{"fields", QJsonObject{{QString(41, 'n'), "x"}}}};
        QTest::newRow("field value too long")
            << QJsonObject{{"fields", QJsonObject{{"nota", QString(501, 'v')}}}};
    }
    void badVisitorData()
    {
        QFETCH(QJsonObject, request);
        QString token;
        auto visitor = browse(m_server, &token);
        const auto reply = visitor->request("visitor_data", request);
        QVERIFY(reply);
        QCOMPARE(reply->type, QString("error"));
        QCOMPARE(reply->data.value("code").toString(), QString("invalid_field"));
        QVERIFY(!reply->data.value("message").toString().isEmpty());
        // The connection stays usable.
        QCOMPARE(visitor->request("visitor_data", {{"phone", "+55 11 91234-5678"}})->type,
                 QString("ack"));
    }

    void invisibleOperatorsCannotStartChats() // STA-2
    {
        QString token;
        auto visitor = browse(m_server, &token);
        auto bia = connectOperator(m_server, m_bia);
        QCOMPARE(bia->request("set_status", {{"status", "invisible"}})->type, QString("ack"));
        const auto refused
            = bia->request("start_conversation", {{"visitorId", visitorIdOf(*visitor)},
                                                  {"cid", newClientId()},
                                                  {"text", "Posso ajudar?"}});
        QCOMPARE(refused->data.value("code").toString(), QString("forbidden"));
        QVERIFY(refused->data.value("message").toString().contains("online"));
        QVERIFY(visitor->eventsOfType("message").isEmpty());
        QCOMPARE(bia->request("set_status", {{"status", "online"}})->type, QString("ack"));
    }

    void operatorStartsAConversation()
    {
        QString token;
        auto visitor = browse(m_server, &token);
        const qint64 visitorId = visitorIdOf(*visitor);
        auto bia = connectOperator(m_server, m_bia);
        const auto started = bia->request(
            "start_conversation",
            {{"visitorId", visitorId}, {"cid", newClientId()}, {"text", "Posso ajudar?"}});
        QVERIFY(started && started->type == QLatin1String("ack"));
        const qint64 conversationId
            = started->data.value("message").toObject().value("conversationId").toInteger();
        QVERIFY(conversationId > 0);
        const auto received = visitor->waitForEvent("message");
        QVERIFY(received);
        QCOMPARE(received->data.value("text").toString(), QString("Posso ajudar?"));
        const auto list = bia->request("conversations");
        bool owned = false;
        for (const auto &value : list->data.value("conversations").toArray())
            owned |= value.toObject().value("id").toInteger() == conversationId
                     && value.toObject().value("ownerId").toInteger() > 0;
        QVERIFY(owned);
    }

    void badVisitorRequests_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown visitor")
            << "visitor" << QJsonObject{{"visitorId", 99999}} << "not_found";
        QTest::newRow("note for nobody")
            << "add_note" << QJsonObject{{"visitorId", 99999}, {"text", "x"}} << "not_found";
        QTest::newRow("empty note")
            << "add_note" << QJsonObject{{"visitorId", 1}, {"text", " "}} << "invalid_field";
        QTest::newRow("name too long")
            << "update_visitor" << QJsonObject{{"visitorId", 1}, {"name", QString(201, 'a')}}
            << "invalid_field";
        QTest::newRow("start for nobody")
            << "start_conversation"
            << QJsonObject{{"visitorId", 99999}, {"cid", "abcdefgh"}, {"text", "oi"}}
            << "not_found";
    }
    void badVisitorRequests()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, request);
        QFETCH(QString, code);
        auto ana = connectOperator(m_server, m_ana);
        const auto reply = ana->request(type, request);
        QVERIFY(reply);
        QCOMPARE(reply->data.value("code").toString(), code);
    }

    void visitorsCannotAskAboutVisitors()
    {
        QString token;
        auto visitor = browse(m_server, &token);
        const auto reply = visitor->request("visitor", {{"visitorId", 1}});
        QCOMPARE(reply->data.value("code").toString(), QString("unknown_type"));
    }

private:
    ServerProcess m_server;
    QString m_ana;
    QString m_bia;
};

QTEST_GUILESS_MAIN(TestVisitors)
#include "tst_visitors.moc"
