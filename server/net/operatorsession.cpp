#include "operatorsession.h"

#include "sessionhub.h"
#include "teamjson.h"

#include <attachmentstore.h>
#include <authservice.h>
#include <chatservice.h>
#include <fieldreader.h>
#include <messagetypes.h>
#include <presenceservice.h>
#include <protocollimits.h>
#include <savedreplyrepository.h>
#include <slowresponsewatcher.h>
#include <teamservice.h>
#include <visitorservice.h>
#include <websitechange.h>
#include <widgettexts.h>
#include <workinghoursrepository.h>

#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace Limits = common::Limits;
namespace MessageType = common::MessageType;

namespace {

using Handler = void (OperatorSession::*)(const common::Envelope &);

// Requests papo-desk makes by itself (after hello, on a timer): they say nothing about
// which client the operator is using (NOT-2).
bool isBackgroundRequest(const QString &type)
{
    return type == MessageType::Conversations || type == MessageType::Visitors
           || type == MessageType::WorkingHours || type == MessageType::SlowAlerts;
}

} // namespace

OperatorSession::OperatorSession(std::unique_ptr<QWebSocket> socket, ServerContext context,
                                 QObject *parent)
    : Session(std::move(socket), context, parent)
    , m_context(context)
{}

OperatorSession::~OperatorSession()
{
    if (m_presenceId > 0)
        m_context.presence.clientDisconnected(m_presenceId);
}

void OperatorSession::handle(const common::Envelope &request)
{
    static const QHash<QString, Handler> handlers = {
        {MessageType::Conversations, &OperatorSession::conversations},
        {MessageType::History, &OperatorSession::history},
        {MessageType::Send, &OperatorSession::sendMessage},
        {MessageType::SetStatus, &OperatorSession::setStatus},
        {MessageType::Typing, &OperatorSession::typing},
        {MessageType::Dismiss, &OperatorSession::dismiss},
        {MessageType::Visitors, &OperatorSession::visitors},
        {MessageType::Visitor, &OperatorSession::visitor},
        {MessageType::UpdateVisitor, &OperatorSession::updateVisitor},
        {MessageType::AddNote, &OperatorSession::addNote},
        {MessageType::StartConversation, &OperatorSession::startConversation},
        {MessageType::Edit, &OperatorSession::editMessage},
        {MessageType::Read, &OperatorSession::read},
        {MessageType::AddOperator, &OperatorSession::addOperator},
        {MessageType::HandOver, &OperatorSession::handOver},
        {MessageType::SavedReplies, &OperatorSession::savedReplies},
        {MessageType::SaveReply, &OperatorSession::saveReply},
        {MessageType::DeleteReply, &OperatorSession::deleteReply},
        {MessageType::Team, &OperatorSession::team},
        {MessageType::Websites, &OperatorSession::websites},
        {MessageType::Close, &OperatorSession::close},
        {MessageType::Reopen, &OperatorSession::reopen},
        {MessageType::Search, &OperatorSession::search},
        {MessageType::UpdateWebsite, &OperatorSession::updateWebsite},
        {MessageType::UpdateProfile, &OperatorSession::updateProfile},
        {MessageType::Invite, &OperatorSession::invite},
        {MessageType::SetRole, &OperatorSession::setRole},
        {MessageType::SetActive, &OperatorSession::setActive},
        {MessageType::WorkingHours, &OperatorSession::workingHours},
        {MessageType::SetWorkingHours, &OperatorSession::setWorkingHours},
        {MessageType::SlowAlerts, &OperatorSession::slowAlerts},
        {MessageType::SetSlowAlerts, &OperatorSession::setSlowAlerts},
        {MessageType::Active, &OperatorSession::active},
        {MessageType::Join, &OperatorSession::join},
    };
    if (request.type == MessageType::Hello) {
        hello(request);
        return;
    }
    const Handler handler = handlers.value(request.type);
    if (!handler) {
        fail(request, ErrorCode::UnknownType,
             QStringLiteral("Unknown request type \"%1\".").arg(request.type));
        return;
    }
    if (!m_operator) {
        fail(request, ErrorCode::HelloRequired, QStringLiteral("Send hello first."));
        return;
    }
    // Checked on every request: the token may have been revoked or the account deactivated.
    m_operator = m_context.auth.operatorForToken(m_token);
    if (!m_operator) {
        fail(request, ErrorCode::Unauthorized, QStringLiteral("The token was revoked."));
        closeWith(common::CloseUnauthorized, QStringLiteral("unauthorized"));
        return;
    }
    if (!isBackgroundRequest(request.type))
        noteUserActivity();
    (this->*handler)(request);
}

void OperatorSession::hello(const common::Envelope &request)
{
    if (m_operator) {
        fail(request, ErrorCode::Forbidden, QStringLiteral("This connection already said hello."));
        return;
    }
    FieldReader fields(request.data);
    const QString token = fields.optionalString(QStringLiteral("token"), 128);
    const qint64 lastSeq = fields.optionalInteger(QStringLiteral("lastSeq"), -1, 0,
                                                  std::numeric_limits<qint32>::max() * 1024LL);
    if (rejectInvalid(request, fields))
        return;
    m_operator = m_context.auth.operatorForToken(token);
    m_token = token;
    if (!m_operator) {
        fail(request, ErrorCode::Unauthorized,
             QStringLiteral("The token is missing, wrong or revoked."));
        closeWith(common::CloseUnauthorized, QStringLiteral("unauthorized"));
        return;
    }
    m_context.hub.addOperator(m_operator->id, this);
    m_presenceId = m_operator->id;
    m_context.presence.clientConnected(m_presenceId);
    auto &store = m_context.chat.conversations();
    const qint64 newestSeq = store.lastMessageId();
    acknowledge(request, {{QLatin1String("operator"),
                           operatorJson(*m_operator, m_context.presence.status(m_operator->id))},
                          {QLatin1String("lastSeq"), newestSeq},
                          {QLatin1String("attachmentLimit"), m_context.attachments.maxBytes()}});
    if (lastSeq >= 0) {
        markDeliveredUpTo(lastSeq);
        const auto missed = store.messagesAfter(lastSeq);
        for (const auto &message : missed)
            sendDurable(message.id,
                        common::encodeEvent(MessageType::Message, message.toJson(), message.id));
    }
    markDeliveredUpTo(newestSeq);
}

void OperatorSession::conversations(const common::Envelope &request)
{
    QJsonArray list;
    const auto summaries = m_context.chat.conversations().conversations(500);
    for (const auto &summary : summaries)
        list.append(summary.toJson());
    acknowledge(request, {{QLatin1String("conversations"), list}});
}

void OperatorSession::history(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    const qint64 beforeId = fields.optionalInteger(QStringLiteral("beforeId"), 0, 1,
                                                   std::numeric_limits<qint32>::max() * 1024LL);
    const int limit = int(fields.optionalInteger(
        QStringLiteral("limit"), Limits::DefaultHistoryPage, 1, Limits::MaxHistoryPage));
    if (rejectInvalid(request, fields))
        return;
    auto &store = m_context.chat.conversations();
    if (store.visitorOfConversation(conversationId) == 0) {
        fail(request, ErrorCode::NotFound,
             QStringLiteral("There is no conversation %1.").arg(conversationId));
        return;
    }
    const MessagePage page = store.history(conversationId, beforeId, limit);
    QJsonArray messages;
    for (const auto &message : page.messages)
        messages.append(message.toJson());
    acknowledge(request,
                {{QLatin1String("messages"), messages}, {QLatin1String("hasMore"), page.hasMore}});
}

void OperatorSession::sendMessage(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    const QString clientId = fields.clientId();
    const QString attachmentId = fields.attachmentId();
    const QString text
        = attachmentId.isEmpty() ? fields.messageText() : fields.optionalMessageText();
    if (rejectInvalid(request, fields))
        return;
    m_context.chat.postOperatorMessage(*m_operator, conversationId, clientId, text,
                                       answerPostWhenDone(request), attachmentId);
}

void OperatorSession::setStatus(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const QString name = fields.requiredString(QStringLiteral("status"), 1, 16);
    common::OperatorStatus status;
    if (fields.ok() && !common::parseOperatorStatus(name, &status)) {
        fail(request, ErrorCode::InvalidField,
             QStringLiteral("\"status\" must be online, invisible or offline."));
        return;
    }
    if (rejectInvalid(request, fields))
        return;
    if (!m_context.presence.setStatus(m_operator->id, status)) {
        fail(request, ErrorCode::Internal, QStringLiteral("The status could not be saved."));
        return;
    }
    acknowledge(request, {{QLatin1String("status"), name}});
}

void OperatorSession::typing(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    const bool isTyping = fields.optionalBool(QStringLiteral("typing"), false);
    if (rejectInvalid(request, fields))
        return;
    const qint64 visitorId = m_context.chat.conversations().visitorOfConversation(conversationId);
    if (visitorId == 0) {
        fail(request, ErrorCode::NotFound,
             QStringLiteral("There is no conversation %1.").arg(conversationId));
        return;
    }
    // STA-2: an invisible operator who starts typing in a chat becomes online, and stays so.
    if (isTyping && m_context.presence.status(m_operator->id) == common::OperatorStatus::Invisible)
        m_context.presence.setStatus(m_operator->id, common::OperatorStatus::Online);
    m_context.hub.sendToVisitor(
        visitorId,
        common::encodeEvent(MessageType::Typing, {{QLatin1String("name"), m_operator->name},
                                                  {QLatin1String("typing"), isTyping}}));
    acknowledge(request);
}

void OperatorSession::dismiss(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    if (rejectInvalid(request, fields))
        return;
    m_context.chat.dismiss(conversationId, answerWhenDone(request));
}

void OperatorSession::visitors(const common::Envelope &request)
{
    // VIS-4: ten visitors per seat; a seat is an active operator.
    int seats = 0;
    const auto operators = m_context.accounts.operators();
    for (const OperatorRecord &account : operators)
        seats += account.active ? 1 : 0;
    QJsonArray list;
    const auto online = m_context.visitors.online(10 * qMax(1, seats));
    for (const VisitorSummary &summary : online)
        list.append(summary.toJson());
    acknowledge(request, {{QLatin1String("visitors"), list},
                          {QLatin1String("total"), m_context.visitors.onlineCount()},
                          {QLatin1String("seats"), seats}});
}

void OperatorSession::visitor(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 visitorId = fields.requiredId(QStringLiteral("visitorId"));
    if (rejectInvalid(request, fields))
        return;
    const auto details = m_context.visitors.details(visitorId);
    if (!details) {
        fail(request, ErrorCode::NotFound,
             QStringLiteral("There is no visitor %1.").arg(visitorId));
        return;
    }
    acknowledge(request, {{QLatin1String("visitor"), details->toJson()}});
}

void OperatorSession::updateVisitor(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 visitorId = fields.requiredId(QStringLiteral("visitorId"));
    std::optional<QString> contact[3];
    const QString names[3]
        = {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone")};
    for (int i = 0; i < 3; ++i) {
        if (request.data.contains(names[i]))
            contact[i] = fields.requiredString(names[i], 0, Limits::MaxContactChars).trimmed();
    }
    if (rejectInvalid(request, fields))
        return;
    if (!m_context.visitors.updateContact(visitorId, contact[0], contact[1], contact[2])) {
        fail(request, ErrorCode::NotFound,
             QStringLiteral("There is no visitor %1.").arg(visitorId));
        return;
    }
    if (contact[0])
        m_context.chat.announceVisitorConversations(visitorId); // the name shows in the list
    const auto summary = m_context.visitors.summary(visitorId);
    acknowledge(request, {{QLatin1String("visitor"), summary ? summary->toJson() : QJsonObject()}});
}

void OperatorSession::addNote(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 visitorId = fields.requiredId(QStringLiteral("visitorId"));
    const QString text = fields.messageText();
    if (rejectInvalid(request, fields))
        return;
    if (!m_context.chat.conversations().visitorExists(visitorId)) {
        fail(request, ErrorCode::NotFound,
             QStringLiteral("There is no visitor %1.").arg(visitorId));
        return;
    }
    const auto note = m_context.visitors.addNote(visitorId, m_operator->id, text);
    if (!note) {
        fail(request, ErrorCode::Internal, QStringLiteral("The note could not be stored."));
        return;
    }
    acknowledge(request, {{QLatin1String("note"), noteToJson(*note)}});
}

void OperatorSession::startConversation(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 visitorId = fields.requiredId(QStringLiteral("visitorId"));
    const QString clientId = fields.clientId();
    const QString text = fields.messageText();
    if (rejectInvalid(request, fields))
        return;
    // STA-2: invisible operators cannot reach out to visitors; they go online first.
    if (m_context.presence.status(m_operator->id) == common::OperatorStatus::Invisible) {
        fail(request, ErrorCode::Forbidden,
             QStringLiteral("Invisible operators cannot start chats; go online first."));
        return;
    }
    // VIS-3: the visitor has now received a targeted invitation.
    m_context.chat.startConversation(*m_operator, visitorId, clientId, text,
                                     [answer = answerPostWhenDone(request),
                                      visitors = &m_context.visitors,
                                      visitorId](const PostResult &result) {
                                         if (result.ok())
                                             visitors->invited(visitorId);
                                         answer(result);
                                     });
}

void OperatorSession::editMessage(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 messageId = fields.requiredId(QStringLiteral("messageId"));
    const QString text = fields.messageText();
    if (rejectInvalid(request, fields))
        return;
    m_context.chat.editMessage(
        *m_operator, messageId, text,
        [self = QPointer(this), request](ErrorCode error, const QString &why,
                                         const common::ChatMessage &edited) {
            if (!self)
                return;
            if (error == ErrorCode::None)
                self->acknowledge(request, {{QLatin1String("message"), edited.toJson()}});
            else
                self->fail(request, error, why);
        });
}

void OperatorSession::read(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    const qint64 upToId = fields.requiredId(QStringLiteral("upToId"));
    if (rejectInvalid(request, fields))
        return;
    m_context.chat.markRead(conversationId, common::AuthorKind::Operator, m_operator->id, upToId,
                            answerWhenDone(request));
}

void OperatorSession::addOperator(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    const qint64 operatorId = fields.requiredId(QStringLiteral("operatorId"));
    if (rejectInvalid(request, fields))
        return;
    m_context.chat.addParticipant(m_operator->id, conversationId, operatorId,
                                  answerWhenDone(request));
}

void OperatorSession::handOver(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    const qint64 operatorId = fields.requiredId(QStringLiteral("operatorId"));
    if (rejectInvalid(request, fields))
        return;
    m_context.chat.handOver(m_operator->id, conversationId, operatorId, answerWhenDone(request));
}

namespace {

QJsonArray repliesJson(const QList<SavedReply> &replies)
{
    QJsonArray array;
    for (const SavedReply &reply : replies)
        array.append(QJsonObject{{QLatin1String("id"), reply.id},
                                 {QLatin1String("shortcut"), reply.shortcut},
                                 {QLatin1String("text"), reply.text}});
    return array;
}

} // namespace

void OperatorSession::savedReplies(const common::Envelope &request)
{
    SavedReplyRepository replies(m_context.accounts.database());
    acknowledge(request, {{QLatin1String("replies"), repliesJson(replies.all())}});
}

void OperatorSession::saveReply(const common::Envelope &request)
{
    static const QRegularExpression shortcutPattern(QStringLiteral("^[\\p{L}\\p{N}_-]{1,32}$"));
    FieldReader fields(request.data);
    SavedReply reply;
    reply.id
        = fields.optionalInteger(QStringLiteral("id"), 0, 1, std::numeric_limits<qint32>::max());
    reply.shortcut = fields.requiredString(QStringLiteral("shortcut"), 1, 32);
    reply.text = fields.messageText();
    if (fields.ok() && !shortcutPattern.match(reply.shortcut).hasMatch()) {
        fail(request, ErrorCode::InvalidField,
             QStringLiteral("\"shortcut\" may contain only letters, digits, '-' and '_'."));
        return;
    }
    if (rejectInvalid(request, fields))
        return;
    SavedReplyRepository replies(m_context.accounts.database());
    if (replies.shortcutTaken(reply.shortcut, reply.id)) {
        fail(request, ErrorCode::InvalidField,
             QStringLiteral("Another saved reply already uses /%1.").arg(reply.shortcut));
        return;
    }
    reply.id = replies.save(reply, m_operator->id);
    if (reply.id == 0) {
        fail(request, ErrorCode::NotFound, QStringLiteral("There is no such saved reply."));
        return;
    }
    acknowledge(request, {{QLatin1String("reply"), repliesJson({reply}).first()}});
    m_context.hub.sendToOperators(common::encodeEvent(
        MessageType::SavedReplies, {{QLatin1String("replies"), repliesJson(replies.all())}}));
}

void OperatorSession::deleteReply(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 id = fields.requiredId(QStringLiteral("id"));
    if (rejectInvalid(request, fields))
        return;
    SavedReplyRepository replies(m_context.accounts.database());
    if (!replies.remove(id)) {
        fail(request, ErrorCode::NotFound, QStringLiteral("There is no saved reply %1.").arg(id));
        return;
    }
    acknowledge(request);
    m_context.hub.sendToOperators(common::encodeEvent(
        MessageType::SavedReplies, {{QLatin1String("replies"), repliesJson(replies.all())}}));
}

void OperatorSession::answer(const common::Envelope &request, const TeamResult &result,
                             const QJsonObject &data)
{
    if (result.ok())
        acknowledge(request, data);
    else
        fail(request, result.error, result.message);
}

void OperatorSession::team(const common::Envelope &request)
{
    acknowledge(request,
                {{QLatin1String("operators"), teamJson(m_context.accounts, m_context.presence)}});
}

void OperatorSession::updateProfile(const common::Envelope &request)
{
    FieldReader fields(request.data);
    std::optional<QString> name;
    std::optional<QString> title;
    if (request.data.contains(QLatin1String("name")))
        name = fields.requiredString(QStringLiteral("name"), 1, 100).trimmed();
    if (request.data.contains(QLatin1String("title")))
        title = fields.requiredString(QStringLiteral("title"), 0, 100).trimmed();
    if (fields.ok() && name && name->isEmpty()) {
        fail(request, ErrorCode::InvalidField, QStringLiteral("\"name\" may not be empty."));
        return;
    }
    if (rejectInvalid(request, fields))
        return;
    const TeamResult result = m_context.team.updateProfile(m_operator->id, name, title);
    const auto updated = m_context.accounts.operatorById(m_operator->id);
    answer(request, result,
           {{QLatin1String("operator"),
             operatorJson(*updated, m_context.presence.status(m_operator->id))}});
}

void OperatorSession::invite(const common::Envelope &request)
{
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    FieldReader fields(request.data);
    const QString email = fields.requiredString(QStringLiteral("email"), 3, 254).trimmed();
    const QString role = fields.requiredString(QStringLiteral("role"), 1, 16);
    if (fields.ok() && !emailPattern.match(email).hasMatch()) {
        fail(request, ErrorCode::InvalidField,
             QStringLiteral("\"email\" is not an email address."));
        return;
    }
    if (rejectInvalid(request, fields))
        return;
    IssuedInvite issued;
    const TeamResult result = m_context.team.invite(*m_operator, email, role, &issued);
    const QString link = socket()
                             .requestUrl()
                             .resolved(QUrl(QStringLiteral("/invite#") + issued.token))
                             .toString()
                             .replace(QLatin1String("ws://"), QLatin1String("http://"))
                             .replace(QLatin1String("wss://"), QLatin1String("https://"));
    answer(request, result,
           {{QLatin1String("token"), issued.token},
            {QLatin1String("link"), link},
            {QLatin1String("expiresAt"), issued.expiresAt.toUTC().toString(Qt::ISODateWithMs)}});
}

void OperatorSession::setRole(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 operatorId = fields.requiredId(QStringLiteral("operatorId"));
    const QString role = fields.requiredString(QStringLiteral("role"), 1, 16);
    if (rejectInvalid(request, fields))
        return;
    answer(request, m_context.team.setRole(*m_operator, operatorId, role));
}

void OperatorSession::setActive(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 operatorId = fields.requiredId(QStringLiteral("operatorId"));
    const bool active = fields.optionalBool(QStringLiteral("active"), true);
    if (!request.data.value(QLatin1String("active")).isBool()) {
        fail(request, ErrorCode::InvalidField, QStringLiteral("\"active\" must be true or false."));
        return;
    }
    if (rejectInvalid(request, fields))
        return;
    answer(request, m_context.team.setActive(*m_operator, operatorId, active));
}

namespace {

QJsonObject websiteJson(const WebsiteRecord &website)
{
    return {{QLatin1String("id"), website.id},
            {QLatin1String("name"), website.name},
            {QLatin1String("key"), website.widgetKey},
            {QLatin1String("allowedOrigins"), QJsonArray::fromStringList(website.allowedOrigins)},
            {QLatin1String("ratingsEnabled"), website.ratingsEnabled},
            {QLatin1String("color"), website.widget.color},
            {QLatin1String("position"), website.widget.position},
            {QLatin1String("language"), website.widget.language},
            {QLatin1String("texts"), WidgetTexts::builtIn().known(website.widget.texts)}};
}

// WID-3: what papo-desk's Texts pane shows next to the custom texts, from the one resource.
QJsonObject widgetTextsJson(const WidgetTexts &texts)
{
    return {{QLatin1String("languages"), QJsonArray::fromStringList(texts.languages())},
            {QLatin1String("keys"), QJsonArray::fromStringList(texts.keys())},
            {QLatin1String("defaults"), texts.defaults()}};
}

} // namespace

bool OperatorSession::requireAdmin(const common::Envelope &request)
{
    if (m_operator->isAdmin())
        return true;
    fail(request, ErrorCode::Forbidden,
         QStringLiteral("Only owners and admins may change settings."));
    return false;
}

void OperatorSession::websites(const common::Envelope &request)
{
    if (!requireAdmin(request))
        return;
    QJsonArray list;
    const auto websites = m_context.accounts.websites();
    for (const WebsiteRecord &website : websites)
        list.append(websiteJson(website));
    acknowledge(request, {{QLatin1String("websites"), list},
                          {QLatin1String("widgetTexts"), widgetTextsJson(WidgetTexts::builtIn())}});
}

void OperatorSession::updateWebsite(const common::Envelope &request)
{
    if (!requireAdmin(request))
        return;
    FieldReader fields(request.data);
    const qint64 websiteId = fields.requiredId(QStringLiteral("websiteId"));
    if (rejectInvalid(request, fields))
        return;
    WebsiteChange change;
    const QString problem = change.read(request.data, WidgetTexts::builtIn());
    if (!problem.isEmpty()) {
        fail(request, ErrorCode::InvalidField, problem);
        return;
    }
    const auto websites = m_context.accounts.websites();
    const auto website = std::find_if(websites.cbegin(), websites.cend(),
                                      [&](const WebsiteRecord &w) { return w.id == websiteId; });
    if (website == websites.cend()) {
        fail(request, ErrorCode::NotFound,
             QStringLiteral("There is no website %1.").arg(websiteId));
        return;
    }
    if (change.allowedOrigins)
        m_context.accounts.setAllowedOrigins(websiteId, *change.allowedOrigins);
    if (change.ratingsEnabled)
        m_context.accounts.setRatingsEnabled(websiteId, *change.ratingsEnabled);
    m_context.accounts.setWidgetSettings(websiteId, change.appliedTo(website->widget));
    const auto updated = m_context.accounts.websiteByKey(website->widgetKey);
    acknowledge(request, {{QLatin1String("website"), websiteJson(*updated)}});
}

void OperatorSession::close(const common::Envelope &request)
{
    setClosed(request, true);
}

void OperatorSession::reopen(const common::Envelope &request)
{
    setClosed(request, false);
}

void OperatorSession::setClosed(const common::Envelope &request, bool closed)
{
    FieldReader fields(request.data);
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    if (rejectInvalid(request, fields))
        return;
    m_context.chat.setClosed(m_operator->id, conversationId, closed, answerWhenDone(request));
}

void OperatorSession::search(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const QString text = fields.requiredString(QStringLiteral("query"), 1, 200).trimmed();
    if (fields.ok() && text.isEmpty()) {
        fail(request, ErrorCode::InvalidField, QStringLiteral("\"query\" may not be empty."));
        return;
    }
    if (rejectInvalid(request, fields))
        return;
    QJsonArray results;
    const auto hits = m_context.chat.conversations().search(text, 50);
    for (const SearchHit &hit : hits)
        results.append(QJsonObject{
            {QLatin1String("messageId"), hit.messageId},
            {QLatin1String("conversationId"), hit.conversationId},
            {QLatin1String("visitorId"), hit.visitorId},
            {QLatin1String("snippet"), hit.snippet},
            {QLatin1String("createdAt"), hit.createdAt.toUTC().toString(Qt::ISODateWithMs)}});
    acknowledge(request, {{QLatin1String("results"), results}});
}

void OperatorSession::workingHours(const common::Envelope &request)
{
    WorkingHoursRepository hours(m_context.accounts.database());
    acknowledge(request, {{QLatin1String("days"), hours.schedule(m_operator->id).toJson()}});
}

void OperatorSession::setWorkingHours(const common::Envelope &request)
{
    QString error;
    const auto schedule
        = common::WorkingSchedule::fromJson(request.data.value(QLatin1String("days")), &error);
    if (schedule && error.isEmpty())
        error = schedule->validationError(); // HRS-2
    if (!error.isEmpty()) {
        fail(request, ErrorCode::InvalidField, error);
        return;
    }
    WorkingHoursRepository hours(m_context.accounts.database());
    if (!hours.save(m_operator->id, *schedule)) {
        fail(request, ErrorCode::Internal, QStringLiteral("The working hours could not be saved."));
        return;
    }
    acknowledge(request, {{QLatin1String("days"), schedule->toJson()}});
}

void OperatorSession::slowAlerts(const common::Envelope &request)
{
    const SlowResponseWatcher &watcher = m_context.slowResponses;
    acknowledge(request, {{QLatin1String("notifyWhenSlow"), watcher.isOptedIn(m_operator->id)},
                          {QLatin1String("thresholdSeconds"), watcher.thresholdSeconds()}});
}

void OperatorSession::setSlowAlerts(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const bool notifyWhenSlow = fields.optionalBool(QStringLiteral("notifyWhenSlow"), false);
    const int threshold = int(fields.optionalInteger(QStringLiteral("thresholdSeconds"), 0,
                                                     SlowResponseWatcher::MinThresholdSeconds,
                                                     SlowResponseWatcher::MaxThresholdSeconds));
    if (rejectInvalid(request, fields))
        return;
    // STA-5: each operator opts in for themselves; the threshold is the account's.
    const bool changesOptIn = request.data.value(QLatin1String("notifyWhenSlow")).isBool();
    const bool changesThreshold = request.data.value(QLatin1String("thresholdSeconds")).isDouble();
    if (changesThreshold && !requireAdmin(request))
        return;
    SlowResponseWatcher &watcher = m_context.slowResponses;
    const bool saved = (!changesOptIn || watcher.setOptedIn(m_operator->id, notifyWhenSlow))
                       && (!changesThreshold || watcher.setThresholdSeconds(threshold));
    if (!saved) {
        fail(request, ErrorCode::Internal, QStringLiteral("The option could not be saved."));
        return;
    }
    slowAlerts(request);
}

void OperatorSession::active(const common::Envelope &request)
{
    acknowledge(request); // handle() noted the activity (NOT-2)
}

void OperatorSession::join(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 conversationId = fields.requiredId(QStringLiteral("conversationId"));
    if (rejectInvalid(request, fields))
        return;
    // STA-5: an operator who opted in may join a chat whose visitor waited too long.
    const bool overdue = m_context.slowResponses.isOptedIn(m_operator->id)
                         && m_context.slowResponses.hasWaitedTooLong(conversationId);
    m_context.chat.joinConversation(m_operator->id, conversationId, overdue,
                                    answerWhenDone(request));
}

} // namespace papo::server
