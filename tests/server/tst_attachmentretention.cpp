#include "identifyvisitor.h"

#include <accountrepository.h>
#include <attachmentlinks.h>
#include <attachmentrepository.h>
#include <attachmentretention.h>
#include <attachmentstore.h>
#include <bootstrap.h>
#include <chatservice.h>
#include <conversationrepository.h>
#include <database.h>
#include <deadlinescheduler.h>
#include <secrets.h>
#include <testdatabase.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace papo::server;
using papo::common::AuthorKind;

// CHT-9's files: links that expire, and files that do not stay for ever (a real database:
// SQLite or PostgreSQL).
class TestAttachmentRetention final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Secrets::initialize()); }

    void links()
    {
        AttachmentLinks links;
        links.setKey(QByteArray(32, 'k'));
        const qint64 now = 1'800'000'000;
        const QString link = links.link("abcdefghijklmnop", now);
        QVERIFY(link.startsWith("/attachments/abcdefghijklmnop?exp="));
        QCOMPARE(links.link("abcdefghijklmnop", now + 60), link); // the same all day
        const QString expiry = link.section("exp=", 1).section('&', 0, 0);
        const QString signature = link.section("sig=", 1);
        using Check = AttachmentLinks::Check;
        QCOMPARE(links.check("abcdefghijklmnop", expiry, signature, now), Check::Valid);
        QCOMPARE(links.check("abcdefghijklmnop", expiry, signature,
                             now + AttachmentLinks::LifetimeSeconds + 24 * 3600 + 1),
                 Check::Expired);
        QCOMPARE(links.check("abcdefghijklmnoq", expiry, signature, now), Check::Invalid);
        QCOMPARE(links.check("abcdefghijklmnop", QString::number(expiry.toLongLong() + 86400),
                             signature, now),
                 Check::Invalid); // a prolonged link is not signed
        QCOMPARE(links.check("abcdefghijklmnop", expiry, "", now), Check::Invalid);
        AttachmentLinks other;
        other.setKey(QByteArray(32, 'x'));
        QCOMPARE(other.check("abcdefghijklmnop", expiry, signature, now), Check::Invalid);
    }

    void unsentAndIdleFilesGo()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        const auto url
            = DatabaseUrl::parse(papo::testing::TestDatabase::freshUrl(dir.path()), &error);
        QVERIFY2(url, qPrintable(error));
        QVERIFY2(db.open(*url, &error), qPrintable(error));
        AccountRepository accounts(db.connection());
        QVERIFY(bootstrapAccount(accounts, "owner@papo.test", "correct-horse-battery").ok);
        ConversationRepository conversations(db.connection());
        ChatService chat(db, accounts, conversations);
        AttachmentRepository repository(db.connection());
        AttachmentStore store(repository, 1024 * 1024);
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        const auto visitor = papo::testing::identifyVisitor(
            chat, accounts, accounts.websites().first().widgetKey, {}, "pt");
        QVERIFY(visitor);
        const QByteArray png("\x89PNG\r\n\x1a\n....", 12);
        const auto upload = [&](const QString &name) {
            return store.save(
                {AuthorKind::Visitor, visitor->visitorId, visitor->visitorId, 0, name, png});
        };
        const AttachmentSaved unsent = upload("never-sent.png");
        const AttachmentSaved sent = upload("sent.png");
        QVERIFY(unsent.ok() && sent.ok());
        std::optional<PostResult> posted;
        chat.postVisitorMessage(
            visitor->visitorId, "cid-retention-1", {}, "https://shop/",
            [&](const PostResult &r) { posted = r; }, sent.info.id);
        QVERIFY(QTest::qWaitFor([&] { return posted.has_value(); }, 10000));
        QVERIFY(posted->ok());

        DeadlineScheduler deadlines;
        QDateTime now = QDateTime::currentDateTimeUtc();
        AttachmentRetention keepSent(store, repository, deadlines, 0, [&] { return now; });
        QCOMPARE(keepSent.sweep(), 0); // a fresh upload may still be sent
        now = now.addDays(2);
        QCOMPARE(keepSent.sweep(), 1);
        QVERIFY(!QFile::exists(store.filePath(unsent.info.id)));
        QVERIFY(!repository.find(unsent.info.id));
        QVERIFY(QFile::exists(store.filePath(sent.info.id)));

        AttachmentRetention thirtyDays(store, repository, deadlines, 30, [&] { return now; });
        QCOMPARE(thirtyDays.sweep(), 0);
        now = now.addDays(30);
        QCOMPARE(thirtyDays.sweep(), 1);
        QVERIFY(!QFile::exists(store.filePath(sent.info.id)));
        QVERIFY(repository.find(sent.info.id)); // the message still names its file
    }
};

QTEST_GUILESS_MAIN(TestAttachmentRetention)
#include "identifyvisitor.h"
#include "tst_attachmentretention.moc"
