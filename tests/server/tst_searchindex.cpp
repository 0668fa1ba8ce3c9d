#include "chatcoretest.h"

#include <accountrepository.h>
#include <attachmentrepository.h>
#include <chatservice.h>
#include <conversationrepository.h>
#include <database.h>
#include <messagestore.h>
#include <secrets.h>
#include <testdatabase.h>

#include <QTest>

using namespace papo::server;
using papo::common::AuthorKind;
using papo::common::ChatMessage;

// CHT-8's index follows the write path: on SQLite a batch's new messages enter it together
// at the end of the batch (MessageSearch::indexMessagesAfter), on PostgreSQL the GIN index
// follows by itself. Against a temporary SQLite file, or (the tst_server_searchindex_postgresql
// twin) a database in the test run's PostgreSQL cluster.
class TestSearchIndex final : public papo::testing::ChatCoreTest
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Secrets::initialize()); }

    void init()
    {
        const QString error = openCoreWithVisitor();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { closeCore(); }

    // Twenty messages posted at once share batches with a job that stores a message and is
    // then undone: every posted one is found, the undone one is not.
    void aBatchsMessagesAreFoundAndAnUndoneJobsAreNot()
    {
        int stored = 0;
        const auto storedFirst = std::make_shared<bool>(false);
        const auto undone = std::make_shared<bool>(false);
        for (int i = 0; i < 20; ++i) {
            m_chat->postVisitorMessage(m_visitorId, QString("cid-%1").arg(i),
                                       QString("Meu pedido %1 não chegou").arg(7000 + i), {},
                                       [&stored](const PostResult &result) {
                                           QVERIFY(result.ok());
                                           ++stored;
                                       });
            if (i == 10)
                submitUndoneMessage("Mensagem desfeita", storedFirst, undone);
        }
        QVERIFY(QTest::qWaitFor([&stored] { return stored == 20; }, 10000));
        QVERIFY(*storedFirst && *undone);
        QCOMPARE(search("pedido").size(), 20);
        QCOMPARE(search("7013").size(), 1);
        QVERIFY(search("desfeita").isEmpty());

        // The next batch's messages are found as well.
        QVERIFY(post("cid-later", "Outra pergunta sobre o frete").ok());
        QCOMPARE(search("frete").size(), 1);
        QCOMPARE(search("pedido").size(), 20);
    }

    // An edit replaces the message's words in the index.
    void anEditedMessageIsFoundByItsNewWords()
    {
        const qint64 chat = post("cid-first", "Oi").message.conversationId;
        const auto owner = m_accounts->operatorByEmail("dona@loja.example");
        std::optional<PostResult> reply;
        m_chat->postOperatorMessage(*owner, chat, "cid-reply", "O boleto vence amanhã",
                                    [&reply](const PostResult &result) { reply = result; });
        QVERIFY(QTest::qWaitFor([&reply] { return reply.has_value(); }, 10000));
        QVERIFY(reply->ok());
        QCOMPARE(search("boleto").size(), 1);

        std::optional<papo::common::ErrorCode> edited;
        m_chat->editMessage(*owner, reply->message.id, "O pix vence amanhã",
                            [&edited](papo::common::ErrorCode error, const QString &,
                                      const ChatMessage &) { edited = error; });
        QVERIFY(QTest::qWaitFor([&edited] { return edited.has_value(); }, 10000));
        QCOMPARE(*edited, papo::common::ErrorCode::None);
        QVERIFY(search("boleto").isEmpty());
        QCOMPARE(search("pix").size(), 1);
    }

private:
    PostResult post(const QString &clientId, const QString &text)
    {
        std::optional<PostResult> result;
        m_chat->postVisitorMessage(m_visitorId, clientId, text, {},
                                   [&result](const PostResult &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            return {};
        return *result;
    }

    // A job that stores a visitor's message as the write path does, then fails. `storedFirst`
    // says whether the message was stored before the job failed, `undone` that it failed.
    void submitUndoneMessage(const QString &text, std::shared_ptr<bool> storedFirst,
                             std::shared_ptr<bool> undone)
    {
        m_chat->submitWrite(
            [visitorId = m_visitorId, text, storedFirst](QSqlDatabase &db) {
                ConversationRepository repository(db);
                AttachmentRepository attachments(db);
                ChatMessage message
                    = messageBy(AuthorKind::Visitor, visitorId, {}, text, "cid-undone");
                message.createdAt = QDateTime::currentDateTimeUtc();
                StoredMessage stored;
                *storedFirst = MessageStore::store(repository, attachments, message, {}, stored);
                return false;
            },
            [undone](bool committed) { *undone = !committed; });
    }

    QList<SearchHit> search(const QString &text)
    {
        return m_conversations->search(text, 100, VisibilityScope::all());
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
