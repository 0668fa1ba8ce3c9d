#include "scratchopen.h"
#include <accountrepository.h>
#include <authservice.h>
#include <avatarstore.h>
#include <bootstrap.h>
#include <database.h>
#include <devicerepository.h>
#include <loginthrottle.h>
#include <onetimelink.h>
#include <onetimelinkrepository.h>
#include <passwordrules.h>
#include <passwordservice.h>
#include <secrets.h>
#include <teamservice.h>
#include <testdatabase.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace papo::server;
using papo::common::ErrorCode;
using papo::common::OperatorStatus;
using State = OneTimeLink::State;

// Accounts in the core against a real SQLite database: devices, one-time links (invites and
// password resets, on the test's clock), password changes and the first owner.
class TestAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Secrets::initialize()); }

    void init()
    {
        m_now = QDateTime(QDate(2026, 11, 27), QTime(14, 0), Qt::UTC);
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        const QString error = papo::testing::openScratch(m_scratch, *m_db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_accounts = std::make_unique<AccountRepository>(m_db->connection());
        m_devices = std::make_unique<DeviceRepository>(m_db->connection());
        m_links = std::make_unique<OneTimeLinkRepository>(m_db->connection());
        m_throttle = std::make_unique<LoginThrottle>(m_db->connection(), clock(), 3, 60);
        m_auth = std::make_unique<AuthService>(*m_accounts, *m_devices, *m_throttle, clock());
        m_passwords = std::make_unique<PasswordService>(*m_accounts, *m_links, *m_auth, clock());
        m_avatars = std::make_unique<AvatarStore>(m_dir->path());
        m_team = std::make_unique<TeamService>(*m_accounts, *m_links, *m_avatars, clock());
        QVERIFY(bootstrapAccount(*m_accounts, "dona.maria@loja.example", "senha-da-dona").ok);
        m_owner = *m_accounts->operatorByEmail("dona.maria@loja.example");
        const qint64 biaId = m_accounts->createOperator(
            "bia@loja.example", "Bia", Secrets::hashPassword("senha-da-bia"), "operator");
        m_bia = *m_accounts->operatorById(biaId);
    }

    void cleanup()
    {
        m_team.reset();
        m_avatars.reset();
        m_passwords.reset();
        m_auth.reset();
        m_throttle.reset();
        m_links.reset();
        m_devices.reset();
        m_accounts.reset();
        m_db.reset();
    }

    void theFirstOwnerHasARealNameAndStartsOnline()
    {
        QCOMPARE(m_owner.name, QString("Dona Maria"));
        QCOMPARE(m_owner.status, OperatorStatus::Online);
        QVERIFY(m_owner.profilePending);
        QVERIFY(!m_bia.profilePending); // not a new account: made as before
        QCOMPARE(m_bia.status, OperatorStatus::Offline);
    }

    void namesFromEmails_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("name");
        QTest::newRow("dotted") << "ana.souza@loja.example"
                                << "Ana Souza";
        QTest::newRow("one word") << "owner@papo.local"
                                  << "Owner";
        QTest::newRow("separators") << "joao_da-silva+papo@x.example"
                                    << "Joao Da Silva Papo";
        QTest::newRow("accents kept") << "érica@x.example"
                                      << "Érica";
        QTest::newRow("nothing usable") << "...@x.example"
                                        << "Owner";
    }
    void namesFromEmails()
    {
        QFETCH(QString, email);
        QFETCH(QString, name);
        QCOMPARE(nameFromEmail(email), name);
    }

    void theDefaultWebsiteIsNamedInTheServersLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("name");
        QTest::newRow("Brazil") << "pt_BR"
                                << "Meu site";
        QTest::newRow("Portugal") << "pt_PT"
                                  << "Meu site";
        QTest::newRow("Argentina") << "es_AR"
                                   << "Mi sitio web";
        QTest::newRow("English") << "en_US"
                                 << "My website";
        QTest::newRow("C") << "C"
                           << "My website";
        QTest::newRow("German: English") << "de_DE"
                                         << "My website";
    }
    void theDefaultWebsiteIsNamedInTheServersLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, name);
        QCOMPARE(defaultWebsiteName(QLocale(locale)), name);
    }

    void ownerNameFromTheEnvironmentWins()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(DatabaseUrl::sqlite(dir.filePath("papo.sqlite")), &error));
        AccountRepository accounts(db.connection());
        QVERIFY(bootstrapAccount(accounts, "x@loja.example", "segredo", "  Maria   Souza ").ok);
        QCOMPARE(accounts.operatorByEmail("x@loja.example")->name, QString("Maria Souza"));
    }

    void passwordRules_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("7 characters") << "1234567" << false;
        QTest::newRow("8 characters") << "12345678" << true;
        QTest::newRow("8 accented characters, 16 bytes") << "çãéíóúâê" << true;
        QTest::newRow("1024 bytes") << QString(1024, 'a') << true;
        QTest::newRow("1025 bytes") << QString(1025, 'a') << false;
        QTest::newRow("600 two-byte characters") << QString(600, QChar(0xe7)) << false;
    }
    void passwordRules()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        QCOMPARE(PasswordRules::problem(password).isEmpty(), accepted);
    }

    void linksPointAtTheServersPages_data()
    {
        QTest::addColumn<QUrl>("base");
        QTest::addColumn<QString>("link");
        QTest::newRow("the desk's socket")
            << QUrl("ws://127.0.0.1:8080/ws/operator") << "http://127.0.0.1:8080/invite#T0k-en_";
        QTest::newRow("TLS and a base path") << QUrl("wss://chat.example/papo/ws/operator")
                                             << "https://chat.example/papo/invite#T0k-en_";
        QTest::newRow("--public-url")
            << QUrl("https://chat.example/") << "https://chat.example/invite#T0k-en_";
    }
    void linksPointAtTheServersPages()
    {
        QFETCH(QUrl, base);
        QFETCH(QString, link);
        QCOMPARE(OneTimeLink::url(base, OneTimeLink::InvitePage, "T0k-en_").toString(), link);
    }

    void devicesAreListedAndSignedOut()
    {
        QSignalSpy signedOut(m_auth.get(), &AuthService::signedOut);
        const auto laptop = login("bia@loja.example", "senha-da-bia", "10.0.0.5",
                                  "bia-laptop (Debian GNU/Linux 12)");
        QCOMPARE(laptop.outcome, LoginResult::Outcome::Ok);
        m_now = m_now.addSecs(60);
        const auto desktop = login("bia@loja.example", "senha-da-bia", "10.0.0.6", "loja");
        const auto laptopId = m_auth->authenticate(laptop.token)->deviceId;
        const auto desktopId = m_auth->authenticate(desktop.token)->deviceId;

        auto devices = m_auth->devices(m_bia.id);
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices.first().name, QString("loja")); // used last, first
        QCOMPARE(devices.last().name, QString("bia-laptop (Debian GNU/Linux 12)"));
        QCOMPARE(devices.last().address, QString("10.0.0.5"));
        m_now = m_now.addSecs(60);
        m_auth->noteDeviceUsed(laptopId, "10.0.0.9");
        devices = m_auth->devices(m_bia.id);
        QCOMPARE(devices.first().id, laptopId);
        QCOMPARE(devices.first().address, QString("10.0.0.9"));
        QCOMPARE(devices.first().lastUsedAt, m_now);

        QVERIFY(!m_auth->logOutDevice(m_owner.id, laptopId)); // not the owner's device
        QVERIFY(m_auth->logOutDevice(m_bia.id, laptopId));
        QCOMPARE(signedOut.size(), 1);
        QCOMPARE(signedOut.last().at(1).value<QList<qint64>>(), QList<qint64>{laptopId});
        QVERIFY(!m_auth->authenticate(laptop.token));
        QVERIFY(m_auth->authenticate(desktop.token));
        QVERIFY(!m_auth->logOutDevice(m_bia.id, laptopId)); // once

        m_auth->logOutEverywhere(m_bia.id);
        QCOMPARE(signedOut.last().at(1).value<QList<qint64>>(), QList<qint64>{desktopId});
        QVERIFY(m_auth->devices(m_bia.id).isEmpty());
        QVERIFY(!m_auth->logout(desktop.token));
    }

    void invitesWorkOnceForSevenDays()
    {
        IssuedLink invite;
        QVERIFY(m_team->invite(m_owner, "carla@loja.example", "admin", &invite).ok());
        QCOMPARE(invite.expiresAt, m_now.addDays(7));
        InviteLinkInfo info = m_team->inviteInfo(invite.token);
        QCOMPARE(info.state, State::Valid);
        QCOMPARE(info.email, QString("carla@loja.example"));
        QCOMPARE(info.role, QString("admin"));
        QCOMPARE(info.inviterName, QString("Dona Maria"));
        QVERIFY(m_team->setTeamName(m_owner, "Loja <b>Bonita</b>").ok());
        QCOMPARE(m_team->inviteInfo(invite.token).teamName, QString("Loja <b>Bonita</b>"));
        QCOMPARE(m_team->setTeamName(m_bia, "Outra").error, ErrorCode::Forbidden);
        QCOMPARE(m_team->inviteInfo("no-such-token").state, State::Unknown);

        OperatorRecord carla;
        QCOMPARE(m_team->acceptInvite(invite.token, "Carla", "curta", &carla).error,
                 ErrorCode::InvalidField);
        QCOMPARE(m_team->inviteInfo(invite.token).state, State::Valid); // still usable
        QVERIFY(
            m_team->acceptInvite(invite.token, "  Carla  Dias ", "senha-da-carla", &carla).ok());
        QCOMPARE(carla.name, QString("Carla Dias"));
        QCOMPARE(carla.role, QString("admin"));
        QVERIFY(carla.profilePending);
        QCOMPARE(carla.status, OperatorStatus::Online);
        QCOMPARE(m_team->inviteInfo(invite.token).state, State::Used);
        QCOMPARE(m_team->acceptInvite(invite.token, "Outra", "senha-da-outra", &carla).error,
                 ErrorCode::NotFound);

        IssuedLink late;
        QVERIFY(m_team->invite(m_owner, "davi@loja.example", "operator", &late).ok());
        m_now = m_now.addDays(7);
        QCOMPARE(m_team->inviteInfo(late.token).state, State::Expired);
        QCOMPARE(m_team->acceptInvite(late.token, "Davi", "senha-do-davi", &carla).error,
                 ErrorCode::NotFound);
    }

    void savingTheProfileEndsTheFirstLoginRequest()
    {
        QVERIFY(m_accounts->operatorById(m_owner.id)->profilePending);
        QVERIFY(m_team->updateProfile(m_owner.id, std::nullopt, std::nullopt).ok());
        QVERIFY(!m_accounts->operatorById(m_owner.id)->profilePending);
    }

    void changingThePasswordNeedsTheCurrentOneAndIsThrottled()
    {
        const auto here = login("bia@loja.example", "senha-da-bia", "10.0.0.5", "here");
        const auto there = login("bia@loja.example", "senha-da-bia", "10.0.0.6", "there");
        const qint64 hereId = m_auth->authenticate(here.token)->deviceId;
        QCOMPARE(
            m_passwords->change(m_bia, hereId, "senha-da-bia", "curta", false, "10.0.0.5").error,
            ErrorCode::InvalidField);
        for (int attempt = 0; attempt < 3; ++attempt)
            QCOMPARE(
                m_passwords->change(m_bia, hereId, "errada", "nova-senha-da-bia", false, "10.0.0.5")
                    .error,
                ErrorCode::WrongPassword);
        // Three failures in a minute (this test's throttle): even the right one waits.
        QCOMPARE(m_passwords
                     ->change(m_bia, hereId, "senha-da-bia", "nova-senha-da-bia", true, "10.0.0.5")
                     .error,
                 ErrorCode::TooManyAttempts);
        QCOMPARE(login("bia@loja.example", "senha-da-bia", "10.0.0.7", "x").outcome,
                 LoginResult::Outcome::Throttled); // the account too, like logins
        m_now = m_now.addSecs(61);
        QVERIFY(m_passwords
                    ->change(m_bia, hereId, "senha-da-bia", "nova-senha-da-bia", true, "10.0.0.5")
                    .ok());
        QVERIFY(m_auth->authenticate(here.token));
        QVERIFY(!m_auth->authenticate(there.token)); // "log out my other devices"
        QCOMPARE(login("bia@loja.example", "senha-da-bia", "10.0.0.5", "x").outcome,
                 LoginResult::Outcome::InvalidCredentials);
        QCOMPARE(login("bia@loja.example", "nova-senha-da-bia", "10.0.0.5", "x").outcome,
                 LoginResult::Outcome::Ok);
    }

    void anAdminsResetSignsOutAndWorksOnceForAnHour()
    {
        const auto session = login("bia@loja.example", "senha-da-bia", "10.0.0.5", "x");
        IssuedLink link;
        QCOMPARE(m_passwords->issueReset(m_bia, m_owner.id, &link).error, ErrorCode::Forbidden);
        QCOMPARE(m_passwords->issueReset(m_owner, m_owner.id, &link).error,
                 ErrorCode::InvalidField);
        QVERIFY(m_passwords->issueReset(m_owner, m_bia.id, &link).ok());
        QCOMPARE(link.expiresAt, m_now.addSecs(3600));
        QVERIFY(!m_auth->authenticate(session.token)); // her sessions end at once
        QCOMPARE(login("bia@loja.example", "senha-da-bia", "10.0.0.5", "x").outcome,
                 LoginResult::Outcome::InvalidCredentials);

        ResetLinkInfo info = m_passwords->resetInfo(link.token);
        QCOMPARE(info.state, State::Valid);
        QCOMPARE(info.email, QString("bia@loja.example"));
        QCOMPARE(info.issuerName, QString("Dona Maria"));
        OperatorRecord account;
        QVERIFY(m_passwords->completeReset(link.token, "a-nova-senha", &account).ok());
        QCOMPARE(account.id, m_bia.id);
        QCOMPARE(m_passwords->resetInfo(link.token).state, State::Used);
        QCOMPARE(m_passwords->completeReset(link.token, "outra-senha-qualquer", &account).error,
                 ErrorCode::NotFound);
        QCOMPARE(login("bia@loja.example", "a-nova-senha", "10.0.0.5", "x").outcome,
                 LoginResult::Outcome::Ok);

        // A newer link replaces an older one; an hour later it has expired.
        IssuedLink first;
        IssuedLink second;
        QVERIFY(m_passwords->issueResetFor("bia@loja.example", &first).ok());
        QVERIFY(m_passwords->issueResetFor("BIA@loja.example", &second).ok());
        QCOMPARE(m_passwords->resetInfo(first.token).state, State::Used);
        QVERIFY(m_passwords->resetInfo(second.token).issuerName.isEmpty()); // the command line
        m_now = m_now.addSecs(3600);
        QCOMPARE(m_passwords->resetInfo(second.token).state, State::Expired);
        QCOMPARE(m_passwords->completeReset(second.token, "mais-uma-senha", &account).error,
                 ErrorCode::NotFound);
        IssuedLink none;
        QCOMPARE(m_passwords->issueResetFor("ninguem@loja.example", &none).error,
                 ErrorCode::NotFound);
    }

    void theCommandLinesLinkKeepsThePasswordUntilUsed()
    {
        const auto session = login("dona.maria@loja.example", "senha-da-dona", "::1", "x");
        IssuedLink link;
        QVERIFY(m_passwords->issueResetFor("dona.maria@loja.example", &link).ok());
        QVERIFY(m_auth->authenticate(session.token));
        OperatorRecord account;
        QVERIFY(m_passwords->completeReset(link.token, "senha-nova-da-dona", &account).ok());
        QVERIFY(!m_auth->authenticate(session.token)); // used: every device signed out
        QCOMPARE(login("dona.maria@loja.example", "senha-nova-da-dona", "::1", "x").outcome,
                 LoginResult::Outcome::Ok);
    }

    void nobodyResetsTheOwnerOrADeactivatedTeammate()
    {
        const qint64 adminId = m_accounts->createOperator(
            "eva@loja.example", "Eva", Secrets::hashPassword("senha-da-eva"), "admin");
        const OperatorRecord eva = *m_accounts->operatorById(adminId);
        IssuedLink link;
        QCOMPARE(m_passwords->issueReset(eva, m_owner.id, &link).error, ErrorCode::Forbidden);
        QVERIFY(m_accounts->setActive(m_bia.id, false));
        QCOMPARE(m_passwords->issueReset(eva, m_bia.id, &link).error, ErrorCode::Forbidden);
        QCOMPARE(m_passwords->issueResetFor("bia@loja.example", &link).error, ErrorCode::Forbidden);
        QCOMPARE(m_passwords->issueReset(eva, 4242, &link).error, ErrorCode::NotFound);
    }

private:
    // Without a password hasher, login() answers before it returns.
    LoginResult login(const QString &email, const QString &password, const QString &address,
                      const QString &deviceName)
    {
        std::optional<LoginResult> result;
        m_auth->login(email, password, address, deviceName,
                      [&](const LoginResult &answer) { result = answer; });
        Q_ASSERT(result);
        return *result;
    }

    Clock clock()
    {
        return [this] { return m_now; };
    }

    QDateTime m_now;
    std::unique_ptr<QTemporaryDir> m_dir;
    papo::testing::ScratchDatabase m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountRepository> m_accounts;
    std::unique_ptr<DeviceRepository> m_devices;
    std::unique_ptr<OneTimeLinkRepository> m_links;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<PasswordService> m_passwords;
    std::unique_ptr<AvatarStore> m_avatars;
    std::unique_ptr<TeamService> m_team;
    OperatorRecord m_owner;
    OperatorRecord m_bia;
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
