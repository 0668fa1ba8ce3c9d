#include "authorizationmatrix.h"
#include "groupteam.h"
#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <requests/operatorroutes.h>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <map>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

enum class Role { Owner, Admin, Operator, Deactivated, LoggedOut, OtherServer };

QString roleName(Role role)
{
    switch (role) {
    case Role::Owner:
        return "owner";
    case Role::Admin:
        return "admin";
    case Role::Operator:
        return "operator";
    case Role::Deactivated:
        return "deactivated";
    case Role::LoggedOut:
        return "logged out";
    case Role::OtherServer:
        return "other server";
    }
    return {};
}

const QList<Role> activeRoles{Role::Owner, Role::Admin, Role::Operator};
const QList<Role> refusedRoles{Role::Deactivated, Role::LoggedOut, Role::OtherServer};

qint64 idOf(const std::optional<Envelope> &reply, const char *object)
{
    return reply ? reply->data.value(object).toObject().value("id").toInteger() : 0;
}

// The three tables as docs/security.md shows them.
QString markdownTables()
{
    QString text = "| request | object | owner | admin | operator | deactivated, logged out, "
                   "other server |\n| --- | --- | --- | --- | --- | --- |\n";
    for (const OperatorRow &row : operatorMatrix())
        text += QString("| `%1` | %2 | %3 | %4 | %5 | unauthorized |\n")
                    .arg(row.type, row.object, row.owner, row.admin, row.operatorRole);
    text += "\n| visitor request | own | another visitor's |\n| --- | --- | --- |\n";
    for (const VisitorRow &row : visitorMatrix())
        text += QString("| %1 | %2 | %3 |\n").arg(row.request, row.own, row.anotherVisitors);
    text += "\n| route | object | owner | admin | operator | deactivated | logged out, other "
            "server |\n| --- | --- | --- | --- | --- | --- | --- |\n";
    for (const HttpRow &row : httpMatrix())
        text += QString("| `%1` | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                    .arg(row.route, row.object, row.owner, row.admin, row.operatorRole,
                         row.deactivated, row.refused);
    return text;
}

} // namespace

// The authorization matrix, checked against the real server: every operator request type for
// every kind of caller and object, the visitor requests that name objects, and the HTTP routes
// that need a caller. Each row builds fresh objects, so the rows do not depend on each other.
class TestAuthorization final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Rows make a few hundred visitors from one address in a minute: limits are not the
        // subject here (tst_integration_httplimits and tst_integration_badinput are).
        m_server.setExtraArguments({"--rate-limit-scale", "0"});
        QVERIFY(m_server.start());
        m_tokens[Role::Owner] = m_server.login();
        m_tokens[Role::Admin] = addAndLogIn("ana@papo.test", "Ana", "admin");
        m_tokens[Role::Operator] = addAndLogIn("bia@papo.test", "Bia", "operator");
        m_doraToken = addAndLogIn("dora@papo.test", "Dora", "operator");
        m_tokens[Role::Deactivated] = addAndLogIn("caio@papo.test", "Caio", "operator");
        m_tokens[Role::LoggedOut] = m_server.login();
        for (const auto &[role, token] : m_tokens)
            QVERIFY2(!token.isEmpty(), qPrintable(roleName(role)));
        for (const Role role : activeRoles) {
            m_sockets[role] = connectOperator(m_server, m_tokens[role]);
            QVERIFY(m_sockets[role]);
        }
        m_dora = connectOperator(m_server, m_doraToken);
        QVERIFY(m_dora);
        const auto team = m_dora->request("team")->data.value("operators").toArray();
        for (const QJsonValue &member : team) {
            const QJsonObject object = member.toObject();
            m_idByEmail.insert(object.value("email").toString(), object.value("id").toInteger());
        }
        m_ids[Role::Owner] = m_idByEmail.value(ServerProcess::ownerEmail());
        m_ids[Role::Admin] = m_idByEmail.value("ana@papo.test");
        m_ids[Role::Operator] = m_idByEmail.value("bia@papo.test");
        QCOMPARE(codeOf(m_sockets[Role::Owner]->request(
                     "set_active",
                     {{"operatorId", m_idByEmail.value("caio@papo.test")}, {"active", false}})),
                 QString("ack"));
        QCOMPARE(m_server.post("/api/logout", {}, m_tokens[Role::LoggedOut].toUtf8()).status, 204);
        QVERIFY(m_otherServer.start());
        m_tokens[Role::OtherServer] = m_otherServer.login();
        QVERIFY(!m_tokens[Role::OtherServer].isEmpty());
    }

    // Every request type the server dispatches has rows, and the rows name no other type.
    void everyRequestTypeHasRows()
    {
        QSet<QString> inTable;
        for (const OperatorRow &row : operatorMatrix())
            inTable.insert(row.type);
        const QStringList registered = papo::server::operatorRoutes().keys();
        const QSet<QString> types(registered.cbegin(), registered.cend());
        QCOMPARE(QStringList((types - inTable).values()), QStringList()); // types without rows
        QCOMPARE(QStringList((inTable - types).values()), QStringList()); // rows of no type
    }

    void docsShowTheMatrix()
    {
        QFile doc(PAPO_SOURCE_DIR "/docs/security.md");
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const QString begin = "<!-- authorization matrix: begin -->\n";
        const qsizetype start = text.indexOf(begin);
        const qsizetype end = text.indexOf("<!-- authorization matrix: end -->");
        QVERIFY(start >= 0 && end > start);
        const QString shown = text.mid(start + begin.size(), end - start - begin.size()).trimmed();
        QVERIFY2(shown == markdownTables().trimmed(),
                 qPrintable("docs/security.md should show:\n" + markdownTables()));
    }

    // Before the operator requests: their last row signs the callers out everywhere.
    void httpRoutes_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("role");
        for (int row = 0; row < int(httpMatrix().size()); ++row) {
            for (const Role role : activeRoles + refusedRoles)
                QTest::addRow("%s / %s / %s", httpMatrix().at(row).route,
                              httpMatrix().at(row).object, qPrintable(roleName(role)))
                    << row << int(role);
        }
    }
    void httpRoutes()
    {
        QFETCH(int, row);
        QFETCH(int, role);
        const HttpRow &entry = httpMatrix().at(row);
        const Role caller = Role(role);
        const char *expected = caller == Role::Owner         ? entry.owner
                               : caller == Role::Admin       ? entry.admin
                               : caller == Role::Operator    ? entry.operatorRole
                               : caller == Role::Deactivated ? entry.deactivated
                                                             : entry.refused;
        // Logging out ends the token: each active caller does so with a token of their own.
        QByteArray token = m_tokens[caller].toUtf8();
        if (QByteArray(entry.route) == "POST /api/logout" && activeRoles.contains(caller))
            token = m_server.login(emailOf(caller), passwordOf(caller)).toUtf8();
        int status = 0;
        const QByteArray route = entry.route;
        if (route == "POST /api/attachments") {
            // Callers that cannot sign in name the owner's chat: it must be refused anyway.
            const qint64 conversationId = QByteArray(entry.object) != "own chat" ? anothersChat()
                                          : activeRoles.contains(caller)         ? ownChat(caller)
                                                                         : ownChat(Role::Owner);
            status = m_server
                         .post(QString("/api/attachments?conversationId=%1&name=nota.txt")
                                   .arg(conversationId),
                               "texto simples\n", token)
                         .status;
        } else if (route == "POST /api/avatar") {
            status = m_server.post("/api/avatar", avatarPicture(), token).status;
        } else if (route == "POST /api/logout") {
            status = m_server.post("/api/logout", {}, token).status;
        } else if (route == "GET /api/reports.csv") {
            const qint64 operatorId
                = QByteArray(entry.object) == "own figures"
                      ? m_ids[activeRoles.contains(caller) ? caller : Role::Owner]
                      : m_idByEmail.value("dora@papo.test");
            status = statusOfGet(m_server,
                                 QString("/api/reports.csv?from=2026-01-01&to=2026-01-31"
                                         "&timeZone=America/Sao_Paulo&operatorId=%1")
                                     .arg(operatorId),
                                 QString::fromUtf8(token));
        } else if (route == "GET /api/exports/visitors.csv") {
            status = statusOfGet(m_server,
                                 "/api/exports/visitors.csv?from=2026-01-01&to=2026-01-31"
                                 "&timeZone=America/Sao_Paulo",
                                 QString::fromUtf8(token));
        }
        QCOMPARE(QByteArray::number(status), QByteArray(expected));
    }

    void operatorRequests_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("role");
        for (int row = 0; row < int(operatorMatrix().size()); ++row) {
            const OperatorRow &entry = operatorMatrix().at(row);
            for (const Role role : activeRoles + refusedRoles)
                QTest::addRow("%s / %s / %s", entry.type, entry.object, qPrintable(roleName(role)))
                    << row << int(role);
        }
    }
    void operatorRequests()
    {
        QFETCH(int, row);
        QFETCH(int, role);
        const OperatorRow &entry = operatorMatrix().at(row);
        const Role caller = Role(role);
        const QJsonObject payload = this->payload(entry, caller);
        if (!activeRoles.contains(caller)) {
            // A fresh socket: hello is refused, and the request after it gets nothing done.
            WsClient client;
            QVERIFY(client.open(m_server.wsUrl("/ws/operator")));
            client.sendRaw(
                papo::common::encodeRequest("hello", "h", {{"token", m_tokens[caller]}}));
            client.sendRaw(papo::common::encodeRequest(entry.type, "x", payload));
            const auto hello = client.waitFor([](const Envelope &e) { return e.id == "h"; });
            QCOMPARE(codeOf(hello), QString("unauthorized"));
            QVERIFY(client.waitForDisconnected());
            QCOMPARE(client.closeCode(), 4001);
            for (const Envelope &frame : client.received())
                QVERIFY(!(frame.id == "x" && frame.type == "ack"));
            return;
        }
        const char *expected = caller == Role::Owner   ? entry.owner
                               : caller == Role::Admin ? entry.admin
                                                       : entry.operatorRole;
        QCOMPARE(codeOf(m_sockets[caller]->request(entry.type, payload)), QString(expected));
    }

    void visitorObjects()
    {
        QString ownToken;
        QString otherToken;
        auto own = connectVisitor(m_server, &ownToken);
        auto other = connectVisitor(m_server, &otherToken);
        QVERIFY(own && other);
        say(*own, "minha pergunta");
        const qint64 otherConversation = say(*other, "pergunta de outra pessoa");
        const qint64 ownConversation = say(*own, "de novo");
        const auto lastMessage = [](WsClient &visitor) {
            return idOf(visitor.request("message", messageRequest("mais uma")), "message");
        };
        const qint64 ownMessage = lastMessage(*own);
        const qint64 otherMessage = lastMessage(*other);
        const auto &rows = visitorMatrix();
        QCOMPARE(codeOf(own->request("read", {{"upToId", ownMessage}})), QString(rows[0].own));
        QCOMPARE(codeOf(own->request("read", {{"upToId", otherMessage}})),
                 QString(rows[0].anotherVisitors));

        const QJsonObject ownUpload = visitorUpload(ownToken, ownConversation);
        const QJsonObject otherUpload = visitorUpload(otherToken, otherConversation);
        QVERIFY(!ownUpload.isEmpty() && !otherUpload.isEmpty());
        const auto sendFile = [&](const QJsonObject &upload) {
            QJsonObject request = messageRequest("");
            request.insert("attachmentId", upload.value("id"));
            return codeOf(own->request("message", request));
        };
        QCOMPARE(sendFile(ownUpload), QString(rows[1].own));
        QCOMPARE(sendFile(otherUpload), QString(rows[1].anotherVisitors));

        QCOMPARE(QByteArray::number(visitorUploadStatus(ownToken, ownConversation)),
                 QByteArray(rows[2].own));
        QCOMPARE(QByteArray::number(visitorUploadStatus(ownToken, otherConversation)),
                 QByteArray(rows[2].anotherVisitors));

        const QString ownLink = ownUpload.value("url").toString();
        const QString query = ownLink.mid(ownLink.indexOf('?'));
        QCOMPARE(QByteArray::number(m_server.get(ownLink).status), QByteArray(rows[3].own));
        // Another file's id under this link's expiry and signature.
        QCOMPARE(
            QByteArray::number(
                m_server.get("/attachments/" + otherUpload.value("id").toString() + query).status),
            QByteArray(rows[3].anotherVisitors));
        QCOMPARE(QByteArray::number(
                     m_server.get("/attachments/" + ownUpload.value("id").toString()).status),
                 QByteArray(rows[4].own));
        QCOMPARE(QByteArray::number(
                     m_server.get("/attachments/" + otherUpload.value("id").toString()).status),
                 QByteArray(rows[4].anotherVisitors));
    }

    // BOT-1: only the visitor a chatbot asked may answer its question.
    void visitorScenarioReply()
    {
        // A fresh login: the operator matrix's last row signed every device out.
        auto ownerSocket = connectOperator(m_server, m_server.login());
        QVERIFY(ownerSocket);
        WsClient &owner = *ownerSocket;
        const QJsonObject start{
            {"message", "Posso ajudar?"},
            {"replies", QJsonArray{QJsonObject{{"label", "Sim"}, {"message", "Ótimo!"}},
                                   QJsonObject{{"label", "Não"}, {"message", "Até logo!"}}}}};
        const auto scenario
            = owner.request("save_chatbot_scenario", {{"name", "Matriz"}, {"start", start}});
        const qint64 scenarioId = scenario->data["scenario"]["id"].toInteger();
        const auto action = owner.request(
            "save_action",
            {{"name", "Matriz"},
             {"conditions", QJsonArray{QJsonObject{
                                {"field", "url"}, {"op", "contains"}, {"value", "/matriz-bot"}}}},
             {"repeat", "once_per_visit"},
             {"kind", "start_scenario"},
             {"scenarioId", scenarioId},
             {"messenger", true}});
        QCOMPARE(codeOf(action), QString("ack"));
        QString ownToken, otherToken;
        auto own = connectVisitor(m_server, &ownToken);
        auto other = connectVisitor(m_server, &otherToken);
        QVERIFY(own && other);
        QCOMPARE(codeOf(own->request("page_view", {{"url", "https://shop.example/matriz-bot"}})),
                 QString("ack"));
        const auto prompt = own->waitForEvent("scenario");
        QVERIFY(prompt);
        const QJsonObject answer{{"messageId", prompt->data["messageId"]}, {"choice", 0}};
        const auto &rows = visitorMatrix();
        QCOMPARE(codeOf(other->request("scenario_reply", answer)),
                 QString(rows[5].anotherVisitors));
        QCOMPARE(codeOf(own->request("scenario_reply", answer)), QString(rows[5].own));
        QCOMPARE(codeOf(owner.request("delete_action",
                                      {{"id", action->data["action"]["id"].toInteger()}})),
                 QString("ack"));
    }

    // FRM-1: a visitor fills only their own form, and only once it was asked.
    void visitorContactForm()
    {
        auto ownerSocket = connectOperator(m_server, m_server.login());
        QVERIFY(ownerSocket);
        const auto websites = ownerSocket->request("websites", {});
        const qint64 websiteId = websites->data["websites"][0]["id"].toInteger();
        const auto setForm = [&](const QJsonObject &form) {
            return codeOf(ownerSocket->request("update_website",
                                               {{"websiteId", websiteId}, {"contactForm", form}}));
        };
        QCOMPARE(setForm({{"enabled", true}, {"online", "always"}}), QString("ack"));
        QString ownToken, otherToken;
        auto own = connectVisitor(m_server, &ownToken);
        auto other = connectVisitor(m_server, &otherToken);
        QVERIFY(own && other);
        QVERIFY(say(*own, "Olá") > 0);
        QVERIFY(own->waitForEvent("contact_form"));
        const QJsonObject answers{{"name", "Ana"}, {"email", "ana@loja.com.br"}};
        const auto &rows = visitorMatrix();
        QCOMPARE(codeOf(other->request("fill_contact_form", answers)),
                 QString(rows[6].anotherVisitors));
        QCOMPARE(codeOf(own->request("fill_contact_form", answers)), QString(rows[6].own));
        QCOMPARE(setForm({}), QString("ack")); // the defaults: the form is off again
    }

private:
    QString addAndLogIn(const QString &email, const QString &name, const QString &role)
    {
        if (!addOperator(m_server, email, name, passwordOf(Role::Admin), role))
            return {};
        return m_server.login(email, passwordOf(Role::Admin));
    }
    static QString passwordOf(Role role)
    {
        return role == Role::Owner ? ServerProcess::ownerPassword() : "senha-da-equipe";
    }
    static QString emailOf(Role role)
    {
        return role == Role::Owner   ? ServerProcess::ownerEmail()
               : role == Role::Admin ? "ana@papo.test"
                                     : "bia@papo.test";
    }

    // A visitor who wrote; the conversation id.
    qint64 queuedChat()
    {
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const qint64 conversationId = visitor ? say(*visitor, "Olá, alguém aí?") : 0;
        m_visitors.push_back(std::move(visitor));
        return conversationId;
    }
    qint64 chatOwnedBy(WsClient &socket)
    {
        const qint64 conversationId = queuedChat();
        m_lastReply
            = idOf(socket.request("send", sendRequest(conversationId, "Posso ajudar!")), "message");
        return conversationId;
    }
    qint64 ownChat(Role caller) { return chatOwnedBy(*m_sockets[caller]); }
    qint64 anothersChat() { return chatOwnedBy(*m_dora); }
    qint64 replyBy(WsClient &socket)
    {
        static int next = 0;
        const auto saved = socket.request(
            "save_reply", {{"shortcut", QString("atalho%1").arg(++next)}, {"text", "Obrigado!"}});
        return idOf(saved, "reply");
    }
    qint64 visitorId()
    {
        QString token;
        Envelope ack;
        auto visitor = connectVisitor(m_server, &token, -1, &ack);
        m_visitors.push_back(std::move(visitor));
        return ack.data.value("visitorId").toInteger();
    }

    // The request of `row` for `caller`, naming a fresh object of the row's kind.
    QJsonObject payload(const OperatorRow &row, Role caller)
    {
        const QString type = row.type;
        const QString object = row.object;
        // Callers that cannot sign in name the owner's objects: their request must fail anyway.
        WsClient &self = *m_sockets[activeRoles.contains(caller) ? caller : Role::Owner];
        const qint64 selfId = m_ids[activeRoles.contains(caller) ? caller : Role::Owner];
        const qint64 doraId = m_idByEmail.value("dora@papo.test");
        // Someone in neither the caller's nor Dora's place: the one a chat would go to.
        const qint64 thirdId
            = selfId == m_ids[Role::Owner] ? m_ids[Role::Admin] : m_ids[Role::Owner];
        const auto chat = [&] {
            if (object == "own chat")
                return chatOwnedBy(self);
            if (object == "another's chat")
                return anothersChat();
            return queuedChat();
        };
        if (type == "history" || type == "typing" || type == "dismiss" || type == "close"
            || type == "join")
            return {{"conversationId", chat()}, {"typing", false}};
        if (type == "reopen") {
            const qint64 conversationId = chat();
            (object == "own chat" ? self : *m_dora)
                .request("close", {{"conversationId", conversationId}});
            return {{"conversationId", conversationId}};
        }
        if (type == "send")
            return sendRequest(chat(), "Resposta");
        if (type == "read") {
            const qint64 conversationId = chat();
            return {{"conversationId", conversationId}, {"upToId", m_lastReply}};
        }
        if (type == "add_operator" || type == "hand_over") {
            const qint64 conversationId = chat();
            return {{"conversationId", conversationId},
                    {"operatorId", object == "own chat" ? doraId : thirdId}};
        }
        if (type == "edit") {
            if (object == "own message")
                chatOwnedBy(self);
            else
                anothersChat();
            return {{"messageId", m_lastReply}, {"text", "Texto corrigido"}};
        }
        if (type == "set_visitor_group")
            return {{"visitorId", visitorId()}, {"groupId", QJsonValue::Null}};
        if (type == "start_conversation" || type == "visitor" || type == "update_visitor"
            || type == "add_note")
            return {{"visitorId", visitorId()},
                    {"cid", newClientId()},
                    {"text", "Olá! Posso ajudar?"},
                    {"name", "Maria"}};
        if (type == "search")
            return {{"query", "alguém"}};
        if (type == "update_profile")
            return {{"title", "Atendimento"}};
        if (type == "invite")
            return {{"email", newClientId().left(12) + "@papo.test"}, {"role", "operator"}};
        if (type == "set_role")
            return {{"operatorId", object == "the owner" ? m_ids[Role::Owner] : doraId},
                    {"role", "operator"}};
        if (type == "set_active")
            return {{"operatorId", object == "the owner" ? m_ids[Role::Owner] : doraId},
                    {"active", object != "the owner"}};
        if (type == "update_website")
            return {{"websiteId", object == "the website" ? 1 : 987654}, {"ratingsEnabled", true}};
        if (type == "save_reply") {
            QJsonObject reply{{"shortcut", "novo" + newClientId().left(8)}, {"text", "Oi!"}};
            if (object == "another's reply")
                reply.insert("id", replyBy(*m_dora));
            return reply;
        }
        if (type == "delete_reply")
            return {{"id", object == "own reply" ? replyBy(self) : replyBy(*m_dora)}};
        if (type == "set_status")
            return {{"status", "online"}};
        if (type == "set_working_hours")
            return {{"days", QJsonArray()}};
        if (type == "set_slow_alerts")
            return object == "own opt-in" ? QJsonObject{{"notifyWhenSlow", false}}
                                          : QJsonObject{{"thresholdSeconds", 90}};
        if (type == "change_password") // a wrong current password: nothing changes
            return {{"currentPassword", "nao-e-a-senha"}, {"newPassword", "outra-senha-longa"}};
        if (type == "log_out_device") // no device of the caller
            return {{"deviceId", 987654}};
        if (type == "reset_password")
            return {{"operatorId", 987654}};
        if (type == "save_group")
            return {{"name", "Vendas " + newClientId().left(8)}};
        if (type == "set_group_members")
            return {{"groupId", 987654}, {"operatorIds", QJsonArray()}};
        if (type == "delete_group")
            return {{"id", 987654}};
        if (type == "report")
            return {{"from", "2026-01-01"},
                    {"to", "2026-01-31"},
                    {"timeZone", "America/Sao_Paulo"},
                    {"operatorId", object == "own figures" ? selfId : doraId}};
        if (type == "update_team")
            return {{"name", "Loja Papo"}};
        if (type == "save_action")
            return {{"id", 987654},
                    {"name", "Carrinho"},
                    {"conditions", QJsonArray()},
                    {"repeat", "once_per_visit"},
                    {"kind", "message"},
                    {"sender", "bot"},
                    {"liveText", "Posso ajudar?"}};
        if (type == "enable_action" || type == "duplicate_action" || type == "delete_action"
            || type == "retry_delivery")
            return {{"id", 987654}};
        if (type == "save_email_settings")
            return {{"host", "mail.example"}, {"from", "chat@loja.example"}};
        if (type == "send_test_email")
            return {{"to", "not an address"}};
        if (type == "save_webhook")
            return {{"id", 987654},
                    {"url", "https://hooks.loja.example/papo"},
                    {"events", QJsonArray{"message"}}};
        if (type == "delete_webhook")
            return {{"id", 987654}};
        if (type == "save_slack_settings")
            return {{"websites", QJsonArray{QJsonObject{{"id", 1}, {"slackUrl", "not a url"}}}}};
        if (type == "save_allowed_addresses")
            return {{"addresses", QJsonArray{"localhost"}}};
        if (type == "save_helpscout_settings")
            return {{"appId", "app"}, {"appSecret", "s"}, {"mailboxId", 1}, {"baseUrl", "ftp://x"}};
        if (type == "export_to_helpscout")
            return {{"conversationId", 987654}};
        if (type == "save_chatbot_scenario")
            return {{"id", 987654},
                    {"name", "Vendas ou Suporte?"},
                    {"start", QJsonObject{{"message", "Olá!"}}}};
        if (type == "delete_chatbot_scenario")
            return {{"id", 987654}};
        return {}; // conversations, visitors, team, websites, saved_replies, ... active
    }

    QJsonObject visitorUpload(const QString &token, qint64 conversationId)
    {
        const auto reply
            = m_server.post(QString("/api/attachments?key=%1&name=foto.png&conversationId=%2")
                                .arg(m_server.websiteKey())
                                .arg(conversationId),
                            png(), token.toUtf8());
        return QJsonDocument::fromJson(reply.body).object().value("attachment").toObject();
    }
    int visitorUploadStatus(const QString &token, qint64 conversationId)
    {
        return m_server
            .post(QString("/api/attachments?key=%1&name=foto.png&conversationId=%2")
                      .arg(m_server.websiteKey())
                      .arg(conversationId),
                  png(), token.toUtf8())
            .status;
    }
    static QByteArray avatarPicture()
    {
        QImage image(64, 64, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }
    static QByteArray png()
    {
        // A 1×1 PNG.
        return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
                                      "nGNgYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    }

    ServerProcess m_server;
    ServerProcess m_otherServer; // its tokens mean nothing to m_server
    std::map<Role, QString> m_tokens;
    std::map<Role, std::unique_ptr<WsClient>> m_sockets;
    std::map<Role, qint64> m_ids;
    QHash<QString, qint64> m_idByEmail;
    QString m_doraToken;
    std::unique_ptr<WsClient> m_dora; // the teammate whose objects are "another's"
    std::vector<std::unique_ptr<WsClient>> m_visitors;
    qint64 m_lastReply = 0;
};

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
