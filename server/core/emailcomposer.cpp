#include "emailcomposer.h"

#include "emailtemplates.h"
#include "wholeconversation.h"

#include <accountrepository.h>
#include <conversationrepository.h>
#include <emailrepository.h>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace papo::server {

using common::AuthorKind;
using common::ChatMessage;

namespace {

constexpr int RecentMessages = 10;

QList<EmailLine> linesOf(const QList<ChatMessage> &messages, const QString &visitorName)
{
    QList<EmailLine> lines;
    for (const ChatMessage &message : messages) {
        const bool fromVisitor = message.authorKind == AuthorKind::Visitor;
        lines.append({fromVisitor ? visitorName : message.authorName, message.previewText(),
                      message.createdAt, fromVisitor});
    }
    return lines;
}

QStringList addressList(const QString &text)
{
    QStringList addresses;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            addresses.append(part.trimmed());
    return addresses;
}

} // namespace

EmailComposer::EmailComposer(QSqlDatabase db, AccountRepository &accounts,
                             const UnsubscribeLinks &links, QUrl publicBase)
    : m_db(std::move(db))
    , m_accounts(accounts)
    , m_links(links)
    , m_publicBase(std::move(publicBase))
{}

QString EmailComposer::messageId(const OutboxEntry &entry, const QString &from)
{
    const QString address = MailMessage::addressOf(from);
    const QString domain = address.contains(QLatin1Char('@'))
                               ? address.section(QLatin1Char('@'), -1)
                               : QStringLiteral("papo.invalid");
    const QByteArray digest
        = QCryptographicHash::hash(entry.dedupeKey.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("papo.%1.%2@%3")
        .arg(entry.id)
        .arg(QString::fromLatin1(digest.left(16)), domain);
}

EmailComposer::Outcome EmailComposer::compose(const OutboxEntry &entry, const QString &from)
{
    Outcome outcome;
    if (entry.purpose == QLatin1String("visitor_reply"))
        outcome = visitorReply(entry, from);
    else if (entry.purpose == QLatin1String("transcript")
             || entry.purpose == QLatin1String("offline_message"))
        outcome = teamEmail(entry, from);
    else
        outcome.skipReason = QStringLiteral("Unknown email purpose %1.").arg(entry.purpose);
    if (outcome.message) {
        outcome.message->from = from;
        outcome.message->messageId = messageId(entry, from);
        outcome.message->date = entry.createdAt;
    }
    return outcome;
}

EmailComposer::Outcome EmailComposer::teamEmail(const OutboxEntry &entry, const QString &)
{
    Outcome outcome;
    const QJsonObject payload = QJsonDocument::fromJson(entry.payload.toUtf8()).object();
    const qint64 conversationId = payload.value(QLatin1String("conversationId")).toInteger();
    EmailRepository email(m_db);
    const auto visitor = email.visitor(payload.value(QLatin1String("visitorId")).toInteger());
    ConversationRepository conversations(m_db);
    const auto conversation = conversations.conversation(conversationId);
    if (!visitor || !conversation) {
        outcome.skipReason = QStringLiteral("The conversation no longer exists.");
        return outcome;
    }
    const QString visitorName
        = visitor->name.isEmpty() ? QStringLiteral("#%1").arg(visitor->visitorId) : visitor->name;
    QList<ChatMessage> messages;
    if (entry.purpose == QLatin1String("offline_message")) {
        if (const auto message
            = conversations.message(payload.value(QLatin1String("messageId")).toInteger()))
            messages.append(*message);
    } else {
        messages = wholeConversation(conversations, conversationId);
    }
    const QString language = m_accounts.websiteLanguage(visitor->websiteId);
    const QList<EmailLine> lines = linesOf(messages, visitorName);
    const RenderedEmail rendered
        = entry.purpose == QLatin1String("transcript")
              ? EmailTemplates::transcript(language, visitor->websiteName, visitorName,
                                           visitor->email, conversation->pageUrl, lines)
              : EmailTemplates::offlineMessage(language, visitor->websiteName, visitorName,
                                               visitor->email, conversation->pageUrl, lines);
    MailMessage message;
    message.to = addressList(payload.value(QLatin1String("to")).toString());
    if (!visitor->email.isEmpty())
        message.replyTo = visitor->name.isEmpty()
                              ? visitor->email
                              : QStringLiteral("%1 <%2>").arg(visitor->name, visitor->email);
    message.subject = rendered.subject;
    message.text = rendered.text;
    message.html = rendered.html;
    outcome.message = message;
    return outcome;
}

EmailComposer::Outcome EmailComposer::visitorReply(const OutboxEntry &entry, const QString &)
{
    Outcome outcome;
    const QJsonObject payload = QJsonDocument::fromJson(entry.payload.toUtf8()).object();
    const qint64 conversationId = payload.value(QLatin1String("conversationId")).toInteger();
    const qint64 fromMessageId = payload.value(QLatin1String("fromMessageId")).toInteger();
    EmailRepository email(m_db);
    const auto visitor = email.visitor(payload.value(QLatin1String("visitorId")).toInteger());
    ConversationRepository conversations(m_db);
    const auto conversation = conversations.conversation(conversationId);
    if (!visitor || !conversation || visitor->email.isEmpty()) {
        outcome.skipReason = QStringLiteral("The visitor has no email address.");
        return outcome;
    }
    if (visitor->unsubscribed) {
        outcome.skipReason = QStringLiteral("The visitor unsubscribed.");
        return outcome;
    }
    const QList<ChatMessage> recent
        = conversations.history(conversationId, 0, RecentMessages).messages;
    const bool unread = std::any_of(recent.cbegin(), recent.cend(), [&](const ChatMessage &m) {
        return m.authorKind == AuthorKind::Operator && m.id >= fromMessageId
               && m.id > conversation->visitorReadUpTo;
    });
    if (!unread) {
        outcome.skipReason = QStringLiteral("The visitor read the reply in the chat.");
        return outcome;
    }
    const QString language = EmailTemplates::languageOf(visitor->language);
    const QString visitorName
        = visitor->name.isEmpty() ? EmailTemplates::you(language) : visitor->name;
    const QUrl unsubscribe = m_links.link(m_publicBase, visitor->visitorId, language);
    const RenderedEmail rendered
        = EmailTemplates::visitorReply(language, visitor->websiteName, conversation->pageUrl,
                                       unsubscribe.toString(), linesOf(recent, visitorName));
    MailMessage message;
    message.to = {visitor->email};
    message.subject = rendered.subject;
    message.text = rendered.text;
    message.html = rendered.html;
    message.extraHeaders.append(
        {"List-Unsubscribe", QStringLiteral("<%1>").arg(unsubscribe.toString())});
    message.extraHeaders.append(
        {"List-Unsubscribe-Post", QStringLiteral("List-Unsubscribe=One-Click")});
    outcome.message = message;
    return outcome;
}

} // namespace papo::server
