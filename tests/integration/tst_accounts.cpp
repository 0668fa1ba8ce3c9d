#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <testdatabase.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject bodyOf(const ServerProcess::HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

// Moves a one-time link's expiry into the past in the server's own database, the way the
// clock would after a week (or an hour): the test does not wait for it.
bool expireLink(const ServerProcess &server, const QString &table, const QString &token)
{
    papo::server::Database database;
    if (!openServerDatabase(server, database))
        return false;
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("UPDATE %1 SET expires_at = '2020-01-01T00:00:00.000Z' "
                                 "WHERE token_hash = ?")
                      .arg(table));
    query.addBindValue(papo::server::Secrets::tokenDigest(token));
    return query.exec() && query.numRowsAffected() == 1;
}

// Where `papo-server reset-password` finds the running server's database: its data directory
// (SQLite), or the same --database URL (PostgreSQL).
QStringList databaseArguments(const ServerProcess &server)
{
    if (TestDatabase::isPostgreSql())
        return {"--database", server.databaseUrl()};
    return {"--data-dir", server.dataDir()};
}

QString tokenOf(const QString &link)
{
    return link.section(QLatin1Char('#'), 1);
}

} // namespace

// Joining from an invite link, password resets by an admin and on the server's command line,
// and the first owner (issue "Accounts for real"), against the real server binary.
class TestAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server.setEnvironment("PAPO_OWNER_NAME", "Dona <i>Maria</i>");
        m_server.setEnvironment("LANG", "pt_BR.UTF-8"); // a Brazilian Debian install
        m_server.setEnvironment("LC_ALL", "pt_BR.UTF-8");
        QVERIFY(startWithOwnerAndBia(m_server, &m_owner, &m_bia));
    }

    void theFirstOwnerHasANameStartsOnlineAndIsAskedForAProfile()
    {
        auto owner = std::make_unique<WsClient>();
        QVERIFY(owner->open(m_server.wsUrl("/ws/operator")));
        const auto hello = owner->request("hello", {{"token", m_owner}});
        const QJsonObject me = hello->data.value("operator").toObject();
        QCOMPARE(me.value("name").toString(), QString("Dona <i>Maria</i>"));
        QCOMPARE(me.value("status").toString(), QString("online"));
        QVERIFY(me.value("profilePending").toBool());
        QCOMPARE(owner->request("update_profile", {{"title", "Dona da loja"}})->type,
                 QString("ack"));
        // The website the team starts with is named in the server's language.
        const QJsonArray websites = owner->request("websites")->data.value("websites").toArray();
        QCOMPARE(websites.size(), 1);
        QCOMPARE(websites.first().toObject().value("name").toString(), QString("Meu site"));
        auto again = connectOperator(m_server, m_owner);
        const auto secondHello = again->received().first();
        QVERIFY(!secondHello.data.value("operator").toObject().value("profilePending").toBool());
    }

    void theJoinPageIsServedWithNothingFromElsewhere()
    {
        for (const QString path : {"/invite", "/reset"}) {
            const auto page = m_server.get(path);
            QCOMPARE(page.status, 200);
            QVERIFY(page.headers.value("content-type").startsWith("text/html"));
            const QByteArray policy = page.headers.value("content-security-policy");
            QVERIFY2(policy.contains("default-src 'none'") && policy.contains("script-src 'self'")
                         && policy.contains("frame-ancestors 'none'"),
                     policy.constData());
            QCOMPARE(page.headers.value("referrer-policy"), QByteArray("no-referrer"));
            QVERIFY(page.body.contains("account.js") && page.body.contains("account.css"));
            QVERIFY(!page.body.contains("http://") && !page.body.contains("https://"));
        }
        const auto script = m_server.get("/account.js");
        QCOMPARE(script.status, 200);
        QVERIFY(!script.body.contains("__PAPO_PAGE_TEXTS__"));
        QVERIFY(script.body.contains("Entre para a equipe")); // Portuguese, from texts.json
        QVERIFY(!script.body.contains("innerHTML"));
        QCOMPARE(m_server.get("/papo.svg").headers.value("content-type"),
                 QByteArray("image/svg+xml"));
        QCOMPARE(m_server.get("/account.css").status, 200);
    }

    void anInviteLinkSaysWhoInvitedWhomAndWorksOnce()
    {
        auto owner = connectOperator(m_server, m_owner);
        QCOMPARE(owner->request("update_team", {{"name", "Loja <b>Bonita</b>"}})->type,
                 QString("ack"));
        const auto teamEvent = owner->waitFor([](const Envelope &e) {
            return e.type == QLatin1String("team")
                   && e.data.value("teamName").toString() == QLatin1String("Loja <b>Bonita</b>");
        });
        QVERIFY(teamEvent);
        auto bia = connectOperator(m_server, m_bia);
        QCOMPARE(codeOf(bia->request("update_team", {{"name", "Outra"}})), QString("forbidden"));

        const auto invite
            = owner->request("invite", {{"email", "carla@papo.test"}, {"role", "operator"}});
        const QString link = invite->data.value("link").toString();
        QCOMPARE(link, m_server.httpUrl("/invite").toString() + "#"
                           + invite->data.value("token").toString());
        const QString token = tokenOf(link);

        const auto info = m_server.post("/api/invite-info", json({{"token", token}}));
        QCOMPARE(info.status, 200);
        QCOMPARE(bodyOf(info).value("email").toString(), QString("carla@papo.test"));
        QCOMPARE(bodyOf(info).value("role").toString(), QString("operator"));
        QCOMPARE(bodyOf(info).value("inviter").toString(), QString("Dona <i>Maria</i>"));
        QCOMPARE(bodyOf(info).value("team").toString(), QString("Loja <b>Bonita</b>"));
        QCOMPARE(bodyOf(info).value("passwordRules").toObject().value("minCharacters").toInt(), 8);
        QCOMPARE(bodyOf(info).value("passwordRules").toObject().value("maxBytes").toInt(), 1024);

        const auto tooShort
            = m_server.post("/api/accept-invite",
                            json({{"token", token}, {"name", "Carla"}, {"password", "curta"}}));
        QCOMPARE(tooShort.status, 400);
        QCOMPARE(bodyOf(tooShort).value("error").toString(), QString("password_rules"));
        const auto tooLong = m_server.post(
            "/api/accept-invite",
            json({{"token", token}, {"name", "Carla"}, {"password", QString(1025, 'a')}}));
        QCOMPARE(bodyOf(tooLong).value("error").toString(), QString("password_rules"));
        QCOMPARE(m_server
                     .post("/api/accept-invite",
                           json({{"token", token}, {"name", " "}, {"password", "senha-boa-1"}}))
                     .status,
                 400);

        // The page joins without logging in: no device is left signed in behind it.
        const auto joined = m_server.post(
            "/api/accept-invite",
            json({{"token", token}, {"name", "Carla"}, {"password", "senha-da-carla"}}));
        QCOMPARE(joined.status, 200);
        QVERIFY(!bodyOf(joined).contains("token"));
        const QString carla = m_server.login("carla@papo.test", "senha-da-carla", "carla-pc");
        QVERIFY(!carla.isEmpty());
        auto carlaSocket = connectOperator(m_server, carla);
        // A new account starts online, and is asked to complete its profile.
        const QJsonObject carlaHello
            = carlaSocket->received().first().data.value("operator").toObject();
        QCOMPARE(carlaHello.value("status").toString(), QString("online"));
        QVERIFY(carlaHello.value("profilePending").toBool());
        const auto devices = carlaSocket->request("devices");
        QCOMPARE(devices->data.value("devices").toArray().size(), 1);

        const auto used = m_server.post("/api/invite-info", json({{"token", token}}));
        QCOMPARE(used.status, 410);
        QCOMPARE(bodyOf(used).value("error").toString(), QString("invite_used"));
        QCOMPARE(bodyOf(used).value("inviter").toString(), QString("Dona <i>Maria</i>"));
        const auto again = m_server.post(
            "/api/accept-invite",
            json({{"token", token}, {"name", "Outra"}, {"password", "senha-da-outra"}}));
        QCOMPARE(again.status, 410);
        QCOMPARE(bodyOf(again).value("error").toString(), QString("invite_used"));
        QCOMPARE(bodyOf(m_server.post("/api/invite-info", json({{"token", "no-such-token"}})))
                     .value("error")
                     .toString(),
                 QString("invite_invalid"));
    }

    void anExpiredInviteIsRefused()
    {
        auto owner = connectOperator(m_server, m_owner);
        const auto invite
            = owner->request("invite", {{"email", "davi@papo.test"}, {"role", "admin"}});
        const QString token = invite->data.value("token").toString();
        QVERIFY(expireLink(m_server, "invites", token));
        const auto info = m_server.post("/api/invite-info", json({{"token", token}}));
        QCOMPARE(info.status, 410);
        QCOMPARE(bodyOf(info).value("error").toString(), QString("invite_expired"));
        QCOMPARE(bodyOf(info).value("expiresAt").toString(), QString("2020-01-01T00:00:00.000Z"));
        const auto accepted = m_server.post(
            "/api/accept-invite",
            json({{"token", token}, {"name", "Davi"}, {"password", "senha-do-davi"}}));
        QCOMPARE(accepted.status, 410);
        QCOMPARE(bodyOf(accepted).value("error").toString(), QString("invite_expired"));
        QVERIFY(m_server.login("davi@papo.test", "senha-do-davi").isEmpty());
    }

    void anAdminsResetEndsTheTeammatesSessions()
    {
        auto owner = connectOperator(m_server, m_owner);
        auto bia = connectOperator(m_server, m_bia);
        const qint64 biaId
            = bia->received().first().data.value("operator").toObject().value("id").toInteger();
        // An operator may not; nobody resets the owner's password or their own.
        QCOMPARE(codeOf(bia->request("reset_password", {{"operatorId", 1}})), QString("forbidden"));
        QCOMPARE(codeOf(owner->request("reset_password", {{"operatorId", 1}})),
                 QString("invalid_field"));

        const auto reset = owner->request("reset_password", {{"operatorId", biaId}});
        QCOMPARE(reset->type, QString("ack"));
        QVERIFY(bia->waitForDisconnected()); // closed at once, not at her next request
        QCOMPARE(bia->closeCode(), 4001);
        QVERIFY(!connectOperator(m_server, m_bia));
        QVERIFY(m_server.login("bia@papo.test", "senha-da-bia").isEmpty());

        const QString link = reset->data.value("link").toString();
        QVERIFY2(link.startsWith(m_server.httpUrl("/reset").toString() + "#"), qPrintable(link));
        const QDateTime expires
            = QDateTime::fromString(reset->data.value("expiresAt").toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 3600) < 60);
        const QString token = tokenOf(link);
        const auto info = m_server.post("/api/reset-info", json({{"token", token}}));
        QCOMPARE(info.status, 200);
        QCOMPARE(bodyOf(info).value("email").toString(), QString("bia@papo.test"));
        QCOMPARE(bodyOf(info).value("issuer").toString(), QString("Dona <i>Maria</i>"));

        QCOMPARE(
            m_server.post("/api/reset-password", json({{"token", token}, {"password", "curta"}}))
                .status,
            400);
        const auto changed = m_server.post("/api/reset-password",
                                           json({{"token", token}, {"password", "nova-da-bia"}}));
        QCOMPARE(changed.status, 200);
        QCOMPARE(bodyOf(changed).value("email").toString(), QString("bia@papo.test"));
        const auto again = m_server.post("/api/reset-password",
                                         json({{"token", token}, {"password", "outra-da-bia"}}));
        QCOMPARE(again.status, 410);
        QCOMPARE(bodyOf(again).value("error").toString(), QString("reset_used"));
        m_bia = m_server.login("bia@papo.test", "nova-da-bia");
        QVERIFY(!m_bia.isEmpty());
        QVERIFY(m_server.login("bia@papo.test", "outra-da-bia").isEmpty());
    }

    void theCommandLineResetWorksWhileTheServerRuns()
    {
        auto owner = connectOperator(m_server, m_owner);
        QVERIFY(owner);
        const QString publicUrl = m_server.httpUrl().toString();
        QProcess cli;
        cli.start(
            qEnvironmentVariable("PAPO_SERVER_BINARY"),
            QStringList{"reset-password", ServerProcess::ownerEmail(), "--public-url", publicUrl}
                + databaseArguments(m_server));
        QVERIFY(cli.waitForFinished(60000));
        const QString printed = QString::fromUtf8(cli.readAllStandardOutput());
        QCOMPARE(cli.exitCode(), 0);
        static const QRegularExpression linkLine("(http://\\S+/reset#\\S+)");
        const auto match = linkLine.match(printed);
        QVERIFY2(match.hasMatch(), qPrintable(printed));
        QVERIFY2(printed.contains(ServerProcess::ownerEmail()), qPrintable(printed));
        const QString token = tokenOf(match.captured(1));
        QVERIFY(match.captured(1).startsWith(publicUrl + "/reset#"));

        // Only the link: the owner is still signed in and the old password still works.
        QCOMPARE(owner->request("team")->type, QString("ack"));
        const auto info = m_server.post("/api/reset-info", json({{"token", token}}));
        QCOMPARE(info.status, 200);
        QCOMPARE(bodyOf(info).value("issuer").toString(), QString());
        const auto changed = m_server.post(
            "/api/reset-password", json({{"token", token}, {"password", "nova-senha-da-dona"}}));
        QCOMPARE(changed.status, 200);
        QVERIFY(owner->waitForDisconnected()); // the running server signs the owner out
        QVERIFY(m_server.login().isEmpty());
        m_owner = m_server.login(ServerProcess::ownerEmail(), "nova-senha-da-dona");
        QVERIFY(!m_owner.isEmpty());

        // Without --public-url the link is on the listen address; unknown accounts and a data
        // directory without a database are refused.
        QProcess plain;
        plain.start(qEnvironmentVariable("PAPO_SERVER_BINARY"),
                    QStringList{"reset-password", "bia@papo.test", "--listen", "127.0.0.1",
                                "--port", "8099"}
                        + databaseArguments(m_server));
        QVERIFY(plain.waitForFinished(60000));
        QCOMPARE(plain.exitCode(), 0);
        QVERIFY(plain.readAllStandardOutput().contains("http://127.0.0.1:8099/reset#"));
        QProcess unknown;
        unknown.start(qEnvironmentVariable("PAPO_SERVER_BINARY"),
                      QStringList{"reset-password", "ninguem@papo.test"}
                          + databaseArguments(m_server));
        QVERIFY(unknown.waitForFinished(60000));
        QCOMPARE(unknown.exitCode(), 1);
        QVERIFY(unknown.readAllStandardError().contains("ninguem@papo.test"));
        QTemporaryDir empty;
        QProcess noDatabase;
        noDatabase.start(
            qEnvironmentVariable("PAPO_SERVER_BINARY"),
            {"reset-password", ServerProcess::ownerEmail(), "--data-dir", empty.path()});
        QVERIFY(noDatabase.waitForFinished(60000));
        QCOMPARE(noDatabase.exitCode(), 1);
        QVERIFY(!QFile::exists(empty.filePath("papo.sqlite")));
    }

    void anExpiredResetLinkIsRefused()
    {
        auto owner = connectOperator(m_server, m_owner);
        const auto reset = owner->request("reset_password", {{"operatorId", 2}});
        const QString token = tokenOf(reset->data.value("link").toString());
        QVERIFY(expireLink(m_server, "password_resets", token));
        const auto refused = m_server.post("/api/reset-password",
                                           json({{"token", token}, {"password", "tarde-demais"}}));
        QCOMPARE(refused.status, 410);
        QCOMPARE(bodyOf(refused).value("error").toString(), QString("reset_expired"));
    }

private:
    ServerProcess m_server;
    QString m_owner;
    QString m_bia;
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
