#include "deskfixture.h"
#include "operatoraccounts.h"

#include "app/chatcontroller.h"
#include "app/teamcontroller.h"
#include "app/translationloader.h"
#include "models/teammodel.h"
#include "net/serverconnection.h"
#include "views/mainwindow.h"
#include "views/teampane.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;
using namespace std::chrono_literals;

namespace {

// papo-desk against the real server, logged in with this token, on the Team tab.
struct Desk : DeskSession
{
    bool openOnTeamTab(const ServerProcess &server, const QString &token)
    {
        window.resize(1280, 760);
        window.mainTabs()->setCurrentWidget(window.teamPane());
        return showAndConnect(server, token);
    }
    TeamModel *members() const { return controller.team()->members(); }
    TeamPane &pane() { return *window.teamPane(); }
};

int rowNamed(const QAbstractItemModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, TeamModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

// The team as the server has it now, asked over a fresh operator socket.
QJsonObject serverMember(const ServerProcess &server, const QString &token, const QString &email)
{
    WsClient client;
    if (!client.open(server.wsUrl(QStringLiteral("/ws/operator")))
        || !client.request(QStringLiteral("hello"), {{QStringLiteral("token"), token}}))
        return {};
    const auto team = client.request(QStringLiteral("team"));
    for (const QJsonValue &member : team->data.value("operators").toArray()) {
        if (member.toObject().value("email").toString() == email)
            return member.toObject();
    }
    return {};
}

QString photoFile(const QTemporaryDir &dir)
{
    QImage image(240, 160, QImage::Format_RGB32);
    image.fill(QColor(0x1f, 0x6f, 0xeb));
    QPainter painter(&image);
    painter.setBrush(QColor(0xff, 0xc5, 0x3d));
    painter.drawEllipse(QPoint(120, 80), 50, 50);
    painter.end();
    const QString path = dir.filePath("me.jpg");
    return image.save(path, "JPEG") ? path : QString();
}

} // namespace

// The Team tab (TEAM-1..3) against the real server: the list, one's profile and photo,
// invites, roles and deactivation for admins, none of the admin controls for an operator.
class TestTeamPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(startWithOwnerAndBia(m_server, &m_owner, &m_bia, "Bia <b>Lima</b>"));
    }

    void ownerManagesTheTeam()
    {
        Desk desk;
        QAbstractItemModelTester tester(desk.members(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(desk.openOnTeamTab(m_server, m_owner));
        TeamPane &pane = desk.pane();
        QTRY_COMPARE_WITH_TIMEOUT(desk.members()->rowCount(), 2, 10000);
        const int bia = rowNamed(*desk.members(), "Bia <b>Lima</b>");
        QVERIFY(bia >= 0);
        QCOMPARE(desk.members()->index(bia, TeamModel::RoleColumn).data().toString(),
                 QString("Operator"));
        QCOMPARE(desk.members()->index(bia, TeamModel::AccountColumn).data().toString(),
                 QString("Active"));
        QVERIFY(child<QWidget>(pane, "teamAdminBar")->isVisible());

        // Invite: a one-time link that really creates the account.
        child<QPushButton>(pane, "inviteButton")->click();
        QVERIFY(child<QFrame>(pane, "inviteBox")->isVisible());
        child<QLineEdit>(pane, "inviteEmailEdit")->setText("carla@papo.test");
        child<QPushButton>(pane, "inviteCreateButton")->click();
        QLineEdit *link = child<QLineEdit>(pane, "inviteLinkEdit");
        QTRY_VERIFY_WITH_TIMEOUT(!link->text().isEmpty(), 10000);
        QVERIFY(link->isVisible() && link->isReadOnly());
        QVERIFY(child<QPushButton>(pane, "inviteCopyButton")->isVisible());
        QVERIFY2(link->text().contains("/invite#"), qPrintable(link->text()));
        const QString token = link->text().section('#', 1);
        const auto accepted = m_server.post(
            "/api/accept-invite", QJsonDocument(QJsonObject{{"token", token},
                                                            {"name", "Carla"},
                                                            {"password", "senha-da-carla"},
                                                            {"device", "Carla's laptop"}})
                                      .toJson());
        QCOMPARE(accepted.status, 200);
        m_carla = QJsonDocument::fromJson(accepted.body).object().value("token").toString();
        QTRY_COMPARE_WITH_TIMEOUT(desk.members()->rowCount(), 3, 10000);

        // Make Carla an admin, then an operator again.
        QTableView *table = pane.table();
        table->selectRow(rowNamed(*desk.members(), "Carla"));
        QPushButton *role = child<QPushButton>(pane, "roleButton");
        QVERIFY(role->isEnabled());
        role->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            serverMember(m_server, m_owner, "carla@papo.test").value("role").toString(),
            QString("admin"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(role->text(), QString("Make operator"), 10000);
        role->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            serverMember(m_server, m_owner, "carla@papo.test").value("role").toString(),
            QString("operator"), 10000);

        // Deactivate Bia, after confirming.
        table->selectRow(rowNamed(*desk.members(), "Bia <b>Lima</b>"));
        child<QPushButton>(pane, "activeButton")->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY(confirm = pane.findChild<QMessageBox *>("confirmActiveBox"));
        QCOMPARE(confirm->textFormat(), Qt::PlainText);
        QVERIFY(confirm->text().contains("Bia <b>Lima</b>"));
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            serverMember(m_server, m_owner, "bia@papo.test").value("active").toBool(true), false,
            10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            desk.members()
                ->index(rowNamed(*desk.members(), "Bia <b>Lima</b>"), TeamModel::AccountColumn)
                .data()
                .toString(),
            QString("Deactivated"), 10000);
        // ...and a cancelled reactivation changes nothing.
        child<QPushButton>(pane, "activeButton")->click();
        QTRY_VERIFY(confirm = pane.findChild<QMessageBox *>("confirmActiveBox"));
        confirm->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QCOMPARE(serverMember(m_server, m_owner, "bia@papo.test").value("active").toBool(true),
                 false);

        // The owner's own row cannot be demoted or deactivated.
        table->selectRow(rowNamed(*desk.members(), "Owner"));
        QVERIFY(!role->isEnabled());
        QVERIFY(!child<QPushButton>(pane, "activeButton")->isEnabled());
    }

    void profileAndPhotoAreStoredOnTheServer()
    {
        Desk desk;
        QVERIFY(desk.openOnTeamTab(m_server, m_owner));
        TeamPane &pane = desk.pane();
        QLineEdit *name = child<QLineEdit>(pane, "profileNameEdit");
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QString("Owner"), 10000);
        name->setText("Ana Souza");
        child<QLineEdit>(pane, "profileTitleEdit")->setText("Atendimento");
        child<QPushButton>(pane, "profileSaveButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            serverMember(m_server, m_owner, ServerProcess::ownerEmail()).value("name").toString(),
            QString("Ana Souza"), 10000);
        QCOMPARE(
            serverMember(m_server, m_owner, ServerProcess::ownerEmail()).value("title").toString(),
            QString("Atendimento"));
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(*desk.members(), "Ana Souza") >= 0, 10000);

        // A photo: uploaded, stored, and shown in the profile and the list.
        const QImage before = child<QLabel>(pane, "profilePhotoLabel")->pixmap().toImage();
        QTemporaryDir dir;
        const QString photo = photoFile(dir);
        QVERIFY(!photo.isEmpty());
        pane.uploadPhoto(photo);
        QTRY_VERIFY_WITH_TIMEOUT(!serverMember(m_server, m_owner, ServerProcess::ownerEmail())
                                      .value("avatarUrl")
                                      .toString()
                                      .isEmpty(),
                                 10000);
        const int me = rowNamed(*desk.members(), "Ana Souza");
        QTRY_VERIFY_WITH_TIMEOUT(
            !desk.members()->index(me, 0).data(TeamModel::AvatarUrlRole).toString().isEmpty(),
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(pane, "profilePhotoLabel")->pixmap().toImage() != before, 10000);
        // The middle of the round photo is the picture's yellow disc.
        const QImage shown = child<QLabel>(pane, "profilePhotoLabel")->pixmap().toImage();
        const QColor centre = shown.pixelColor(shown.width() / 2, shown.height() / 2);
        QVERIFY2(centre.red() > 200 && centre.green() > 150 && centre.blue() < 120,
                 qPrintable(centre.name()));
        QCOMPARE(child<QLabel>(pane, "profileMessageLabel")->text(), QString("Photo updated."));

        // Not a picture: a clear message, nothing changes.
        const QString text = dir.filePath("notes.png");
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a picture");
        file.close();
        pane.uploadPhoto(text);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(pane, "profileMessageLabel")
                                     ->text()
                                     .contains("not a picture Papo can use"),
                                 10000);
        // An empty name is refused before it reaches the server.
        name->setText("   ");
        child<QPushButton>(pane, "profileSaveButton")->click();
        QTRY_COMPARE(child<QLabel>(pane, "profileMessageLabel")->text(),
                     QString("Your name may not be empty."));
    }

    void operatorsSeeNoAdminControls()
    {
        QVERIFY(!m_carla.isEmpty());
        Desk desk;
        QVERIFY(desk.openOnTeamTab(m_server, m_carla));
        TeamPane &pane = desk.pane();
        QTRY_COMPARE_WITH_TIMEOUT(desk.members()->rowCount(), 3, 10000);
        QVERIFY(pane.isVisible());
        QVERIFY(!child<QWidget>(pane, "teamAdminBar")->isVisible());
        QVERIFY(!child<QFrame>(pane, "inviteBox")->isVisible());
        // Their own profile they may change.
        QLineEdit *title = child<QLineEdit>(pane, "profileTitleEdit");
        QTRY_VERIFY(child<QPushButton>(pane, "profileSaveButton")->isEnabled());
        title->setText("Vendas");
        child<QPushButton>(pane, "profileSaveButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            serverMember(m_server, m_carla, "carla@papo.test").value("title").toString(),
            QString("Vendas"), 10000);
        // What the pane hides, the server refuses anyway.
        QSignalSpy refused(desk.controller.team(), &TeamController::inviteFailed);
        desk.controller.team()->invite("eva@papo.test", "operator");
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
        QCOMPARE(refused.first().first().toString(),
                 QString("Only owners and admins can do this."));
    }

    // The invite's expiry in the desk's language (it read "4 Dec 2026 18:13:49" in a Portuguese
    // desk): main.cpp sets the default locale to the one of the language installed.
    void theInviteExpiryFollowsTheDesksLanguage()
    {
        const QLocale previous;
        QLocale::setDefault(TranslationLoader::localeFor("pt_BR"));
        const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
        Desk desk;
        QVERIFY(desk.openOnTeamTab(m_server, m_owner));
        TeamPane &pane = desk.pane();
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(pane, "teamAdminBar")->isVisible(), 10000);
        QSignalSpy created(desk.controller.team(), &TeamController::inviteCreated);
        child<QPushButton>(pane, "inviteButton")->click();
        child<QLineEdit>(pane, "inviteEmailEdit")->setText("dora@papo.test");
        child<QPushButton>(pane, "inviteCreateButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        const QDateTime expiresAt = created.first().at(1).toDateTime().toLocalTime();
        QVERIFY(expiresAt.isValid());
        const QString text = child<QLabel>(pane, "inviteMessageLabel")->text();
        const QString brazilian = expiresAt.toString("dd/MM/yyyy HH:mm"); // 04/12/2026 18:13
        QVERIFY2(text.endsWith(brazilian + "."), qPrintable(text));
    }

    // PAPO_SCREENSHOT_DIR=dir saves desk-team.png and desk-invite.png (the invite, closer)
    // there (in Portuguese when PAPO_QM_DIR holds papo_pt_BR.qm), see tests/desk/README.md.
    void screenshot()
    {
        const QString directory = qEnvironmentVariable("PAPO_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("PAPO_SCREENSHOT_DIR is not set");
        if (qEnvironmentVariableIsSet("PAPO_QM_DIR")) {
            TranslationLoader::install(QCoreApplication::instance(), {"pt_BR"},
                                       qEnvironmentVariable("PAPO_QM_DIR"));
            QLocale::setDefault(TranslationLoader::localeFor("pt_BR"));
        }
        ServerProcess server;
        QVERIFY(server.start());
        QVERIFY(addOperator(server, "bia@loja.example", "Beatriz Lima", "senha-da-bia"));
        QVERIFY(addOperator(server, "caio@loja.example", "Caio Mendes", "senha-do-caio"));
        const QString owner = server.login();
        const QString biaToken = server.login("bia@loja.example", "senha-da-bia");
        QTemporaryDir dir;
        QFile photo(photoFile(dir));
        QVERIFY(photo.open(QIODevice::ReadOnly));
        QCOMPARE(server.post("/api/avatar", photo.readAll(), biaToken.toUtf8()).status, 200);
        auto bia = connectOperatorSocket(server, biaToken);
        QVERIFY(bia);
        bia->request("update_profile", {{"title", "Vendas"}});
        bia->request("set_status", {{"status", "online"}});

        Desk desk;
        QVERIFY(desk.openOnTeamTab(server, owner));
        desk.controller.setStatus(papo::common::OperatorStatus::Online);
        QTRY_COMPARE_WITH_TIMEOUT(desk.members()->rowCount(), 3, 10000);
        desk.controller.team()->updateProfile("Ana Souza", "Gerente da loja");
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(*desk.members(), "Ana Souza") >= 0, 10000);
        child<QPushButton>(desk.pane(), "inviteButton")->click();
        child<QLineEdit>(desk.pane(), "inviteEmailEdit")->setText("davi@loja.example");
        child<QPushButton>(desk.pane(), "inviteCreateButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLineEdit>(desk.pane(), "inviteLinkEdit")->text().isEmpty(),
                                 10000);
        desk.pane().table()->selectRow(rowNamed(*desk.members(), "Caio Mendes"));
        // Bia's photo has arrived: the middle of her round avatar is the picture's yellow.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QImage avatar = desk.members()
                                          ->index(rowNamed(*desk.members(), "Beatriz Lima"), 0)
                                          .data(Qt::DecorationRole)
                                          .value<QImage>();
                const QColor centre = avatar.pixelColor(avatar.width() / 2, avatar.height() / 2);
                return centre.red() > 200 && centre.green() > 150 && centre.blue() < 120;
            }(),
            10000);
        QVERIFY(desk.window.grab().save(directory + "/desk-team.png"));
        // The invite: from the heading with its buttons down to the link and its expiry.
        TeamPane &pane = desk.pane();
        const auto area = [&pane](const char *name) {
            QWidget *widget = child<QWidget>(pane, name);
            return QRect(widget->mapTo(&pane, QPoint()), widget->size());
        };
        const QRect invite = area("teamHeading")
                                 .united(area("teamAdminBar"))
                                 .united(area("inviteBox"))
                                 .adjusted(-8, -8, 8, 8)
                                 .intersected(pane.rect());
        QVERIFY(pane.grab(invite).save(directory + "/desk-invite.png"));
    }

private:
    static std::unique_ptr<WsClient> connectOperatorSocket(const ServerProcess &server,
                                                           const QString &token)
    {
        auto client = std::make_unique<WsClient>();
        if (!client->open(server.wsUrl(QStringLiteral("/ws/operator")))
            || !client->request(QStringLiteral("hello"), {{QStringLiteral("token"), token}}))
            return nullptr;
        return client;
    }

    ServerProcess m_server;
    QString m_owner;
    QString m_bia;
    QString m_carla;
};

QTEST_MAIN(TestTeamPane)
#include "tst_teampane.moc"
