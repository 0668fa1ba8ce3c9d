#include "groupteam.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

// A targeted message after 1 s on the cart page, once per visit, from `sender`.
QJsonObject cartMessage(const QString &text, const QString &sender, qint64 senderId = 0)
{
    return {
        {"name", text},
        {"enabled", true},
        {"conditions",
         QJsonArray{QJsonObject{{"field", "url"}, {"op", "contains"}, {"value", "/cart"}},
                    QJsonObject{{"field", "time_on_page"}, {"op", "at_least"}, {"value", "1"}}}},
        {"repeat", "once_per_visit"},
        {"delay", 0},
        {"kind", "message"},
        {"sender", sender},
        {"senderId", senderId},
        {"live", true},
        {"messenger", true},
        {"liveText", text}};
}

QByteArray greenPicture()
{
    QImage image(40, 40, QImage::Format_RGB32);
    image.fill(Qt::green);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

// BOT-1, ACT-3 on the real server: a targeted message from the bot or from a group is stored
// under its real sender once the visitor answers it, so the team sees it above the answer;
// the bot speaks with the name admins gave it (the website's name by default); its messages
// replay like any other after a reconnect, exactly once.
class TestTargetedAuthors final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_team.start(m_server));
        m_owner = connectOperator(m_server, m_team.owner.bearer);
        QVERIFY(m_owner);
        const auto websites = m_owner->request("websites");
        const QJsonObject website = websites->data["websites"].toArray().at(0).toObject();
        m_websiteId = website["id"].toInteger();
        m_websiteName = website["name"].toString();
        QCOMPARE(website["botName"].toString(), QString());
        QVERIFY(!m_websiteName.isEmpty());
    }

    void init()
    {
        const auto list = m_owner->request("actions");
        for (const QJsonValue &action : list->data.value("actions").toArray())
            QCOMPARE(codeOf(m_owner->request("delete_action", {{"id", action["id"].toInteger()}})),
                     QString("ack"));
    }

    void botMessageStoredUnderTheBot()
    {
        QVERIFY(save(cartMessage("Posso ajudar com o carrinho?", "bot")));
        QString token;
        Envelope hello;
        auto visitor = connectVisitor(m_server, &token, -1, &hello);
        const qint64 visitorId = hello.data["visitorId"].toInteger();
        const qint64 seqBefore = hello.data["lastSeq"].toInteger();
        QVERIFY(pageView(*visitor));
        const auto card = visitor->waitForEvent("targeted");
        QVERIFY(card);
        const QJsonObject sender = card->data["sender"].toObject();
        QCOMPARE(sender["kind"].toString(), QString("bot"));
        QCOMPARE(sender["name"].toString(), m_websiteName); // the default name
        QCOMPARE(sender["id"].toInteger(), m_websiteId);

        QVERIFY(say(*visitor, "Tem frete grátis?") > 0);
        const auto messages = historyOf(visitorId);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0)["text"].toString(), QString("Posso ajudar com o carrinho?"));
        QCOMPARE(messages.at(0)["author"]["kind"].toString(), QString("bot"));
        QCOMPARE(messages.at(0)["author"]["name"].toString(), m_websiteName);
        QCOMPARE(messages.at(1)["author"]["kind"].toString(), QString("visitor"));
        // Nobody owns it: the bot's message reaches the queue as usual.
        QCOMPARE(conversationOf(visitorId)["ownerId"].toInteger(), 0);

        // The name admins give it is the one shown, in the history too.
        QCOMPARE(codeOf(m_owner->request("update_website", {{"websiteId", m_websiteId},
                                                            {"botName", "  Assistente   Loja "}})),
                 QString("ack"));
        QCOMPARE(historyOf(visitorId).at(0)["author"]["name"].toString(),
                 QString("Assistente Loja"));
        const auto tooLong = m_owner->request(
            "update_website", {{"websiteId", m_websiteId}, {"botName", QString(61, 'a')}});
        QCOMPARE(codeOf(tooLong), QString("invalid_field"));
        QVERIFY(tooLong->data["message"].toString().contains("\"botName\""));

        // Resume: a visitor reconnecting after the seq they had gets the bot's message once,
        // and a new page's hello lists it in the history.
        visitor.reset();
        auto resumed = connectVisitor(m_server, &token, seqBefore);
        QVERIFY(resumed);
        QVERIFY(resumed->waitFor([](const Envelope &e) {
            return e.type == "message" && e.data["author"]["kind"].toString() == "visitor";
        }));
        int botMessages = 0;
        for (const Envelope &e : resumed->received())
            if (e.type == "message" && e.data["author"]["kind"].toString() == "bot") {
                ++botMessages;
                QCOMPARE(e.data["author"]["name"].toString(), QString("Assistente Loja"));
            }
        QCOMPARE(botMessages, 1);
        Envelope again;
        auto newPage = connectVisitor(m_server, &token, -1, &again);
        const QJsonArray history = again.data["messages"].toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0)["author"]["kind"].toString(), QString("bot"));
        QCOMPARE(codeOf(m_owner->request("update_website",
                                         {{"websiteId", m_websiteId}, {"botName", ""}})),
                 QString("ack"));
    }

    void groupMessageStoredUnderTheGroup()
    {
        // Vendas is live while Bia is online.
        auto bia = connectOperator(m_server, m_team.bia.bearer);
        QVERIFY(bia);
        QCOMPARE(codeOf(bia->request("set_status", {{"status", "online"}})), QString("ack"));
        QVERIFY(save(cartMessage("A equipe de vendas está aqui", "group", m_team.vendas)));
        QString token;
        Envelope hello;
        auto visitor = connectVisitor(m_server, &token, -1, &hello);
        const qint64 visitorId = hello.data["visitorId"].toInteger();
        QVERIFY(pageView(*visitor));
        const auto card = visitor->waitForEvent("targeted");
        QVERIFY(card);
        QCOMPARE(card->data["sender"]["kind"].toString(), QString("group"));
        QCOMPARE(card->data["sender"]["name"].toString(), QString("Vendas"));

        QVERIFY(say(*visitor, "Quero um orçamento") > 0);
        // Bia, of Vendas, gets the chat with the group's message above the answer.
        const auto conversation = bia->waitFor([&](const Envelope &e) {
            return e.type == "conversation" && e.data["visitorId"].toInteger() == visitorId
                   && e.data["lastMessage"]["author"]["kind"].toString() == "visitor";
        });
        QVERIFY(conversation);
        const auto history
            = bia->request("history", {{"conversationId", conversation->data["id"].toInteger()}});
        const QJsonArray messages = history->data["messages"].toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0)["author"]["kind"].toString(), QString("group"));
        QCOMPARE(messages.at(0)["author"]["name"].toString(), QString("Vendas"));
        QCOMPARE(messages.at(0)["author"]["id"].toInteger(), m_team.vendas);
        QCOMPARE(messages.at(0)["text"].toString(), QString("A equipe de vendas está aqui"));
        QCOMPARE(messages.at(1)["text"].toString(), QString("Quero um orçamento"));
    }

    // Admins give the bot a picture (POST /api/avatar?websiteId=N); its card shows it.
    void botPicture()
    {
        const QString path = QStringLiteral("/api/avatar?websiteId=%1").arg(m_websiteId);
        QCOMPARE(m_server.post(path, greenPicture(), m_team.bia.bearer.toUtf8()).status, 403);
        QCOMPARE(
            m_server.post("/api/avatar?websiteId=999", greenPicture(), m_team.owner.bearer.toUtf8())
                .status,
            404);
        QCOMPARE(m_server.post(path, "not a picture", m_team.owner.bearer.toUtf8()).status, 415);
        const auto uploaded = m_server.post(path, greenPicture(), m_team.owner.bearer.toUtf8());
        QCOMPARE(uploaded.status, 200);
        const QString url = QJsonDocument::fromJson(uploaded.body)["avatarUrl"].toString();
        QVERIFY(url.startsWith("avatars/")); // relative to the server
        QCOMPARE(m_server.get("/" + url).status, 200);
        const auto websites = m_owner->request("websites");
        QCOMPARE(websites->data["websites"][0]["botAvatarUrl"].toString(), url);

        QVERIFY(save(cartMessage("Olá! Posso ajudar?", "bot")));
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(pageView(*visitor));
        const auto card = visitor->waitForEvent("targeted");
        QVERIFY(card);
        QCOMPARE(card->data["sender"]["avatarUrl"].toString(), url);
    }

private:
    bool save(const QJsonObject &action)
    {
        const auto reply = m_owner->request("save_action", action);
        if (codeOf(reply) != QLatin1String("ack"))
            qWarning("save_action: %s", qPrintable(reply->data["message"].toString()));
        return codeOf(reply) == QLatin1String("ack");
    }

    static bool pageView(WsClient &visitor)
    {
        return codeOf(visitor.request(
                   "page_view", {{"url", "https://shop.example/cart"}, {"title", "Carrinho"}}))
               == QLatin1String("ack");
    }

    QJsonObject conversationOf(qint64 visitorId)
    {
        const auto reply = m_owner->request("conversations");
        for (const QJsonValue &c : reply->data["conversations"].toArray())
            if (c["visitorId"].toInteger() == visitorId)
                return c.toObject();
        return {};
    }

    QJsonArray historyOf(qint64 visitorId)
    {
        const qint64 id = conversationOf(visitorId)["id"].toInteger();
        return m_owner->request("history", {{"conversationId", id}})->data["messages"].toArray();
    }

    ServerProcess m_server;
    GroupTeam m_team;
    std::unique_ptr<WsClient> m_owner;
    qint64 m_websiteId = 0;
    QString m_websiteName;
};

QTEST_GUILESS_MAIN(TestTargetedAuthors)
#include "tst_targetedauthors.moc"
