#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

QJsonObject memberNamed(const QJsonArray &team, const QString &name)
{
    for (const QJsonValue &member : team) {
        if (member.toObject().value("name").toString() == name)
            return member.toObject();
    }
    return {};
}

QDateTime timeOf(const QJsonObject &member)
{
    return QDateTime::fromString(member.value("lastActiveAt").toString(), Qt::ISODateWithMs);
}

// The next `mode` event whose team satisfies `check`.
std::optional<Envelope> teamEvent(WsClient &visitor,
                                  const std::function<bool(const QJsonArray &)> &check)
{
    return visitor.waitFor([&](const Envelope &event) {
        return event.type == QLatin1String("mode") && check(event.data.value("team").toArray());
    });
}

} // namespace

// WID-1: the widget's public team summary (name, photo, online, last activity) comes with
// the hello ack and follows the operators' statuses and messages live, in `mode` events.
class TestTeamSummary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(startWithOwnerAndBia(m_server, &m_owner, &m_bia, "Bia <b>Lima</b>"));
        QVERIFY(addOperator(m_server.dataDir(), "caio@papo.test", "Caio", "senha-do-caio"));
    }

    void helloCarriesTheTeamWithoutPrivateData()
    {
        QString token;
        Envelope ack;
        auto visitor = connectVisitor(m_server, &token, -1, &ack);
        QVERIFY(visitor);
        QCOMPARE(ack.data.value("mode").toString(), QString("messenger"));
        const QJsonArray team = ack.data.value("team").toArray();
        QCOMPARE(team.size(), 3);
        for (const QJsonValue &value : team) {
            const QJsonObject member = value.toObject();
            QCOMPARE(keysOf(member),
                     (QSet<QString>{"name", "avatarUrl", "online", "lastActiveAt"}));
            QCOMPARE(member.value("online").toBool(), false);
            QVERIFY(member.value("lastActiveAt").isNull()); // nobody was ever active
        }
        QVERIFY(!QString::fromUtf8(QJsonDocument(team).toJson()).contains("@papo.test"));
    }

    void summaryFollowsStatusAndMessages()
    {
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitor);

        // Bia answers while offline (STA-3): she was active just now.
        const auto question = visitor->request("message", messageRequest("Oi, alguém aí?"));
        const qint64 conversationId
            = question->data.value("message").toObject().value("conversationId").toInteger();
        auto bia = connectOperator(m_server, m_bia);
        QJsonObject reply = messageRequest("Oi! Já respondo.");
        reply.insert("conversationId", conversationId);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QCOMPARE(bia->request("send", reply)->type, QString("ack"));
        const auto afterMessage = teamEvent(*visitor, [](const QJsonArray &team) {
            return !memberNamed(team, "Bia <b>Lima</b>").value("lastActiveAt").isNull();
        });
        QVERIFY(afterMessage);
        QCOMPARE(afterMessage->data.value("mode").toString(), QString("messenger"));
        const QJsonArray afterMessageTeam = afterMessage->data.value("team").toArray();
        const QJsonObject biaMember = memberNamed(afterMessageTeam, "Bia <b>Lima</b>");
        QCOMPARE(biaMember.value("online").toBool(), false);
        QVERIFY(timeOf(biaMember) >= before);
        // The most recently active come first.
        QCOMPARE(afterMessageTeam.first().toObject().value("name").toString(),
                 QString("Bia <b>Lima</b>"));

        // The owner goes online: live mode, the owner first and online.
        auto owner = connectOperator(m_server, m_owner);
        QCOMPARE(owner->request("set_status", {{"status", "online"}})->type, QString("ack"));
        const auto online = teamEvent(*visitor, [](const QJsonArray &team) {
            return team.first().toObject().value("online").toBool();
        });
        QVERIFY(online);
        QCOMPARE(online->data.value("mode").toString(), QString("live"));
        QCOMPARE(online->data.value("team").toArray().first().toObject().value("name").toString(),
                 QString("Owner"));

        // ...and offline again: messenger mode, with the moment they left as last activity.
        QCOMPARE(owner->request("set_status", {{"status", "offline"}})->type, QString("ack"));
        const auto offline = teamEvent(*visitor, [](const QJsonArray &team) {
            return !memberNamed(team, "Owner").value("online").toBool(true);
        });
        QVERIFY(offline);
        QCOMPARE(offline->data.value("mode").toString(), QString("messenger"));
        const QJsonObject ownerMember = memberNamed(offline->data.value("team").toArray(), "Owner");
        QVERIFY(timeOf(ownerMember) >= timeOf(biaMember));
        QCOMPARE(offline->data.value("team").toArray().first().toObject().value("name").toString(),
                 QString("Owner"));

        // Last activity survives a restart of the server.
        visitor.reset();
        bia.reset();
        owner.reset();
        QVERIFY(m_server.restart());
        Envelope ack;
        visitor = connectVisitor(m_server, &token, -1, &ack);
        QVERIFY(visitor);
        QCOMPARE(timeOf(memberNamed(ack.data.value("team").toArray(), "Owner")),
                 timeOf(ownerMember));
    }

    void deactivatedOperatorsLeaveTheSummary()
    {
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        auto owner = connectOperator(m_server, m_owner);
        const auto team = owner->request("team")->data.value("operators").toArray();
        qint64 caioId = 0;
        for (const QJsonValue &member : team) {
            if (member.toObject().value("name").toString() == QLatin1String("Caio"))
                caioId = member.toObject().value("id").toInteger();
        }
        QVERIFY(caioId > 0);
        QCOMPARE(owner->request("set_active", {{"operatorId", caioId}, {"active", false}})->type,
                 QString("ack"));
        QVERIFY(teamEvent(*visitor, [](const QJsonArray &members) {
            return members.size() == 2 && memberNamed(members, "Caio").isEmpty();
        }));
    }

private:
    ServerProcess m_server;
    QString m_owner;
    QString m_bia;
};

QTEST_GUILESS_MAIN(TestTeamSummary)
#include "tst_teamsummary.moc"
