#include "contactformrunner.h"

#include "deadlinescheduler.h"
#include "emailaddress.h"
#include "messagestore.h"
#include "visitorservice.h"
#include "widgettexts.h"

#include <fieldreader.h>
#include <protocollimits.h>

#include <QJsonArray>

namespace papo::server {

using common::AuthorKind;
using common::ChatMessage;
using common::ErrorCode;

namespace {

const QString Asked = QStringLiteral("asked");
const QString Filled = QStringLiteral("filled");
const QString Skipped = QStringLiteral("skipped");

QString text(const QJsonObject &texts, const char *key)
{
    return texts.value(QLatin1String(key)).toString();
}

// FRM (point 5): why an address is not one, in the visitor's words.
QString emailReason(EmailProblem problem, const QJsonObject &texts)
{
    switch (problem) {
    case EmailProblem::None:
        return {};
    case EmailProblem::Empty:
        return text(texts, "formRequired");
    case EmailProblem::Spaces:
        return text(texts, "formEmailSpaces");
    case EmailProblem::NoAt:
        return text(texts, "formEmailNoAt");
    case EmailProblem::NoName:
        return text(texts, "formEmailNoName");
    case EmailProblem::NoDomain:
        return text(texts, "formEmailNoDomain");
    case EmailProblem::TooLong:
        return text(texts, "formEmailTooLong");
    }
    return {};
}

QJsonObject questionJson(const QString &key, bool required, const QString &label = {},
                         const QString &type = QStringLiteral("text"))
{
    QJsonObject question{{QLatin1String("key"), key},
                         {QLatin1String("required"), required},
                         {QLatin1String("type"), type}};
    if (!label.isEmpty())
        question.insert(QLatin1String("label"), label);
    return question;
}

} // namespace

std::optional<ContactFormAnswers> ContactFormAnswers::read(const QJsonObject &data,
                                                           QString *problem)
{
    common::FieldReader fields(data);
    ContactFormAnswers answers;
    answers.skip = fields.optionalBool(QStringLiteral("skip"), false);
    answers.name = fields.optionalString(QStringLiteral("name"), common::Limits::MaxContactChars)
                       .simplified();
    answers.email
        = fields.optionalString(QStringLiteral("email"), common::Limits::MaxContactChars).trimmed();
    answers.fields = fields.optionalTextMap(
        QStringLiteral("fields"), ContactFormSettings::MaxFields, common::Limits::MaxFieldNameChars,
        common::Limits::MaxFieldValueChars);
    answers.consent = fields.optionalBool(QStringLiteral("consent"), false);
    if (!fields.ok()) {
        *problem = fields.errorMessage();
        return std::nullopt;
    }
    for (auto it = answers.fields.begin(); it != answers.fields.end(); ++it)
        it.value() = it.value().toString().trimmed();
    return answers;
}

ContactFormRunner::ContactFormRunner(ChatService &chat, AccountRepository &accounts,
                                     VisitorService &visitors, DeadlineScheduler &deadlines,
                                     ContactFormRepository repository, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_accounts(accounts)
    , m_visitors(visitors)
    , m_deadlines(deadlines)
    , m_repository(std::move(repository))
{}

ContactFormRunner::MessageCheck ContactFormRunner::check(qint64 visitorId)
{
    MessageCheck check;
    check.website = m_accounts.websiteOfVisitor(visitorId);
    check.settings = ContactFormSettings::fromStored(check.website ? check.website->contactForm
                                                                   : QJsonObject());
    if (!check.settings.enabled)
        return check; // the bot is off: nothing more to read
    check.live = teamLive(visitorId);
    check.progress = m_repository.progress(visitorId);
    return check;
}

bool ContactFormRunner::MessageCheck::holds() const
{
    return settings.holds(live) && (!progress || progress->state != Filled);
}

void ContactFormRunner::hold(qint64 visitorId, const HeldMessage &message, const QString &language,
                             HoldDone done)
{
    // Through the writer, after whatever is queued: a form filled meanwhile lets it through.
    auto held = std::make_shared<bool>(false);
    m_chat.write(
        [visitorId, message, held](QSqlDatabase &db) {
            ContactFormRepository forms(db);
            const auto progress = forms.progress(visitorId);
            if (progress && progress->state == Filled)
                return true;
            *held = true;
            return forms.hold(visitorId, message);
        },
        [this, visitorId, language, held, done = std::move(done)](ErrorCode error) {
            done(error, error == ErrorCode::None && *held);
            if (error == ErrorCode::None && *held) // read again: the write took its time
                visitorWrote(visitorId, check(visitorId), language);
        });
}

void ContactFormRunner::visitorWrote(qint64 visitorId, const MessageCheck &check,
                                     const QString &language)
{
    // FRM-1: asked once; changing the answers later is the visitor's choice.
    if (!check.settings.enabled || !check.website || check.progress)
        return;
    if (check.settings.asksAtOnce(check.live))
        ask(visitorId, *check.website, language);
    else if (check.settings.asksWhenSlow(check.live))
        askWhenSlow(visitorId, check.settings.slowSeconds, language);
}

void ContactFormRunner::askWhenSlow(qint64 visitorId, int seconds, const QString &language)
{
    if (m_slowChecks.contains(visitorId))
        return;
    const quint64 check
        = m_deadlines.scheduleAt(m_deadlines.now() + seconds * 1000LL, [this, visitorId, language] {
              m_slowChecks.remove(visitorId);
              // FRM-5: only while nobody has taken the chat.
              ConversationRepository &conversations = m_chat.conversations();
              const auto latest
                  = conversations.conversation(conversations.latestConversation(visitorId));
              if (!latest || latest->ownerId != 0 || m_repository.progress(visitorId))
                  return;
              if (const auto website = m_accounts.websiteOfVisitor(visitorId))
                  ask(visitorId, *website, language);
          });
    m_slowChecks.insert(visitorId, check);
}

void ContactFormRunner::ask(qint64 visitorId, const WebsiteRecord &website, const QString &language)
{
    const QJsonObject texts = WidgetTexts::builtIn().effective(language, website.widget.texts);
    // While the visitor's messages are held the team hears nothing of the chat (FRM-6).
    const bool offQueue
        = ContactFormSettings::fromStored(website.contactForm).holds(teamLive(visitorId));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    botSays(visitorId, website, text(texts, "formIntro"),
            QStringLiteral("form-%1-ask").arg(visitorId), offQueue,
            [visitorId, now](QSqlDatabase &db) {
                return ContactFormRepository(db).markAsked(visitorId, now);
            });
}

void ContactFormRunner::answer(qint64 visitorId, const ContactFormAnswers &answers,
                               const QString &language, Done done)
{
    const auto progress = m_repository.progress(visitorId);
    const auto website = m_accounts.websiteOfVisitor(visitorId);
    if (!progress || !website) {
        done(ErrorCode::NotFound, QStringLiteral("The contact form was not asked."), {});
        return;
    }
    const auto settings = ContactFormSettings::fromStored(website->contactForm);
    const QJsonObject texts = WidgetTexts::builtIn().effective(language, website->widget.texts);
    if (answers.skip) {
        skip(visitorId, settings, texts, std::move(done));
        return;
    }
    QString field;
    const QString problem = problemWith(answers, settings, teamLive(visitorId), texts, &field);
    if (!problem.isEmpty()) {
        done(ErrorCode::InvalidField, problem, field);
        return;
    }
    // An answer left empty keeps what the team or the page already knew of the visitor.
    PageVisitorData data;
    if (!answers.name.isEmpty())
        data.name = answers.name;
    if (!answers.email.isEmpty())
        data.email = answers.email;
    for (const ContactFormField &question : settings.fields) {
        const QString answer = answers.fields.value(question.label).toString();
        if (answer.isEmpty())
            continue;
        if (question.phone)
            data.phone = answer;
        else
            data.fields.insert(question.label, answer);
    }
    // EXP-1: stored with the time it was given; the box starts unticked, so leaving it so
    // withdraws nothing given before.
    if (settings.consent && answers.consent)
        data.marketingConsent = true;
    QString error;
    if (!m_visitors.applyPageData(visitorId, data, &error)) {
        done(ErrorCode::Internal, error, {});
        return;
    }
    m_chat.announceVisitorConversations(visitorId); // the name shows in the lists
    release(visitorId, *website, language, progress->state != Filled, std::move(done));
}

QString ContactFormRunner::problemWith(const ContactFormAnswers &answers,
                                       const ContactFormSettings &settings, bool live,
                                       const QJsonObject &texts, QString *field)
{
    *field = QStringLiteral("name");
    if (settings.nameRequired && answers.name.isEmpty())
        return text(texts, "formRequired");
    *field = QStringLiteral("email");
    if (!answers.email.isEmpty() || settings.emailNeeded(live)) {
        const QString reason = emailReason(emailProblem(answers.email), texts);
        if (!reason.isEmpty())
            return reason;
    }
    for (const ContactFormField &question : settings.fields) {
        *field = question.label;
        if (question.required && answers.fields.value(question.label).toString().isEmpty())
            return text(texts, "formRequired");
    }
    field->clear();
    return {};
}

void ContactFormRunner::skip(qint64 visitorId, const ContactFormSettings &settings,
                             const QJsonObject &texts, Done done)
{
    if (settings.holds(teamLive(visitorId))) {
        done(ErrorCode::Forbidden, text(texts, "formNeeded"), {});
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_chat.write(
        [visitorId, now](QSqlDatabase &db) {
            ContactFormRepository forms(db);
            const auto progress = forms.progress(visitorId);
            return !progress || progress->state != Asked
                   || forms.markAnswered(visitorId, Skipped, now);
        },
        [this, visitorId, done = std::move(done)](ErrorCode error) {
            if (error != ErrorCode::None) {
                done(error, QStringLiteral("The contact form could not be saved."), {});
                return;
            }
            announce(visitorId);
            done(error, {}, {});
        });
}

void ContactFormRunner::release(qint64 visitorId, const WebsiteRecord &website,
                                const QString &language, bool thank, Done done)
{
    // FRM-6: the held messages reach the team now, in order, each once (their client ids).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ChatTurn turn;
    turn.visitorId = visitorId;
    turn.offQueue = false;
    const auto held = m_repository.held(visitorId);
    for (const HeldMessage &message : held) {
        ChatMessage posted
            = messageBy(AuthorKind::Visitor, visitorId, {}, message.text, message.clientId);
        posted.attachment.id = message.attachmentId;
        turn.messages << posted;
    }
    turn.record = [visitorId, now](QSqlDatabase &db, const QList<ChatMessage> &) {
        ContactFormRepository forms(db);
        return forms.releaseHeld(visitorId) && forms.markAnswered(visitorId, Filled, now);
    };
    m_chat.postTurn(
        std::move(turn), [this, visitorId, website, language, thank, done = std::move(done)](
                             ErrorCode error, const QString &message, const auto &) {
            if (error != ErrorCode::None) {
                done(error, message, {});
                return;
            }
            announce(visitorId);
            if (thank) { // FRM-1: the bot thanks them once; changing the answers later is quiet
                const QJsonObject texts
                    = WidgetTexts::builtIn().effective(language, website.widget.texts);
                botSays(visitorId, website, text(texts, "formThanks"),
                        QStringLiteral("form-%1-thanks").arg(visitorId), false, {});
            }
            done(ErrorCode::None, {}, {});
        });
}

void ContactFormRunner::botSays(qint64 visitorId, const WebsiteRecord &website, const QString &text,
                                const QString &clientId, bool offQueue,
                                std::function<bool(QSqlDatabase &)> record)
{
    ChatTurn turn;
    turn.visitorId = visitorId;
    turn.offQueue = offQueue;
    turn.messages << messageBy(AuthorKind::Bot, website.id, website.botDisplayName(), text,
                               clientId);
    if (record)
        turn.record = [record](QSqlDatabase &db, const QList<ChatMessage> &) { return record(db); };
    m_chat.postTurn(std::move(turn), [this, visitorId, announces = bool(record)](
                                         ErrorCode error, const QString &, const auto &) {
        if (error == ErrorCode::None && announces)
            announce(visitorId);
    });
}

void ContactFormRunner::announce(qint64 visitorId)
{
    m_visitors.formChanged(visitorId); // PAN-3: the operators' panel
    emit formChanged(visitorId, form(visitorId).toObject());
}

QJsonValue ContactFormRunner::form(qint64 visitorId)
{
    const auto progress = m_repository.progress(visitorId);
    if (!progress)
        return QJsonValue::Null; // every hello asks: most visitors were never asked
    const auto website = m_accounts.websiteOfVisitor(visitorId);
    const auto profile = m_visitors.profile(visitorId);
    if (!website || !profile)
        return QJsonValue::Null;
    const auto settings = ContactFormSettings::fromStored(website->contactForm);
    const bool live = teamLive(visitorId);
    QJsonArray questions{questionJson(QStringLiteral("name"), settings.nameRequired),
                         questionJson(QStringLiteral("email"), settings.emailNeeded(live), {},
                                      QStringLiteral("email"))};
    QJsonObject answers{{QLatin1String("name"), profile->name},
                        {QLatin1String("email"), profile->email}};
    for (const ContactFormField &question : settings.fields) {
        questions.append(
            questionJson(QStringLiteral("field"), question.required, question.label,
                         question.phone ? QStringLiteral("phone") : QStringLiteral("text")));
        answers.insert(question.label,
                       question.phone ? profile->phone
                                      : profile->customFields.value(question.label).toString());
    }
    QJsonArray held;
    const auto waiting = m_repository.held(visitorId);
    for (const HeldMessage &message : waiting)
        held.append(QJsonObject{{QLatin1String("cid"), message.clientId},
                                {QLatin1String("text"), message.text}});
    return QJsonObject{
        {QLatin1String("state"), progress->state},     {QLatin1String("questions"), questions},
        {QLatin1String("answers"), answers},           {QLatin1String("consent"), settings.consent},
        {QLatin1String("hold"), settings.holds(live)}, {QLatin1String("held"), held}};
}

} // namespace papo::server
