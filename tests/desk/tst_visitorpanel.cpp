#include "deskfixture.h"
#include "operatoraccounts.h"
#include "visitorbrowser.h"

#include "app/chatcontroller.h"
#include "app/visitorcontroller.h"
#include "models/conversationfiltermodel.h"
#include "models/conversationlistmodel.h"
#include "models/visitornotemodel.h"
#include "models/visitorpagemodel.h"
#include "net/serverconnection.h"
#include "views/conversationlistpane.h"
#include "views/elidedlabel.h"
#include "views/mainwindow.h"
#include "views/visitorpanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;
using namespace std::chrono_literals;

namespace {

qint64 conversationOf(const QAbstractItemModel &model, qint64 visitorId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(ConversationListModel::VisitorIdRole).toLongLong() == visitorId)
            return index.data(ConversationListModel::IdRole).toLongLong();
    }
    return 0;
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, 0).data(role).toString();
    return values;
}

} // namespace

// The visitor panel (PAN-1, PAN-2) in the main window against the real server: a visitor
// browses with a real Chrome, the operator opens their chat and sees where they are, the
// path of pages with times and their device; names them, adds a note, and a second
// operator sees the note as it is written.
class TestVisitorPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // No --geoip: every location is "unknown".
        QVERIFY(startWithOwnerAndBia(m_server, &m_ana, &m_bia));
    }

    void panelShowsAndEditsTheVisitor()
    {
        DeskSession ana;
        QVERIFY(ana.showAndConnect(m_server, m_ana));
        auto *panel = ana.window.visitorPanel();
        QVERIFY(panel);
        QVERIFY(child<QLabel>(ana.window, "visitorPanelEmptyLabel")->isVisible());

        // The visitor arrives from Google on the home page, then looks at two more pages.
        qint64 visitorId = 0;
        BrowserVisit visit;
        auto visitor = browse(m_server, visit, &visitorId);
        QVERIFY(visitor);
        QVERIFY(viewPage(*visitor, QStringLiteral("https://loja.example/cadeiras"),
                         QStringLiteral("Cadeiras")));
        QVERIFY(viewPage(*visitor, QStringLiteral("https://loja.example/carrinho"),
                         QStringLiteral("Carrinho <script>")));
        QVERIFY(visitorSays(*visitor, QStringLiteral("Vocês entregam amanhã?")) > 0);

        // The operator opens the chat: the panel shows its visitor.
        QTRY_VERIFY_WITH_TIMEOUT(conversationOf(*ana.controller.queue(), visitorId) > 0, 10000);
        const qint64 conversationId = conversationOf(*ana.controller.queue(), visitorId);
        ana.controller.openConversation(conversationId);
        VisitorController *visitors = ana.controller.visitors();
        QCOMPARE(visitors->visitorId(), visitorId);
        QTRY_VERIFY_WITH_TIMEOUT(visitors->hasDetails(), 10000);
        QVERIFY(!child<QLabel>(ana.window, "visitorPanelEmptyLabel")->isVisible());

        auto *location = child<QLabel>(ana.window, "visitorLocationLabel");
        QCOMPARE(location->textFormat(), Qt::PlainText);
        QVERIFY2(location->text().contains(QStringLiteral("unknown"), Qt::CaseInsensitive),
                 qPrintable(location->text()));
        auto *pageTitle = child<QLabel>(ana.window, "visitorCurrentPageTitleLabel");
        QCOMPARE(pageTitle->textFormat(), Qt::PlainText);
        QCOMPARE(pageTitle->text(), QStringLiteral("Carrinho <script>"));
        QCOMPARE(child<ElidedLabel>(ana.window, "visitorCurrentPageUrlLabel")->fullText(),
                 QStringLiteral("https://loja.example/carrinho"));
        const QString device = child<QLabel>(ana.window, "visitorDeviceLabel")->text();
        QVERIFY2(device.contains(QStringLiteral("Chrome 131")), qPrintable(device));
        QVERIFY2(device.contains(QStringLiteral("Windows")), qPrintable(device));
        QVERIFY2(device.contains(QStringLiteral("Desktop")), qPrintable(device));
        QCOMPARE(child<ElidedLabel>(ana.window, "visitorReferrerLabel")->fullText(),
                 QStringLiteral("https://www.google.com/"));
        QVERIFY(child<QLabel>(ana.window, "visitorLanguageLabel")
                    ->text()
                    .startsWith(QStringLiteral("pt-BR")));
        QCOMPARE(child<QLabel>(ana.window, "visitorScreenLabel")->text(),
                 QStringLiteral("1920x1080"));
        QVERIFY(child<QLabel>(ana.window, "visitorVisitsLabel")
                    ->text()
                    .startsWith(QStringLiteral("1 ")));

        // The path of pages, oldest first, with the time on each but the current one.
        QListView *pages = child<QListView>(ana.window, "visitorPagesList");
        QTRY_COMPARE(pages->model()->rowCount(), 3);
        QCOMPARE(column(*pages->model(), VisitorPageModel::UrlRole),
                 (QStringList{QStringLiteral("https://loja.example/"),
                              QStringLiteral("https://loja.example/cadeiras"),
                              QStringLiteral("https://loja.example/carrinho")}));
        QVERIFY(pages->model()->index(0, 0).data(VisitorPageModel::SecondsRole).toLongLong() >= 0);
        QVERIFY(pages->model()->index(2, 0).data(VisitorPageModel::IsCurrentRole).toBool());

        // The visitor moves on: the panel follows.
        QVERIFY(viewPage(*visitor, QStringLiteral("https://loja.example/checkout"),
                         QStringLiteral("Pagamento")));
        QTRY_COMPARE_WITH_TIMEOUT(pages->model()->rowCount(), 4, 10000);
        QTRY_COMPARE(pageTitle->text(), QStringLiteral("Pagamento"));
        QVERIFY(pages->model()->index(2, 0).data(VisitorPageModel::SecondsRole).toLongLong() >= 0);

        // WID-6: what the website says about the visitor shows under "From the website".
        auto *customFields = child<QWidget>(ana.window, "visitorCustomFields");
        QVERIFY(!customFields->isVisible());
        QCOMPARE(visitor
                     ->request(QStringLiteral("visitor_data"),
                               {{QStringLiteral("fields"),
                                 QJsonObject{{QStringLiteral("plano"), QStringLiteral("Pro <b>")},
                                             {QStringLiteral("cupom"), QStringLiteral("BF10")}}}})
                     ->type,
                 QStringLiteral("ack"));
        QTRY_VERIFY_WITH_TIMEOUT(customFields->isVisible(), 10000);
        QStringList shown;
        for (QLabel *label : customFields->findChildren<QLabel *>()) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
            shown << label->text();
        }
        QCOMPARE(shown, (QStringList{QStringLiteral("cupom"), QStringLiteral("BF10"),
                                     QStringLiteral("plano"), QStringLiteral("Pro <b>")}));

        // PAN-2: the operator names the visitor; the chat lists show the new name.
        auto *nameEdit = child<QLineEdit>(ana.window, "visitorNameEdit");
        QVERIFY(nameEdit->text().isEmpty());
        nameEdit->setFocus();
        const QString name = QStringLiteral("Maria <b>Silva</b>");
        QTest::keyClicks(nameEdit, name);
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(visitors->visitor().name, name, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(ana.controller.conversations()
                                      ->indexOf(conversationId)
                                      .data(ConversationListModel::VisitorNameRole)
                                      .toString(),
                                  name, 10000);
        QListView *queue = ana.window.conversationList()->queueView();
        QTRY_COMPARE(conversationOf(*queue->model(), visitorId), conversationId);
        QCOMPARE(
            queue->model()->index(0, 0).data(ConversationListModel::VisitorNameRole).toString(),
            name);
        QTRY_COMPARE(child<QLabel>(ana.window, "visitorNameLabel")->text(), name);
        QCOMPARE(child<QLabel>(ana.window, "visitorPanelNameLabel")->text(), name);
        QCOMPARE(child<QLabel>(ana.window, "visitorPanelNameLabel")->textFormat(), Qt::PlainText);

        // A wrong email is refused before it is sent, and says why.
        auto *emailEdit = child<QLineEdit>(ana.window, "visitorEmailEdit");
        auto *contactError = child<QLabel>(ana.window, "visitorContactErrorLabel");
        emailEdit->setFocus();
        QTest::keyClicks(emailEdit, QStringLiteral("maria-at-example"));
        QTest::keyClick(emailEdit, Qt::Key_Return);
        QTRY_VERIFY(contactError->isVisible());
        QVERIFY(contactError->text().startsWith(QStringLiteral("Email")));
        emailEdit->clear();
        QTest::keyClicks(emailEdit, QStringLiteral("maria@example.com"));
        QTest::keyClick(emailEdit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(visitors->visitor().email, QStringLiteral("maria@example.com"),
                                  10000);
        QVERIFY(!contactError->isVisible());

        // A note for the team.
        auto *noteEdit = child<QPlainTextEdit>(ana.window, "visitorNoteEdit");
        QListView *notes = child<QListView>(ana.window, "visitorNotesList");
        noteEdit->setPlainText(QStringLiteral("Prefere entrega pela manhã"));
        QTest::mouseClick(child<QPushButton>(ana.window, "addNoteButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(notes->model()->rowCount(), 1, 10000);
        QVERIFY(noteEdit->toPlainText().isEmpty());
        QCOMPARE(notes->model()->index(0, 0).data(VisitorNoteModel::AuthorNameRole).toString(),
                 ana.connection.profile().name);

        // Another operator, Bia, looks at the same visitor: she sees the name and the note,
        // and the next note as it is written; Ana sees Bia's.
        DeskConnection bia;
        QVERIFY(bia.connect(m_server, m_bia));
        bia.controller.visitors()->showVisitor(visitorId);
        QTRY_VERIFY_WITH_TIMEOUT(bia.controller.visitors()->hasDetails(), 10000);
        QCOMPARE(bia.controller.visitors()->visitor().name, name);
        QCOMPARE(bia.controller.visitors()->notes()->rowCount(), 1);
        QCOMPARE(bia.controller.visitors()
                     ->notes()
                     ->index(0)
                     .data(VisitorNoteModel::TextRole)
                     .toString(),
                 QStringLiteral("Prefere entrega pela manhã"));

        visitors->addNote(QStringLiteral("Cliente desde 2019"));
        QTRY_COMPARE_WITH_TIMEOUT(bia.controller.visitors()->notes()->rowCount(), 2, 10000);
        bia.controller.visitors()->addNote(QStringLiteral("Ligar depois das 14h"));
        QTRY_COMPARE_WITH_TIMEOUT(notes->model()->rowCount(), 3, 10000);
        QCOMPARE(notes->model()->index(2, 0).data(VisitorNoteModel::AuthorNameRole).toString(),
                 QStringLiteral("Bia"));
        QCOMPARE(notes->model()->rowCount(), 3); // each note once, own ones included
        QCOMPARE(bia.controller.visitors()->notes()->rowCount(), 3);

        // Previous conversations: the open one is there; clicking it asks to open it.
        QListView *history = child<QListView>(ana.window, "visitorConversationsList");
        QTRY_COMPARE(history->model()->rowCount(), 1);
        QCOMPARE(history->model()->index(0, 0).data(ConversationListModel::IdRole).toLongLong(),
                 conversationId);
        child<QTabWidget>(ana.window, "visitorPanelTabs")->setCurrentWidget(history);
        QSignalSpy picked(panel, &VisitorPanel::conversationSelected);
        QTest::mouseClick(history->viewport(), Qt::LeftButton, {},
                          history->visualRect(history->model()->index(0, 0)).center());
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.at(0).at(0).toLongLong(), conversationId);

        // The visitor closes the tab.
        auto *presence = child<QLabel>(ana.window, "visitorPresenceLabel");
        QVERIFY(presence->text().startsWith(QStringLiteral("On the site now")));
        visitor.reset();
        QTRY_COMPARE_WITH_TIMEOUT(presence->text(), QStringLiteral("Not on the site"), 10000);
        QVERIFY(!visitors->visitor().online);

        // Closing the chat (no conversation open) empties the panel.
        ana.controller.openConversation(0);
        QVERIFY(child<QLabel>(ana.window, "visitorPanelEmptyLabel")->isVisible());
    }

    void errorsFromTheServerAreShown()
    {
        DeskConnection desk;
        VisitorPanel panel(desk.controller.visitors());
        QVERIFY(desk.connect(m_server, m_ana));

        // A visitor the server does not know.
        QSignalSpy loadFailed(desk.controller.visitors(), &VisitorController::visitorLoadFailed);
        QSignalSpy fieldFailed(desk.controller.visitors(), &VisitorController::fieldFailed);
        desk.controller.visitors()->showVisitor(987654);
        QVERIFY(loadFailed.wait(10000));
        desk.controller.visitors()->updateField(VisitorController::Field::Phone,
                                                QStringLiteral("+55 11 5555-0000"));
        QVERIFY(fieldFailed.wait(10000));
        QCOMPARE(fieldFailed.at(0).at(0).value<VisitorController::Field>(),
                 VisitorController::Field::Phone);
        auto *error = panel.findChild<QLabel *>(QStringLiteral("visitorContactErrorLabel"));
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().startsWith(QStringLiteral("Phone")));

        // Too long for the protocol: refused without asking the server.
        fieldFailed.clear();
        desk.controller.visitors()->updateField(VisitorController::Field::Name, QString(201, u'x'));
        QCOMPARE(fieldFailed.count(), 1);
    }

private:
    ServerProcess m_server;
    QString m_ana;
    QString m_bia;
};

QTEST_MAIN(TestVisitorPanel)
#include "tst_visitorpanel.moc"
