#include "deskfixture.h"
#include "operatoraccounts.h"

#include "app/chatcontroller.h"
#include "app/groupcontroller.h"
#include "app/teamcontroller.h"
#include "app/translationloader.h"
#include "models/conversationfiltermodel.h"
#include "models/conversationlistmodel.h"
#include "models/groupmodel.h"
#include "views/conversationlistpane.h"
#include "views/groupssettingspage.h"
#include "views/settingsdialog.h"
#include "views/visitorgroupbox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace papo::desk;
using namespace papo::testing;

namespace {

QStringList listed(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, 0).data().toString();
    return names;
}

QListWidgetItem *itemNamed(QListWidget &list, const QString &name)
{
    const auto found = list.findItems(name, Qt::MatchExactly);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

// GRP-1..3 in papo-desk against the real server: Settings → Groups (add, rename, members,
// the PapoGroupID line, the visitor's choice, delete), and the visitor panel's group choice
// reaching the group's operator at once, with the chat lists showing and filtering groups.
class TestDeskGroups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("PAPO_SCREENSHOT_DIR"))
            TranslationLoader::install(qApp, {"pt_BR"}, qEnvironmentVariable("PAPO_QM_DIR"));
        QVERIFY(startWithOwnerAndBia(m_server, &m_owner, &m_bia));
        m_caio = addOperatorAndLogIn(m_server, "caio@papo.test", "Caio", "senha-do-caio");
        QVERIFY(!m_caio.isEmpty());
    }

    void theGroupsPane()
    {
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_owner));
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.settingsAction()->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(desk.controller.team()->members()->rowCount() == 3, 10000);
        desk.window.settingsAction()->trigger();
        SettingsDialog *dialog = desk.window.settingsDialog();
        auto *page = dialog->findChild<GroupsSettingsPage *>();
        QVERIFY(page);
        dialog->showPage(page);
        QCOMPARE(dialog->currentPage(), page);
        auto *list = child<QListView>(*page, "groupList");
        QAbstractItemModelTester tester(desk.controller.groups()->groups(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Add two groups by name.
        auto *newName = child<QLineEdit>(*page, "newGroupNameEdit");
        for (const char *name : {"Vendas", "Suporte técnico"}) {
            newName->insert(QString::fromUtf8(name)); // QTest types ASCII only
            QTest::mouseClick(child<QPushButton>(*page, "addGroupButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(listed(*list->model()).contains(name), 10000);
        }
        QCOMPARE(listed(*list->model()), QStringList({"Suporte técnico", "Vendas"}));
        // The one just added is selected, with its key made from its name.
        QTRY_COMPARE(child<QLineEdit>(*page, "groupNameEdit")->text(), QString("Suporte técnico"));
        auto *key = child<QLineEdit>(*page, "groupKeyEdit");
        QCOMPARE(key->text(), QString("suporte-tecnico"));

        // Rename it, with a shorter key, and copy the line for the site.
        auto *name = child<QLineEdit>(*page, "groupNameEdit");
        name->selectAll();
        QTest::keyClicks(name, "Suporte");
        key->selectAll();
        QTest::keyClicks(key, "suporte");
        QTest::mouseClick(child<QPushButton>(*page, "saveGroupButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(listed(*list->model()), QStringList({"Suporte", "Vendas"}),
                                  10000);
        auto *snippet = child<QLineEdit>(*page, "groupSnippetEdit");
        QTRY_COMPARE(snippet->text(), QString("<script>window.PapoGroupID='suporte';</script>"));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(*page, "copyGroupSnippetButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), snippet->text());

        // Members with check boxes: Caio in Suporte, Bia in Vendas.
        auto *members = child<QListWidget>(*page, "groupMembersList");
        QCOMPARE(members->count(), 3);
        itemNamed(*members, "Caio")->setCheckState(Qt::Checked);
        page->selectGroup(desk.controller.groups()->groups()->groups().last().id); // Vendas
        QTRY_COMPARE(name->text(), QString("Vendas"));
        QTRY_COMPARE(itemNamed(*members, "Caio")->checkState(), Qt::Unchecked);
        itemNamed(*members, "Bia")->setCheckState(Qt::Checked);
        auto owner = connectOperatorSocket();
        // Asked again until saved: qWaitFor's limit is wall time (QTRY counts tries, and each
        // try here is a request).
        QVERIFY(QTest::qWaitFor(
            [&] {
                return membersOf(*owner, "Vendas") == QStringList({"Bia"})
                       && membersOf(*owner, "Suporte") == QStringList({"Caio"});
            },
            10000));

        // GRP-3: ask visitors to choose.
        auto *ask = child<QCheckBox>(*page, "askGroupCheck");
        QTRY_VERIFY_WITH_TIMEOUT(ask->isEnabled(), 10000);
        QVERIFY(!ask->isChecked());
        QVERIFY(!child<QCheckBox>(*page, "groupNotSureCheck")->isEnabled());
        ask->setChecked(true);
        QVERIFY(child<QCheckBox>(*page, "groupNotSureCheck")->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return askGroupSaved(*owner); }, 10000));

        page->selectGroup(desk.controller.groups()->groups()->groups().first().id);
        QTRY_COMPARE(name->text(), QString("Suporte"));
        QTRY_COMPARE(itemNamed(*members, "Caio")->checkState(), Qt::Checked);
        if (const QByteArray dir = qgetenv("PAPO_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog->grab().save(QString::fromLocal8Bit(dir)
                                        + QStringLiteral("/desk-settings-groups.png")));

        // Another group's name is refused, and says so.
        name->selectAll();
        QTest::keyClicks(name, "vendas");
        QTest::mouseClick(child<QPushButton>(*page, "saveGroupButton"), Qt::LeftButton);
        auto *error = child<QLabel>(*page, "groupsErrorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY2(error->text().contains("Vendas"), qPrintable(error->text()));

        // Delete a third group, after a yes.
        newName->insert("Temporário");
        QTest::keyClick(newName, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(listed(*list->model()).contains("Temporário"), 10000);
        QTRY_COMPARE(name->text(), QString("Temporário"));
        answerYesToTheNextQuestion();
        QTest::mouseClick(child<QPushButton>(*page, "deleteGroupButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(listed(*list->model()), QStringList({"Suporte", "Vendas"}),
                                  10000);
    }

    // GRP-2: the panel's choice reaches the group's operator at once; GRP-1: the lists show
    // each chat's group and an admin may filter them by group.
    void thePanelsGroupChoice()
    {
        auto caio = connectOperatorSocket(m_caio);
        QCOMPARE(caio->request("set_status", {{"status", "online"}})->type, QString("ack"));
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_owner));
        QTRY_COMPARE_WITH_TIMEOUT(desk.controller.groups()->groups()->rowCount(), 2, 10000);
        QString token;
        auto visitor = connectVisitor(m_server, &token);
        QVERIFY(visitorSays(*visitor, "Minha nota fiscal não chegou") > 0);
        ConversationListModel *all = desk.controller.conversations();
        QTRY_COMPARE_WITH_TIMEOUT(all->rowCount(), 1, 10000);
        const qint64 chat = all->index(0).data(ConversationListModel::IdRole).toLongLong();
        desk.controller.openConversation(chat);

        auto *box = desk.window.findChild<VisitorGroupBox *>();
        QVERIFY(box);
        QComboBox *combo = box->combo();
        QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 3, 10000); // No group, Suporte, Vendas
        QCOMPARE(combo->currentText(), box->tr("No group"));
        combo->setCurrentIndex(combo->findText("Suporte"));
        emit combo->activated(combo->currentIndex());

        const auto told = caio->waitFor([&](const papo::common::Envelope &e) {
            return e.type == "notify" && e.data.value("reason") == "assigned"
                   && e.data.value("conversationId").toInteger() == chat;
        });
        QVERIFY(told);
        QCOMPARE(told->data.value("text").toString(), QString("Minha nota fiscal não chegou"));
        QTRY_COMPARE_WITH_TIMEOUT(box->sourceLabel()->text().section(" · ", 0, 0),
                                  box->sourceText("operator", desk.controller.me().id), 10000);
        QVERIFY(box->sourceLabel()->text().startsWith(
            box->tr("Chosen by %1").arg(desk.controller.me().name)));
        QTRY_COMPARE(all->index(0).data(ConversationListModel::GroupNameRole).toString(),
                     QString("Suporte"));

        // The owner sees every group: the lists can be narrowed to one.
        auto *filter = desk.window.conversationList()->groupFilter();
        QTRY_VERIFY(!filter->isHidden());
        QCOMPARE(filter->count(), 4); // All, Suporte, Vendas, No group
        ConversationFilterModel *queue = desk.controller.queue();
        QCOMPARE(queue->rowCount(), 1);
        filter->setCurrentIndex(filter->findText("Vendas"));
        emit filter->activated(filter->currentIndex());
        QCOMPARE(queue->rowCount(), 0);
        filter->setCurrentIndex(filter->findText("Suporte"));
        emit filter->activated(filter->currentIndex());
        QCOMPARE(queue->rowCount(), 1);
        caio->request("set_status", {{"status", "offline"}});
    }

private:
    std::unique_ptr<WsClient> connectOperatorSocket(const QString &bearer = {})
    {
        return operatorSocket(m_server, bearer.isEmpty() ? m_owner : bearer);
    }

    // The names of a group's members, as the server keeps them.
    static QStringList membersOf(WsClient &admin, const QString &groupName)
    {
        QHash<qint64, QString> names;
        for (const QJsonValue &op : answerTo(admin, "team").value("operators").toArray())
            names.insert(op.toObject().value("id").toInteger(),
                         op.toObject().value("name").toString());
        QStringList members;
        for (const QJsonValue &group : answerTo(admin, "groups").value("groups").toArray()) {
            if (group.toObject().value("name").toString() != groupName)
                continue;
            for (const QJsonValue &id : group.toObject().value("operatorIds").toArray())
                members << names.value(id.toInteger());
        }
        return members;
    }

    // GRP-3's question switched on for the website, as the server keeps it.
    static bool askGroupSaved(WsClient &admin)
    {
        return answerTo(admin, "websites")["websites"][0]["askGroup"].toBool();
    }

    ServerProcess m_server;
    QString m_owner;
    QString m_bia;
    QString m_caio;
};

QTEST_MAIN(TestDeskGroups)
#include "tst_groups.moc"
