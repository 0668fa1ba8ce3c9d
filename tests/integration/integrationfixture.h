#pragma once

#include <serverprocess.h>
#include <wsclient.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QUuid>

#include <memory>

namespace papo::testing {

inline QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

inline QJsonObject visitorHello(const QString &key, const QString &token = {}, qint64 lastSeq = -1)
{
    QJsonObject hello{{QStringLiteral("key"), key},
                      {QStringLiteral("url"), QStringLiteral("https://shop.example/produtos")},
                      {QStringLiteral("title"), QStringLiteral("Produtos")},
                      {QStringLiteral("referrer"), QStringLiteral("https://www.google.com/")},
                      {QStringLiteral("lang"), QStringLiteral("pt-BR")}};
    if (!token.isEmpty())
        hello.insert(QStringLiteral("token"), token);
    if (lastSeq >= 0)
        hello.insert(QStringLiteral("lastSeq"), lastSeq);
    return hello;
}

// Opens a visitor socket and says hello; nullptr when either fails.
inline std::unique_ptr<WsClient> connectVisitor(const ServerProcess &server, QString *token,
                                                qint64 lastSeq = -1,
                                                common::Envelope *ack = nullptr)
{
    auto client = std::make_unique<WsClient>();
    if (!client->open(server.wsUrl(QStringLiteral("/ws/visitor"))))
        return nullptr;
    const auto reply = client->request(QStringLiteral("hello"),
                                       visitorHello(server.websiteKey(), *token, lastSeq));
    if (!reply || reply->type != QLatin1String("ack"))
        return nullptr;
    *token = reply->data.value(QStringLiteral("token")).toString();
    if (ack)
        *ack = *reply;
    return client;
}

inline std::unique_ptr<WsClient> connectOperator(const ServerProcess &server, const QString &bearer,
                                                 qint64 lastSeq = -1)
{
    auto client = std::make_unique<WsClient>();
    if (!client->open(server.wsUrl(QStringLiteral("/ws/operator"))))
        return nullptr;
    QJsonObject hello{{QStringLiteral("token"), bearer}};
    if (lastSeq >= 0)
        hello.insert(QStringLiteral("lastSeq"), lastSeq);
    const auto reply = client->request(QStringLiteral("hello"), hello);
    if (!reply || reply->type != QLatin1String("ack"))
        return nullptr;
    return client;
}

// GET with an operator's bearer token (papo-desk's downloads); the HTTP status.
inline int statusOfGet(const ServerProcess &server, const QString &path, const QString &bearer)
{
    QNetworkAccessManager network;
    QNetworkRequest request(server.httpUrl(path));
    request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// What a request got: "ack", the error's code, or "no reply".
inline QString codeOf(const std::optional<common::Envelope> &reply)
{
    if (!reply)
        return QStringLiteral("no reply");
    return reply->type == QLatin1String("ack")
               ? QStringLiteral("ack")
               : reply->data.value(QStringLiteral("code")).toString();
}

// The field names of a protocol object, to check that nothing private is in it.
inline QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

inline QJsonObject messageRequest(const QString &text, const QString &clientId = newClientId())
{
    return {{QStringLiteral("cid"), clientId}, {QStringLiteral("text"), text}};
}

// An operator's `send` of `text` into a conversation.
inline QJsonObject sendRequest(qint64 conversationId, const QString &text)
{
    QJsonObject request = messageRequest(text);
    request.insert(QStringLiteral("conversationId"), conversationId);
    return request;
}

// The visitor writes; returns the conversation the message went to (0 when refused).
inline qint64 say(WsClient &visitor, const QString &text)
{
    const auto ack = visitor.request(QStringLiteral("message"), messageRequest(text));
    return ack ? ack->data.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("conversationId"))
                     .toInteger()
               : 0;
}

// The texts of these `message` events, in the order they came.
inline QStringList messageTexts(const QList<common::Envelope> &events)
{
    QStringList texts;
    for (const common::Envelope &event : events)
        texts << event.data.value(QStringLiteral("text")).toString();
    return texts;
}

// The newest `seq` a client has: where it resumes after a reconnect.
inline qint64 newestSeq(const WsClient &client)
{
    qint64 newest = 0;
    for (const common::Envelope &event : client.eventsOfType(QStringLiteral("message")))
        newest = qMax(newest, event.seq);
    return newest;
}

// The operator an operator socket said hello as (its hello ack's `operator.id`).
inline qint64 operatorIdOf(const WsClient &operatorSocket)
{
    return operatorSocket.received()
        .value(0)
        .data.value(QStringLiteral("operator"))
        .toObject()
        .value(QStringLiteral("id"))
        .toInteger();
}

// GRP-1: an owner or admin creates a group (its key made from the name unless given) with
// these members; its id, or 0 when refused.
inline qint64 createGroup(WsClient &admin, const QString &name, const QList<qint64> &members = {},
                          const QString &key = {})
{
    QJsonObject request{{QStringLiteral("name"), name}};
    if (!key.isEmpty())
        request.insert(QStringLiteral("key"), key);
    const auto created = admin.request(QStringLiteral("save_group"), request);
    const qint64 id = created && created->type == QLatin1String("ack")
                          ? created->data.value(QStringLiteral("group"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toInteger()
                          : 0;
    if (id == 0 || members.isEmpty())
        return id;
    QJsonArray operatorIds;
    for (qint64 member : members)
        operatorIds.append(member);
    const auto set = admin.request(
        QStringLiteral("set_group_members"),
        {{QStringLiteral("groupId"), id}, {QStringLiteral("operatorIds"), operatorIds}});
    return set && set->type == QLatin1String("ack") ? id : 0;
}

} // namespace papo::testing
