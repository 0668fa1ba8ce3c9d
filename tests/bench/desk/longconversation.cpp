#include "longconversation.h"

#include <deskfixture.h>
#include <envelope.h>
#include <serverprocess.h>
#include <wsclient.h>

#include <QJsonArray>

namespace papo::bench {

using testing::WsClient;

namespace {

// The messages of one turn travel together, acknowledged in any order, as a busy chat's do.
constexpr int Turn = 10;

// Sends the requests without waiting for each answer; false when one was refused or missing.
bool sendTogether(WsClient &client, const QString &type, const QList<QJsonObject> &requests)
{
    static int batch = 0;
    const QString prefix = QStringLiteral("b%1-").arg(++batch);
    for (qsizetype i = 0; i < requests.size(); ++i)
        client.sendRaw(common::encodeRequest(type, prefix + QString::number(i), requests.at(i)));
    qsizetype answered = 0;
    bool refused = false;
    const auto last = client.waitFor(
        [&](const common::Envelope &envelope) {
            if (!envelope.id.startsWith(prefix))
                return false;
            refused = refused || envelope.type != QLatin1String("ack");
            return ++answered == requests.size();
        },
        120000);
    if (refused)
        qWarning("the server refused a %s", qPrintable(type));
    return last.has_value() && !refused;
}

} // namespace

LongConversation::LongConversation(const testing::ServerProcess &server)
    : m_server(server)
{}

LongConversation::~LongConversation() = default;

QString LongConversation::sampleText(int n)
{
    static const QString texts[] = {
        QStringLiteral("Oi, tudo bem? Sou o cliente %1."),
        QStringLiteral("Did my order ship yet? It was #%1."),
        QStringLiteral("Yes! It left the warehouse this morning, the tracking link is "
                       "https://track.example/%1 and it should arrive on Thursday."),
        QStringLiteral("Thanks a lot, %1 it is"),
        QStringLiteral("I tried the **blue** one (model %1) in the shop but the size _M_ was a "
                       "bit tight around the shoulders, so I would like to exchange it for an L if "
                       "that is possible. I still have the box and the receipt, and I have not "
                       "worn it outside."),
        QStringLiteral("Of course. Could you send me the order number of item %1?"),
        QStringLiteral("%1"),
        QStringLiteral("Perfect, I have started exchange %1.\nYou will get an email with "
                       "the return label in a few minutes.\nAnything else I can help with?"),
    };
    // Every text differs, as people's do: no two messages share a measure.
    return texts[n % std::size(texts)].arg(1000 + n);
}

bool LongConversation::write(WsClient &operatorSocket, int messages)
{
    QString token;
    m_visitor = testing::connectVisitor(m_server, &token);
    if (!m_visitor)
        return false;
    int written = 0;
    while (written < messages) {
        const bool visitorsTurn = (written / Turn) % 2 == 0;
        const int count = std::min(Turn, messages - written);
        QList<QJsonObject> requests;
        for (int i = 0; i < count; ++i) {
            QJsonObject request{{QStringLiteral("cid"), testing::visitorClientId()},
                                {QStringLiteral("text"), sampleText(written + i)}};
            if (!visitorsTurn)
                request.insert(QStringLiteral("conversationId"), m_conversationId);
            requests.append(request);
        }
        WsClient &author = visitorsTurn ? *m_visitor : operatorSocket;
        if (!sendTogether(author, visitorsTurn ? QStringLiteral("message") : QStringLiteral("send"),
                          requests))
            return false;
        if (m_conversationId == 0)
            m_conversationId = testing::conversationOfMessage(*m_visitor);
        if (m_conversationId == 0)
            return false;
        written += count;
    }
    return true;
}

bool LongConversation::visitorSays(const QString &text)
{
    return m_visitor && testing::visitorSays(*m_visitor, text) > 0;
}

QList<common::ChatMessage> LongConversation::readAll(WsClient &operatorSocket,
                                                     qint64 conversationId)
{
    QList<common::ChatMessage> messages;
    qint64 beforeId = 0;
    while (true) {
        QJsonObject request{{QStringLiteral("conversationId"), conversationId},
                            {QStringLiteral("limit"), 100}};
        if (beforeId > 0)
            request.insert(QStringLiteral("beforeId"), beforeId);
        const auto reply = operatorSocket.request(QStringLiteral("history"), request);
        if (!reply || reply->type != QLatin1String("ack"))
            return messages;
        const QJsonArray page = reply->data.value(QStringLiteral("messages")).toArray();
        QList<common::ChatMessage> older;
        for (const QJsonValue &value : page)
            older.append(common::ChatMessage::fromJson(value.toObject()));
        if (older.isEmpty())
            return messages;
        messages = older + messages;
        beforeId = older.first().id;
        if (!reply->data.value(QStringLiteral("hasMore")).toBool())
            return messages;
    }
}

} // namespace papo::bench
