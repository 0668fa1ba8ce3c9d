#include "helpscoutcomposer.h"

#include "wholeconversation.h"

#include <accountrepository.h>
#include <conversationrepository.h>
#include <webhookrepository.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace papo::server {

using common::AuthorKind;
using common::ChatMessage;

namespace {

struct ExportWords
{
    QString subject, page, visitor;
};

// In the website's widget language, as the team's emails and Slack posts are.
ExportWords wordsFor(const QString &language)
{
    if (language == QLatin1String("pt"))
        return {QStringLiteral("Conversa com %1 em %2"), QStringLiteral("Página:"),
                QStringLiteral("Visitante")};
    if (language == QLatin1String("es"))
        return {QStringLiteral("Chat con %1 en %2"), QStringLiteral("Página:"),
                QStringLiteral("Visitante")};
    return {QStringLiteral("Chat with %1 on %2"), QStringLiteral("Page:"),
            QStringLiteral("Visitor")};
}

QString isoTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// Help Scout renders a thread's text as HTML: everything a visitor or operator wrote is
// escaped, line breaks kept.
QString transcriptHtml(const QList<ChatMessage> &messages, const QString &visitorName,
                       const QString &pageUrl, const ExportWords &words)
{
    QString html;
    if (!pageUrl.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(words.page, pageUrl.toHtmlEscaped());
    for (const ChatMessage &message : messages) {
        const QString author
            = message.authorKind == AuthorKind::Visitor ? visitorName : message.authorName;
        const QString text = message.previewText().toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                           QLatin1String("<br>"));
        html += QStringLiteral("<p><b>%1</b> <small>%2 UTC</small><br>%3</p>")
                    .arg(author.toHtmlEscaped(),
                         message.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         text);
    }
    return html;
}

} // namespace

HelpScoutComposer::HelpScoutComposer(QSqlDatabase db)
    : m_db(std::move(db))
{}

QJsonObject HelpScoutComposer::conversationJson(const HelpScoutSettings &settings,
                                                const EmailVisitorFacts &visitor,
                                                const common::ConversationSummary &conversation,
                                                const QList<ChatMessage> &messages,
                                                const QString &language)
{
    const ExportWords words = wordsFor(language);
    const QString name = visitor.name.simplified();
    const QString shownName = name.isEmpty() ? words.visitor : name;
    QJsonObject customer{{QLatin1String("email"), visitor.email}};
    if (!name.isEmpty()) {
        // Help Scout keeps a first and a last name, 40 characters each.
        customer.insert(QLatin1String("firstName"), name.section(QLatin1Char(' '), 0, 0).left(40));
        const QString last = name.section(QLatin1Char(' '), 1);
        if (!last.isEmpty())
            customer.insert(QLatin1String("lastName"), last.left(40));
    }
    const QDateTime startedAt
        = messages.isEmpty() ? conversation.updatedAt : messages.first().createdAt;
    const QJsonObject thread{
        {QLatin1String("type"), QStringLiteral("chat")},
        {QLatin1String("customer"), QJsonObject{{QLatin1String("email"), visitor.email}}},
        {QLatin1String("text"), transcriptHtml(messages, shownName, conversation.pageUrl, words)},
        {QLatin1String("createdAt"), isoTime(startedAt)}};
    return {{QLatin1String("subject"), words.subject.arg(shownName, visitor.websiteName).left(255)},
            {QLatin1String("customer"), customer},
            {QLatin1String("mailboxId"), settings.mailboxId},
            {QLatin1String("type"), QStringLiteral("chat")},
            {QLatin1String("status"),
             conversation.closed ? QStringLiteral("closed") : QStringLiteral("active")},
            {QLatin1String("imported"), true},
            {QLatin1String("createdAt"), isoTime(startedAt)},
            {QLatin1String("tags"), QJsonArray{QStringLiteral("papo")}},
            {QLatin1String("threads"), QJsonArray{thread}}};
}

HelpScoutComposer::Outcome HelpScoutComposer::compose(const OutboxEntry &entry)
{
    const HelpScoutSettings settings = HelpScoutRepository(m_db).settings();
    if (!settings.connected())
        return {std::nullopt, QStringLiteral("Help Scout is no longer connected.")};
    const QJsonObject payload = QJsonDocument::fromJson(entry.payload.toUtf8()).object();
    const qint64 conversationId = payload.value(QLatin1String("conversationId")).toInteger();
    ConversationRepository conversations(m_db);
    const auto conversation = conversations.conversation(conversationId);
    const auto visitor
        = conversation ? EmailRepository(m_db).visitor(conversation->visitorId) : std::nullopt;
    if (!conversation || !visitor)
        return {std::nullopt, QStringLiteral("The conversation no longer exists.")};
    if (visitor->email.isEmpty())
        return {std::nullopt, QStringLiteral("The visitor's email was removed.")};
    const QList<ChatMessage> messages = wholeConversation(
        conversations, conversationId, payload.value(QLatin1String("upToMessageId")).toInteger());
    const QString language = AccountRepository(m_db).websiteLanguage(visitor->websiteId);
    HelpScoutExportRequest request;
    request.apiBase = settings.apiBase();
    request.appId = settings.appId;
    request.appSecret = settings.appSecret;
    request.allowedAddresses = WebhookRepository(m_db).allowedAddresses();
    request.conversation
        = QJsonDocument(conversationJson(settings, *visitor, *conversation, messages, language))
              .toJson(QJsonDocument::Compact);
    return {request, {}};
}

} // namespace papo::server
