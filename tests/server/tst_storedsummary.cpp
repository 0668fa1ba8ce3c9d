#include "chatcoretest.h"

#include <attachmentrepository.h>
#include <secrets.h>
#include <visitorrepository.h>

#include <QSignalSpy>
#include <QTest>

using namespace papo::server;
using papo::common::AuthorKind;
using papo::common::ConversationSummary;
using PostCallback = ChatService::PostCallback;

// The writer builds a stored message's conversation summary from the message in hand instead
// of reading it back (ConversationRepository::conversationEndingWith): what the live events
// carry must be exactly what any later read of the conversation gives. On SQLite and, as
// tst_server_storedsummary_postgresql, on PostgreSQL.
class TestStoredSummary final : public papo::testing::ChatCoreTest
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Secrets::initialize()); }

    void init()
    {
        const QString error = openCoreWithVisitor();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(VisitorRepository(m_db->connection())
                    .updateContact(m_visitorId, QString("Joana Lima"), std::nullopt, std::nullopt));
    }
    void cleanup() { closeCore(); }

    void aVisitorsMessageWithAFile()
    {
        const QString file = attach(AuthorKind::Visitor, m_visitorId, 0, "pedido.pdf");
        const auto result = post([&](PostCallback done) {
            m_chat->postVisitorMessage(m_visitorId, "cid-1", "Segue o pedido", "https://loja/",
                                       std::move(done), file);
        });
        QVERIFY(result);
        QCOMPARE(result->message.authorName, QString("Joana Lima"));
        QCOMPARE(result->message.attachment.name, QString("pedido.pdf"));
    }

    void anOperatorsFirstReplyAndASecondOne()
    {
        const auto question = post([&](PostCallback done) {
            m_chat->postVisitorMessage(m_visitorId, "cid-1", "Oi?", {}, std::move(done));
        });
        QVERIFY(question);
        const qint64 conversationId = question->message.conversationId;
        const auto dona = *m_accounts->operatorByEmail("dona@loja.example");
        const QString file = attach(AuthorKind::Operator, dona.id, conversationId, "nota.pdf");
        const auto reply = post([&](PostCallback done) {
            m_chat->postOperatorMessage(dona, conversationId, "cid-dona-1", "Olá, Joana!",
                                        std::move(done), file);
        });
        QVERIFY(reply);
        QCOMPARE(reply->message.authorName, dona.name);
        QCOMPARE(m_conversations->conversation(conversationId)->ownerId, dona.id);
        QVERIFY(post([&](PostCallback done) {
            m_chat->postOperatorMessage(dona, conversationId, "cid-dona-2", "Mais alguma coisa?",
                                        std::move(done));
        }));
    }

private:
    // Posts, waits for the result and checks the summary the write announced against a fresh
    // read of the conversation; nullopt when the message was refused or the summaries differ.
    std::optional<PostResult> post(const std::function<void(PostCallback)> &call)
    {
        QSignalSpy changed(m_chat.get(), &ChatService::conversationChanged);
        std::optional<PostResult> result;
        call([&result](const PostResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000) || !result->ok()
            || changed.isEmpty()) {
            qWarning("the message was not stored, or no summary was announced");
            return std::nullopt;
        }
        const auto announced = changed.last().first().value<ConversationSummary>();
        const auto read = m_conversations->conversation(result->message.conversationId);
        [&] {
            QVERIFY(read);
            QVERIFY(announced.hasLastMessage);
            QCOMPARE(announced.lastMessage, result->message);
            QCOMPARE(announced.toJson(), read->toJson());
        }();
        if (QTest::currentTestFailed())
            return std::nullopt;
        return result;
    }

    QString attach(AuthorKind kind, qint64 uploaderId, qint64 conversationId, const QString &name)
    {
        AttachmentRecord record;
        record.info.id = QString("file-%1").arg(name);
        record.info.name = name;
        record.info.type = "application/pdf";
        record.info.size = 2048;
        record.visitorId = m_visitorId;
        record.conversationId = conversationId;
        record.uploaderKind = kind;
        record.uploaderId = uploaderId;
        if (!AttachmentRepository(m_db->connection()).insert(record))
            qWarning("the attachment was not stored");
        return record.info.id;
    }
};

QTEST_GUILESS_MAIN(TestStoredSummary)
#include "tst_storedsummary.moc"
