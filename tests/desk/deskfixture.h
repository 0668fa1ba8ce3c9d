#pragma once

// Helpers shared by the desk tests that talk to the real server.

#include "app/chatcontroller.h"
#include "app/translationloader.h"
#include "models/conversationfiltermodel.h"
#include "models/conversationlistmodel.h"
#include "net/serverconnection.h"
#include "views/mainwindow.h"
#include "views/settingsdialog.h"

#include <serverprocess.h>
#include <testdatabase.h>
#include <wsclient.h>

#include <QApplication>
#include <QDebug>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <memory>

namespace papo::testing {

// A conversation list (the queue, Mine, Closed) shows this conversation.
inline bool listContains(const QAbstractItemModel &model, qint64 conversationId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(desk::ConversationListModel::IdRole).toLongLong()
            == conversationId)
            return true;
    }
    return false;
}

// The conversation of the last `message` event the visitor received (their own included).
inline qint64 conversationOfMessage(WsClient &visitor)
{
    const auto events = visitor.eventsOfType(QStringLiteral("message"));
    return events.isEmpty() ? 0 : events.last().data.value("conversationId").toInteger();
}

// Starts the real server and logs its owner in; false when either fails.
inline bool startAndLogIn(ServerProcess &server, QString *ownerToken)
{
    if (!server.start())
        return false;
    *ownerToken = server.login();
    return !ownerToken->isEmpty();
}

// A widget of a window by its object name; warns when there is none, so a renamed widget
// is easy to tell from a failing check.
template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

// One operator's papo-desk without a window: the connection and its controller, reconnecting
// quickly so a dropped connection does not slow the test down.
struct DeskConnection
{
    DeskConnection()
    {
        using namespace std::chrono_literals;
        connection.setReconnectDelays(100ms, 500ms);
    }

    void open(const ServerProcess &server, const QString &token)
    {
        connection.open(server.httpUrl(), token);
    }
    bool connected()
    {
        return QTest::qWaitFor([this] { return connection.isConnected(); }, 10000);
    }
    // Logs in with this token and waits until the session is up.
    bool connect(const ServerProcess &server, const QString &token)
    {
        open(server, token);
        return connected();
    }

    desk::ServerConnection connection;
    desk::ChatController controller{&connection};
};

// One operator's papo-desk with its main window (shown on demand).
struct DeskSession : DeskConnection
{
    // Shows the window, waits until it is on screen, then logs in and waits until connected.
    bool showAndConnect(const ServerProcess &server, const QString &token)
    {
        window.show();
        return QTest::qWaitForWindowExposed(&window) && connect(server, token);
    }

    desk::MainWindow window{&controller};
};

// Opens Settings (an admin's) and shows its page of this type; nothing when there is none.
template<typename Page>
Page *openSettingsPage(DeskSession &desk)
{
    desk.window.settingsAction()->trigger();
    desk::SettingsDialog *dialog = desk.window.settingsDialog();
    Page *page = dialog ? dialog->findChild<Page *>() : nullptr;
    if (page)
        dialog->showPage(page);
    return page;
}

// An operator's own socket beside papo-desk, to set things up and check what the server
// keeps; nothing when the hello is refused.
inline std::unique_ptr<WsClient> operatorSocket(const ServerProcess &server, const QString &token)
{
    auto client = std::make_unique<WsClient>();
    if (!client->open(server.wsUrl(QStringLiteral("/ws/operator"))))
        return nullptr;
    const auto hello = client->request(QStringLiteral("hello"), {{QStringLiteral("token"), token}});
    return hello && hello->type == QLatin1String("ack") ? std::move(client) : nullptr;
}

// What the server answers to a request of `client`'s, empty when no answer came. For checks
// repeated until the server has what papo-desk saved: repeat them with QTest::qWaitFor, whose
// limit is wall time (QTRY counts tries, and each try here may wait for an answer).
inline QJsonObject answerTo(WsClient &client, const QString &type, const QJsonObject &data = {})
{
    const auto reply = client.request(type, data);
    return reply ? reply->data : QJsonObject();
}

// The guide's pictures are in Portuguese: papo-desk speaks it from now on when PAPO_QM_DIR holds
// papo_pt_BR.qm (tests/screenshots.sh sets it).
inline void speakPortugueseWhenAsked()
{
    if (!qEnvironmentVariableIsSet("PAPO_QM_DIR"))
        return;
    using papo::desk::TranslationLoader;
    TranslationLoader::install(qApp, {"pt_BR"}, qEnvironmentVariable("PAPO_QM_DIR"));
    QLocale::setDefault(TranslationLoader::localeFor("pt_BR"));
}

// The labels of `area` that get less height than their text needs, or lie on one another
// (a word-wrapped value in a form squeezed by its neighbours): "" when every one shows whole.
inline QString crampedLabels(QWidget &area)
{
    QList<QLabel *> shown;
    const auto labels = area.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisibleTo(&area) || label->text().isEmpty())
            continue;
        const int needed = label->hasHeightForWidth() ? label->heightForWidth(label->width())
                                                      : label->sizeHint().height();
        if (label->height() < needed)
            return QStringLiteral("%1 is %2 px high, needs %3")
                .arg(label->objectName(), QString::number(label->height()),
                     QString::number(needed));
        shown << label;
    }
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QRect first(shown[i]->mapTo(&area, QPoint()), shown[i]->size());
        for (qsizetype j = i + 1; j < shown.size(); ++j) {
            const QRect second(shown[j]->mapTo(&area, QPoint()), shown[j]->size());
            if (first.intersects(second))
                return QStringLiteral("%1 overlaps %2")
                    .arg(shown[i]->objectName() + '/' + shown[i]->text(),
                         shown[j]->objectName() + '/' + shown[j]->text());
        }
    }
    return {};
}

// A keyring test (tests/desk/with-keyring.sh) runs with a private Secret Service and its own
// settings and cache folder: both backends' runs may go at once. False outside the wrapper.
inline bool useOwnKeyringAndSettings(const QString &testName)
{
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")) {
        qWarning("run under tests/desk/with-keyring.sh (see tests/desk/CMakeLists.txt)");
        return false;
    }
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("Papo test");
    QCoreApplication::setApplicationName(testName + '-' + TestDatabase::backendName());
    QSettings().clear();
    return true;
}

// The guide's pictures (PAPO_SCREENSHOT_DIR): papo-desk in Portuguese when PAPO_QM_DIR holds
// papo_pt_BR.qm, and the owner named as in the guide's story. The assertions read the desk's
// words through tr(), in whichever language is installed.
inline void dressForThePictures(ServerProcess &server, const QString &ownerName = "Ana Souza")
{
    if (!qEnvironmentVariableIsSet("PAPO_SCREENSHOT_DIR"))
        return;
    speakPortugueseWhenAsked();
    server.setEnvironment("PAPO_OWNER_NAME", ownerName);
}

// docs/desk.md, "Making the screenshots": saved only when PAPO_SCREENSHOT_DIR is set.
inline void saveScreenshot(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("PAPO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(QDir(dir).filePath(QLatin1String(name))));
}

// Answers the next question box with Yes once it is up (it runs its own event loop).
inline void answerYesToTheNextQuestion()
{
    auto *timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        box->button(QMessageBox::Yes)->click();
        timer->deleteLater();
    });
    timer->start(20);
}

inline QString visitorClientId()
{
    return QStringLiteral("v-") + QUuid::createUuid().toString(QUuid::Id128);
}

// A visitor on the demo shop: opens /ws/visitor and says hello (fresh, or with its token).
inline std::unique_ptr<WsClient> connectVisitor(const ServerProcess &server, QString *token,
                                                qint64 lastSeq = -1)
{
    auto visitor = std::make_unique<WsClient>();
    if (!visitor->open(server.wsUrl(QStringLiteral("/ws/visitor"))))
        return nullptr;
    QJsonObject hello{{QStringLiteral("key"), server.websiteKey()},
                      {QStringLiteral("url"), QStringLiteral("https://loja.example/carrinho")},
                      {QStringLiteral("title"), QStringLiteral("Carrinho")},
                      {QStringLiteral("referrer"), QStringLiteral("https://www.google.com/")},
                      {QStringLiteral("lang"), QStringLiteral("pt-BR")}};
    if (!token->isEmpty())
        hello.insert(QStringLiteral("token"), *token);
    if (lastSeq >= 0)
        hello.insert(QStringLiteral("lastSeq"), lastSeq);
    const auto reply = visitor->request(QStringLiteral("hello"), hello);
    if (!reply || reply->type != QLatin1String("ack"))
        return nullptr;
    *token = reply->data.value(QStringLiteral("token")).toString();
    return visitor;
}

// Sends a visitor message and returns its stored id (0 on failure).
inline qint64 visitorSays(WsClient &visitor, const QString &text)
{
    const auto reply
        = visitor.request(QStringLiteral("message"), {{QStringLiteral("cid"), visitorClientId()},
                                                      {QStringLiteral("text"), text}});
    if (!reply || reply->type != QLatin1String("ack"))
        return 0;
    return reply->data.value(QStringLiteral("message"))
        .toObject()
        .value(QStringLiteral("id"))
        .toInteger();
}

// Waits for an operator's message with this text to reach the visitor.
inline std::optional<common::Envelope> waitForOperatorText(WsClient &visitor, const QString &text,
                                                           int timeoutMs = 15000)
{
    return visitor.waitFor(
        [&](const common::Envelope &event) {
            return event.type == QLatin1String("message")
                   && event.data.value(QStringLiteral("text")).toString() == text
                   && event.data.value(QStringLiteral("author"))
                              .toObject()
                              .value(QStringLiteral("kind"))
                              .toString()
                          == QLatin1String("operator");
        },
        timeoutMs);
}

inline int countMessageEvents(const WsClient &client, const QString &text)
{
    int count = 0;
    for (const auto &event : client.eventsOfType(QStringLiteral("message"))) {
        if (event.data.value(QStringLiteral("text")).toString() == text)
            ++count;
    }
    return count;
}

} // namespace papo::testing
