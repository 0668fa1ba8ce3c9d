#include "chatcontroller.h"

#include "accountcontroller.h"
#include "actioncontroller.h"
#include "attachmentsender.h"
#include "conversationactions.h"
#include "emailsettingscontroller.h"
#include "groupcontroller.h"
#include "helpscoutcontroller.h"
#include "historyloader.h"
#include "integrationscontroller.h"
#include "models/chatcounts.h"
#include "models/conversationfiltermodel.h"
#include "models/conversationlistmodel.h"
#include "models/groupmodel.h"
#include "models/messagemodel.h"
#include "models/searchresultmodel.h"
#include "net/attachmentpreviews.h"
#include "net/outbox.h"
#include "ownstatus.h"
#include "savedreplycontroller.h"
#include "teamcontroller.h"
#include "visitorcontroller.h"
#include "websitesettingscontroller.h"

#include <protocol/messagetypes.h>
#include <protocol/protocollimits.h>

#include <QJsonArray>
#include <QLoggingCategory>

namespace papo::desk {

namespace {

Q_LOGGING_CATEGORY(lcController, "papo.desk.controller")

namespace MessageType = papo::common::MessageType;
using papo::common::AuthorKind;
using papo::common::ChatMessage;
using papo::common::ConversationState;
using papo::common::ConversationSummary;
using papo::common::OperatorStatus;

constexpr std::chrono::seconds TypingIdle(4);

QJsonObject nestedOrSelf(const QJsonObject &data, QLatin1StringView key)
{
    const QJsonValue nested = data.value(key);
    return nested.isObject() ? nested.toObject() : data;
}

} // namespace

ChatController::ChatController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_outbox(new Outbox(connection, this))
    , m_conversations(new ConversationListModel(this))
    , m_queue(new ConversationFilterModel(ConversationFilterModel::Filter::Queue, this))
    , m_mine(new ConversationFilterModel(ConversationFilterModel::Filter::Mine, this))
    , m_closed(new ConversationFilterModel(ConversationFilterModel::Filter::Closed, this))
    , m_messages(new MessageModel(this))
    , m_visitors(new VisitorController(connection, this))
    , m_websiteSettings(new WebsiteSettingsController(connection, this))
    , m_emailSettings(new EmailSettingsController(connection, this))
    , m_integrations(new IntegrationsController(connection, this))
    , m_helpScout(new HelpScoutController(connection, this))
    , m_savedReplies(new SavedReplyController(connection, this))
    , m_team(new TeamController(connection, this))
    , m_account(new AccountController(connection, this))
    , m_groups(new GroupController(connection, this))
    , m_automaticActions(new ActionController(connection, this))
    , m_previews(new AttachmentPreviews(this))
    , m_attachments(new AttachmentSender(connection, this))
    , m_counts(new ChatCounts(m_queue, m_mine, this))
    , m_ownStatus(new OwnStatus(connection, this))
    , m_history(new HistoryLoader(connection, m_messages, this))
{
    m_messages->setPreviews(m_previews);
    m_conversations->setGroups(m_groups->groups());
    // GRP-1: in a group more or one less, the operator sees other chats and visitors.
    connect(m_groups, &GroupController::myGroupsChanged, this, [this] {
        requestConversations(true);
        m_visitors->refreshOnlineVisitors();
    });
    connect(m_attachments, &AttachmentSender::failed, this, &ChatController::replyFailed);
    connect(m_ownStatus, &OwnStatus::changed, this, &ChatController::statusChanged);
    connect(m_history, &HistoryLoader::loadingChanged, this,
            &ChatController::historyLoadingChanged);
    m_queue->setSourceModel(m_conversations);
    m_mine->setSourceModel(m_conversations);
    m_closed->setSourceModel(m_conversations);
    m_actions = new ConversationActions(connection, this);

    m_typingIdle.setSingleShot(true);
    m_typingIdle.setInterval(TypingIdle);
    connect(&m_typingIdle, &QTimer::timeout, this, &ChatController::stopTyping);

    connect(m_connection, &ServerConnection::stateChanged, this,
            &ChatController::connectionStateChanged);
    connect(m_connection, &ServerConnection::certificateRejected, this,
            &ChatController::certificateRejected);
    connect(m_connection, &ServerConnection::helloAcknowledged, this, &ChatController::handleHello);
    connect(m_connection, &ServerConnection::eventReceived, this, &ChatController::handleEvent);
    connect(m_connection, &ServerConnection::messageReceived, this, &ChatController::handleMessage);

    // PAN-1: the visitor panel shows the open conversation's visitor; a chat started from the
    // visitors list (ACT-7) opens here.
    const auto followVisitor = [this] {
        const ConversationSummary *open = currentConversation();
        if (open)
            m_visitors->showVisitor(open->visitorId);
        else if (openConversationId() <= 0)
            m_visitors->showVisitor(0);
    };
    connect(this, &ChatController::openConversationChanged, m_visitors, followVisitor);
    connect(this, &ChatController::conversationUpdated, m_visitors, followVisitor);
    connect(m_visitors, &VisitorController::conversationStarted, this,
            [this](qint64, qint64 conversationId) { openConversation(conversationId); });

    connect(m_outbox, &Outbox::delivered, this,
            [this](const QString &, const ChatMessage &message, bool) {
                m_conversations->applyMessage(message);
                m_messages->addMessage(message);
            });
    connect(m_outbox, &Outbox::rejected, this,
            [this](const QString &clientId, const QString &code, const QString &message) {
                // Codes the operator can act on get our own (translated) words.
                const QString reason = code == QLatin1String("conversation_taken")
                                           ? tr("Another operator is already answering this chat.")
                                       : message.isEmpty() ? code
                                                           : message;
                m_messages->markFailed(clientId, reason);
                emit replyFailed(reason);
            });
}

ChatController::~ChatController() = default;

OperatorStatus ChatController::status() const
{
    return m_ownStatus->status();
}

qint64 ChatController::openConversationId() const
{
    return m_messages->conversationId();
}

bool ChatController::isLoadingHistory() const
{
    return m_history->isLoading();
}

const ConversationSummary *ChatController::currentConversation() const
{
    return m_conversations->find(openConversationId());
}

void ChatController::openConversation(qint64 conversationId)
{
    if (conversationId == openConversationId())
        return;
    stopTyping();
    m_messages->setConversationId(conversationId);
    updateVisitorName();
    m_history->startOver();
    m_conversations->clearUnread(conversationId);
    // Replies still waiting for the connection show again when coming back to their chat.
    const QList<PendingSend> pending = m_outbox->pending();
    for (const PendingSend &send : pending) {
        if (send.conversationId == conversationId)
            m_messages->addPending(send.clientId, send.text, send.queuedAt);
    }
    emit openConversationChanged(conversationId);
    if (conversationId > 0)
        m_history->load(0);
}

QString ChatController::sendReply(const QString &text)
{
    const qint64 conversationId = openConversationId();
    const QString trimmed = text.trimmed();
    if (conversationId <= 0 || trimmed.isEmpty())
        return {};
    if (trimmed.size() > papo::common::Limits::MaxMessageChars) {
        emit replyFailed(tr("The message is too long: at most %n characters.", nullptr,
                            papo::common::Limits::MaxMessageChars));
        return {};
    }
    stopTyping();
    const QString clientId = m_outbox->enqueue(conversationId, trimmed);
    m_messages->addPending(clientId, trimmed, QDateTime::currentDateTimeUtc());
    return clientId;
}

void ChatController::loadOlderMessages()
{
    m_history->loadOlder();
}

void ChatController::dismissConversation(qint64 conversationId)
{
    m_connection->request(MessageType::Dismiss, {{QLatin1String("conversationId"), conversationId}},
                          this, [this](const RequestReply &reply) {
                              if (!reply.ok && reply.errorCode != RequestReply::Disconnected)
                                  emit replyFailed(reply.errorMessage);
                          });
}

void ChatController::joinConversation(qint64 conversationId)
{
    m_connection->request(MessageType::Join, {{QLatin1String("conversationId"), conversationId}},
                          this, [this, conversationId](const RequestReply &reply) {
                              if (reply.ok)
                                  openConversation(conversationId);
                              else if (reply.errorCode != RequestReply::Disconnected)
                                  emit replyFailed(reply.errorMessage);
                          });
}

void ChatController::setStatus(OperatorStatus status)
{
    m_ownStatus->choose(status);
}

void ChatController::noteComposing()
{
    const qint64 conversationId = openConversationId();
    if (conversationId <= 0)
        return;
    // STA-2: starting to type makes an invisible operator online.
    if (status() == OperatorStatus::Invisible)
        setStatus(OperatorStatus::Online);
    if (!m_typingSent || m_typingConversation != conversationId) {
        if (m_typingSent)
            stopTyping();
        m_connection->post(MessageType::Typing, {{QLatin1String("conversationId"), conversationId},
                                                 {QLatin1String("typing"), true}});
        m_typingSent = true;
        m_typingConversation = conversationId;
    }
    m_typingIdle.start();
}

void ChatController::reset()
{
    stopTyping();
    m_outbox->clear();
    m_visitors->reset();
    m_savedReplies->reset();
    m_actions->searchResults()->clear();
    m_team->reset();
    m_account->reset();
    m_groups->reset();
    m_conversations->clear();
    m_messages->setConversationId(0);
    m_me = {};
    m_ownStatus->reset();
    m_history->reset();
    m_listFromCache = false;
    emit openConversationChanged(0);
    emit statusChanged(status());
}

void ChatController::restoreProfile(const OperatorProfile &profile)
{
    if (profile.isValid())
        applyProfile(profile);
}

bool ChatController::restoreConversations(const QList<ConversationSummary> &conversations)
{
    if (m_conversations->rowCount() > 0)
        return false; // the server's list came first
    m_conversations->setConversations(conversations);
    m_listFromCache = true;
    return true;
}

void ChatController::restoreMessages(qint64 conversationId, const QList<ChatMessage> &messages,
                                     bool hasMore)
{
    if (conversationId <= 0 || conversationId != openConversationId())
        return;
    m_messages->addMessages(messages);
    if (!m_history->hasLoaded())
        m_messages->setHasMore(hasMore);
}

void ChatController::applyProfile(const OperatorProfile &profile)
{
    m_me = profile;
    m_queue->setOperatorId(profile.id);
    m_mine->setOperatorId(profile.id);
    m_messages->setOwnOperator(profile.id, profile.name);
    emit operatorChanged(profile);
}

void ChatController::handleHello(const OperatorProfile &profile, bool resumed)
{
    m_previews->setServerUrl(m_connection->serverUrl());
    m_previews->setToken(m_connection->token());
    applyProfile(profile);
    m_ownStatus->applyHello(profile.status);

    requestConversations(m_listFromCache);
    if (openConversationId() > 0 && (!m_history->hasLoaded() || !resumed))
        m_history->load(0);
}

void ChatController::handleEvent(const papo::common::Envelope &event)
{
    if (event.type == MessageType::Conversation) {
        handleConversationEvent(nestedOrSelf(event.data, QLatin1StringView("conversation")));
    } else if (event.type == MessageType::Typing) {
        emit visitorTypingChanged(event.data.value(QLatin1String("conversationId")).toInteger(),
                                  event.data.value(QLatin1String("typing")).toBool(),
                                  event.data.value(QLatin1String("text")).toString());
    } else if (event.type == MessageType::Presence) {
        handlePresence(event.data);
    } else if (event.type == MessageType::Notify) {
        emit notifyReceived(NotifyEvent::fromJson(event.data));
    } else if (event.type == MessageType::ConversationRemoved) {
        handleConversationRemoved(event.data.value(QLatin1String("conversationId")).toInteger());
    }
}

void ChatController::handleConversationRemoved(qint64 conversationId)
{
    // GRP-1: the chat moved to a group this operator is not in.
    if (conversationId == openConversationId())
        openConversation(0);
    m_conversations->remove(conversationId);
}

void ChatController::setGroupFilter(qint64 groupId)
{
    for (ConversationFilterModel *list : {m_queue, m_mine, m_closed})
        list->setGroupFilter(groupId);
}

qint64 ChatController::groupFilter() const
{
    return m_queue->groupFilter();
}

void ChatController::handleMessage(const ChatMessage &message)
{
    // A new conversation's `conversation` event may have announced this message already.
    const ConversationSummary *known = m_conversations->find(message.conversationId);
    const bool alreadyCounted
        = known && known->hasLastMessage && known->lastMessage.id >= message.id;
    m_conversations->applyMessage(message);
    const bool isOpen = message.conversationId == openConversationId();
    if (isOpen)
        m_messages->addMessage(message);
    if (message.authorKind != AuthorKind::Visitor)
        return;
    if (!isOpen && !alreadyCounted)
        m_conversations->incrementUnread(message.conversationId);
}

void ChatController::handleConversationEvent(const QJsonObject &data)
{
    const ConversationSummary conversation = ConversationSummary::fromJson(data);
    if (conversation.id <= 0)
        return;
    const bool isNew = m_conversations->upsert(conversation);
    if (isNew && conversation.hasLastMessage
        && conversation.lastMessage.authorKind == AuthorKind::Visitor
        && conversation.id != openConversationId())
        m_conversations->incrementUnread(conversation.id);
    if (conversation.id == openConversationId())
        updateVisitorName();
    emit conversationUpdated(conversation.id);
}

void ChatController::handlePresence(const QJsonObject &data)
{
    if (data.value(QLatin1String("operatorId")).toInteger() != m_me.id || m_me.id == 0)
        return;
    m_ownStatus->applyServerStatus(data.value(QLatin1String("status")).toString());
}

void ChatController::requestConversations(bool replace)
{
    m_connection->request(
        MessageType::Conversations, {}, this, [this, replace](const RequestReply &reply) {
            if (!reply.ok) {
                if (reply.errorCode != RequestReply::Disconnected)
                    qCWarning(lcController)
                        << "conversations refused:" << reply.errorCode << reply.errorMessage;
                return;
            }
            m_listFromCache = false;
            QList<ConversationSummary> conversations;
            const QJsonArray array = reply.data.value(QLatin1String("conversations")).toArray();
            for (const QJsonValue &value : array)
                conversations.append(ConversationSummary::fromJson(value.toObject()));
            if (m_conversations->rowCount() == 0) {
                m_conversations->setConversations(conversations);
            } else if (replace) {
                // Those no longer in sight leave; the others keep their rows.
                QSet<qint64> kept;
                for (const ConversationSummary &conversation : std::as_const(conversations)) {
                    m_conversations->upsert(conversation);
                    kept.insert(conversation.id);
                }
                for (int row = m_conversations->rowCount() - 1; row >= 0; --row) {
                    const qint64 id = m_conversations->index(row)
                                          .data(ConversationListModel::IdRole)
                                          .toLongLong();
                    if (!kept.contains(id))
                        handleConversationRemoved(id);
                }
            } else {
                // Keep rows (and the views' selections) across reconnections.
                for (const ConversationSummary &conversation : std::as_const(conversations))
                    m_conversations->upsert(conversation);
            }
            if (openConversationId() > 0) {
                updateVisitorName();
                emit conversationUpdated(openConversationId());
            }
        });
}

void ChatController::stopTyping()
{
    m_typingIdle.stop();
    if (!m_typingSent)
        return;
    m_typingSent = false;
    m_connection->post(MessageType::Typing,
                       {{QLatin1String("conversationId"), m_typingConversation},
                        {QLatin1String("typing"), false}});
}

void ChatController::updateVisitorName()
{
    const ConversationSummary *conversation = currentConversation();
    m_messages->setVisitorName(conversation ? ConversationListModel::displayName(*conversation)
                                            : QString());
}

} // namespace papo::desk
