#include "deskfixture.h"

#include "app/chatcontroller.h"
#include "models/conversationlistmodel.h"
#include "models/durationtext.h"
#include "models/messagemodel.h"
#include "models/visitorlistmodel.h"
#include "views/announcer.h"
#include "views/conversationlistpane.h"
#include "views/conversationview.h"
#include "views/mainwindow.h"
#include "views/visitorsview.h"

#include <QAccessible>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QtGui/private/qguiapplication_p.h>
#include <QtGui/qpa/qplatformaccessibility.h>
#include <QtGui/qpa/qplatformintegration.h>

using namespace papo::desk;
using namespace papo::testing;
using papo::common::OperatorStatus;

namespace {

// What Qt Accessibility hands to the screen reader, caught on its way out.
QList<std::pair<QObject *, QString>> g_nameChanges;

void recordUpdate(QAccessibleEvent *event)
{
    if (event->type() != QAccessible::NameChanged)
        return;
    QAccessibleInterface *iface = event->accessibleInterface();
    g_nameChanges.append({event->object(), iface ? iface->text(QAccessible::Name) : QString()});
}

QString accessibleRowName(QWidget *view, int row)
{
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    if (!list || !list->tableInterface())
        return {};
    QAccessibleInterface *cell = list->tableInterface()->cellAt(row, 0);
    return cell ? cell->text(QAccessible::Name) : QString();
}

} // namespace

// Screen readers, read through Qt's accessibility tree (what Orca gets over AT-SPI): the
// custom-painted chat rows, message bubbles and visitors-online rows say what a sighted
// operator sees, and status changes and new messages in the open chat are announced.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        // As when Orca is running: events go out only while accessibility is active. A
        // screen reader switches it on through the platform's bridge (AT-SPI); offscreen has
        // none, so the test flips the platform's switch the bridge would flip.
        QGuiApplicationPrivate::platformIntegration()->accessibility()->setActive(true);
        QAccessible::setActive(true);
        QVERIFY(QAccessible::isActive());
        QAccessible::installUpdateHandler(recordUpdate);
        QVERIFY(startAndLogIn(m_server, &m_token));
    }

    void rowsAndBubblesSayWhatIsPainted()
    {
        DeskSession desk;
        desk.window.resize(1280, 760);
        QVERIFY(desk.showAndConnect(m_server, m_token));
        desk.controller.setStatus(OperatorStatus::Online);

        QString token;
        auto visitor = connectVisitor(m_server, &token);
        const auto named
            = visitor->request(QStringLiteral("visitor_data"),
                               {{QStringLiteral("name"), QStringLiteral("Joana Lima")}});
        QVERIFY(named && named->type == QLatin1String("ack"));
        QVERIFY(visitorSays(*visitor, QStringLiteral("Oi, o frete para Recife é grátis?")) > 0);
        QVERIFY(visitorSays(*visitor, QStringLiteral("Compro hoje se for")) > 0);
        const qint64 chat = conversationOfMessage(*visitor);
        QListView *queue = desk.window.conversationList()->queueView();
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), 1, 10000);
        const QModelIndex row = queue->model()->index(0, 0);
        QTRY_COMPARE_WITH_TIMEOUT(row.data(ConversationListModel::UnreadCountRole).toInt(), 2,
                                  10000);

        // The chat list row, as Orca reads it: name, unread, last message, time.
        QTRY_COMPARE_WITH_TIMEOUT(row.data(ConversationListModel::VisitorNameRole).toString(),
                                  QStringLiteral("Joana Lima"), 10000);
        const QString name = QStringLiteral("Joana Lima");
        const QString time
            = DurationText::clockTime(row.data(ConversationListModel::UpdatedAtRole).toDateTime());
        const QString expected
            = QStringLiteral("%1, 2 unread, last message: Compro hoje se for, %2").arg(name, time);
        QCOMPARE(accessibleRowName(queue, 0), expected);
        QAccessibleInterface *queueList = QAccessible::queryAccessibleInterface(queue);
        QCOMPARE(queueList->text(QAccessible::Name), QStringLiteral("Queue"));
        QAccessibleInterface *cell = queueList->tableInterface()->cellAt(0, 0);
        QVERIFY(cell->text(QAccessible::Description).startsWith("Waiting in the queue"));

        // The bubbles of the open chat: who, when, what.
        desk.controller.openConversation(chat);
        QListView *messages = desk.window.conversationView()->messageList();
        QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 2, 10000);
        const QString firstTime = DurationText::clockTime(
            messages->model()->index(0, 0).data(MessageModel::CreatedAtRole).toDateTime());
        QCOMPARE(
            accessibleRowName(messages, 0),
            QStringLiteral("%1 at %2: Oi, o frete para Recife é grátis?").arg(name, firstTime));

        // A new message in the open chat is announced; so is a change of status.
        g_nameChanges.clear();
        QSignalSpy announced(desk.window.announcer(), &Announcer::announced);
        QVERIFY(visitorSays(*visitor, QStringLiteral("Moro em Boa Viagem")) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!announced.isEmpty(), 10000);
        QVERIFY2(announced.last().at(0).toString().endsWith(": Moro em Boa Viagem"),
                 qPrintable(announced.last().at(0).toString()));
        QVERIFY(std::any_of(g_nameChanges.cbegin(), g_nameChanges.cend(), [&](const auto &change) {
            return change.first == desk.window.announcer()
                   && change.second.endsWith(QStringLiteral(": Moro em Boa Viagem"));
        }));
        desk.controller.setStatus(OperatorStatus::Invisible);
        QTRY_VERIFY(std::any_of(g_nameChanges.cbegin(), g_nameChanges.cend(), [&](const auto &c) {
            return c.first == desk.window.announcer() && c.second == "You are invisible";
        }));
        // My own reply is not news.
        announced.clear();
        QVERIFY(!desk.controller.sendReply(QStringLiteral("É grátis sim!")).isEmpty());
        QVERIFY(waitForOperatorText(*visitor, QStringLiteral("É grátis sim!")));
        QTRY_COMPARE(messages->model()->rowCount(), 4);
        QVERIFY(announced.isEmpty());
        const int last = messages->model()->rowCount() - 1;
        QVERIFY2(accessibleRowName(messages, last).startsWith(QStringLiteral("You at ")),
                 qPrintable(accessibleRowName(messages, last)));

        // Visitors online: the row's first cell says who, where and what.
        QTableView *visitors = desk.window.visitorsView()->table();
        QTRY_VERIFY_WITH_TIMEOUT(visitors->model()->rowCount() >= 1, 10000);
        const QString visitorRow = accessibleRowName(visitors, 0);
        // The page as the column paints it: its title (the address is the tooltip's).
        QVERIFY2(visitorRow.contains(QStringLiteral(", Carrinho, ")), qPrintable(visitorRow));
        QVERIFY2(visitorRow.split(QStringLiteral(", ")).size() >= 3, qPrintable(visitorRow));
        desk.controller.setStatus(OperatorStatus::Online);
    }

private:
    QTemporaryDir m_settingsDir;
    ServerProcess m_server;
    QString m_token;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
