#include "visitorsession.h"

#include "helloanswer.h"
#include "sessionhub.h"
#include "targetedreplies.h"

#include <accountrepository.h>
#include <actionengine.h>
#include <chatservice.h>
#include <contactformrunner.h>
#include <conversationaccess.h>
#include <fieldreader.h>
#include <groupassigner.h>
#include <groupquestion.h>
#include <groupservice.h>
#include <messagetypes.h>
#include <originpolicy.h>
#include <presenceservice.h>
#include <protocollimits.h>
#include <scenariorunner.h>
#include <visitorlimits.h>
#include <visitorservice.h>
#include <widgettexts.h>

#include <QPointer>

namespace papo::server {

using common::ErrorCode;
using common::FieldReader;
namespace Limits = common::Limits;
namespace MessageType = common::MessageType;

VisitorSession::VisitorSession(std::unique_ptr<QWebSocket> socket, ServerContext context,
                               QObject *parent)
    : Session(std::move(socket), context, parent)
    , m_context(context)
    , m_messages(context.visitorLimits.perConnection(RateLimits::MessagesPerConnection))
    , m_typing(context.visitorLimits.perConnection(RateLimits::TypingPerConnection))
    , m_pageViews(context.visitorLimits.perConnection(RateLimits::PageViewsPerConnection))
{}

void VisitorSession::handle(const common::Envelope &request)
{
    if (request.type == MessageType::Hello) {
        hello(request);
        return;
    }
    using Handler = void (VisitorSession::*)(const common::Envelope &);
    static const QHash<QString, Handler> handlers = {
        {MessageType::PageView, &VisitorSession::pageView},
        {MessageType::Message, &VisitorSession::message},
        {MessageType::Typing, &VisitorSession::typing},
        {MessageType::Read, &VisitorSession::read},
        {MessageType::Rate, &VisitorSession::rate},
        {MessageType::Window, &VisitorSession::window},
        {MessageType::VisitorData, &VisitorSession::visitorData},
        {MessageType::ScenarioReply, &VisitorSession::scenarioReply},
        {MessageType::FillContactForm, &VisitorSession::fillContactForm},
    };
    const Handler handler = handlers.value(request.type);
    if (!handler) {
        fail(request, ErrorCode::UnknownType,
             QStringLiteral("Unknown request type \"%1\".").arg(request.type));
        return;
    }
    if (m_visitorId == 0) {
        fail(request, ErrorCode::HelloRequired, QStringLiteral("Send hello first."));
        return;
    }
    if (!withinRate(request))
        return;
    (this->*handler)(request);
}

bool VisitorSession::withinRate(const common::Envelope &request)
{
    const qint64 now = monotonicNow();
    VisitorLimits &shared = m_context.visitorLimits;
    bool allowed = true;
    if (request.type == MessageType::Message || request.type == MessageType::ScenarioReply
        || request.type == MessageType::FillContactForm)
        allowed = m_messages.take(now) && shared.message(m_address);
    else if (request.type == MessageType::Typing)
        allowed = m_typing.take(now);
    else if (request.type == MessageType::PageView)
        allowed = m_pageViews.take(now) && shared.pageView(m_address);
    if (allowed) {
        resetRefusals();
        return true;
    }
    refuseForRate(request, QStringLiteral("Too many requests; try again in a moment."));
    return false;
}

void VisitorSession::read(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 upToId = fields.requiredId(QStringLiteral("upToId"));
    if (rejectInvalid(request, fields))
        return;
    // Only a message of this visitor's own conversations can be marked.
    auto &conversations = m_context.chat.conversations();
    const auto message = conversations.message(upToId);
    if (!message || conversations.visitorOfConversation(message->conversationId) != m_visitorId) {
        fail(request, ErrorCode::NotFound, QStringLiteral("There is no message %1.").arg(upToId));
        return;
    }
    m_context.chat.markRead(message->conversationId, common::AuthorKind::Visitor, 0, upToId,
                            answerWhenDone(request));
}

void VisitorSession::hello(const common::Envelope &request)
{
    if (m_visitorId != 0 || m_helloPending) {
        fail(request, ErrorCode::Forbidden, QStringLiteral("This connection already said hello."));
        return;
    }
    FieldReader fields(request.data);
    Hello hello;
    const QString key = fields.requiredString(QStringLiteral("key"), 1, 64);
    const QString token = fields.optionalString(QStringLiteral("token"), 128);
    hello.url = fields.optionalString(QStringLiteral("url"), Limits::MaxUrlChars);
    hello.title = fields.optionalString(QStringLiteral("title"), Limits::MaxTitleChars);
    hello.referrer = fields.optionalString(QStringLiteral("referrer"), Limits::MaxUrlChars);
    hello.language = fields.optionalString(QStringLiteral("lang"), Limits::MaxLanguageChars);
    hello.screen = fields.optionalString(QStringLiteral("screen"), 20);
    hello.group = fields.optionalString(QStringLiteral("group"), Limits::MaxGroupChars);
    hello.groupFromScript
        = fields.optionalString(QStringLiteral("groupFrom"), 8) == QLatin1String("api");
    hello.textLanguage = fields.optionalString(QStringLiteral("textLanguage"), 8);
    hello.lastSeq = fields.optionalInteger(QStringLiteral("lastSeq"), -1, 0,
                                           std::numeric_limits<qint32>::max() * 1024LL);
    if (rejectInvalid(request, fields))
        return;
    bool databaseAway = false;
    const auto website = m_context.accounts.websiteByKey(key, &databaseAway);
    if (website && !OriginPolicy::allows(website->allowedOrigins, socket().origin())) {
        fail(request, ErrorCode::OriginNotAllowed,
             QStringLiteral("This website does not allow the chat on %1.")
                 .arg(socket().origin().isEmpty() ? QStringLiteral("this page")
                                                  : socket().origin()));
        closeWith(common::CloseOriginNotAllowed, QStringLiteral("origin not allowed"));
        return;
    }
    if (databaseAway || !website) {
        refuseHello(request, databaseAway ? HelloRefusal::DatabaseAway : HelloRefusal::InvalidKey);
        return;
    }
    const QNetworkRequest &handshake = socket().request();
    hello.forwardedFor = QString::fromLatin1(handshake.rawHeader("X-Forwarded-For"));
    m_address = m_context.visitors.clientAddress(socket().peerAddress(), hello.forwardedFor);
    m_helloPending = true;
    QPointer<VisitorSession> self(this);
    // A script opening fresh visitors from one address must not fill the database.
    m_context.chat.identifyVisitor(
        website->id, token, hello.language,
        [this] { return m_context.visitorLimits.newVisitor(m_address); },
        [self, request, hello, website = *website](const std::optional<VisitorIdentity> &identity) {
            // A new visitor is answered after its write: the socket may have closed since.
            if (!self || self->socket().state() != QAbstractSocket::ConnectedState)
                return;
            self->m_helloPending = false;
            if (!identity || identity->refused)
                self->refuseHello(request, identity ? HelloRefusal::TooManyNewVisitors
                                                    : HelloRefusal::DatabaseAway);
            else
                self->welcome(request, hello, website, *identity);
        });
}

void VisitorSession::refuseHello(const common::Envelope &request, HelloRefusal refusal)
{
    switch (refusal) {
    case HelloRefusal::TooManyNewVisitors:
        fail(request, ErrorCode::RateLimited,
             QStringLiteral("Too many new visitors from this address; try again later."));
        closeWith(common::CloseRateLimited, QStringLiteral("too many new visitors"));
        return;
    case HelloRefusal::DatabaseAway:
        failDatabaseAway(request);
        closeWith(QWebSocketProtocol::CloseCodeBadOperation, QStringLiteral("try again"));
        return;
    case HelloRefusal::InvalidKey:
        fail(request, ErrorCode::InvalidKey, QStringLiteral("Unknown website key."));
        closeWith(common::CloseInvalidKey, QStringLiteral("invalid website key"));
        return;
    }
}

void VisitorSession::welcome(const common::Envelope &request, const Hello &hello,
                             const WebsiteRecord &website, const VisitorIdentity &identity)
{
    helloAccepted();
    m_visitorId = identity.visitorId;
    m_websiteKey = website.widgetKey;
    m_ratingsEnabled = website.ratingsEnabled;
    const QNetworkRequest &handshake = socket().request();
    m_visit = m_context.visitors.arrive(m_visitorId,
                                        {socket().peerAddress(), hello.forwardedFor,
                                         QString::fromUtf8(handshake.rawHeader("User-Agent")),
                                         hello.language, hello.screen, hello.referrer});
    // GRP-2: the page's PapoGroupID, or the group its Papo('setGroup') named before this hello.
    const VisitorGroup visitorGroup
        = m_context.groupAssigner
              .pageSaid(m_visitorId, hello.group,
                        hello.groupFromScript ? GroupSource::Api : GroupSource::Page)
              .value_or(VisitorGroup());
    m_context.visitors.connected(m_visitorId, visitorGroup.groupId);
    if (!hello.url.isEmpty())
        recordPageView(hello.url, hello.title, hello.referrer, {});
    const qint64 widgetGroup = SessionHub::widgetGroupOf(visitorGroup.groupId, website.id);
    m_context.hub.addVisitor(m_visitorId, widgetGroup, this);

    m_textLanguage = WidgetTexts::builtIn().pickLanguage(hello.textLanguage, hello.language,
                                                         website.widget.language);
    const HelloAnswer answer(m_context, identity);
    if (!request.id.isEmpty())
        send(common::encodeAckJson(
            request.id, answer.json(website, visitorGroup, m_textLanguage, hello.lastSeq < 0)));
    if (hello.lastSeq >= 0) {
        markDeliveredUpTo(hello.lastSeq);
        const auto missed
            = m_context.chat.conversations().visitorMessagesAfter(m_visitorId, hello.lastSeq);
        for (const auto &message : missed)
            sendDurable(message.position, common::encodeEvent(MessageType::Message,
                                                              message.toJson(), message.position));
    }
    markDeliveredUpTo(answer.newestSeq());
    if (identity.created)
        return; // no cards yet
    if (const auto card = TargetedReplies(m_context).cardToReplay(m_visitorId, m_visit))
        send(*card);
}

void VisitorSession::rate(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const QString rating = fields.requiredString(QStringLiteral("rating"), 1, 8);
    const QString comment = fields.optionalString(QStringLiteral("comment"), 1000).trimmed();
    if (fields.ok() && rating != QLatin1String("good") && rating != QLatin1String("bad")) {
        fail(request, ErrorCode::InvalidField, QStringLiteral("\"rating\" must be good or bad."));
        return;
    }
    if (rejectInvalid(request, fields))
        return;
    if (!m_ratingsEnabled) {
        fail(request, ErrorCode::Forbidden,
             QStringLiteral("Ratings are switched off for this website."));
        return;
    }
    m_context.chat.rate(m_visitorId, rating, comment, answerWhenDone(request));
}

void VisitorSession::window(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const bool open = fields.optionalBool(QStringLiteral("open"), false);
    if (rejectInvalid(request, fields))
        return;
    if (open) {
        m_context.visitors.chatWindowOpened(m_visitorId);
        // An action waiting for the open window (a chatbot scenario, BOT-6) fires now.
        m_context.actions.runDue(m_visitorId);
    }
    acknowledge(request);
}

void VisitorSession::visitorData(const common::Envelope &request)
{
    FieldReader fields(request.data);
    PageVisitorData data;
    const auto read = [&](const QString &name, int maxChars) -> std::optional<QString> {
        if (!request.data.contains(name))
            return std::nullopt;
        return fields.requiredString(name, 0, maxChars).trimmed();
    };
    data.name = read(QStringLiteral("name"), Limits::MaxContactChars);
    data.email = read(QStringLiteral("email"), Limits::MaxContactChars);
    data.phone = read(QStringLiteral("phone"), Limits::MaxContactChars);
    const auto group = read(QStringLiteral("group"), Limits::MaxGroupChars);
    data.fields = fields.optionalTextMap(QStringLiteral("fields"), VisitorService::MaxCustomFields,
                                         Limits::MaxFieldNameChars, Limits::MaxFieldValueChars);
    if (rejectInvalid(request, fields))
        return;
    const QJsonValue consent = request.data.value(QStringLiteral("marketingConsent"));
    if (!consent.isUndefined() && !consent.isBool()) { // null too: withdrawing is `false`
        fail(request, ErrorCode::InvalidField,
             QStringLiteral("\"marketingConsent\" must be true or false."));
        return;
    }
    if (consent.isBool())
        data.marketingConsent = consent.toBool();
    QString error;
    if (!m_context.visitors.applyPageData(m_visitorId, data, &error)) {
        fail(request, ErrorCode::InvalidField, error);
        return;
    }
    if (group) // GRP-2: Papo('setGroup')
        m_context.groupAssigner.pageSaid(m_visitorId, *group, GroupSource::Api);
    if (data.name)
        m_context.chat.announceVisitorConversations(m_visitorId); // the name shows in the lists
    acknowledge(request);
}

void VisitorSession::pageView(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const QString url = fields.requiredString(QStringLiteral("url"), 1, Limits::MaxUrlChars);
    const QString title = fields.optionalString(QStringLiteral("title"), Limits::MaxTitleChars);
    const QString referrer = fields.optionalString(QStringLiteral("referrer"), Limits::MaxUrlChars);
    if (rejectInvalid(request, fields))
        return;
    recordPageView(url, title, referrer, request);
}

void VisitorSession::recordPageView(const QString &url, const QString &title,
                                    const QString &referrer, const common::Envelope &request)
{
    m_pageUrl = url;
    m_context.chat.recordPageView(
        m_visitorId, m_visit, url, title, referrer,
        [self = QPointer(this), request, url, title](bool stored) {
            if (!self)
                return;
            if (stored) {
                self->m_context.visitors.pageViewed(self->m_visitorId, url, title);
                self->m_context.actions.pageViewed(self->m_visitorId, self->m_visit);
            }
            if (request.id.isEmpty())
                return; // the page of the hello: nothing to answer
            if (stored)
                self->acknowledge(request);
            else
                self->fail(request, ErrorCode::Internal,
                           QStringLiteral("The page view could not be stored."));
        });
}

VisitorSession::~VisitorSession()
{
    if (m_visitorId != 0)
        m_context.visitors.disconnected(m_visitorId);
}

void VisitorSession::message(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const QString clientId = fields.clientId();
    const QString attachmentId = fields.attachmentId();
    const QString text
        = attachmentId.isEmpty() ? fields.messageText() : fields.optionalMessageText();
    // GRP-3: the group the visitor picked with their first message (0: "Not sure").
    const qint64 chosenGroup = fields.optionalInteger(QStringLiteral("groupId"), -1, 0,
                                                      std::numeric_limits<qint32>::max());
    if (rejectInvalid(request, fields))
        return;
    if (chosenGroup >= 0)
        answerGroupQuestion(chosenGroup);
    m_context.scenarios.interrupt(m_visitorId); // writing freely: a person takes over
    TargetedReplies(m_context).answer(m_visitorId, m_websiteKey);
    const ContactFormRunner::MessageCheck form = m_context.contactForms.check(m_visitorId);
    if (form.holds()) { // FRM-6: it waits for the form
        const HeldMessage held{clientId, text, attachmentId, QDateTime::currentDateTimeUtc()};
        m_context.contactForms.hold(
            m_visitorId, held, m_textLanguage,
            [self = QPointer(this), request, held](ErrorCode error, bool kept) {
                if (!self)
                    return;
                if (error != ErrorCode::None)
                    self->fail(request, ErrorCode::Internal,
                               QStringLiteral("The message could not be stored."));
                else if (kept)
                    self->acknowledge(request, {{QLatin1String("held"), true}});
                else // filled meanwhile
                    self->postMessage(request, held.clientId, held.text, held.attachmentId);
            });
        return;
    }
    postMessage(request, clientId, text, attachmentId);
    m_context.contactForms.visitorWrote(m_visitorId, form, m_textLanguage); // FRM-1: after it
}

void VisitorSession::postMessage(const common::Envelope &request, const QString &clientId,
                                 const QString &text, const QString &attachmentId)
{
    m_context.chat.postVisitorMessage(m_visitorId, clientId, text, m_pageUrl,
                                      answerPostWhenDone(request), attachmentId);
}

void VisitorSession::fillContactForm(const common::Envelope &request)
{
    QString problem;
    const auto answers = ContactFormAnswers::read(request.data, &problem);
    if (!answers) {
        fail(request, ErrorCode::InvalidField, problem);
        return;
    }
    m_context.contactForms.answer(
        m_visitorId, *answers, m_textLanguage,
        [self = QPointer(this), request](ErrorCode error, const QString &message,
                                         const QString &field) {
            if (!self)
                return;
            if (error == ErrorCode::None)
                self->acknowledge(request);
            else
                self->send(common::encodeError(request.id, error, message, field));
        });
}

void VisitorSession::scenarioReply(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const qint64 promptId = fields.requiredId(QStringLiteral("messageId"));
    const int choice = int(
        fields.optionalInteger(QStringLiteral("choice"), -1, 0, ChatbotScenario::MaxReplies - 1));
    if (rejectInvalid(request, fields))
        return;
    if (choice < 0) {
        fail(request, ErrorCode::InvalidField,
             QStringLiteral("\"choice\" is required: the index of the reply pressed."));
        return;
    }
    m_context.scenarios.reply(m_visitorId, promptId, choice, m_textLanguage,
                              answerWhenDone(request));
}

void VisitorSession::typing(const common::Envelope &request)
{
    FieldReader fields(request.data);
    const bool isTyping = fields.optionalBool(QStringLiteral("typing"), false);
    const QString draft = fields.optionalString(QStringLiteral("text"), Limits::MaxMessageChars);
    if (rejectInvalid(request, fields))
        return;
    const qint64 conversationId = m_context.chat.conversations().latestConversation(m_visitorId);
    // CHT-3: the draft reaches only the operators who may see the chat (GRP-1).
    const auto audience
        = conversationId > 0 ? m_context.access.audienceOf(conversationId) : std::nullopt;
    if (audience)
        m_context.hub.sendToOperators(
            *audience,
            common::encodeEvent(MessageType::Typing,
                                {{QLatin1String("conversationId"), conversationId},
                                 {QLatin1String("typing"), isTyping},
                                 {QLatin1String("text"), isTyping ? draft : QString()}}));
    acknowledge(request);
}

void VisitorSession::answerGroupQuestion(qint64 chosenGroupId)
{
    const auto website = m_context.accounts.websiteByKey(m_websiteKey);
    const auto visitorGroup = m_context.groupAssigner.visitorGroup(m_visitorId);
    if (!website || !visitorGroup)
        return;
    const bool hasConversation = m_context.chat.conversations().latestConversation(m_visitorId) > 0;
    // An answer that does not count (a resend, a group set meanwhile) changes nothing; the
    // message goes out all the same.
    const auto groupId
        = m_context.groupQuestion.answer(*website, *visitorGroup, hasConversation, chosenGroupId);
    if (groupId)
        m_context.groupAssigner.assign(m_visitorId, *groupId, GroupSource::Visitor);
}

} // namespace papo::server
