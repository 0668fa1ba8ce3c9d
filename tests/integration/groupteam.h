#pragma once

#include "integrationfixture.h"
#include "operatoraccounts.h"

namespace papo::testing {

// The team of the group tests (GRP): the owner; Dora, an admin in no group; Bia, an operator
// in Vendas; Caio, an operator in Suporte. Each one's bearer token and id.
struct GroupTeam
{
    struct Member
    {
        QString bearer;
        qint64 id = 0;
    };
    Member owner, dora, bia, caio;
    qint64 vendas = 0, suporte = 0;

    bool start(ServerProcess &server)
    {
        if (!startWithOwnerAndBia(server, &owner.bearer, &bia.bearer))
            return false;
        dora.bearer = addOperatorAndLogIn(server, QStringLiteral("dora@papo.test"),
                                          QStringLiteral("Dora"), QStringLiteral("senha-da-dora"));
        caio.bearer = addOperatorAndLogIn(server, QStringLiteral("caio@papo.test"),
                                          QStringLiteral("Caio"), QStringLiteral("senha-do-caio"));
        auto ownerSocket = connectOperator(server, owner.bearer);
        auto doraSocket = connectOperator(server, dora.bearer);
        auto biaSocket = connectOperator(server, bia.bearer);
        auto caioSocket = connectOperator(server, caio.bearer);
        if (!ownerSocket || !doraSocket || !biaSocket || !caioSocket)
            return false;
        owner.id = operatorIdOf(*ownerSocket);
        dora.id = operatorIdOf(*doraSocket);
        bia.id = operatorIdOf(*biaSocket);
        caio.id = operatorIdOf(*caioSocket);
        const auto promoted = ownerSocket->request(
            QStringLiteral("set_role"),
            {{QStringLiteral("operatorId"), dora.id}, {QStringLiteral("role"), "admin"}});
        vendas = createGroup(*ownerSocket, QStringLiteral("Vendas"), {bia.id});
        suporte = createGroup(*ownerSocket, QStringLiteral("Suporte"), {caio.id});
        return codeOf(promoted) == QLatin1String("ack") && vendas > 0 && suporte > 0;
    }
};

// A visitor on a page with `window.PapoGroupID = key` ("" for none).
inline std::unique_ptr<WsClient> visitorOnPage(const ServerProcess &server, const QString &key,
                                               QString *token, common::Envelope *ack = nullptr)
{
    auto client = std::make_unique<WsClient>();
    if (!client->open(server.wsUrl(QStringLiteral("/ws/visitor"))))
        return nullptr;
    QJsonObject hello = visitorHello(server.websiteKey(), *token);
    if (!key.isEmpty())
        hello.insert(QStringLiteral("group"), key);
    const auto reply = client->request(QStringLiteral("hello"), hello);
    if (!reply || reply->type != QLatin1String("ack"))
        return nullptr;
    *token = reply->data.value(QStringLiteral("token")).toString();
    if (ack)
        *ack = *reply;
    return client;
}

} // namespace papo::testing
