#include "visitorcontroller.h"

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

Q_LOGGING_CATEGORY(lcVisitors, "papo.desk.visitors")

namespace MessageType = papo::common::MessageType;
using papo::common::ErrorCode;
using papo::common::errorCodeName;

constexpr std::chrono::milliseconds DefaultBatchInterval(250);
constexpr std::chrono::seconds DefaultResyncInterval(60);
constexpr std::chrono::seconds ClockInterval(15);
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
    , m_pages(new VisitorPageModel(this))
    , m_notes(new VisitorNoteModel(this))
    , m_conversations(new ConversationListModel(this))
    , m_conversationsByTime(new ConversationFilterModel(ConversationFilterModel::Filter::All, this))
{
    m_conversationsByTime->setSourceModel(m_conversations);

    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(DefaultBatchInterval);
    connect(&m_batchTimer, &QTimer::timeout, this, &VisitorController::flushPendingChanges);
    m_resyncTimer.setInterval(DefaultResyncInterval);
    connect(&m_resyncTimer, &QTimer::timeout, this, [this] { requestOnlineVisitors(true); });
    // Time on site moves on by itself: repaint that column now and then.
    m_clockTimer.setInterval(ClockInterval);
    connect(&m_clockTimer, &QTimer::timeout, this,
            [this] { m_online->setReferenceTime(QDateTime()); });
    m_clockTimer.start();

    connect(m_connection, &ServerConnection::helloAcknowledged, this,
            &VisitorController::handleHello);
    connect(m_connection, &ServerConnection::eventReceived, this, &VisitorController::handleEvent);
    connect(m_connection, &ServerConnection::messageReceived, this,
            &VisitorController::handleMessage);
    connect(m_connection, &ServerConnection::stateChanged, this,
            [this](ServerConnection::State state) {
                if (state != ServerConnection::State::Connected)
                    m_resyncTimer.stop();
            });
}

VisitorController::~VisitorController() = default;

void VisitorController::setBatchInterval(std::chrono::milliseconds interval)
{
    m_batchTimer.setInterval(interval);
}

void VisitorController::setResyncInterval(std::chrono::milliseconds interval)
{
    m_resyncTimer.setInterval(interval);
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
    requestOnlineVisitors(false);
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
    m_batchTimer.stop();
    m_resyncTimer.stop();
    m_pendingChanged.clear();
    m_pendingChangedIndex.clear();
    m_pendingLeft.clear();
    m_visitorsRequest = 0;
    m_online->clear();
    showVisitor(0);
}

void VisitorController::handleHello()
{
    // Visitor events are not replayed after a reconnection: start again from a fresh list.
    requestOnlineVisitors(false);
    m_resyncTimer.start();
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
    enqueueChange(visitor);

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
    if (const auto pending = m_pendingChangedIndex.constFind(visitorId);
        pending != m_pendingChangedIndex.cend()) {
        // Arrived and left within one batch: drop the arrival, keep the order of the rest.
        m_pendingChanged.removeAt(*pending);
        m_pendingChangedIndex.clear();
        for (qsizetype i = 0; i < m_pendingChanged.size(); ++i)
            m_pendingChangedIndex.insert(m_pendingChanged.at(i).id, i);
    }
    m_pendingLeft.insert(visitorId);
    schedulePending();

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
    const auto pending = m_pendingChangedIndex.constFind(visitorId);
    const VisitorInfo *known = pending != m_pendingChangedIndex.cend()
                                   ? &m_pendingChanged.at(*pending)
                                   : m_online->find(visitorId);
    if (known && known->online && (!known->chatting || !known->chattedBefore)) {
        VisitorInfo chatting = *known;
        chatting.chatting = true;
        chatting.chattedBefore = true;
        enqueueChange(chatting);
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

void VisitorController::requestOnlineVisitors(bool resync)
{
    if (!m_connection->isConnected())
        return;
    const quint64 serial = ++m_requestSerial;
    if (!resync)
        m_visitorsRequest = serial;
    m_connection->request(
        MessageType::Visitors, {}, this, [this, serial, resync](const RequestReply &reply) {
            if (!reply.ok) {
                if (reply.errorCode != RequestReply::Disconnected)
                    qCWarning(lcVisitors)
                        << "visitors refused:" << reply.errorCode << reply.errorMessage;
                if (serial == m_visitorsRequest) {
                    // Keep going with the events alone rather than holding them forever.
                    m_visitorsRequest = 0;
                    schedulePending();
                }
                return;
            }
            if (resync && m_visitorsRequest != 0)
                return; // a full load is on its way
            if (!resync && serial != m_visitorsRequest)
                return; // a newer full load was asked for
            QList<VisitorInfo> visitors;
            const QJsonArray array = reply.data.value(QLatin1String("visitors")).toArray();
            visitors.reserve(array.size());
            for (const QJsonValue &value : array)
                visitors.append(VisitorInfo::fromJson(value.toObject()));
            const int total = reply.data.value(QLatin1String("total")).toInt(int(visitors.size()));
            const int seats = reply.data.value(QLatin1String("seats")).toInt();
            if (resync) {
                flushPendingChanges();
                m_online->applyChanges(visitors, {});
                m_online->setTotal(total, seats);
                return;
            }
            m_visitorsRequest = 0;
            // Events that came before this answer are older than it.
            m_batchTimer.stop();
            m_pendingChanged.clear();
            m_pendingChangedIndex.clear();
            m_pendingLeft.clear();
            m_online->setVisitors(visitors, total, seats);
        });
}

void VisitorController::flushPendingChanges()
{
    m_batchTimer.stop();
    if (m_pendingChanged.isEmpty() && m_pendingLeft.isEmpty())
        return;
    const QList<VisitorInfo> changed = std::exchange(m_pendingChanged, {});
    const QSet<qint64> left = std::exchange(m_pendingLeft, {});
    m_pendingChangedIndex.clear();
    m_online->applyChanges(changed, left.values());
}

void VisitorController::schedulePending()
{
    // While the first list is loading, events wait for it (and are dropped when it comes).
    if (m_visitorsRequest != 0)
        return;
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
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
    if (visitor.online
        && (m_online->isKnown(visitor.id) || m_pendingChangedIndex.contains(visitor.id)))
        enqueueChange(visitor);
}

void VisitorController::enqueueChange(const VisitorInfo &visitor)
{
    m_pendingLeft.remove(visitor.id);
    const auto pending = m_pendingChangedIndex.constFind(visitor.id);
    if (pending != m_pendingChangedIndex.cend()) {
        m_pendingChanged[*pending] = visitor;
    } else {
        m_pendingChangedIndex.insert(visitor.id, m_pendingChanged.size());
        m_pendingChanged.append(visitor);
    }
    schedulePending();
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
