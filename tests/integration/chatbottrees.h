#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace papo::testing {

// One visitor reply of a chatbot scenario and what follows it (docs/protocol.md, "Chatbot
// scenarios"); an empty `message` hands over to a person.
inline QJsonObject scenarioReply(const QString &label, const QString &message,
                                 const QJsonArray &replies = {})
{
    return {{QStringLiteral("label"), label},
            {QStringLiteral("message"), message},
            {QStringLiteral("replies"), replies}};
}

// "Vendas ou Suporte?" of the chatbot issue: Vendas leads to a second question, Suporte hands
// over.
inline QJsonObject salesOrSupportTree()
{
    return {
        {QStringLiteral("message"), QStringLiteral("Olá! Posso ajudar com **vendas** ou suporte?")},
        {QStringLiteral("replies"),
         QJsonArray{
             scenarioReply(
                 QStringLiteral("Vendas"), QStringLiteral("Qual plano lhe interessa?"),
                 {scenarioReply(QStringLiteral("Mensal"), QStringLiteral("O mensal custa R$ 49.")),
                  scenarioReply(QStringLiteral("Anual"),
                                QStringLiteral("O anual sai por R$ 490."))}),
             scenarioReply(QStringLiteral("Suporte"), QString())}}};
}

} // namespace papo::testing
