#include "app/tokenstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace papo::desk;

namespace {

struct ReadResult
{
    bool done = false;
    QString token;
    QString error;
};

} // namespace

// The real QtKeychain against a real Secret Service (gnome-keyring in a private D-Bus session,
// see CMakeLists.txt): store a token, read it back, delete it.
class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under tests/desk/with-keyring.sh (see tests/desk/CMakeLists.txt)");
    }

    void keyNamesServerAndAccount()
    {
        QCOMPARE(TokenStore::keyFor(QUrl("http://127.0.0.1:8080/"), " Ana@Example.com "),
                 QString("http://127.0.0.1:8080 ana@example.com"));
    }

    void roundTrip()
    {
        // A service of its own, so a developer's real "Papo" entries are never touched.
        TokenStore store(QStringLiteral("Papo test ") + QUuid::createUuid().toString(QUuid::Id128));
        const QString key = TokenStore::keyFor(QUrl("http://127.0.0.1:8080"), "owner@papo.test");
        const QString token = QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral("-ção");

        ReadResult before = read(store, key);
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
        QVERIFY(before.token.isEmpty());

        bool written = false;
        QString writeError;
        bool writeDone = false;
        store.write(key, token, this, [&](bool ok, const QString &error) {
            written = ok;
            writeError = error;
            writeDone = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(writeDone, 20000);
        QVERIFY2(written, qPrintable(writeError));

        ReadResult after = read(store, key);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        QCOMPARE(after.token, token);

        bool removed = false;
        bool removeDone = false;
        store.remove(key, this, [&](bool ok, const QString &) {
            removed = ok;
            removeDone = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(removeDone, 20000);
        QVERIFY(removed);

        ReadResult gone = read(store, key);
        QVERIFY2(gone.error.isEmpty(), qPrintable(gone.error));
        QVERIFY(gone.token.isEmpty());

        // Removing what is not there is fine too (logging out twice).
        removeDone = false;
        store.remove(key, this, [&](bool ok, const QString &) {
            removed = ok;
            removeDone = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(removeDone, 20000);
        QVERIFY(removed);
    }

    void handlersOfDestroyedContextsAreNotCalled()
    {
        TokenStore store(QStringLiteral("Papo test ") + QUuid::createUuid().toString(QUuid::Id128));
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.read(QStringLiteral("nobody"), context.get(),
                   [&](const QString &, const QString &) { called = true; });
        context.reset();
        // Wait for the job to finish: a second read on the same store answers after it.
        ReadResult later = read(store, QStringLiteral("nobody"));
        QVERIFY(later.done);
        QVERIFY(!called);
    }

private:
    ReadResult read(TokenStore &store, const QString &key)
    {
        ReadResult result;
        store.read(key, this, [&result](const QString &token, const QString &error) {
            result.done = true;
            result.token = token;
            result.error = error;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.done, 20000); }();
        return result;
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
