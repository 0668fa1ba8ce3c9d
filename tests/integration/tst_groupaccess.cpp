#include "groupteam.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <map>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

struct Chat
{
    std::unique_ptr<WsClient> visitor;
    QString token;
    qint64 visitorId = 0;
    qint64 conversationId = 0;
    qint64 firstMessageId = 0;
    QString word; // appears in this chat only, for search
    QString attachmentUrl;
};

bool containsId(const QJsonArray &list, const QString &field, qint64 id)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QJsonValue &item) {
        return item.toObject().value(field).toInteger() == id;
    });
}

} // namespace

// GRP-1 on the real server, the authorization matrix: every read path answered for
// {owner, admin, operator in the group, operator outside it} × {a Vendas chat, an ungrouped
// chat, a Vendas chat the outsider was added to}. Only the outsider on the Vendas chat is
// refused, each path in its own way (left out of a list, not_found, 404, no event); then
// every write naming that chat is refused to the outsider and allowed to the group's operator.
class TestGroupAccess final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_team.start(m_server));
        m_chats["grouped"] = openChat("vendas", "abacaxi");
        m_chats["ungrouped"] = openChat("", "bergamota");
        m_chats["participated"] = openChat("vendas", "carambola");
        for (const auto &[name, chat] : m_chats)
            QVERIFY2(chat.conversationId > 0 && !chat.attachmentUrl.isEmpty(), qPrintable(name));
        // The owner adds Caio (Suporte) to one Vendas chat: he takes part in it (CHT-1).
        auto owner = connectOperator(m_server, m_team.owner.bearer);
        QCOMPARE(codeOf(owner->request("add_operator",
                                       {{"conversationId", m_chats["participated"].conversationId},
                                        {"operatorId", m_team.caio.id}})),
                 QString("ack"));
    }

    void everyReadPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("chat");
        QTest::addColumn<bool>("visible");
        for (const char *path : {"conversations", "history", "search", "visitor", "visitors",
                                 "attachment", "replay", "live"}) {
            for (const char *role : {"owner", "admin", "member", "outsider"}) {
                for (const char *chat : {"grouped", "ungrouped", "participated"}) {
                    const bool refused
                        = QByteArray(role) == "outsider" && QByteArray(chat) == "grouped";
                    QTest::addRow("%s/%s/%s", path, role, chat)
                        << QString(path) << QString(role) << QString(chat) << !refused;
                }
            }
        }
    }

    void everyReadPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, role);
        QFETCH(QString, chat);
        QFETCH(bool, visible);
        const QString bearer = bearerOf(role);
        Chat &target = m_chats[chat];
        auto op = connectOperator(m_server, bearer);
        QVERIFY(op);
        bool seen = false;
        if (path == "conversations") {
            seen = containsId(op->request("conversations")->data.value("conversations").toArray(),
                              "id", target.conversationId);
        } else if (path == "history" || path == "visitor") {
            const auto reply
                = path == "history"
                      ? op->request("history", {{"conversationId", target.conversationId}})
                      : op->request("visitor", {{"visitorId", target.visitorId}});
            QVERIFY(codeOf(reply) == "ack" || codeOf(reply) == "not_found");
            seen = codeOf(reply) == "ack";
        } else if (path == "search") {
            const auto reply = op->request("search", {{"query", target.word}});
            QCOMPARE(codeOf(reply), QString("ack"));
            seen = containsId(reply->data.value("results").toArray(), "conversationId",
                              target.conversationId);
        } else if (path == "visitors") {
            seen = containsId(op->request("visitors")->data.value("visitors").toArray(), "id",
                              target.visitorId);
        } else if (path == "attachment") {
            const int status = statusOfGet(m_server, target.attachmentUrl, bearer);
            QVERIFY(status == 200 || status == 404);
            seen = status == 200;
        } else if (path == "replay") {
            // A reconnecting client gets what it missed, of the chats it may see only.
            auto resumed = connectOperator(m_server, bearer, 0);
            QCOMPARE(codeOf(resumed->request("groups")), QString("ack")); // after the replay
            const auto messages = resumed->eventsOfType("message");
            seen = std::any_of(messages.cbegin(), messages.cend(), [&](const Envelope &e) {
                return messageIdOf(e) == target.firstMessageId;
            });
        } else if (path == "live") {
            // The chat's new message, then one in the ungrouped chat that everyone sees:
            // once that one has arrived, the first would have too.
            const qint64 news = idOf(target.visitor->request("message", messageRequest("E aí?")));
            const qint64 sentinel
                = idOf(m_chats["ungrouped"].visitor->request("message", messageRequest("Alguém?")));
            QVERIFY(news > 0 && sentinel > 0);
            QVERIFY(op->waitFor([&](const Envelope &e) { return messageIdOf(e) == sentinel; }));
            const auto messages = op->eventsOfType("message");
            seen = std::any_of(messages.cbegin(), messages.cend(),
                               [&](const Envelope &e) { return messageIdOf(e) == news; });
        }
        QCOMPARE(seen, visible);
    }

    // One visitors_changed frame is assembled for all the sockets that see the same visitors:
    // pages viewed together reach the group's operator whole, and the outsider only the
    // ungrouped visitor's.
    void browsingReachesOnlyThoseWhoSeeTheVisitor()
    {
        auto member = connectOperator(m_server, m_team.bia.bearer);
        auto outsider = connectOperator(m_server, m_team.caio.bearer);
        QVERIFY(member && outsider);
        Chat &grouped = m_chats["grouped"];
        Chat &ungrouped = m_chats["ungrouped"];
        for (Chat *chat : {&grouped, &ungrouped})
            QCOMPARE(codeOf(chat->visitor->request("page_view",
                                                   {{"url", "https://shop.example/" + chat->word},
                                                    {"title", chat->word},
                                                    {"referrer", ""}})),
                     QString("ack"));
        const auto onPage = [](const Chat &chat) {
            return [&chat](const QJsonObject &v) {
                return v.value("id").toInteger() == chat.visitorId
                       && v.value("currentPage").toObject().value("title") == chat.word;
            };
        };
        QVERIFY(member->waitForVisitor(onPage(grouped)));
        QVERIFY(member->waitForVisitor(onPage(ungrouped)));
        QVERIFY(outsider->waitForVisitor(onPage(ungrouped)));
        for (const Envelope &frame : outsider->eventsOfType("visitors_changed"))
            QVERIFY(!containsId(frame.data.value("visitors").toArray(), "id", grouped.visitorId));
    }

    // Every request that writes in a chat or about its visitor: refused to the outsider as if
    // the chat did not exist, and allowed to the group's own operator.
    void everyWriteNamingTheChat_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addRow("send") << "send";
        QTest::addRow("typing") << "typing";
        QTest::addRow("read") << "read";
        QTest::addRow("dismiss") << "dismiss";
        QTest::addRow("add_operator") << "add_operator";
        QTest::addRow("join") << "join";
        QTest::addRow("close") << "close";
        QTest::addRow("reopen") << "reopen";
        QTest::addRow("update_visitor") << "update_visitor";
        QTest::addRow("add_note") << "add_note";
        QTest::addRow("set_visitor_group") << "set_visitor_group";
        QTest::addRow("start_conversation") << "start_conversation";
        QTest::addRow("edit") << "edit";
        QTest::addRow("hand_over") << "hand_over";
        QTest::addRow("upload") << "upload";
    }

    void everyWriteNamingTheChat()
    {
        QFETCH(QString, type);
        Chat chat = openChat("vendas", "damasco");
        auto bia = connectOperator(m_server, m_team.bia.bearer);
        auto caio = connectOperator(m_server, m_team.caio.bearer);
        QCOMPARE(codeOf(bia->request("set_status", {{"status", "online"}})), QString("ack"));
        QCOMPARE(codeOf(caio->request("set_status", {{"status", "online"}})), QString("ack"));
        // Bia's own message in the chat, for `edit`.
        const qint64 biaMessage
            = idOf(bia->request("send", sendRequest(chat.conversationId, "Oi!")));
        QVERIFY(biaMessage > 0);
        const auto request = [&](WsClient &op, qint64 messageId) {
            const qint64 c = chat.conversationId, v = chat.visitorId;
            if (type == "upload") {
                const auto reply = m_server.post(
                    QString("/api/attachments?conversationId=%1&name=nota.txt").arg(c), "oi",
                    (&op == caio.get() ? m_team.caio.bearer : m_team.bia.bearer).toUtf8());
                return reply.status == 404 ? QString("not_found") : QString::number(reply.status);
            }
            QJsonObject d{{"conversationId", c}};
            if (type == "send")
                d = sendRequest(c, "Posso ajudar?");
            else if (type == "read")
                d.insert("upToId", chat.firstMessageId);
            else if (type == "typing")
                d.insert("typing", true);
            else if (type == "add_operator" || type == "hand_over")
                d.insert("operatorId", m_team.dora.id);
            else if (type == "update_visitor")
                d = {{"visitorId", v}, {"name", "Ana"}};
            else if (type == "add_note")
                d = {{"visitorId", v}, {"text", "Quer um orçamento"}};
            else if (type == "set_visitor_group")
                d = {{"visitorId", v}, {"groupId", m_team.vendas}};
            else if (type == "start_conversation")
                d = {{"visitorId", v}, {"cid", newClientId()}, {"text", "Olá!"}};
            else if (type == "edit")
                d = {{"messageId", messageId}, {"text", "Oi, tudo bem?"}};
            return codeOf(op.request(type, d));
        };
        QCOMPARE(request(*caio, biaMessage), QString("not_found"));
        // The group's operator passes the same check (dismiss then refuses an owned chat:
        // forbidden, not not_found).
        const QString allowed = request(*bia, biaMessage);
        QVERIFY2(allowed == "ack" || allowed == "201"
                     || (type == "dismiss" && allowed == "forbidden"),
                 qPrintable(allowed));
        // Nothing the outsider asked for reached the chat.
        const auto history = bia->request("history", {{"conversationId", chat.conversationId}});
        QCOMPARE(history->data.value("messages").toArray().size(),
                 (type == "send" || type == "start_conversation") ? 4 : 3);
    }

private:
    QString bearerOf(const QString &role) const
    {
        if (role == "owner")
            return m_team.owner.bearer;
        if (role == "admin")
            return m_team.dora.bearer;
        return role == "member" ? m_team.bia.bearer : m_team.caio.bearer;
    }

    static qint64 idOf(const std::optional<Envelope> &ack)
    {
        return ack ? ack->data.value("message").toObject().value("id").toInteger() : 0;
    }

    // A `message` event's message (its seq is the stream position, not the id).
    static qint64 messageIdOf(const Envelope &event) { return event.data.value("id").toInteger(); }

    // A visitor on a page of that group writes a message with `word` and sends a file.
    Chat openChat(const QString &groupKey, const QString &word)
    {
        Chat chat;
        chat.word = word;
        Envelope ack;
        chat.visitor = visitorOnPage(m_server, groupKey, &chat.token, &ack);
        if (!chat.visitor)
            return chat;
        chat.visitorId = ack.data.value("visitorId").toInteger();
        const auto first = chat.visitor->request("message", messageRequest("Quero " + word));
        chat.firstMessageId = idOf(first);
        chat.conversationId
            = first->data.value("message").toObject().value("conversationId").toInteger();
        const auto upload = m_server.post(
            QString("/api/attachments?key=%1&name=lista.txt").arg(m_server.websiteKey()),
            "lista de compras", chat.token.toUtf8());
        const QString attachmentId = QJsonDocument::fromJson(upload.body)
                                         .object()
                                         .value("attachment")
                                         .toObject()
                                         .value("id")
                                         .toString();
        const auto withFile = chat.visitor->request(
            "message", {{"cid", newClientId()}, {"text", ""}, {"attachmentId", attachmentId}});
        chat.attachmentUrl = withFile->data.value("message")
                                 .toObject()
                                 .value("attachment")
                                 .toObject()
                                 .value("url")
                                 .toString();
        return chat;
    }

    ServerProcess m_server;
    GroupTeam m_team;
    std::map<QString, Chat> m_chats;
};

QTEST_GUILESS_MAIN(TestGroupAccess)
#include "tst_groupaccess.moc"
