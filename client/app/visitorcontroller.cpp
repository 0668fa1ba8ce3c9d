#include "visitorcontroller.h"

#include "onlinevisitorsfeed.h"

#include "models/conversationfiltermodel.h"
#include "models/conversationlistmodel.h"
#include "models/visitorlistmodel.h"
#include "models/visitornotemodel.h"
#include "models/visitorpagemodel.h"

#include <protocol/errorcode.h>
#include <protocol/messagetypes.h>
#include <protocol/protocollimits.h>

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

namespace papo::desk {

namespace {

namespace MessageType = papo::common::MessageType;
using papo::common::ErrorCode;
using papo::common::errorCodeName;

// `chatting` in docs/protocol.md: a message in the last 30 minutes.
constexpr qint64 ChattingWindowSeconds = 30 * 60;

QJsonObject nestedOrSelf(const QJsonObject &data, QLatin1StringView key)
{
    const QJsonValue nested = data.value(key);
    return nested.isObject() ? nested.toObject() : data;
}

QLatin1StringView fieldKey(VisitorController::Field field)
{
    switch (field) {
    case VisitorController::Field::Name:
        return QLatin1StringView("name");
    case VisitorController::Field::Email:
        return QLatin1StringView("email");
    case VisitorController::Field::Phone:
        return QLatin1StringView("phone");
    }
    return QLatin1StringView("name");
}

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    return email.match(text).hasMatch();
}

} // namespace

VisitorController::VisitorController(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_online(new VisitorListModel(this))
    , m_feed(new OnlineVisitorsFeed(connection, m_online, this))
    , m_pages(new VisitorPageModel(this))
    , m_notes(new VisitorNoteModel(this))
    , m_conversations(new ConversationListModel(this))
    , m_conversationsByTime(new ConversationFilterModel(ConversationFilterModel::Filter::All, this))
{
    m_conversationsByTime->setSourceModel(m_conversations);
    connect(m_connection, &ServerConnection::helloAcknowledged, this,
            &VisitorController::handleHello);
    connect(m_connection, &ServerConnection::eventReceived, this, &VisitorController::handleEvent);
    connect(m_connection, &ServerConnection::messageReceived, this,
            &VisitorController::handleMessage);
}

VisitorController::~VisitorController() = default;

void VisitorController::setBatchInterval(std::chrono::milliseconds interval)
{
    m_feed->setBatchInterval(interval);
}

void VisitorController::setResyncInterval(std::chrono::milliseconds interval)
{
    m_feed->setResyncInterval(interval);
}

void VisitorController::showVisitor(qint64 visitorId)
{
    visitorId = qMax<qint64>(0, visitorId);
    if (visitorId == m_visitorId)
        return;
    m_visitorId = visitorId;
    m_hasDetails = false;
    m_detailsDirty = false;
    // What the online list knows shows at once; the details follow.
    const VisitorInfo *known = visitorId > 0 ? m_online->find(visitorId) : nullptr;
    m_visitor = known ? *known : VisitorInfo();
    m_pages->clear();
    m_notes->clear();
    m_conversations->clear();
    if (m_detailsRequest != 0) {
        m_detailsRequest = 0; // its answer is for someone else now
        emit loadingChanged(false);
    }
    m_pages->setVisitorOnline(m_visitor.online);
    emit visitorChanged(visitorId);
    requestDetails();
}

void VisitorController::refreshVisitor()
{
    requestDetails();
}

void VisitorController::refreshOnlineVisitors()
{
    m_feed->load();
}

void VisitorController::flushPendingChanges()
{
    m_feed->flush();
}

void VisitorController::updateField(Field field, const QString &value)
{
    const qint64 visitorId = m_visitorId;
    const QString trimmed = value.trimmed();
    if (visitorId <= 0)
        return;
    if (trimmed.size() > MaxFieldChars) {
        emit fieldFailed(field, tr("Too long: at most %n characters.", nullptr, MaxFieldChars));
        return;
    }
    if (field == Field::Email && !trimmed.isEmpty() && !looksLikeEmail(trimmed)) {
        emit fieldFailed(field, tr("This is not an email address."));
        return;
    }
    m_connection->request(MessageType::UpdateVisitor,
                          {{QLatin1String("visitorId"), visitorId}, {fieldKey(field), trimmed}},
                          this, [this, field, visitorId](const RequestReply &reply) {
                              if (!reply.ok) {
                                  emit fieldFailed(field, errorText(reply));
                                  return;
                              }
                              const VisitorInfo updated = VisitorInfo::fromJson(
                                  nestedOrSelf(reply.data, QLatin1StringView("visitor")));
                              if (updated.id == visitorId)
                                  applyVisitor(updated);
                              emit fieldSaved(field);
                          });
}

void VisitorController::addNote(const QString &text)
{
    const qint64 visitorId = m_visitorId;
    const QString trimmed = text.trimmed();
    if (visitorId <= 0 || trimmed.isEmpty())
        return;
    if (trimmed.size() > papo::common::Limits::MaxMessageChars) {
        emit noteFailed(tr("The note is too long: at most %n characters.", nullptr,
                           papo::common::Limits::MaxMessageChars));
        return;
    }
    m_connection->request(
        MessageType::AddNote,
        {{QLatin1String("visitorId"), visitorId}, {QLatin1String("text"), trimmed}}, this,
        [this, visitorId](const RequestReply &reply) {
            if (!reply.ok) {
                emit noteFailed(errorText(reply));
                return;
            }
            const VisitorNote note
                = VisitorNote::fromJson(nestedOrSelf(reply.data, QLatin1StringView("note")));
            if (visitorId == m_visitorId)
                m_notes->addNote(note);
            emit noteAdded(note);
        });
}

void VisitorController::startConversation(qint64 visitorId, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (visitorId <= 0 || trimmed.isEmpty())
        return;
    if (trimmed.size() > papo::common::Limits::MaxMessageChars) {
        emit startConversationFailed(visitorId,
                                     tr("The message is too long: at most %n characters.", nullptr,
                                        papo::common::Limits::MaxMessageChars));
        return;
    }
    const QString clientId = QStringLiteral("s-") + QUuid::createUuid().toString(QUuid::Id128);
    m_connection->request(MessageType::StartConversation,
                          {{QLatin1String("visitorId"), visitorId},
                           {QLatin1String("cid"), clientId},
                           {QLatin1String("text"), trimmed}},
                          this, [this, visitorId](const RequestReply &reply) {
                              if (!reply.ok) {
                                  emit startConversationFailed(visitorId, errorText(reply));
                                  return;
                              }
                              const auto message = papo::common::ChatMessage::fromJson(
                                  reply.data.value(QLatin1String("message")).toObject());
                              if (message.conversationId <= 0) {
                                  emit startConversationFailed(
                                      visitorId, tr("The server did not say which chat "
                                                    "the message went to."));
                                  return;
                              }
                              // The panel follows the chat that is about to open.
                              showVisitor(visitorId);
                              emit conversationStarted(visitorId, message.conversationId);
                          });
}

void VisitorController::reset()
{
    m_feed->reset();
    showVisitor(0);
}

void VisitorController::handleHello()
{
    // Visitor events are not replayed after a reconnection: start again from a fresh list.
    m_feed->load(true);
    if (m_visitorId > 0)
        requestDetails();
}

void VisitorController::handleEvent(const papo::common::Envelope &event)
{
    if (event.type == MessageType::VisitorsChanged) {
        const QJsonArray changed = event.data.value(QLatin1String("visitors")).toArray();
        for (const QJsonValue &visitor : changed)
            handleVisitorEvent(VisitorInfo::fromJson(visitor.toObject()));
        const QJsonArray left = event.data.value(QLatin1String("left")).toArray();
        for (const QJsonValue &visitorId : left)
            handleVisitorLeft(visitorId.toInteger());
    } else if (event.type == MessageType::Note) {
        handleNoteEvent(event.data);
    } else if (event.type == MessageType::Conversation) {
        handleConversationEvent(nestedOrSelf(event.data, QLatin1StringView("conversation")));
    }
}

void VisitorController::handleVisitorEvent(const VisitorInfo &visitor)
{
    if (!visitor.isValid())
        return;
    m_feed->change(visitor);

    if (visitor.id == m_visitorId) {
        const bool moved = visitor.currentUrl != m_visitor.currentUrl
                           || visitor.currentSince != m_visitor.currentSince
                           || visitor.pagesThisVisit != m_visitor.pagesThisVisit
                           || visitor.visits != m_visitor.visits
                           || visitor.chattedBefore != m_visitor.chattedBefore;
        m_visitor = visitor;
        m_pages->setVisitorOnline(visitor.online);
        emit visitorChanged(m_visitorId);
        if (moved)
            requestDetails(); // the path of pages grew
    }
}

void VisitorController::handleVisitorLeft(qint64 visitorId)
{
    if (visitorId <= 0)
        return;
    m_feed->leave(visitorId);

    if (visitorId == m_visitorId && m_visitor.online) {
        m_visitor.online = false;
        m_pages->setVisitorOnline(false);
        emit visitorChanged(m_visitorId);
    }
}

void VisitorController::handleNoteEvent(const QJsonObject &data)
{
    const QJsonObject noteObject = data.value(QLatin1String("note")).toObject();
    qint64 visitorId = data.value(QLatin1String("visitorId")).toInteger();
    if (visitorId == 0)
        visitorId = noteObject.value(QLatin1String("visitorId")).toInteger();
    if (visitorId == m_visitorId && visitorId > 0)
        m_notes->addNote(VisitorNote::fromJson(noteObject));
}

void VisitorController::handleConversationEvent(const QJsonObject &data)
{
    const auto conversation = papo::common::ConversationSummary::fromJson(data);
    if (conversation.id <= 0 || conversation.visitorId <= 0)
        return;
    markChatting(conversation);
    if (conversation.visitorId != m_visitorId)
        return;
    m_conversations->upsert(conversation);
    // A new name given elsewhere (say, in the widget's form) reaches the panel this way too.
    if (!conversation.visitorName.isEmpty() && conversation.visitorName != m_visitor.name) {
        m_visitor.name = conversation.visitorName;
        emit visitorChanged(m_visitorId);
    }
}

void VisitorController::markChatting(const papo::common::ConversationSummary &conversation)
{
    // VIS-3: the server announces a visitor again when they move, not when they chat; a
    // conversation with a fresh message makes them "chatting" (and "chatted before") now.
    if (!conversation.hasLastMessage
        || conversation.lastMessage.createdAt.secsTo(QDateTime::currentDateTimeUtc())
               > ChattingWindowSeconds)
        return;
    const qint64 visitorId = conversation.visitorId;
    const VisitorInfo *known = m_feed->find(visitorId);
    if (known && known->online && (!known->chatting || !known->chattedBefore)) {
        VisitorInfo chatting = *known;
        chatting.chatting = true;
        chatting.chattedBefore = true;
        m_feed->change(chatting);
    }
    if (visitorId == m_visitorId && m_visitor.isValid()
        && (!m_visitor.chatting || !m_visitor.chattedBefore)) {
        m_visitor.chatting = true;
        m_visitor.chattedBefore = true;
        emit visitorChanged(m_visitorId);
    }
}

void VisitorController::handleMessage(const papo::common::ChatMessage &message)
{
    m_conversations->applyMessage(message);
}

void VisitorController::requestDetails()
{
    if (m_visitorId <= 0 || !m_connection->isConnected())
        return;
    if (m_detailsRequest != 0) {
        m_detailsDirty = true;
        return;
    }
    const quint64 serial = ++m_requestSerial;
    const qint64 visitorId = m_visitorId;
    m_detailsRequest = serial;
    m_detailsDirty = false;
    emit loadingChanged(true);
    m_connection->request(MessageType::Visitor, {{QLatin1String("visitorId"), visitorId}}, this,
                          [this, serial](const RequestReply &reply) {
                              if (serial != m_detailsRequest)
                                  return; // another visitor was shown meanwhile
                              m_detailsRequest = 0;
                              if (reply.ok) {
                                  applyDetails(VisitorDetails::fromJson(
                                      nestedOrSelf(reply.data, QLatin1StringView("visitor"))));
                              } else if (reply.errorCode != RequestReply::Disconnected) {
                                  emit visitorLoadFailed(errorText(reply));
                              }
                              if (m_detailsDirty && reply.ok)
                                  requestDetails();
                              else
                                  emit loadingChanged(false);
                          });
}

void VisitorController::applyDetails(const VisitorDetails &details)
{
    if (details.visitor.id != m_visitorId)
        return;
    m_pages->setPages(details.pages);
    m_notes->setNotes(details.notes);
    if (!m_hasDetails) {
        m_conversations->setConversations(details.conversations);
    } else {
        for (const auto &conversation : details.conversations)
            m_conversations->upsert(conversation);
    }
    m_hasDetails = true;
    applyVisitor(details.visitor);
}

void VisitorController::applyVisitor(const VisitorInfo &visitor)
{
    if (visitor.id == m_visitorId) {
        m_visitor = visitor;
        m_pages->setVisitorOnline(visitor.online);
        emit visitorChanged(m_visitorId);
    }
    // Fresher than what the online list has (but not how visitors join that list): it goes
    // through the batch so that an older event waiting there cannot overwrite it.
    if (visitor.online && m_feed->find(visitor.id))
        m_feed->change(visitor);
}

QString VisitorController::errorText(const RequestReply &reply) const
{
    if (reply.errorCode == RequestReply::Disconnected)
        return tr("Not connected to the server; try again in a moment.");
    if (reply.errorCode == errorCodeName(ErrorCode::NotFound))
        return tr("The server does not know this visitor.");
    if (reply.errorCode == errorCodeName(ErrorCode::Forbidden))
        return tr("You are not allowed to do this.");
    if (reply.errorCode == errorCodeName(ErrorCode::ConversationTaken))
        return tr("Another operator is already answering this chat.");
    if (reply.errorCode == errorCodeName(ErrorCode::InvalidField))
        return reply.errorMessage.isEmpty()
                   ? tr("The server refused the value.")
                   : tr("The server refused the value: %1").arg(reply.errorMessage);
    return reply.errorMessage.isEmpty() ? reply.errorCode : reply.errorMessage;
}

} // namespace papo::desk
