#include "historyloader.h"

#include "models/messagemodel.h"

#include <protocol/messagetypes.h>
#include <protocol/protocollimits.h>

#include <QJsonArray>
#include <QLoggingCategory>

namespace papo::desk {

namespace {

// Still the chat controller's category (this was part of it), so logging rules keep working.
Q_LOGGING_CATEGORY(lcController, "papo.desk.controller")

namespace MessageType = papo::common::MessageType;
using papo::common::ChatMessage;

} // namespace

HistoryLoader::HistoryLoader(ServerConnection *connection, MessageModel *messages, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_messages(messages)
{}

void HistoryLoader::load(qint64 beforeId)
{
    const qint64 conversationId = m_messages->conversationId();
    if (conversationId <= 0 || !m_connection->isConnected())
        return;
    const quint64 serial = ++m_serial;
    m_request = serial;
    emit loadingChanged(true);

    QJsonObject data{{QLatin1String("conversationId"), conversationId},
                     {QLatin1String("limit"), papo::common::Limits::DefaultHistoryPage}};
    if (beforeId > 0)
        data.insert(QLatin1String("beforeId"), beforeId);
    m_connection->request(
        MessageType::History, data, this,
        [this, serial, conversationId](const RequestReply &reply) {
            if (serial != m_request)
                return; // another conversation was opened meanwhile
            m_request = 0;
            if (reply.ok && conversationId == m_messages->conversationId()) {
                QList<ChatMessage> messages;
                const QJsonArray array = reply.data.value(QLatin1String("messages")).toArray();
                for (const QJsonValue &value : array) {
                    messages.append(ChatMessage::fromJson(value.toObject()));
                    // A cached message edited meanwhile (edits are not replayed).
                    const ChatMessage *shown = m_messages->findMessage(messages.last().id);
                    if (shown && shown->text != messages.last().text)
                        m_messages->applyEdit(messages.last());
                }
                m_messages->addMessages(messages);
                m_messages->setHasMore(reply.data.value(QLatin1String("hasMore")).toBool());
                m_loaded = true;
            } else if (!reply.ok && reply.errorCode != RequestReply::Disconnected) {
                qCWarning(lcController)
                    << "history refused:" << reply.errorCode << reply.errorMessage;
            }
            emit loadingChanged(false);
        });
}

void HistoryLoader::loadOlder()
{
    if (m_messages->conversationId() <= 0 || !m_messages->hasMore() || isLoading())
        return;
    load(m_messages->oldestId());
}

void HistoryLoader::startOver()
{
    const bool wasLoading = isLoading();
    reset();
    if (wasLoading)
        emit loadingChanged(false);
}

void HistoryLoader::reset()
{
    m_loaded = false;
    m_request = 0;
}

} // namespace papo::desk
