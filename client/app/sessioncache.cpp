#include "sessioncache.h"

#include "cache/cachekeys.h"
#include "cache/localcache.h"
#include "chatcontroller.h"
#include "models/conversationlistmodel.h"
#include "models/messagemodel.h"
#include "net/outbox.h"
#include "net/serverconnection.h"
#include "teamcontroller.h"

#include <protocol/messagetypes.h>

#include <QJsonArray>

namespace papo::desk {

namespace {

using papo::common::ChatMessage;
using papo::common::ConversationSummary;

QJsonObject profileJson(const OperatorProfile &profile)
{
    return {{QLatin1String("id"), profile.id},
            {QLatin1String("name"), profile.name},
            {QLatin1String("email"), profile.email},
            {QLatin1String("role"), profile.role}};
}

// The replies waiting for the server, as the cache keeps them.
QJsonArray outboxJson(const QList<PendingSend> &pending)
{
    QJsonArray sends;
    for (const PendingSend &send : pending)
        sends.append(
            QJsonObject{{QLatin1String("cid"), send.clientId},
                        {QLatin1String("conversationId"), send.conversationId},
                        {QLatin1String("text"), send.text},
                        {QLatin1String("attachmentId"), send.attachmentId},
                        {QLatin1String("queuedAt"), send.queuedAt.toString(Qt::ISODateWithMs)}});
    return sends;
}

QList<PendingSend> outboxFromJson(const QJsonArray &sends)
{
    QList<PendingSend> pending;
    for (const QJsonValue &value : sends) {
        const QJsonObject object = value.toObject();
        PendingSend send;
        send.clientId = object.value(QLatin1String("cid")).toString();
        send.conversationId = object.value(QLatin1String("conversationId")).toInteger();
        send.text = object.value(QLatin1String("text")).toString();
        send.attachmentId = object.value(QLatin1String("attachmentId")).toString();
        send.queuedAt = QDateTime::fromString(object.value(QLatin1String("queuedAt")).toString(),
                                              Qt::ISODateWithMs);
        pending.append(send);
    }
    return pending;
}

// Connects every change of a model's rows to `mark`.
template<typename Mark>
void watchModel(QAbstractItemModel *model, QObject *context, Mark mark)
{
    QObject::connect(model, &QAbstractItemModel::rowsInserted, context, mark);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, context, mark);
    QObject::connect(model, &QAbstractItemModel::dataChanged, context, mark);
    QObject::connect(model, &QAbstractItemModel::modelReset, context, mark);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, context, mark);
}

} // namespace

SessionCache::SessionCache(ChatController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelay);
    connect(&m_saveTimer, &QTimer::timeout, this, &SessionCache::saveNow);
    connectModels();
}

SessionCache::~SessionCache() = default;

void SessionCache::connectModels()
{
    watchModel(m_controller->conversations(), this, [this] { markList(); });
    watchModel(m_controller->messages(), this, [this] { markChat(); });
    connect(m_controller, &ChatController::openConversationChanged, this,
            [this](qint64 conversationId) {
                showCachedMessages(conversationId);
                markPosition();
            });
    connect(m_controller->team(), &TeamController::teamChanged, this, [this] {
        if (m_restoring || m_controller->team()->teamData().isEmpty())
            return; // the copy itself, or nothing from the server yet
        m_teamDirty = true;
        schedule();
    });
    // A reply the operator wrote is the one thing here that exists nowhere else yet: written at
    // once, not a second later.
    connect(m_controller->outbox(), &Outbox::pendingChanged, this, [this] {
        if (m_cache && !m_restoring)
            m_cache->setValue(CacheKey::Outbox, outboxJson(m_controller->outbox()->pending()));
    });
    ServerConnection *connection = m_controller->connection();
    connect(connection, &ServerConnection::helloAcknowledged, this, [this] {
        m_positionKnown = true;
        m_position = m_controller->connection()->lastSeq();
        markPosition();
    });
    // Every message goes to the chats kept here, so each stays one unbroken run of messages.
    connect(connection, &ServerConnection::messageReceived, this,
            [this](const ChatMessage &message) {
                if (!m_cache)
                    return;
                m_liveMessages.append(message.toJson());
                m_position = m_controller->connection()->lastSeq();
                markPosition();
            });
    connect(connection, &ServerConnection::eventReceived, this,
            [this](const papo::common::Envelope &event) {
                if (!m_cache || event.type != papo::common::MessageType::MessageEdited)
                    return;
                m_edits.append(ChatMessage::fromJson(event.data).toJson());
                schedule();
            });
}

qint64 SessionCache::begin(const QUrl &serverUrl, const QString &email)
{
    if (m_cache && m_path == LocalCache::pathFor(serverUrl, email))
        return m_resumeFromSeq;
    end();
    m_resumeFromSeq = -1;
    m_path = LocalCache::pathFor(serverUrl, email);
    const QString account = LocalCache::accountFor(serverUrl, email);
    m_positionKnown = false;
    auto cache = std::make_unique<LocalCache>(m_path, account);
    if (!cache->open())
        return -1; // the desk works without its copy
    const QJsonValue lastSeq = cache->value(CacheKey::LastSeq);
    if (cache->hadData() && !lastSeq.isDouble()) {
        // Without the position the kept chats could not be brought up to date: start anew.
        cache.reset();
        LocalCache::remove(m_path);
        cache = std::make_unique<LocalCache>(m_path, account);
        if (!cache->open())
            return -1;
    }
    m_cache = std::move(cache);
    if (!m_cache->hadData())
        return -1;
    restore();
    m_positionKnown = true;
    m_resumeFromSeq = m_position = lastSeq.toInteger();
    return m_resumeFromSeq;
}

void SessionCache::restore()
{
    m_restoring = true;
    // Before the open chat, which shows its replies still waiting.
    m_controller->outbox()->restore(outboxFromJson(m_cache->value(CacheKey::Outbox).toArray()));
    m_controller->restoreProfile(
        OperatorProfile::fromJson(m_cache->value(CacheKey::Profile).toObject()));
    m_controller->team()->restore(m_cache->value(CacheKey::Team).toObject());

    const QList<CachedConversation> cached = m_cache->conversations();
    QList<ConversationSummary> conversations;
    conversations.reserve(cached.size());
    QHash<qint64, int> unread;
    for (const CachedConversation &conversation : cached) {
        conversations.append(ConversationSummary::fromJson(conversation.summary));
        if (conversation.unread > 0)
            unread.insert(conversations.last().id, conversation.unread);
    }
    if (m_controller->restoreConversations(conversations)) {
        for (auto it = unread.cbegin(); it != unread.cend(); ++it) {
            for (int i = 0; i < it.value(); ++i)
                m_controller->conversations()->incrementUnread(it.key());
        }
    }

    // The chat that was open opens again (its messages come with openConversationChanged).
    const qint64 open = m_cache->value(CacheKey::OpenConversation).toInteger();
    if (open > 0 && m_controller->conversations()->contains(open))
        m_controller->openConversation(open);
    m_restoring = false;
}

void SessionCache::showCachedMessages(qint64 conversationId)
{
    if (!m_cache || conversationId <= 0 || !m_cache->hasChat(conversationId))
        return;
    const CachedChat chat = m_cache->chat(conversationId);
    QList<ChatMessage> messages;
    messages.reserve(chat.messages.size());
    for (const QJsonObject &message : chat.messages)
        messages.append(ChatMessage::fromJson(message));
    m_controller->restoreMessages(conversationId, messages, chat.hasMore);
}

void SessionCache::end()
{
    saveNow();
    m_cache.reset();
    m_saveTimer.stop();
}

void SessionCache::forget()
{
    m_saveTimer.stop();
    m_cache.reset();
    m_liveMessages.clear();
    m_edits.clear();
    m_listDirty = m_chatDirty = m_positionDirty = m_teamDirty = false;
    if (!m_path.isEmpty())
        LocalCache::remove(m_path);
}

void SessionCache::markList()
{
    m_listDirty = true;
    schedule();
}

void SessionCache::markChat()
{
    m_chatDirty = true;
    schedule();
}

void SessionCache::markPosition()
{
    m_positionDirty = true;
    schedule();
}

void SessionCache::schedule()
{
    if (!m_cache || m_restoring) {
        if (m_restoring)
            m_listDirty = m_chatDirty = m_teamDirty = false; // it is what the file holds
        return;
    }
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void SessionCache::saveNow()
{
    m_saveTimer.stop();
    if (!m_cache)
        return;
    m_cache->beginWrite();
    if (std::exchange(m_listDirty, false)) {
        const ConversationListModel *model = m_controller->conversations();
        QList<CachedConversation> conversations;
        conversations.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            const ConversationSummary *summary
                = model->find(index.data(ConversationListModel::IdRole).toLongLong());
            if (summary)
                conversations.append({summary->toJson(),
                                      index.data(ConversationListModel::UnreadCountRole).toInt()});
        }
        m_cache->replaceConversations(conversations);
    }
    const MessageModel *messages = m_controller->messages();
    if (std::exchange(m_chatDirty, false) && messages->deliveredCount() > 0) {
        QList<QJsonObject> delivered;
        delivered.reserve(messages->deliveredCount());
        for (int row = 0; row < messages->rowCount(); ++row) {
            const ChatMessage *message = messages->findMessage(
                messages->index(row).data(MessageModel::IdRole).toLongLong());
            if (message)
                delivered.append(message->toJson());
        }
        m_cache->saveChat(messages->conversationId(), delivered, messages->hasMore());
    }
    m_cache->appendMessages(std::exchange(m_liveMessages, {}));
    for (const QJsonObject &message : std::exchange(m_edits, {}))
        m_cache->replaceMessage(message);
    if (std::exchange(m_teamDirty, false))
        m_cache->setValue(CacheKey::Team, m_controller->team()->teamData());
    if (std::exchange(m_positionDirty, false)) {
        if (m_positionKnown)
            m_cache->setValue(CacheKey::LastSeq, m_position);
        m_cache->setValue(CacheKey::OpenConversation, m_controller->openConversationId());
        if (m_controller->me().isValid())
            m_cache->setValue(CacheKey::Profile, profileJson(m_controller->me()));
    }
    if (m_cache->commitWrite())
        emit saved();
}

} // namespace papo::desk
