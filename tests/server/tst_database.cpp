#include "chatcoretest.h"
#include "identifyvisitor.h"

#include <accountrepository.h>
#include <bootstrap.h>
#include <chatservice.h>
#include <conversationrepository.h>
#include <database.h>
#include <databasecopy.h>
#include <migrations.h>
#include <schemamigrator.h>
#include <secrets.h>
#include <sqlconnection.h>
#include <sqltime.h>
#include <streampositions.h>
#include <testdatabase.h>
#include <writequeue.h>

#include <QDeadlineTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <numeric>
#include <thread>

using namespace papo::server;
using papo::common::AuthorKind;

// The database under the server's core: migrations, the write queue and stream positions,
// against a temporary SQLite file or (the tst_server_database_postgresql twin) a database in
// the test run's PostgreSQL cluster.
class TestDatabase final : public papo::testing::ChatCoreTest
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Secrets::initialize()); }

    void init()
    {
        const QString error = openCore();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { closeCore(); }

    void migrationsRunOnce()
    {
        QCOMPARE(m_db->schemaVersion(), int(schemaMigrations().size()));
        if (m_db->dialect() == SqlDialect::SQLite) {
            QSqlQuery query(m_db->connection());
            QVERIFY(query.exec("PRAGMA journal_mode"));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QString("wal"));
        }
        cleanup();
        Database again;
        QString error;
        QVERIFY2(again.open(m_url, &error), qPrintable(error)); // nothing left to migrate
        QCOMPARE(again.schemaVersion(), int(schemaMigrations().size()));
    }

    // The reports read messages through migration 20's index; a later migration that
    // rebuilt the table (22, on SQLite) must make it again, and nothing may bring back the
    // index it replaced.
    void theMessagesKeepTheReportIndex()
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(m_db->dialect() == SqlDialect::SQLite
                               ? "SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                 "tbl_name = 'messages' AND sql IS NOT NULL"
                               : "SELECT indexname FROM pg_indexes WHERE tablename = 'messages' "
                                 "AND indexname NOT LIKE '%pkey' AND indexname NOT LIKE '%key'"));
        QStringList indexes;
        while (query.next())
            indexes << query.value(0).toString();
        QVERIFY2(indexes.contains("messages_report"), qPrintable(indexes.join(", ")));
        QVERIFY2(!indexes.contains("messages_conversation"), qPrintable(indexes.join(", ")));
    }

    // Two servers that start at once on an empty database (two nodes on one PostgreSQL):
    // one migrates, the other waits and finds nothing left to do.
    void migrationsRunOnceWhenTwoServersStartTogether()
    {
        cleanup();
        const QString url = m_scratch.next();
        QVERIFY(!url.isEmpty());
        QString error;
        const auto parsed = DatabaseUrl::parse(url, &error);
        QVERIFY2(parsed, qPrintable(error));
        std::atomic<int> opened = 0;
        std::vector<QString> errors(2);
        std::vector<std::thread> nodes;
        for (int node = 0; node < 2; ++node) {
            nodes.emplace_back([&, node] {
                Database database;
                if (database.open(*parsed, &errors[node])
                    && database.schemaVersion() == SchemaMigrator::latestVersion())
                    ++opened;
            });
        }
        for (auto &node : nodes)
            node.join();
        QVERIFY2(opened == 2, qPrintable(errors[0] + errors[1]));
    }

    // An installation from before stream_positions (schema 14) keeps its message ids, which
    // become their positions, and new messages continue after them.
    void upgradingKeepsTheStreamGoing()
    {
        cleanup();
        QString error;
        const auto url = DatabaseUrl::parse(m_scratch.next(), &error);
        QVERIFY2(url && createAtVersion14(*url, &error), qPrintable(error));
        Database upgraded;
        QVERIFY2(upgraded.open(*url, &error), qPrintable(error));
        QCOMPARE(upgraded.schemaVersion(), SchemaMigrator::latestVersion());
        QSqlDatabase db = upgraded.connection();
        QCOMPARE(StreamPositions(db).newest(), 7);
        QVERIFY(db.transaction());
        auto message = newMessage("cid-new-8");
        QVERIFY(ConversationRepository(db).insertMessage(message));
        QCOMPARE(message.id, 8);
        if (upgraded.url().isPostgreSql()) {
            QCOMPARE(message.position, 0); // placed right before the commit
            QHash<qint64, qint64> placed;
            QVERIFY(StreamPositions(db).placeNewMessages(&placed));
            QCOMPARE(placed, (QHash<qint64, qint64>{{8, 8}}));
        }
        QVERIFY(db.commit());
        const auto messages = ConversationRepository(db).messagesAfter(0, VisibilityScope::all());
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.first().position, 7);
        QCOMPARE(messages.last().position, 8);
    }

    // --migrate-to from an older SQLite file: copied at its version, then upgraded.
    void copyingAnOlderSqliteDatabaseUpgradesTheCopy()
    {
        if (!papo::testing::TestDatabase::isPostgreSql())
            QSKIP("PostgreSQL only: the copy's target");
        QTemporaryDir directory;
        const DatabaseUrl sqlite = DatabaseUrl::sqlite(directory.filePath("papo.sqlite"));
        QString error;
        QVERIFY2(createAtVersion14(sqlite, &error), qPrintable(error));
        const auto target
            = DatabaseUrl::parse(papo::testing::TestDatabase::createPostgreSql(), &error);
        QVERIFY2(target, qPrintable(error));
        QStringList progress;
        DatabaseCopy copy(sqlite, *target);
        QVERIFY2(copy.run([&](const QString &line) { progress << line; }, &error),
                 qPrintable(error));
        QCOMPARE(copy.sourceVersion(), 14);
        QVERIFY2(progress.join('\n').contains("  messages: 1 rows, checksum"),
                 qPrintable(progress.join('\n')));
        Database copied;
        QVERIFY2(copied.open(*target, &error), qPrintable(error));
        QCOMPARE(copied.schemaVersion(), SchemaMigrator::latestVersion());
        QCOMPARE(StreamPositions(copied.connection()).newest(), 7);
        const auto messages
            = ConversationRepository(copied.connection()).messagesAfter(0, VisibilityScope::all());
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().text, QString("Olá de antes"));
        QCOMPARE(messages.first().position, 7);
    }

    // A database that a newer papo-server upgraded is refused, not damaged.
    void aNewerSchemaIsRefused()
    {
        const int latest = SchemaMigrator::latestVersion();
        QSqlQuery query(m_db->connection());
        QVERIFY(
            query.exec(m_db->dialect() == SqlDialect::SQLite
                           ? QString("PRAGMA user_version = %1").arg(latest + 1)
                           : QString("UPDATE schema_version SET version = %1").arg(latest + 1)));
        cleanup();
        Database again;
        QString error;
        QVERIFY(!again.open(m_url, &error));
        QVERIFY2(error.contains(QString("schema is version %1, newer than this papo-server "
                                        "(version %2 at most)")
                                    .arg(latest + 1)
                                    .arg(latest)),
                 qPrintable(error));
        // Untouched. (A refused SQLite file is not even opened for writing: read it afresh.)
        QVERIFY2(openSqlConnection(m_url, "papo-test-newer", &error), qPrintable(error));
        QCOMPARE(SchemaMigrator(QSqlDatabase::database("papo-test-newer", false)).version(),
                 latest + 1);
        closeSqlConnection("papo-test-newer");
    }

    void writeQueueCommitsInBatchesAndIsolatesFailures()
    {
        WriteQueue queue(m_db->url(), this);
        QList<int> completed;
        QList<bool> outcomes;
        for (int i = 0; i < 200; ++i) {
            queue.submit(
                [i](QSqlDatabase &db) {
                    QSqlQuery query(db);
                    if (i == 50) // a job that fails must not take its batch-mates down
                        return query.exec("INSERT INTO no_such_table VALUES (1)");
                    query.prepare(
                        "INSERT INTO websites (name, widget_key, created_at) VALUES (?, ?, '')");
                    query.addBindValue(QString("site %1").arg(i));
                    query.addBindValue(QString("key-%1").arg(i));
                    return query.exec();
                },
                [&completed, &outcomes, i](bool ok) {
                    completed << i;
                    outcomes << ok;
                });
        }
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 200, 20000);
        QList<int> inOrder(200);
        std::iota(inOrder.begin(), inOrder.end(), 0);
        QCOMPARE(completed, inOrder);
        QCOMPARE(outcomes.count(false), 1);
        QVERIFY(!outcomes.at(50));
        QCOMPARE(m_accounts->websites().size(), 199); // read back through another connection
    }

    // docs/scaling.md: two writers (as two nodes on one PostgreSQL) store messages at once
    // while a reader resumes the way a reconnecting client does, "everything after the newest
    // I saw", in the operators' stream and in one visitor's. Each writer holds its
    // transaction open a moment after storing a message, so if positions were handed out
    // before the commit without the counter's lock (as ids are), a smaller one would commit
    // after the reader moved past it and be missed.
    void streamPositionsFollowCommitOrderWithTwoWriters()
    {
        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const QString key = m_accounts->websites().first().widgetKey;
        QList<qint64> visitors, conversations;
        for (int i = 0; i < 3; ++i) {
            visitors << papo::testing::identifyVisitor(*m_chat, *m_accounts, key, {}, "pt-BR")
                            ->visitorId;
            const auto first = postVisitor(visitors.last(), QString("cid-first-%1").arg(i), "Oi");
            QVERIFY(first.ok());
            conversations << first.message.conversationId;
        }
        const qint64 start = m_conversations->lastPosition();
        constexpr int PerWriter = 150;
        int completed = 0;
        int failed = 0;
        std::vector<std::unique_ptr<WriteQueue>> writers;
        for (int writer = 0; writer < 2; ++writer)
            writers.push_back(std::make_unique<WriteQueue>(m_db->url(), this, 4));
        for (int i = 0; i < PerWriter; ++i) {
            for (int writer = 0; writer < 2; ++writer) {
                const int slot = (i + writer) % conversations.size();
                papo::common::ChatMessage message;
                message.conversationId = conversations.at(slot);
                message.authorKind = AuthorKind::Visitor;
                message.authorId = visitors.at(slot);
                message.clientId = QString("cid-w%1-%2").arg(writer).arg(i);
                message.text = message.clientId;
                message.createdAt = QDateTime::currentDateTimeUtc();
                writers[writer]->submit(
                    [message](QSqlDatabase &db) mutable {
                        const bool stored = ConversationRepository(db).insertMessage(message);
                        std::this_thread::sleep_for(std::chrono::milliseconds(1));
                        return stored;
                    },
                    [&](bool ok) {
                        ++completed;
                        failed += ok ? 0 : 1;
                    });
            }
        }
        QSet<qint64> seenByOperators, seenByVisitor;
        qint64 operatorsAfter = start;
        qint64 visitorAfter = m_conversations->lastVisitorPosition(visitors.first());
        int resumesWithNews = 0;
        const auto resume = [&] {
            const auto missed
                = m_conversations->messagesAfter(operatorsAfter, VisibilityScope::all());
            for (const auto &message : missed) {
                QVERIFY2(!seenByOperators.contains(message.id), "a message came twice");
                seenByOperators.insert(message.id);
                operatorsAfter = qMax(operatorsAfter, message.position);
            }
            resumesWithNews += missed.isEmpty() ? 0 : 1;
            for (const auto &message :
                 m_conversations->visitorMessagesAfter(visitors.first(), visitorAfter)) {
                seenByVisitor.insert(message.id);
                visitorAfter = qMax(visitorAfter, message.position);
            }
        };
        const QDeadlineTimer deadline(120000);
        while (completed < 2 * PerWriter && !deadline.hasExpired()) {
            resume();
            QCoreApplication::processEvents();
        }
        QCOMPARE(completed, 2 * PerWriter);
        QCOMPARE(failed, 0);
        resume();
        QVERIFY2(resumesWithNews > 2, "the reader never read while the writers wrote");

        QSet<qint64> stored, storedForVisitor;
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QString("SELECT m.id, c.visitor_id FROM messages m JOIN conversations "
                                   "c ON c.id = m.conversation_id WHERE m.position > %1")
                               .arg(start)));
        while (query.next()) {
            stored.insert(query.value(0).toLongLong());
            if (query.value(1).toLongLong() == visitors.first())
                storedForVisitor.insert(query.value(0).toLongLong());
        }
        QCOMPARE(stored.size(), 2 * PerWriter);
        const auto missed = [](const QSet<qint64> &all, const QSet<qint64> &seen) {
            QList<qint64> ids = (all - seen).values();
            std::sort(ids.begin(), ids.end());
            QStringList shown;
            for (qint64 id : ids.mid(0, 10))
                shown << QString::number(id);
            return QString("%1 missed (%2)").arg(ids.size()).arg(shown.join(", ")).toUtf8();
        };
        QVERIFY2(seenByOperators == stored, missed(stored, seenByOperators));
        QVERIFY2(seenByVisitor == storedForVisitor, missed(storedForVisitor, seenByVisitor));
    }

    // docs/scaling.md: two nodes store messages into the same chats, one's batch meeting them
    // in the opposite order of the other's. Each message sets its chat's last activity; if
    // that took the chat's row lock when the message was stored, the two batches would wait
    // for each other until PostgreSQL broke the deadlock by failing one of them. The touches
    // are written at the end of each batch, in the order of the chats' ids: nothing fails (a
    // deadlock fails a job), and every chat ends with the time of its latest message.
    void twoWritersTouchingChatsInOppositeOrdersNeverDeadlock()
    {
        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const QString key = m_accounts->websites().first().widgetKey;
        constexpr int Chats = 12;
        QList<qint64> chats;
        for (int i = 0; i < Chats; ++i) {
            const qint64 visitor
                = papo::testing::identifyVisitor(*m_chat, *m_accounts, key, {}, "pt-BR")->visitorId;
            const auto first = postVisitor(visitor, QString("cid-chat-%1").arg(i), "Oi");
            QVERIFY(first.ok());
            chats << first.message.conversationId;
        }
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(60);
        QHash<qint64, QDateTime> latest;
        constexpr int Rounds = 3;
        int completed = 0, failed = 0;
        std::vector<std::unique_ptr<WriteQueue>> writers;
        for (int writer = 0; writer < 2; ++writer)
            writers.push_back(std::make_unique<WriteQueue>(m_db->url(), this, Chats));
        for (int round = 0; round < Rounds; ++round) {
            for (int writer = 0; writer < 2; ++writer) {
                for (int i = 0; i < Chats; ++i) {
                    const qint64 chat = chats.at(writer == 0 ? i : Chats - 1 - i);
                    const QDateTime at = base.addMSecs(1000 * round + 10 * i + writer);
                    latest[chat] = qMax(latest.value(chat), at);
                    writers[writer]->submit(
                        [chat, at](QSqlDatabase &db) {
                            const bool touched
                                = ConversationRepository(db).touchConversation(chat, at);
                            // Long enough for the other writer's batch to be under way.
                            std::this_thread::sleep_for(std::chrono::milliseconds(5));
                            return touched;
                        },
                        [&](bool ok) {
                            ++completed;
                            failed += ok ? 0 : 1;
                        });
                }
            }
        }
        QVERIFY(QTest::qWaitFor([&] { return completed == 2 * Rounds * Chats; }, 60000));
        QCOMPARE(failed, 0);
        for (qint64 chat : std::as_const(chats))
            QCOMPARE(storedUpdatedAt(chat), toSqlTime(latest.value(chat)));
    }

    // A job that is undone leaves its chat's last activity as it was.
    void anUndoneJobLeavesTheChatsTimeAlone()
    {
        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const QString key = m_accounts->websites().first().widgetKey;
        const qint64 visitor
            = papo::testing::identifyVisitor(*m_chat, *m_accounts, key, {}, "pt-BR")->visitorId;
        const auto first = postVisitor(visitor, "cid-before", "Oi");
        QVERIFY(first.ok());
        const qint64 chat = first.message.conversationId;
        const QString before = storedUpdatedAt(chat);
        std::optional<bool> outcome;
        m_chat->submitWrite(
            [chat](QSqlDatabase &db) {
                ConversationRepository(db).touchConversation(
                    chat, QDateTime::currentDateTimeUtc().addDays(1));
                return false;
            },
            [&outcome](bool ok) { outcome = ok; });
        QVERIFY(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000));
        QVERIFY(!*outcome);
        QVERIFY(!before.isEmpty());
        QCOMPARE(storedUpdatedAt(chat), before);
    }

    // A hello never waits for an fsync on the event loop: a new visitor's row is written on the
    // write path (a burst of them shares a commit), and while that path is busy, here held by
    // another connection's lock, a returning visitor is still answered at once.
    void aNewVisitorWaitsForTheWritePathAndAReturningOneDoesNot()
    {
        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const WebsiteRecord website = m_accounts->websites().first();
        const auto returning
            = papo::testing::identifyVisitor(*m_chat, *m_accounts, website.widgetKey, {}, "pt");
        QVERIFY(returning && returning->visitorId > 0);
        const QString name = "papo-test-visitors-lock";
        QString error;
        QVERIFY2(openSqlConnection(m_db->url(), name, &error), qPrintable(error));
        {
            QSqlDatabase locker = QSqlDatabase::database(name, false);
            QSqlQuery lock(locker);
            if (m_db->dialect() == SqlDialect::SQLite)
                QVERIFY(lock.exec("BEGIN IMMEDIATE"));
            else
                QVERIFY(lock.exec("BEGIN") && lock.exec("LOCK TABLE visitors IN SHARE MODE"));
            std::optional<VisitorIdentity> fresh;
            bool freshAnswered = false;
            m_chat->identifyVisitor(website.id, {}, "pt", {},
                                    [&](const std::optional<VisitorIdentity> &identity) {
                                        fresh = identity;
                                        freshAnswered = true;
                                    });
            QVERIFY(!freshAnswered);
            std::optional<VisitorIdentity> again;
            m_chat->identifyVisitor(
                website.id, returning->token, "pt", {},
                [&](const std::optional<VisitorIdentity> &identity) { again = identity; });
            QVERIFY(again);
            QCOMPARE(again->visitorId, returning->visitorId);
            QVERIFY(!freshAnswered);
            QVERIFY(lock.exec(m_db->dialect() == SqlDialect::SQLite ? "ROLLBACK" : "COMMIT"));
            QVERIFY(QTest::qWaitFor([&] { return freshAnswered; }, 30000));
            QVERIFY(fresh && fresh->visitorId > returning->visitorId);
            QCOMPARE(
                m_conversations->visitorByToken(website.id, Secrets::tokenDigest(fresh->token)),
                fresh->visitorId);
        }
        closeSqlConnection(name);
    }

    // A message whose batch failed (here another connection holds SQLite's write lock longer
    // than the busy timeout; on PostgreSQL a deadlock with another node's batch) is tried
    // again in a later batch before its author hears of it, and stored once.
    void aMessageWhoseBatchFailedIsTriedAgain()
    {
        if (m_db->url().isPostgreSql())
            QSKIP("SQLite's write lock is what makes the first batch fail here");
        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const QString key = m_accounts->websites().first().widgetKey;
        const qint64 visitorId
            = papo::testing::identifyVisitor(*m_chat, *m_accounts, key, {}, "pt-BR")->visitorId;
        const QString name = "papo-test-write-lock";
        QString error;
        QVERIFY2(openSqlConnection(m_db->url(), name, &error), qPrintable(error));
        {
            QSqlDatabase locker = QSqlDatabase::database(name, false);
            QVERIFY(QSqlQuery(locker).exec("BEGIN IMMEDIATE"));
            static std::atomic<bool> beginFailed;
            beginFailed = false;
            const QtMessageHandler previous = qInstallMessageHandler(
                [](QtMsgType, const QMessageLogContext &, const QString &text) {
                    if (text.startsWith("WriteQueue: cannot begin"))
                        beginFailed = true;
                });
            std::optional<PostResult> result;
            m_chat->postVisitorMessage(visitorId, "cid-tried-again", "Alguém aí?", {},
                                       [&result](const PostResult &r) { result = r; });
            const bool failedOnce = QTest::qWaitFor([] { return beginFailed.load(); }, 30000);
            qInstallMessageHandler(previous);
            QVERIFY(failedOnce);
            QVERIFY(!result); // nobody was told yet
            QVERIFY(QSqlQuery(locker).exec("ROLLBACK"));
            QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 30000));
            QVERIFY2(result->ok(), qPrintable(result->errorMessage));
            QVERIFY(!result->duplicate);
            QCOMPARE(m_conversations->lastVisitorMessages(visitorId, 10).size(), 1);
        }
        closeSqlConnection(name);
    }

private:
    // A database as papo-server left it at schema version 14, with one message, id 7.
    static bool createAtVersion14(const DatabaseUrl &url, QString *error)
    {
        const QString name = "papo-test-version-14";
        bool ok = openSqlConnection(url, name, error);
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            SchemaMigrator migrator(db);
            ok = ok
                 && (url.isPostgreSql() ? db.transaction() : QSqlQuery(db).exec("BEGIN IMMEDIATE"))
                 && migrator.lockSchema(error) && migrator.apply(0, 14, error);
            for (const char *statement :
                 {"INSERT INTO websites (id, name, widget_key, created_at) "
                  "VALUES (1, 'Loja', 'key-1', '')",
                  "INSERT INTO visitors (id, website_id, token_hash, created_at, last_seen_at) "
                  "VALUES (1, 1, ?, '', '')",
                  "INSERT INTO conversations (id, visitor_id, created_at, updated_at) "
                  "VALUES (1, 1, '', '')",
                  "INSERT INTO messages (id, conversation_id, author_kind, author_id, client_id, "
                  "body, created_at) VALUES (7, 1, 'visitor', 1, 'cid-old-7', 'Olá de antes', "
                  "'2026-11-27T12:00:00.000Z')"}) {
                QSqlQuery query(db);
                query.prepare(statement);
                if (QString(statement).contains('?'))
                    query.addBindValue(QByteArray("digest-of-a-token"));
                if (ok && !query.exec()) {
                    *error = query.lastError().text();
                    ok = false;
                }
            }
            ok = ok && db.commit();
        }
        closeSqlConnection(name);
        return ok;
    }

    static papo::common::ChatMessage newMessage(const QString &clientId)
    {
        papo::common::ChatMessage message;
        message.conversationId = 1;
        message.authorKind = AuthorKind::Visitor;
        message.authorId = 1;
        message.clientId = clientId;
        message.text = "Oi de novo";
        message.createdAt = QDateTime::currentDateTimeUtc();
        return message;
    }

    QString storedUpdatedAt(qint64 chat)
    {
        QSqlQuery query(m_db->connection());
        query.exec(QString("SELECT updated_at FROM conversations WHERE id = %1").arg(chat));
        return query.next() ? query.value(0).toString() : QString();
    }

    PostResult postVisitor(qint64 visitorId, const QString &cid, const QString &text)
    {
        std::optional<PostResult> result;
        m_chat->postVisitorMessage(visitorId, cid, text, {},
                                   [&result](const PostResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qWarning("the post did not complete");
        return result.value_or(
            PostResult{papo::common::ErrorCode::Internal, "timed out", {}, false});
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
