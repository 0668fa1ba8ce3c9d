#include "slackcauses.h"

#include <accountrepository.h>
#include <emailrepository.h>
#include <outboxrepository.h>
#include <webhookrepository.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace papo::server {

namespace {

struct SlackWords
{
    QString newChat, offlineMessage, from, page, visitor;
};

// In the website's widget language, as the team's emails are (docs/integrations.md).
SlackWords wordsFor(const QString &language)
{
    if (language == QLatin1String("pt"))
        return {QStringLiteral("Nova conversa em %1"), QStringLiteral("Mensagem offline em %1"),
                QStringLiteral("De:"), QStringLiteral("Página:"), QStringLiteral("Visitante %1")};
    if (language == QLatin1String("es"))
        return {QStringLiteral("Nueva conversación en %1"),
                QStringLiteral("Mensaje fuera de línea en %1"), QStringLiteral("De:"),
                QStringLiteral("Página:"), QStringLiteral("Visitante %1")};
    return {QStringLiteral("New chat on %1"), QStringLiteral("Offline message on %1"),
            QStringLiteral("From:"), QStringLiteral("Page:"), QStringLiteral("Visitor %1")};
}

} // namespace

QString SlackCauses::escaped(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return out;
}

bool SlackCauses::messageStored(QSqlDatabase &db, const common::ChatMessage &message,
                                qint64 visitorId, bool startedConversation, bool teamAway,
                                const QString &pageUrl)
{
    if (message.authorKind != common::AuthorKind::Visitor || (!startedConversation && !teamAway))
        return true;
    const auto visitor = EmailRepository(db).visitor(visitorId);
    const QString url = visitor ? WebhookRepository(db).slackUrl(visitor->websiteId) : QString();
    if (url.isEmpty())
        return true; // this website posts to no Slack
    const SlackWords words = wordsFor(AccountRepository(db).websiteLanguage(visitor->websiteId));
    const QString name = visitor->name.isEmpty() ? words.visitor.arg(visitorId) : visitor->name;
    const QString headline = startedConversation ? words.newChat : words.offlineMessage;
    QString text = QStringLiteral("*%1*\n*%2* %3")
                       .arg(headline.arg(escaped(visitor->websiteName)), words.from, escaped(name));
    if (!visitor->email.isEmpty())
        text += QStringLiteral(" (%1)").arg(escaped(visitor->email));
    if (!pageUrl.isEmpty())
        text += QStringLiteral("\n*%1* ").arg(words.page) + escaped(pageUrl);
    text += QStringLiteral("\n>")
            + escaped(message.previewText()).replace(QLatin1Char('\n'), QLatin1String("\n>"));
    // The URL is for Deliveries to show; the post goes to the website's URL when it is sent.
    const QJsonObject payload{
        {QLatin1String("websiteId"), visitor->websiteId},
        {QLatin1String("url"), url},
        {QLatin1String("body"),
         QString::fromUtf8(QJsonDocument(QJsonObject{{QLatin1String("text"), text}})
                               .toJson(QJsonDocument::Compact))}};
    return OutboxRepository(db).enqueue(
        QStringLiteral("slack"),
        startedConversation ? QStringLiteral("new_chat") : QStringLiteral("offline_message"),
        QStringLiteral("slack:message:%1").arg(message.id),
        QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), message.createdAt,
        message.createdAt);
}

} // namespace papo::server
