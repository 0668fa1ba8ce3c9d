#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <QJsonArray>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

namespace {

QJsonArray devicesOf(WsClient &client)
{
    const auto reply = client.request("devices");
    return reply ? reply->data.value("devices").toArray() : QJsonArray();
}

QJsonObject deviceNamed(const QJsonArray &devices, const QString &name)
{
    for (const QJsonValue &device : devices) {
        if (device.toObject().value("name").toString() == name)
            return device.toObject();
    }
    return {};
}

} // namespace

// "My devices" and changing one's password, against the real server: each signed-in
// papo-desk is a device; logging one out, or everywhere, closes its sockets at once.
class TestDevices final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(startWithOwnerAndBia(m_server, &m_owner, &m_bia)); }

    void theDevicesListSaysWhichNameWhenAndWhere()
    {
        const QString laptop = m_server.login("bia@papo.test", "senha-da-bia",
                                              "bia-laptop (Debian GNU/Linux 12 (bookworm))");
        const QString phone = m_server.login("bia@papo.test", "senha-da-bia", "loja-pc");
        auto onLaptop = connectOperator(m_server, laptop);
        auto onPhone = connectOperator(m_server, phone);
        QVERIFY(onLaptop && onPhone);
        const QJsonArray devices = devicesOf(*onLaptop);
        QVERIFY(devices.size() >= 3); // and the one startWithOwnerAndBia logged in
        const QJsonObject mine
            = deviceNamed(devices, "bia-laptop (Debian GNU/Linux 12 (bookworm))");
        QVERIFY(mine.value("current").toBool());
        QCOMPARE(mine.value("address").toString(), QString("127.0.0.1"));
        const QDateTime lastUsed
            = QDateTime::fromString(mine.value("lastUsedAt").toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(lastUsed.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QVERIFY(!deviceNamed(devices, "loja-pc").value("current").toBool());
        // Only one's own devices.
        auto owner = connectOperator(m_server, m_owner);
        for (const QJsonValue &device : devicesOf(*owner))
            QVERIFY(!device.toObject().value("name").toString().startsWith("bia-laptop"));

        // Logging out another device closes its socket; someone else's is not found.
        const qint64 phoneId = deviceNamed(devices, "loja-pc").value("id").toInteger();
        QCOMPARE(codeOf(owner->request("log_out_device", {{"deviceId", phoneId}})),
                 QString("not_found"));
        QCOMPARE(onLaptop->request("log_out_device", {{"deviceId", phoneId}})->type,
                 QString("ack"));
        QVERIFY(onPhone->waitForDisconnected());
        QCOMPARE(onPhone->closeCode(), 4001);
        QVERIFY(!connectOperator(m_server, phone));
        QVERIFY(deviceNamed(devicesOf(*onLaptop), "loja-pc").isEmpty());
        QVERIFY(onLaptop->isConnected());

        // Logging out this device: the answer, then the socket closes.
        const qint64 laptopId = mine.value("id").toInteger();
        QCOMPARE(onLaptop->request("log_out_device", {{"deviceId", laptopId}})->type,
                 QString("ack"));
        QVERIFY(onLaptop->waitForDisconnected());
    }

    void logOutEverywhereClosesEverySocketAtOnce()
    {
        const QString first = m_server.login("bia@papo.test", "senha-da-bia", "first");
        const QString second = m_server.login("bia@papo.test", "senha-da-bia", "second");
        auto a = connectOperator(m_server, first);
        auto sameDevice = connectOperator(m_server, first);
        auto b = connectOperator(m_server, second);
        auto owner = connectOperator(m_server, m_owner);
        QVERIFY(a && sameDevice && b && owner);

        // Everywhere but here.
        QCOMPARE(a->request("log_out_everywhere", {{"keepThisDevice", true}})->type,
                 QString("ack"));
        QVERIFY(b->waitForDisconnected());
        QVERIFY(a->isConnected() && sameDevice->isConnected());
        QCOMPARE(devicesOf(*a).size(), 1);

        // Everywhere: both sockets of this device too, and nobody else's.
        QCOMPARE(a->request("log_out_everywhere")->type, QString("ack"));
        QVERIFY(a->waitForDisconnected());
        QVERIFY(sameDevice->waitForDisconnected());
        QCOMPARE(sameDevice->closeCode(), 4001);
        QVERIFY(owner->isConnected());
        QCOMPARE(owner->request("team")->type, QString("ack"));
        m_bia = m_server.login("bia@papo.test", "senha-da-bia");
    }

    void changingThePasswordCanLogOutTheOtherDevices()
    {
        const QString here = m_server.login("bia@papo.test", "senha-da-bia", "here");
        const QString there = m_server.login("bia@papo.test", "senha-da-bia", "there");
        auto onHere = connectOperator(m_server, here);
        auto onThere = connectOperator(m_server, there);
        QCOMPARE(codeOf(onHere->request("change_password", {{"currentPassword", "senha-da-bia"},
                                                            {"newPassword", "curta"}})),
                 QString("invalid_field"));
        QCOMPARE(codeOf(onHere->request("change_password", {{"currentPassword", "senha-da-bia"}})),
                 QString("invalid_field"));
        QCOMPARE(onHere
                     ->request("change_password", {{"currentPassword", "senha-da-bia"},
                                                   {"newPassword", "a nova senha da Bia"},
                                                   {"logOutOtherDevices", true}})
                     ->type,
                 QString("ack"));
        QVERIFY(onThere->waitForDisconnected());
        QVERIFY(onHere->isConnected());
        QVERIFY(m_server.login("bia@papo.test", "senha-da-bia").isEmpty());
        m_bia = m_server.login("bia@papo.test", "a nova senha da Bia");
        QVERIFY(!m_bia.isEmpty());

        // Without the option, the other devices stay.
        auto other = connectOperator(m_server, m_bia);
        QCOMPARE(onHere
                     ->request("change_password", {{"currentPassword", "a nova senha da Bia"},
                                                   {"newPassword", "senha-da-bia"}})
                     ->type,
                 QString("ack"));
        QCOMPARE(other->request("team")->type, QString("ack"));
    }

    // Last: ten wrong passwords from 127.0.0.1 hold back every login from it for a minute.
    void aWrongCurrentPasswordIsRefusedAndThrottledLikeLogins()
    {
        auto bia = connectOperator(m_server, m_bia);
        // The failures count with the failed logins of the tests above (same address, same
        // account), as a guesser's would: at most ten in a minute.
        int wrong = 0;
        QString code;
        for (int attempt = 0; attempt <= 10; ++attempt) {
            code = codeOf(bia->request("change_password", {{"currentPassword", "errada"},
                                                           {"newPassword", "senha-nova-1"}}));
            if (code != QLatin1String("wrong_password"))
                break;
            ++wrong;
        }
        QCOMPARE(code, QString("too_many_attempts"));
        QVERIFY2(wrong >= 5 && wrong <= 10, qPrintable(QString::number(wrong)));
        QCOMPARE(codeOf(bia->request("change_password", {{"currentPassword", "senha-da-bia"},
                                                         {"newPassword", "senha-nova-1"}})),
                 QString("too_many_attempts"));
        const auto login
            = m_server.post("/api/login", R"({"email":"bia@papo.test","password":"senha-da-bia"})");
        QCOMPARE(login.status, 429);
        QVERIFY(bia->isConnected()); // refused, not signed out
    }

private:
    ServerProcess m_server;
    QString m_owner;
    QString m_bia;
};

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
