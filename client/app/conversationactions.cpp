#include "conversationactions.h"

#include "chatcontroller.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "models/searchresultmodel.h"
#include "net/serverconnection.h"

#include <protocol/messagetypes.h>

#include <QJsonArray>

namespace papo::desk {

namespace {
namespace MessageType = papo::common::MessageType;
using papo::common::ChatMessage;
} // namespace

ConversationActions::ConversationActions(ServerConnection *connection, ChatController *controller)
    : QObject(controller)
    , m_connection(connection)
    , m_controller(controller)
    , m_searchResults(new SearchResultModel(this))
{
    connect(m_connection, &ServerConnection::eventReceived, this,
            &ConversationActions::handleEvent);

    // CHT-5: what is on the operator's screen is read; the visitor's receipts follow.
    MessageModel *messages = m_controller->messages();
    connect(messages, &QAbstractItemModel::rowsInserted, this,
            &ConversationActions::markOpenConversationRead);
    connect(messages, &QAbstractItemModel::dataChanged, this,
            &ConversationActions::markOpenConversationRead);
    connect(m_controller, &ChatController::openConversationChanged, this,
            &ConversationActions::showVisitorReadMark);
    connect(m_controller, &ChatController::conversationUpdated, this, [this](qint64 id) {
        if (id == m_controller->openConversationId())
            showVisitorReadMark();
    });
    connect(m_connection, &ServerConnection::helloAcknowledged, this, [this] {
        m_markedConversation = 0; // a mark lost with the old socket is sent again
        m_markedUpTo = 0;
        markOpenConversationRead();
    });
}

void ConversationActions::editMessage(qint64 messageId, const QString &text)
{
    m_connection->request(
        MessageType::Edit,
        {{QLatin1String("messageId"), messageId}, {QLatin1String("text"), text.trimmed()}}, this,
        [this, messageId, text](const RequestReply &reply) {
            if (!reply.ok) {
                reportFailure(reply.errorCode, reply.errorMessage);
                emit editRejected(messageId, text);
                return;
            }
            applyEdit(ChatMessage::fromJson(reply.data.value(QLatin1String("message")).toObject()));
        });
}

void ConversationActions::addOperator(qint64 conversationId, qint64 operatorId, bool handOver)
{
    requestOperatorChange(MessageType::AddOperator, conversationId, operatorId, handOver);
}

void ConversationActions::handOver(qint64 conversationId, qint64 operatorId)
{
    requestOperatorChange(MessageType::HandOver, conversationId, operatorId, true);
}

void ConversationActions::requestOperatorChange(const QString &type, qint64 conversationId,
                                                qint64 operatorId, bool handedOver)
{
    m_connection->request(type,
                          {{QLatin1String("conversationId"), conversationId},
                           {QLatin1String("operatorId"), operatorId}},
                          this, [=, this](const RequestReply &reply) {
                              if (!reply.ok) {
                                  reportFailure(reply.errorCode, reply.errorMessage);
                                  return;
                              }
                              if (handedOver
                                  && m_controller->openConversationId() == conversationId)
                                  m_controller->openConversation(0);
                              emit operatorAdded(conversationId, operatorId, handedOver);
                          });
}

void ConversationActions::requestTeam(QObject *context, TeamHandler handler)
{
    m_connection->request(
        MessageType::Team, {}, context, [handler = std::move(handler)](const RequestReply &reply) {
            QList<Teammate> team;
            const QJsonArray operators = reply.data.value(QLatin1String("operators")).toArray();
            for (const QJsonValue &value : operators) {
                const QJsonObject object = value.toObject();
                team.append({object.value(QLatin1String("id")).toInteger(),
                             object.value(QLatin1String("name")).toString(),
                             object.value(QLatin1String("title")).toString(),
                             object.value(QLatin1String("status")).toString(),
                             object.value(QLatin1String("active")).toBool(true)});
            }
            handler(team, reply.ok ? QString()
                          : reply.errorCode == RequestReply::Disconnected
                              ? tr("Not connected to the server.")
                              : reply.errorMessage);
        });
}

void ConversationActions::closeConversation(qint64 conversationId)
{
    requestConversationChange(MessageType::Close, conversationId);
}

void ConversationActions::reopenConversation(qint64 conversationId)
{
    requestConversationChange(MessageType::Reopen, conversationId);
}

void ConversationActions::search(const QString &query)
{
    const QString words = query.simplified();
    if (words.isEmpty()) {
        m_searchResults->clear();
        emit searchFinished(words, 0);
        return;
    }
    m_connection->request(MessageType::Search, {{QLatin1String("query"), words}}, this,
                          [this, words](const RequestReply &reply) {
                              if (!reply.ok) {
                                  reportFailure(reply.errorCode, reply.errorMessage);
                                  return;
                              }
                              const ConversationListModel *known = m_controller->conversations();
                              m_searchResults->setResults(
                                  reply.data.value(QLatin1String("results")).toArray(),
                                  [known](qint64 conversationId) {
                                      const auto *conversation = known->find(conversationId);
                                      return conversation
                                                 ? ConversationListModel::displayName(*conversation)
                                                 : QString();
                                  });
                              emit searchFinished(words, m_searchResults->rowCount());
                          });
}

void ConversationActions::setConversationOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    markOpenConversationRead();
}

void ConversationActions::requestConversationChange(const QString &type, qint64 conversationId)
{
    // The `conversation` event that follows updates the lists.
    m_connection->request(type, {{QLatin1String("conversationId"), conversationId}}, this,
                          [this](const RequestReply &reply) {
                              if (!reply.ok)
                                  reportFailure(reply.errorCode, reply.errorMessage);
                          });
}

void ConversationActions::handleEvent(const papo::common::Envelope &event)
{
    if (event.type == MessageType::MessageEdited) {
        applyEdit(ChatMessage::fromJson(event.data));
    } else if (event.type == MessageType::Read) {
        applyReadMark(event.data);
    } else if (event.type == MessageType::Invited) {
        emit invited(event.data.value(QLatin1String("conversationId")).toInteger(),
                     event.data.value(QLatin1String("byOperatorId")).toInteger());
    }
}

void ConversationActions::applyEdit(const ChatMessage &message)
{
    if (message.id <= 0)
        return;
    m_controller->conversations()->applyEdit(message);
    m_controller->messages()->applyEdit(message);
    emit messageEdited(message);
}

void ConversationActions::applyReadMark(const QJsonObject &data)
{
    const qint64 conversationId = data.value(QLatin1String("conversationId")).toInteger();
    const qint64 upToId = data.value(QLatin1String("upToId")).toInteger();
    const bool byVisitor = data.value(QLatin1String("by")).toString() == QLatin1String("visitor");
    m_controller->conversations()->applyReadMark(conversationId, byVisitor, upToId);
    if (byVisitor && conversationId == m_controller->openConversationId())
        m_controller->messages()->setVisitorReadUpTo(upToId);
}

void ConversationActions::showVisitorReadMark()
{
    if (const auto *open = m_controller->currentConversation())
        m_controller->messages()->setVisitorReadUpTo(open->visitorReadUpTo);
    markOpenConversationRead();
}

void ConversationActions::markOpenConversationRead()
{
    const qint64 conversationId = m_controller->openConversationId();
    const qint64 upToId = m_controller->messages()->lastVisitorMessageId();
    if (!m_onScreen || conversationId <= 0 || upToId <= 0 || !m_connection->isConnected())
        return;
    const auto *open = m_controller->currentConversation();
    if ((open && open->operatorReadUpTo >= upToId)
        || (conversationId == m_markedConversation && upToId <= m_markedUpTo))
        return;
    m_markedConversation = conversationId;
    m_markedUpTo = upToId;
    m_connection->request(
        MessageType::Read,
        {{QLatin1String("conversationId"), conversationId}, {QLatin1String("upToId"), upToId}},
        this, [this](const RequestReply &reply) {
            if (!reply.ok && reply.errorCode != RequestReply::Disconnected)
                reportFailure(reply.errorCode, reply.errorMessage);
        });
}

void ConversationActions::reportFailure(const QString &code, const QString &message)
{
    if (code == RequestReply::Disconnected)
        emit actionFailed(tr("Not connected to the server; try again in a moment."));
    else if (code == QLatin1String("conversation_taken"))
        emit actionFailed(tr("Only the operators in this chat may do that."));
    else
        emit actionFailed(message.isEmpty() ? code : message);
}

} // namespace papo::desk
