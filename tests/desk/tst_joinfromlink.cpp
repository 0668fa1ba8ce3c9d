#include "deskfixture.h"
#include "testdatabase.h"

#include "app/deskapp.h"
#include "app/teamcontroller.h"
#include "models/teammodel.h"
#include "views/composeredit.h"
#include "views/conversationview.h"
#include "views/logindialog.h"
#include "views/onetimelinkdialog.h"
#include "views/profilesetupdialog.h"
#include "views/teampane.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;
using papo::common::Envelope;

namespace {

// A person opening a one-time link in headless Chromium in Portuguese, filling it in when a
// password is given (tests/e2e/open-link.mjs): what the page showed.
QJsonObject openInBrowser(const QString &link, const QStringList &fill = {})
{
    QProcess node;
    node.setWorkingDirectory(qEnvironmentVariable("PAPO_E2E_DIR"));
    QStringList arguments{QStringLiteral("open-link.mjs"), link, QStringLiteral("--locale"),
                          QStringLiteral("pt-BR")};
    arguments += fill;
    node.start(qEnvironmentVariable("PAPO_NODE"), arguments);
    if (!node.waitForFinished(120000) || node.exitCode() != 0) {
        qWarning().noquote() << "open-link.mjs failed:" << node.readAllStandardError();
        return {};
    }
    const QList<QByteArray> lines = node.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

qint64 rowNamed(const QAbstractItemModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, TeamModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

} // namespace

// The story of the issue "Accounts for real", as people live it: the owner invites Carla from
// papo-desk's Team tab; Carla opens the link in her browser, joins in Portuguese, opens
// papo-desk from the page's papo:// link, logs in and answers a visitor. Later she forgets her
// password: the owner sends her a reset link from the Team tab, which works once.
class TestJoinFromLink : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("PAPO_E2E_DIR") + "/node_modules"),
                 "run npm ci in tests/e2e first");
        QVERIFY(useOwnKeyringAndSettings("desk_joinfromlink"));
        QVERIFY(startAndLogIn(m_server, &m_ownerToken));
        m_owner.window.resize(1280, 760);
        m_owner.window.mainTabs()->setCurrentWidget(m_owner.window.teamPane());
        QVERIFY(m_owner.showAndConnect(m_server, m_ownerToken));
    }

    void cleanupTestCase() { QSettings().clear(); }

    void carlaJoinsFromTheLinkAndAnswersAVisitor()
    {
        // The owner: Team tab → Invite teammate… → the link papo-desk shows.
        TeamPane &team = *m_owner.window.teamPane();
        child<QPushButton>(team, "inviteButton")->click();
        child<QLineEdit>(team, "inviteEmailEdit")->setText("carla@papo.test");
        child<QPushButton>(team, "inviteCreateButton")->click();
        QLineEdit *linkEdit = child<QLineEdit>(team, "inviteLinkEdit");
        QTRY_VERIFY_WITH_TIMEOUT(!linkEdit->text().isEmpty(), 10000);
        const QString invite = linkEdit->text();
        QVERIFY2(invite.startsWith(m_server.httpUrl("/invite").toString() + "#"),
                 qPrintable(invite));

        // Carla, in her browser, in Portuguese.
        const QJsonObject page
            = openInBrowser(invite, {"--name", "Carla Dias", "--password", "senha-da-carla"});
        QCOMPARE(page.value("lang").toString(), QString("pt-BR"));
        QCOMPARE(page.value("formTitle").toString(), QString("Entre para a sua equipe no Papo"));
        QCOMPARE(page.value("title").toString(), QString("Boas-vindas à equipe, Carla Dias!"));
        QCOMPARE(page.value("errors").toArray().size(), 0);
        const QString papoLink = page.value("papoLink").toString();
        QVERIFY2(papoLink.startsWith("papo://login?server="), qPrintable(papoLink));

        // papo-desk opened with the page's link: server and email are filled in.
        m_carla = std::make_unique<DeskApp>();
        m_carla->start(papoLink);
        LoginDialog *login = m_carla->loginDialog();
        QTRY_VERIFY(login->isVisible());
        QCOMPARE(child<QLineEdit>(*login, "serverUrlEdit")->text(), m_server.httpUrl().toString());
        QCOMPARE(child<QLineEdit>(*login, "emailEdit")->text(), QString("carla@papo.test"));
        child<QLineEdit>(*login, "passwordEdit")->setText("senha-da-carla");
        QTest::mouseClick(child<QPushButton>(*login, "loginButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_carla->connection()->state(),
                                  ServerConnection::State::Connected, 10000);
        QVERIFY(m_carla->mainWindow()->isVisible());
        // A new account: online from the start, and asked to complete its profile.
        QCOMPARE(m_carla->controller()->status(), papo::common::OperatorStatus::Online);
        QTRY_VERIFY(m_carla->profileSetupDialog() && m_carla->profileSetupDialog()->isVisible());
        ProfileSetupDialog &profile = *m_carla->profileSetupDialog();
        QTRY_COMPARE(child<QLineEdit>(profile, "profileSetupNameEdit")->text(),
                     QString("Carla Dias"));
        child<QLineEdit>(profile, "profileSetupTitleEdit")->setText("Atendimento");
        QTest::mouseClick(child<QPushButton>(profile, "profileSetupSaveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!profile.isVisible(), 10000);

        // A visitor asks; Carla answers from the queue.
        QString visitorToken;
        m_visitor = connectVisitor(m_server, &visitorToken);
        QVERIFY(m_visitor);
        QVERIFY(visitorSays(*m_visitor, "Oi, vocês entregam em Recife?") > 0);
        MainWindow &window = *m_carla->mainWindow();
        window.mainTabs()->setCurrentIndex(0);
        auto *queue = child<QListView>(window, "queueList");
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 1, 10000);
        QTest::mouseClick(queue->viewport(), Qt::LeftButton, {},
                          queue->visualRect(queue->model()->index(0, 0)).center());
        QTRY_VERIFY(m_carla->controller()->openConversationId() > 0);
        ComposerEdit *composer = window.conversationView()->composer();
        composer->setFocus();
        QTest::keyClicks(composer, "Entregamos sim, em 3 dias!");
        QTest::keyClick(composer, Qt::Key_Return);
        const auto reply = waitForOperatorText(*m_visitor, "Entregamos sim, em 3 dias!");
        QVERIFY(reply);
        QCOMPARE(reply->data.value("author").toObject().value("name").toString(),
                 QString("Carla Dias"));
    }

    void theOwnersResetLinkWorksOnce()
    {
        QVERIFY(m_carla);
        TeamPane &team = *m_owner.window.teamPane();
        TeamModel *members = m_owner.controller.team()->members();
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(*members, "Carla Dias") >= 0, 10000);
        team.table()->selectRow(int(rowNamed(*members, "Carla Dias")));
        QPushButton *reset = child<QPushButton>(team, "resetPasswordButton");
        QVERIFY(reset->isEnabled());
        reset->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = team.findChild<QMessageBox *>("confirmResetBox")));
        QVERIFY(confirm->text().contains("Carla Dias"));
        confirm->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(team.resetLinkDialog() && team.resetLinkDialog()->isVisible(),
                                 10000);
        const QString resetLink = team.resetLinkDialog()->link();
        QVERIFY2(resetLink.startsWith(m_server.httpUrl("/reset").toString() + "#"),
                 qPrintable(resetLink));

        // Carla's papo-desk is logged out at once.
        QTRY_VERIFY_WITH_TIMEOUT(m_carla->loginDialog()->isVisible(), 10000);
        QVERIFY(!m_carla->mainWindow()->isVisible());

        // She chooses a new password on the page, then logs in with it.
        const QJsonObject page = openInBrowser(resetLink, {"--password", "nova-senha-da-carla"});
        QCOMPARE(page.value("formTitle").toString(), QString("Escolha uma nova senha"));
        QCOMPARE(page.value("title").toString(), QString("Sua senha foi alterada"));
        LoginDialog *login = m_carla->loginDialog();
        QCOMPARE(child<QLineEdit>(*login, "emailEdit")->text(), QString("carla@papo.test"));
        child<QLineEdit>(*login, "passwordEdit")->setText("nova-senha-da-carla");
        QTest::mouseClick(child<QPushButton>(*login, "loginButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_carla->connection()->state(),
                                  ServerConnection::State::Connected, 10000);

        // The same link a second time.
        const QJsonObject again = openInBrowser(resetLink);
        QCOMPARE(again.value("title").toString(), QString("Este link já foi usado"));
        // …and whom to ask for a new one: the owner, who made it.
        QVERIFY2(again.value("stateMessage").toString().contains("Owner"),
                 qPrintable(again.value("stateMessage").toString()));
        team.resetLinkDialog()->close();
    }

private:
    ServerProcess m_server;
    QString m_ownerToken;
    DeskSession m_owner;
    std::unique_ptr<DeskApp> m_carla;
    std::unique_ptr<WsClient> m_visitor;
};

QTEST_MAIN(TestJoinFromLink)
#include "tst_joinfromlink.moc"
