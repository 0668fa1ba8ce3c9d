#include "paposerver.h"

#include "httpfront.h"
#include "notificationdelivery.h"
#include "othernodes.h"
#include "requests/grouprequests.h"
#include "sessionhub.h"
#include "targetedframes.h"
#include "teamjson.h"
#include "tlscredentials.h"
#include "visitorteamfeed.h"

#include <accountrepository.h>
#include <actionengine.h>
#include <attachmentrepository.h>
#include <attachmentretention.h>
#include <attachmentstore.h>
#include <authservice.h>
#include <avatarstore.h>
#include <bootstrap.h>
#include <chatbotservice.h>
#include <chatrouting.h>
#include <chatservice.h>
#include <clusterfeed.h>
#include <contactformrunner.h>
#include <conversationaccess.h>
#include <conversationrepository.h>
#include <database.h>
#include <databaselock.h>
#include <deadlinescheduler.h>
#include <devicerepository.h>
#include <emailcomposer.h>
#include <emailrepository.h>
#include <emailservice.h>
#include <envelope.h>
#include <groupassigner.h>
#include <groupquestion.h>
#include <groupservice.h>
#include <helpscoutcomposer.h>
#include <helpscoutservice.h>
#include <httpposter.h>
#include <loginthrottle.h>
#include <messagetypes.h>
#include <notificationrouter.h>
#include <onetimelinkrepository.h>
#include <outboxworker.h>
#include <passwordhasher.h>
#include <passwordservice.h>
#include <presenceservice.h>
#include <queuereturner.h>
#include <reportrunner.h>
#include <scenariorunner.h>
#include <secrets.h>
#include <slowresponsewatcher.h>
#include <smtpsender.h>
#include <teamactivity.h>
#include <teamservice.h>
#include <visitorlimits.h>
#include <visitorservice.h>
#include <webhookcomposer.h>
#include <webhookservice.h>

#include <QDir>
#include <QHostInfo>

namespace papo::server {

// Declared in dependency order: members are destroyed in reverse, sessions first.
struct PapoServer::Parts
{
    Parts(Database &db, const ServerConfig &config)
        : accounts(db.connection())
        , devices(db.connection())
        , links(db.connection())
        , conversations(db.connection())
        , throttle(db.connection())
        , auth(accounts, devices, throttle)
        , passwords(accounts, links, auth)
        , chat(db, accounts, conversations)
        , presence(accounts)
        , visitorRepository(db.connection())
        , visitorService(visitorRepository, conversations, accounts)
        , groups(GroupRepository(db.connection()), accounts)
        , groupAssigner(GroupRepository(db.connection()), groups)
        , access(accounts, groups, conversations, visitorRepository)
        , routing(groups, presence)
        , groupQuestion(groups, routing)
        , hub(chat, presence, visitorService, access)
        // Several nodes may share a PostgreSQL database: each hears of the others' messages and
        // frames (docs/scaling.md, "Several nodes").
        , feed(db.dialect() == SqlDialect::PostgreSQL
                   ? std::make_unique<ClusterFeed>(db.url(), db.connection())
                   : nullptr)
        , visitorLimits([this] { return deadlines.now(); }, config.rateLimitScale)
        , queueReturner(chat, deadlines, qint64(config.queueReturnSeconds) * 1000)
        , slowResponses(chat, deadlines, SlowResponseRepository(db.connection()))
        , notificationRouter(chat, presence, routing, slowResponses, groupAssigner)
        , notificationDelivery(hub, deadlines, config.notifyDelayMs)
        , avatars(config.dataDir)
        , team(accounts, links, avatars)
        , activity(accounts, presence)
        , teamFeed(accounts, presence, activity, hub, groups, routing, groupQuestion)
        , attachmentRepository(db.connection())
        , attachments(attachmentRepository, config.attachmentLimitBytes)
        , retention(attachments, attachmentRepository, deadlines, config.attachmentRetentionDays)
        , actions(ActionRepository(db.connection()), deadlines, groupAssigner)
        , reports(db.url(), systemClock())
        , composer(db.connection(), accounts, unsubscribeLinks, config.publicUrl)
        , webhookComposer(db.connection())
        , helpScoutClient(poster)
        , helpScoutComposer(db.connection())
        , outbox(db.connection(), deadlines,
                 {smtp, composer, poster, webhookComposer, helpScoutClient, helpScoutComposer},
                 config.smtpCaFile)
        , email(db.connection(), outbox, smtp, unsubscribeLinks)
        , webhooks(db.connection())
        , helpScout(db.connection(), outbox)
        , chatbot(ScenarioRepository(db.connection()), groups)
        , scenarios(chat, chatbot, accounts, groupAssigner, ScenarioRunRepository(db.connection()))
        , contactForms(chat, accounts, visitorService, deadlines,
                       ContactFormRepository(db.connection()))
        , otherNodes({hub, chat, groups, access, actions, presence, visitorService,
                      visitorRepository, teamFeed},
                     feed.get())
        , http(ServerContext{accounts,
                             auth,
                             chat,
                             presence,
                             hub,
                             visitorService,
                             team,
                             teamFeed,
                             attachments,
                             deadlines,
                             slowResponses,
                             passwords,
                             groups,
                             groupAssigner,
                             groupQuestion,
                             access,
                             routing,
                             visitorLimits,
                             actions,
                             reports,
                             email,
                             webhooks,
                             helpScout,
                             chatbot,
                             scenarios,
                             contactForms,
                             qint64(config.idleTimeoutSeconds) * 1000,
                             qint64(config.helloTimeoutSeconds) * 1000,
                             config.publicUrl},
               avatars)
    {
        if (feed)
            hub.attachFeed(feed.get());
        // Password checks off the main thread, a few at a time (docs/security.md).
        auth.setPasswordHasher(&hasher);
        visitorService.storeArrivalsThrough(
            [this](std::function<bool(QSqlDatabase &)> work, std::function<void(bool)> done) {
                chat.submitWrite(std::move(work), std::move(done));
            });
        // Roles decide who sees everything (GRP-1): read them again after a team change.
        QObject::connect(&team, &TeamService::teamChanged, &hub, [this] {
            access.forgetRoles();
            hub.tellOtherNodes(SessionHub::NodeChange::Team);
        });
        connectGroups();
        connectActions();
        connectEmail();
        connectContactForm();
        QObject::connect(&notificationRouter, &NotificationRouter::notificationDue,
                         &notificationDelivery, &NotificationDelivery::deliver);
        QObject::connect(&chat, &ChatService::readMarked, &notificationDelivery,
                         [this](qint64 conversationId, qint64, common::AuthorKind reader,
                                qint64 operatorId, qint64 upToId) {
                             if (reader == common::AuthorKind::Operator)
                                 notificationDelivery.chatRead(operatorId, conversationId, upToId);
                         });
        QObject::connect(&team, &TeamService::teamChanged, &hub, [this] {
            hub.sendToOperators(
                common::encodeEvent(common::MessageType::Team,
                                    {{QLatin1String("operators"), teamJson(accounts, presence)},
                                     {QLatin1String("teamName"), accounts.teamName()}}));
        });
        // Names, photos and deactivations show in the widget's header too (WID-1).
        QObject::connect(&team, &TeamService::teamChanged, &teamFeed, &VisitorTeamFeed::announce);
        QObject::connect(&chat, &ChatService::messagePosted, &activity,
                         [this](const common::ChatMessage &message) {
                             if (message.authorKind == common::AuthorKind::Operator)
                                 activity.noteActive(message.authorId);
                         });
        // TEAM-3: a deactivated operator's open connections end now, not at their next request.
        QObject::connect(&team, &TeamService::operatorDeactivated, &hub,
                         [this](qint64 operatorId) { hub.closeOperator(operatorId); });
        // Signed-out devices (logging out, a new password, an admin's reset) go offline now.
        QObject::connect(&auth, &AuthService::signedOut, &hub, &SessionHub::closeDevices);
    }

    // GRP-1, GRP-2: operators hear of group changes; a visitor's new group moves their chats
    // and their widget (the mode and team of that group).
    void connectGroups()
    {
        QObject::connect(&groups, &GroupService::groupsChanged, &hub, [this] {
            hub.tellOtherNodes(SessionHub::NodeChange::Groups); // before the frame they relay
            hub.sendToOperators(common::encodeEvent(
                common::MessageType::Groups,
                {{QLatin1String("groups"), GroupRequests::groupsJson(groups)}}));
        });
        QObject::connect(
            &groupAssigner, &GroupAssigner::assigned, &hub,
            [this](qint64 visitorId, qint64 fromGroupId, qint64 toGroupId, GroupSource source) {
                if (fromGroupId != toGroupId) {
                    const GroupRecord *group = groups.group(toGroupId);
                    if (!group)
                        group = groups.group(fromGroupId);
                    const qint64 widgetGroup
                        = SessionHub::widgetGroupOf(toGroupId, group ? group->websiteId : 0);
                    hub.moveVisitor(visitorId, widgetGroup, fromGroupId, toGroupId);
                    teamFeed.sendTo(visitorId, widgetGroup);
                }
                // A page's group comes with its hello, whose page view tells
                // the operators about the visitor, group included.
                if (source != GroupSource::Page)
                    visitorService.groupChanged(visitorId, toGroupId);
                chat.announceVisitorConversations(visitorId);
            });
        QObject::connect(&groups, &GroupService::groupRemoved, &hub,
                         [this](const GroupRecord &group, const QList<qint64> &visitorIds) {
                             // Everyone sees them now; papo-desk reloads its lists on `groups`.
                             const qint64 widgetGroup
                                 = SessionHub::widgetGroupOf(0, group.websiteId);
                             for (qint64 visitorId : visitorIds) {
                                 hub.moveVisitor(visitorId, widgetGroup, group.id, 0);
                                 visitorService.groupForgotten(visitorId);
                                 teamFeed.sendTo(visitorId, widgetGroup);
                             }
                         });
    }

    // ACT-1…4: the engine reads visitors through the services; its firings become frames.
    void connectActions()
    {
        actions.setSurroundings(
            {[this](qint64 visitorId, const QDateTime &now) -> std::optional<VisitorFacts> {
                 const auto summary = visitorService.summary(visitorId);
                 if (!summary || !summary->online)
                     return std::nullopt;
                 return VisitorFacts::of(*summary, now, routing.isLive(summary->profile.groupId));
             },
             [this](qint64 operatorId) { return presence.isOnline(operatorId); },
             [this](qint64 groupId) { return routing.isLive(groupId); }});
        actions.reload();
        QObject::connect(&visitorService, &VisitorService::visitorLeft, &actions,
                         [this](qint64 visitorId) { actions.visitorLeft(visitorId); });
        QObject::connect(&actions, &ActionEngine::messageFired, &hub,
                         [this](const TargetedMessage &message) {
                             visitorService.invited(message.firing.visitorId); // VIS-3
                             hub.sendToVisitor(message.firing.visitorId,
                                               targetedMessageFrame(message, accounts, groups));
                         });
        QObject::connect(&actions, &ActionEngine::windowOpenDue, &hub, [this](qint64 visitorId) {
            hub.sendToVisitor(visitorId, openWindowFrame());
        });
        // BOT-6: the scenario starts; the visitor's widget hears of each new set of buttons.
        QObject::connect(&actions, &ActionEngine::scenarioDue, &scenarios,
                         [this](qint64 visitorId, qint64 scenarioId) {
                             visitorService.invited(visitorId); // VIS-3
                             const auto summary = visitorService.summary(visitorId);
                             scenarios.start(visitorId, scenarioId,
                                             summary ? summary->profile.language : QString());
                         });
        QObject::connect(&scenarios, &ScenarioRunner::promptChanged, &hub,
                         [this](qint64 visitorId, const QJsonObject &prompt) {
                             hub.sendToVisitor(
                                 visitorId,
                                 common::encodeEvent(common::MessageType::Scenario, prompt));
                         });
    }

    // FRM-1…8: the form follows the visitor's mode; the widget hears of every change.
    void connectContactForm()
    {
        contactForms.setTeamLive([this](qint64 visitorId) {
            const auto profile = visitorService.profile(visitorId);
            return routing.isLive(profile ? profile->groupId : 0);
        });
        QObject::connect(&contactForms, &ContactFormRunner::formChanged, &hub,
                         [this](qint64 visitorId, const QJsonObject &form) {
                             hub.sendToVisitor(
                                 visitorId,
                                 common::encodeEvent(common::MessageType::ContactForm, form));
                         });
    }

    // INT-1…3: what may have put a row into the outbox wakes its worker (which only looks
    // when a row is due).
    void connectEmail()
    {
        chat.setTeamAway([this](qint64 visitorId) {
            const auto group = groupAssigner.visitorGroup(visitorId); // one row, not a summary
            return !routing.isLive(group ? group->groupId : 0);
        });
        const auto wake = [this] { outbox.wakeSoon(); };
        QObject::connect(&chat, &ChatService::messagePosted, &outbox, wake);
        QObject::connect(&chat, &ChatService::conversationChanged, &outbox, wake);
        QObject::connect(&visitorService, &VisitorService::visitorChanged, &outbox, wake);
    }

    AccountRepository accounts;
    DeviceRepository devices;
    OneTimeLinkRepository links;
    ConversationRepository conversations;
    LoginThrottle throttle;
    PasswordHasher hasher;
    AuthService auth;
    PasswordService passwords;
    ChatService chat;
    PresenceService presence;
    VisitorRepository visitorRepository;
    VisitorService visitorService;
    GroupService groups;
    GroupAssigner groupAssigner;
    ConversationAccess access;
    ChatRouting routing;
    GroupQuestion groupQuestion;
    SessionHub hub;
    std::unique_ptr<ClusterFeed> feed;
    DeadlineScheduler deadlines;
    VisitorLimits visitorLimits;
    QueueReturner queueReturner;
    SlowResponseWatcher slowResponses;
    NotificationRouter notificationRouter;
    NotificationDelivery notificationDelivery;
    AvatarStore avatars;
    TeamService team;
    TeamActivity activity;
    VisitorTeamFeed teamFeed;
    AttachmentRepository attachmentRepository;
    AttachmentStore attachments;
    AttachmentRetention retention;
    ActionEngine actions;
    ReportRunner reports;
    SmtpSender smtp;
    UnsubscribeLinks unsubscribeLinks;
    EmailComposer composer;
    HttpPoster poster;
    WebhookComposer webhookComposer;
    HelpScoutClient helpScoutClient;
    HelpScoutComposer helpScoutComposer;
    OutboxWorker outbox;
    EmailService email;
    WebhookService webhooks;
    HelpScoutService helpScout;
    ChatbotService chatbot;
    ScenarioRunner scenarios;
    ContactFormRunner contactForms;
    OtherNodes otherNodes;
    HttpFront http;
};

PapoServer::PapoServer(QObject *parent)
    : QObject(parent)
    , m_database(std::make_unique<Database>())
{}

PapoServer::~PapoServer() = default;

bool PapoServer::configureVisitorKnowledge(const ServerConfig &config, QString *error)
{
    VisitorService &visitors = m_parts->visitorService;
    if (!config.geoIpPath.isEmpty() && !visitors.openGeoIp(config.geoIpPath, error))
        return false;
    if (!visitors.setTrustedProxies(config.trustedProxies, error)) {
        *error = QStringLiteral("--trusted-proxy: %1").arg(*error);
        return false;
    }
    // Without uap-core's rules every browser reads "Other": worth a warning, not a refusal.
    QString userAgentError;
    if (!visitors.loadUserAgentRules(config.userAgentRulesPath, &userAgentError))
        qWarning("papo-server: user agents will read \"Other\": %s", qPrintable(userAgentError));
    return true;
}

DatabaseUrl PapoServer::defaultDatabase(const QString &dataDir)
{
    return DatabaseUrl::sqlite(QDir(dataDir).filePath(QStringLiteral("papo.sqlite")));
}

bool PapoServer::start(const ServerConfig &config, StartInfo *info, QString *error)
{
    if (!Secrets::initialize()) {
        *error = QStringLiteral("libsodium could not be initialised");
        return false;
    }
    const DatabaseUrl database = config.database.value_or(defaultDatabase(config.dataDir));
    // One server per SQLite file, and `papo-server restore` knows when one runs.
    m_lock = std::make_unique<DatabaseLock>();
    if (!database.isPostgreSql() && !m_lock->acquire(database.sqlitePath(), error))
        return false;
    if (!m_database->open(database, error))
        return false;
    info->database = database.redacted();
    AccountRepository accounts(m_database->connection());
    const BootstrapResult bootstrap
        = bootstrapAccount(accounts, config.ownerEmail, config.ownerPassword, config.ownerName);
    if (!bootstrap.ok) {
        *error = bootstrap.error;
        return false;
    }
    m_parts = std::make_unique<Parts>(*m_database, config);
    m_parts->queueReturner.restore();
    if (!m_parts->attachments.open(config.dataDir, error))
        return false;
    m_parts->retention.start();
    if (!configureVisitorKnowledge(config, error))
        return false;
    m_config = config;
    m_parts->http.setHeadTimeout(qint64(config.headTimeoutSeconds) * 1000);
    if (!config.tlsCertificatePath.isEmpty() || !config.tlsKeyPath.isEmpty()) {
        if (!reloadTls(error))
            return false;
        info->tls = true;
    }
    info->port = m_parts->http.listen(config.address, config.port);
    if (info->port == 0) {
        *error = QStringLiteral("Cannot listen on %1:%2")
                     .arg(config.address.toString())
                     .arg(config.port);
        return false;
    }
    // INT-2: visitors' emails link back here (unsubscribe): --public-url, else as listening.
    if (config.publicUrl.isEmpty()) {
        QUrl base;
        base.setScheme(info->tls ? QStringLiteral("https") : QStringLiteral("http"));
        base.setHost(config.address == QHostAddress::Any || config.address == QHostAddress::AnyIPv4
                             || config.address == QHostAddress::AnyIPv6
                         ? QHostInfo::localHostName()
                         : config.address.toString());
        base.setPort(info->port);
        m_parts->composer.setPublicBase(base);
    }
    EmailRepository email(m_database->connection());
    if (!m_parts->unsubscribeLinks.open(email)) {
        *error = QStringLiteral("The key of unsubscribe links could not be read or made.");
        return false;
    }
    m_parts->outbox.wake(); // what waited while the server was down
    info->websiteKey = accounts.websites().value(0).widgetKey;
    info->ownerEmail = bootstrap.ownerEmail;
    info->generatedPassword = bootstrap.generatedPassword;
    return true;
}

bool PapoServer::reloadTls(QString *error)
{
    if (m_config.tlsCertificatePath.isEmpty() && m_config.tlsKeyPath.isEmpty()) {
        *error = QStringLiteral("the server runs without --tls-cert: nothing to reload");
        return false;
    }
    if (m_config.tlsCertificatePath.isEmpty() || m_config.tlsKeyPath.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return false;
    }
    const auto configuration
        = TlsCredentials::load(m_config.tlsCertificatePath, m_config.tlsKeyPath, error);
    if (!configuration)
        return false;
    m_parts->http.setTlsConfiguration(*configuration);
    return true;
}

} // namespace papo::server
