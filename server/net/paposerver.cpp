#include "paposerver.h"

#include "httpfront.h"
#include "sessionhub.h"

#include <accountrepository.h>
#include <authservice.h>
#include <bootstrap.h>
#include <chatservice.h>
#include <conversationrepository.h>
#include <database.h>
#include <deadlinescheduler.h>
#include <loginthrottle.h>
#include <presenceservice.h>
#include <queuereturner.h>
#include <secrets.h>

namespace papo::server {

// Declared in dependency order: members are destroyed in reverse, sessions first.
struct PapoServer::Parts
{
    Parts(Database &db, const ServerConfig &config)
        : accounts(db.connection())
        , conversations(db.connection())
        , auth(accounts, throttle)
        , chat(db, accounts, conversations)
        , presence(accounts)
        , hub(chat, presence)
        , queueReturner(chat, deadlines, qint64(config.queueReturnSeconds) * 1000)
        , http(ServerContext{accounts, auth, chat, presence, hub, deadlines,
                             qint64(config.idleTimeoutSeconds) * 1000})
    {}

    AccountRepository accounts;
    ConversationRepository conversations;
    LoginThrottle throttle;
    AuthService auth;
    ChatService chat;
    PresenceService presence;
    SessionHub hub;
    DeadlineScheduler deadlines;
    QueueReturner queueReturner;
    HttpFront http;
};

PapoServer::PapoServer(QObject *parent)
    : QObject(parent)
    , m_database(std::make_unique<Database>())
{}

PapoServer::~PapoServer() = default;

bool PapoServer::start(const ServerConfig &config, StartInfo *info, QString *error)
{
    if (!Secrets::initialize()) {
        *error = QStringLiteral("libsodium could not be initialised");
        return false;
    }
    if (!m_database->open(config.dataDir, error))
        return false;
    AccountRepository accounts(m_database->connection());
    const BootstrapResult bootstrap
        = bootstrapAccount(accounts, config.ownerEmail, config.ownerPassword);
    if (!bootstrap.ok) {
        *error = bootstrap.error;
        return false;
    }
    m_parts = std::make_unique<Parts>(*m_database, config);
    m_parts->queueReturner.restore();
    info->port = m_parts->http.listen(config.address, config.port);
    if (info->port == 0) {
        *error = QStringLiteral("Cannot listen on %1:%2")
                     .arg(config.address.toString())
                     .arg(config.port);
        return false;
    }
    info->websiteKey = accounts.websites().value(0).widgetKey;
    info->ownerEmail = bootstrap.ownerEmail;
    info->generatedPassword = bootstrap.generatedPassword;
    return true;
}

} // namespace papo::server
