#pragma once

// Helpers shared by the desk tests that talk to the real server.

#include <serverprocess.h>
#include <wsclient.h>

#include <QJsonObject>
#include <QUuid>

#include <memory>

namespace papo::testing {

inline QString visitorClientId()
{
    return QStringLiteral("v-") + QUuid::createUuid().toString(QUuid::Id128);
}

// A visitor on the demo shop: opens /ws/visitor and says hello (fresh, or with its token).
inline std::unique_ptr<WsClient> connectVisitor(const ServerProcess &server, QString *token,
                                                qint64 lastSeq = -1)
{
    auto visitor = std::make_unique<WsClient>();
    if (!visitor->open(server.wsUrl(QStringLiteral("/ws/visitor"))))
        return nullptr;
    QJsonObject hello{{QStringLiteral("key"), server.websiteKey()},
                      {QStringLiteral("url"), QStringLiteral("https://loja.example/carrinho")},
                      {QStringLiteral("title"), QStringLiteral("Carrinho")},
                      {QStringLiteral("referrer"), QStringLiteral("https://www.google.com/")},
                      {QStringLiteral("lang"), QStringLiteral("pt-BR")}};
    if (!token->isEmpty())
        hello.insert(QStringLiteral("token"), *token);
    if (lastSeq >= 0)
        hello.insert(QStringLiteral("lastSeq"), lastSeq);
    const auto reply = visitor->request(QStringLiteral("hello"), hello);
    if (!reply || reply->type != QLatin1String("ack"))
        return nullptr;
    *token = reply->data.value(QStringLiteral("token")).toString();
    return visitor;
}

// Sends a visitor message and returns its stored id (0 on failure).
inline qint64 visitorSays(WsClient &visitor, const QString &text)
{
    const auto reply
        = visitor.request(QStringLiteral("message"), {{QStringLiteral("cid"), visitorClientId()},
                                                      {QStringLiteral("text"), text}});
    if (!reply || reply->type != QLatin1String("ack"))
        return 0;
    return reply->data.value(QStringLiteral("message"))
        .toObject()
        .value(QStringLiteral("id"))
        .toInteger();
}

// Waits for an operator's message with this text to reach the visitor.
inline std::optional<common::Envelope> waitForOperatorText(WsClient &visitor, const QString &text,
                                                           int timeoutMs = 15000)
{
    return visitor.waitFor(
        [&](const common::Envelope &event) {
            return event.type == QLatin1String("message")
                   && event.data.value(QStringLiteral("text")).toString() == text
                   && event.data.value(QStringLiteral("author"))
                              .toObject()
                              .value(QStringLiteral("kind"))
                              .toString()
                          == QLatin1String("operator");
        },
        timeoutMs);
}

inline int countMessageEvents(const WsClient &client, const QString &text)
{
    int count = 0;
    for (const auto &event : client.eventsOfType(QStringLiteral("message"))) {
        if (event.data.value(QStringLiteral("text")).toString() == text)
            ++count;
    }
    return count;
}

} // namespace papo::testing
