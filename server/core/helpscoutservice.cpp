#include "helpscoutservice.h"

#include "outboxworker.h"
#include "webhookservice.h"

#include <QRegularExpression>

namespace papo::server {

namespace {

constexpr qint64 LargestMailboxId = 1LL << 53; // what a JSON number carries exactly

} // namespace

HelpScoutService::HelpScoutService(QSqlDatabase db, OutboxWorker &worker, Clock clock)
    : m_db(std::move(db))
    , m_worker(worker)
    , m_clock(std::move(clock))
{}

HelpScoutSettings HelpScoutService::settings()
{
    return HelpScoutRepository(m_db).settings();
}

QString HelpScoutService::save(HelpScoutSettings settings)
{
    settings.appId = settings.appId.trimmed();
    settings.baseUrl = settings.baseUrl.trimmed();
    HelpScoutRepository repository(m_db);
    if (settings.appId.isEmpty()) {
        // Disconnected: nothing of the old app stays.
        return repository.save({}) ? QString()
                                   : QStringLiteral("The settings could not be stored.");
    }
    if (settings.appId.size() > 200
        || settings.appId.contains(QRegularExpression(QStringLiteral("[\\s\\x00-\\x1f]"))))
        return QStringLiteral("appId: paste the App ID of your Help Scout app (My Apps).");
    if (settings.appSecret.size() > 200)
        return QStringLiteral("appSecret: at most 200 characters.");
    if (settings.appSecret.isEmpty())
        settings.appSecret = repository.settings().appSecret;
    if (settings.appSecret.isEmpty())
        return QStringLiteral("appSecret: paste the App Secret of your Help Scout app.");
    if (settings.mailboxId < 1 || settings.mailboxId > LargestMailboxId)
        return QStringLiteral("mailboxId: the number of a Help Scout mailbox (it is in the "
                              "address of the mailbox's settings page).");
    if (!settings.baseUrl.isEmpty()) {
        const QString problem
            = WebhookService::urlProblem(QStringLiteral("baseUrl"), settings.baseUrl);
        if (!problem.isEmpty())
            return problem;
    }
    if (settings.baseUrl == HelpScoutSettings::DefaultBaseUrl)
        settings.baseUrl.clear();
    if (!repository.save(settings))
        return QStringLiteral("The settings could not be stored.");
    m_worker.wake(); // exports that waited for a working connection go now
    return {};
}

HelpScoutExports::Outcome HelpScoutService::exportConversation(qint64 conversationId)
{
    const HelpScoutExports::Outcome outcome
        = HelpScoutExports::exportConversation(m_db, conversationId, m_clock());
    if (outcome.result == HelpScoutExports::Result::Queued)
        m_worker.wake();
    return outcome;
}

} // namespace papo::server
