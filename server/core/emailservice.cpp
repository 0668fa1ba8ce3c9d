#include "emailservice.h"

#include "emailaddress.h"
#include "emailtemplates.h"
#include "outboxworker.h"

#include <accountrepository.h>

#include <QRegularExpression>
#include <QUuid>

namespace papo::server {

EmailService::EmailService(QSqlDatabase db, OutboxWorker &worker, SmtpSender &sender,
                           const UnsubscribeLinks &links, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_worker(worker)
    , m_sender(sender)
    , m_links(links)
{}

QString EmailService::checkAddresses(const QString &text, QString *normalised)
{
    QStringList addresses;
    for (const QString &part :
         text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        if (!isEmailAddress(part))
            return QStringLiteral("\"%1\" is not an email address.").arg(part.left(100));
        addresses.append(part);
    }
    if (addresses.size() > 20)
        return QStringLiteral("At most 20 addresses.");
    *normalised = addresses.join(QStringLiteral(", "));
    return {};
}

EmailSettingsRecord EmailService::settings()
{
    return EmailRepository(m_db).settings();
}

QString EmailService::save(const EmailSettingsRecord &settings, bool clearPassword)
{
    if (settings.host.size() > 253
        || settings.host.contains(QRegularExpression(QStringLiteral("[\\s/:@]"))))
        return QStringLiteral("host is not a host name or address.");
    if (settings.port < 1 || settings.port > 65535)
        return QStringLiteral("port must be 1–65535.");
    if (settings.security != QLatin1String("starttls") && settings.security != QLatin1String("tls")
        && settings.security != QLatin1String("none"))
        return QStringLiteral("security must be starttls, tls or none.");
    if (settings.user.size() > 200 || settings.password.size() > 200)
        return QStringLiteral("user and password are at most 200 characters.");
    const QString fromAddress = MailMessage::addressOf(settings.from);
    if (!settings.from.isEmpty() && (!isEmailAddress(fromAddress) || settings.from.size() > 300))
        return QStringLiteral("from is not an email address (\"Shop <chat@shop.example>\" or "
                              "\"chat@shop.example\").");
    if (!EmailRepository(m_db).saveSettings(settings, clearPassword))
        return QStringLiteral("The settings could not be stored.");
    m_worker.wake(); // rows that waited for a working server go now
    return {};
}

QString EmailService::setWebsiteEmail(qint64 websiteId, const QString &teamEmails, int delaySeconds)
{
    QString addresses;
    const QString problem = checkAddresses(teamEmails, &addresses);
    if (!problem.isEmpty())
        return problem;
    if (delaySeconds < 1 || delaySeconds > 7 * 24 * 3600)
        return QStringLiteral("visitorEmailDelaySeconds must be 1–604,800.");
    return EmailRepository(m_db).setWebsiteEmail(websiteId, addresses, delaySeconds)
               ? QString()
               : QStringLiteral("There is no website %1.").arg(websiteId);
}

QString EmailService::setGroupEmails(qint64 groupId, const QString &teamEmails)
{
    QString addresses;
    const QString problem = checkAddresses(teamEmails, &addresses);
    if (!problem.isEmpty())
        return problem;
    return EmailRepository(m_db).setGroupTeamEmails(groupId, addresses)
               ? QString()
               : QStringLiteral("There is no group %1.").arg(groupId);
}

QString EmailService::websiteTeamEmails(qint64 websiteId)
{
    return EmailRepository(m_db).websiteTeamEmails(websiteId);
}

int EmailService::visitorEmailDelaySeconds(qint64 websiteId)
{
    return EmailRepository(m_db).visitorEmailDelaySeconds(websiteId);
}

QString EmailService::groupTeamEmails(qint64 groupId)
{
    return EmailRepository(m_db).groupTeamEmails(groupId);
}

void EmailService::sendTest(const QString &to, const QString &team, SmtpSender::Done done)
{
    const EmailSettingsRecord record = settings();
    if (!record.configured()) {
        done({false, false, 0,
              QStringLiteral("Email is not set up: enter the server and the From address.")});
        return;
    }
    // In the first website's widget language, as the team's emails are.
    const QString language = AccountRepository(m_db).websites().value(0).widget.language;
    const RenderedEmail rendered
        = EmailTemplates::test(language.isEmpty() ? QStringLiteral("en") : language, team);
    MailMessage message;
    message.from = record.from;
    message.to = {to};
    message.subject = rendered.subject;
    message.text = rendered.text;
    message.html = rendered.html;
    message.messageId = QStringLiteral("papo.test.%1@%2")
                            .arg(QUuid::createUuid().toString(QUuid::Id128),
                                 MailMessage::addressOf(record.from).section(QLatin1Char('@'), -1));
    m_sender.send(m_worker.smtpSettings(), message, std::move(done));
}

QList<OutboxEntry> EmailService::deliveries(int limit)
{
    return OutboxRepository(m_db).recent(limit);
}

bool EmailService::unsubscribe(qint64 visitorId, const QString &signature)
{
    return m_links.check(visitorId, signature)
           && EmailRepository(m_db).unsubscribe(
               visitorId, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
}

bool EmailService::retryNow(qint64 id)
{
    return m_worker.retryNow(id);
}

} // namespace papo::server
