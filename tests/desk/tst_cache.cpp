#include "deskfixture.h"
#include "testdatabase.h"

#include "app/deskapp.h"
#include "app/sessioncache.h"
#include "app/teamcontroller.h"
#include "cache/localcache.h"
#include "models/messagemodel.h"
#include "models/teammodel.h"
#include "net/outbox.h"
#include "views/composeredit.h"
#include "views/conversationview.h"
#include "views/logindialog.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace papo::desk;
using namespace papo::testing;
using namespace std::chrono_literals;

// Issue 17: papo-desk starts from its local cache, with the real keychain (DeskApp's silent
// login) and the real server, which goes away and comes back.
class TestCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(useOwnKeyringAndSettings("desk_cache"));
        QVERIFY(m_server.start());
    }

    void cleanupTestCase() { QSettings().clear(); }

    void aSecondStartShowsTheCacheWithoutTheServer()
    {
        QString visitorToken;
        auto visitor = connectVisitor(m_server, &visitorToken);
        QVERIFY(visitor);
        QVERIFY(visitorSays(*visitor, "Meu pedido 1234 não chegou") > 0);
        const qint64 conversationId = conversationOfMessage(*visitor);
        QVERIFY(conversationId > 0);

        QString cachePath;
        {
            DeskApp first;
            first.start();
            QTRY_VERIFY(first.loginDialog()->isVisible());
            logIn(first);
            QTRY_COMPARE_WITH_TIMEOUT(first.connection()->state(),
                                      ServerConnection::State::Connected, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(
                listContains(*first.controller()->conversations(), conversationId), 10000);
            first.controller()->openConversation(conversationId);
            QTRY_VERIFY_WITH_TIMEOUT(shows(first, "Meu pedido 1234 não chegou"), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(first.controller()->team()->members()->rowCount() > 0, 10000);
            // Written behind the changes, a moment later, while papo-desk runs.
            cachePath = first.cache()->path();
            QTRY_VERIFY_WITH_TIMEOUT(cachedMessages(cachePath, conversationId) == 1, 5000);
        } // quitting writes what is still pending

        // While papo-desk is closed the visitor writes again; then the server goes away.
        QVERIFY(visitorSays(*visitor, "Alguém aí?") > 0);
        visitor.reset();
        m_server.stop();

        DeskApp second;
        second.connection()->setReconnectDelays(100ms, 500ms);
        second.start();
        QTRY_VERIFY_WITH_TIMEOUT(second.mainWindow()->isVisible(), 10000);
        QVERIFY(QTest::qWaitForWindowExposed(second.mainWindow()));
        QVERIFY(!second.connection()->isConnected());
        // The last state, before any server answered.
        QVERIFY(listContains(*second.controller()->conversations(), conversationId));
        QVERIFY(listContains(*second.controller()->queue(), conversationId));
        QCOMPARE(second.controller()->openConversationId(), conversationId);
        QVERIFY(shows(second, "Meu pedido 1234 não chegou"));
        QVERIFY(!shows(second, "Alguém aí?"));
        QVERIFY(second.controller()->team()->members()->rowCount() > 0);
        QCOMPARE(second.controller()->me().email, ServerProcess::ownerEmail());
        QTRY_COMPARE(second.mainWindow()->focusWidget(),
                     second.mainWindow()->conversationView()->composer());

        // A reply written offline waits for the server.
        QVERIFY(!second.controller()->sendReply("Já verifico, um momento").isEmpty());
        QCOMPARE(second.controller()->outbox()->pendingCount(), 1);
        {
            // Written to the cache at once: a desk started now (after a quit or a crash) would
            // send it too.
            ServerConnection connection;
            ChatController controller(&connection);
            SessionCache cache(&controller);
            QVERIFY(cache.begin(m_server.httpUrl(), ServerProcess::ownerEmail()) >= 0);
            const QList<PendingSend> restored = controller.outbox()->pending();
            QCOMPARE(restored.size(), 1);
            QCOMPARE(restored.first().text, QString("Já verifico, um momento"));
            QCOMPARE(restored.first().conversationId, conversationId);
        }

        // The server comes back: papo-desk resumes where it was and catches up.
        QVERIFY(m_server.start());
        QTRY_COMPARE_WITH_TIMEOUT(second.connection()->state(), ServerConnection::State::Connected,
                                  20000);
        QTRY_VERIFY_WITH_TIMEOUT(shows(second, "Alguém aí?"), 10000);
        const QModelIndex row = second.controller()->conversations()->indexOf(conversationId);
        QTRY_COMPARE(row.data(ConversationListModel::LastMessageTextRole).toString(),
                     QString("Já verifico, um momento"));
        QTRY_COMPARE_WITH_TIMEOUT(second.controller()->outbox()->pendingCount(), 0, 10000);
        QVERIFY(deliveredOnce(second, "Já verifico, um momento"));
        QVERIFY(deliveredOnce(second, "Alguém aí?"));
    }

    void aGarbageCacheFileIsReplaced()
    {
        const QString path = LocalCache::pathFor(m_server.httpUrl(), ServerProcess::ownerEmail());
        QVERIFY(LocalCache::remove(path));
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray("not a database at all\n").repeated(200));
        garbage.close();

        DeskApp app;
        app.start();
        QTRY_COMPARE_WITH_TIMEOUT(app.connection()->state(), ServerConnection::State::Connected,
                                  10000);
        QVERIFY(app.mainWindow()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(app.controller()->conversations()->rowCount() > 0, 10000);
        QVERIFY(app.cache()->isOpen());
        app.cache()->saveNow();
        QVERIFY(garbage.open(QIODevice::ReadOnly));
        QVERIFY(garbage.read(16).startsWith("SQLite format 3"));
    }

    void anotherAccountsOrVersionsFileIsIgnored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("account.sqlite");
        {
            LocalCache cache(path, "https://a.example\nana@a.example");
            QVERIFY(cache.open());
            QVERIFY(!cache.hadData());
            cache.beginWrite();
            cache.setValue("lastSeq", 42);
            QVERIFY(cache.commitWrite());
        }
        {
            LocalCache same(path, "https://a.example\nana@a.example");
            QVERIFY(same.open());
            QVERIFY(same.hadData());
            QCOMPARE(same.value("lastSeq").toInteger(), 42);
        }
        {
            LocalCache other(path, "https://b.example\nbia@b.example");
            QVERIFY(other.open());
            QVERIFY(!other.hadData());
            QVERIFY(other.value("lastSeq").isUndefined());
        }
        {
            // A file of a newer papo-desk.
            auto db = QSqlDatabase::addDatabase("QSQLITE", "newer");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase("newer");
        LocalCache newer(path, "https://b.example\nbia@b.example");
        QVERIFY(newer.open());
        QVERIFY(!newer.hadData());
    }

    void signingOutDeletesTheCache()
    {
        DeskApp app;
        app.start();
        QTRY_COMPARE_WITH_TIMEOUT(app.connection()->state(), ServerConnection::State::Connected,
                                  10000);
        const QString path = app.cache()->path();
        QTRY_VERIFY(QFile::exists(path));
        // Customers' messages: this user's only.
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);

        auto *logout = app.mainWindow()->findChild<QAction *>("logoutAction");
        QVERIFY(logout);
        logout->trigger();
        QTRY_VERIFY(app.loginDialog()->isVisible());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!app.cache()->isOpen());
    }

private:
    void logIn(DeskApp &app)
    {
        LoginDialog *dialog = app.loginDialog();
        dialog->findChild<QLineEdit *>("serverUrlEdit")->setText(m_server.httpUrl().toString());
        dialog->findChild<QLineEdit *>("emailEdit")->setText(ServerProcess::ownerEmail());
        dialog->findChild<QLineEdit *>("passwordEdit")->setText(ServerProcess::ownerPassword());
        QTest::mouseClick(dialog->findChild<QPushButton *>("loginButton"), Qt::LeftButton);
    }

    // How many messages of this chat the cache file holds (read beside papo-desk's writer).
    static int cachedMessages(const QString &path, qint64 conversationId)
    {
        int count = -1;
        {
            auto db = QSqlDatabase::addDatabase("QSQLITE", "reader");
            db.setDatabaseName(path);
            db.setConnectOptions("QSQLITE_OPEN_READONLY");
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare("SELECT count(*) FROM messages WHERE conversation_id = ?");
                query.addBindValue(conversationId);
                if (query.exec() && query.next())
                    count = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase("reader");
        return count;
    }

    // The open conversation shows a message with this text.
    static bool shows(const DeskApp &app, const QString &text)
    {
        const MessageModel *messages = app.controller()->messages();
        for (int row = 0; row < messages->rowCount(); ++row) {
            if (messages->index(row).data(MessageModel::TextRole).toString() == text)
                return true;
        }
        return false;
    }

    // Exactly one stored (acknowledged) message with this text: nothing was doubled.
    static bool deliveredOnce(const DeskApp &app, const QString &text)
    {
        const MessageModel *messages = app.controller()->messages();
        int count = 0;
        for (int row = 0; row < messages->rowCount(); ++row) {
            const QModelIndex index = messages->index(row);
            if (index.data(MessageModel::TextRole).toString() == text)
                count += index.data(MessageModel::IdRole).toLongLong() > 0 ? 1 : 100;
        }
        return count == 1;
    }

    ServerProcess m_server;
};

QTEST_MAIN(TestCache)
#include "tst_cache.moc"
