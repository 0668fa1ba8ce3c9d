#include "chatcoretest.h"
#include "identifyvisitor.h"

#include <accountrepository.h>
#include <bootstrap.h>
#include <chatservice.h>
#include <conversationrepository.h>
#include <database.h>
#include <deadlinescheduler.h>
#include <presenceservice.h>
#include <queuereturner.h>
#include <secrets.h>
#include <statushistoryrepository.h>
#include <visitorrepository.h>
#include <visitorservice.h>

#include <testdatabase.h>

#include <QSignalSpy>
#include <QTest>

using namespace papo::server;
using papo::common::AuthorKind;
using papo::common::OperatorStatus;

namespace {

// QUE-3's two clocks, both the test's: the wall clock stamps messages, the monotonic one
// drives deadlines.
struct TestClocks
{
    QDateTime wall{QDate(2026, 11, 27), QTime(14, 0), Qt::UTC};
    qint64 monotonic = 0;

    void advance(int seconds)
    {
        wall = wall.addSecs(seconds);
        monotonic += seconds * 1000;
    }
};

// Starts an asynchronous post with `call(done)` and waits until it has succeeded.
template<typename Call>
void postAndWait(Call &&call)
{
    std::optional<PostResult> result;
    call([&](const PostResult &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
    QVERIFY(result->ok());
}

// The visitor's first message; the conversation it opened.
qint64 openConversation(ChatService &chat, qint64 visitorId, const QString &clientId,
                        const QString &text)
{
    qint64 conversationId = 0;
    postAndWait([&](auto done) {
        chat.postVisitorMessage(visitorId, clientId, text, {}, [&, done](const PostResult &r) {
            conversationId = r.message.conversationId;
            done(r);
        });
    });
    return conversationId;
}

// The deadline that is due now returns the conversation to the queue, with no owner.
void verifyReturnedToQueue(DeadlineScheduler &deadlines, QSignalSpy &changed)
{
    changed.clear();
    QCOMPARE(deadlines.runDue(), 1);
    QVERIFY(changed.wait(10000));
    const auto summary = changed.last().at(0).value<papo::common::ConversationSummary>();
    QCOMPARE(summary.ownerId, 0);
    QCOMPARE(summary.state, papo::common::ConversationState::Queued);
}

} // namespace

// The server's core against a real database: a temporary SQLite file, or (the
// tst_server_store_postgresql twin) a database in the test run's PostgreSQL cluster.
class TestStore final : public papo::testing::ChatCoreTest
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

    void passwordsAreArgon2id()
    {
        const QString hash = Secrets::hashPassword("senha forte");
        QVERIFY(hash.startsWith("$argon2id$"));
        QVERIFY(Secrets::verifyPassword(hash, "senha forte"));
        QVERIFY(!Secrets::verifyPassword(hash, "senha fraca"));
        QVERIFY(!Secrets::verifyPassword(QString(), "senha forte"));
        QVERIFY(Secrets::hashPassword("senha forte") != hash); // salted
    }

    void bootstrapCreatesOwnerAndWebsiteOnce()
    {
        const auto first = bootstrapAccount(*m_accounts, "dona@loja.example", "segredo-123");
        QVERIFY(first.ok);
        QVERIFY(first.generatedPassword.isEmpty());
        const auto owner = m_accounts->operatorByEmail("dona@loja.example");
        QVERIFY(owner);
        QCOMPARE(owner->role, QString("owner"));
        QVERIFY(Secrets::verifyPassword(owner->passwordHash, "segredo-123"));
        QCOMPARE(m_accounts->websites().size(), 1);
        QVERIFY(m_accounts->websites().first().widgetKey.size() >= 20);

        const auto second = bootstrapAccount(*m_accounts, "outra@loja.example", "x");
        QVERIFY(second.ok);
        QCOMPARE(m_accounts->operatorCount(), 1);
        QCOMPARE(m_accounts->websites().size(), 1);
    }

    void generatedOwnerPassword()
    {
        const auto result = bootstrapAccount(*m_accounts, {}, {});
        QVERIFY(result.generatedPassword.size() >= 12);
        const auto owner = m_accounts->operatorByEmail(result.ownerEmail);
        QVERIFY(owner && Secrets::verifyPassword(owner->passwordHash, result.generatedPassword));
    }

    void visitorTokenIdentifiesOnlyOnItsWebsite()
    {
        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const QString key = m_accounts->websites().first().widgetKey;
        const auto created = papo::testing::identifyVisitor(*m_chat, *m_accounts, key, {}, "pt-BR");
        QVERIFY(created);
        const auto again
            = papo::testing::identifyVisitor(*m_chat, *m_accounts, key, created->token, "pt-BR");
        QCOMPARE(again->visitorId, created->visitorId);
        const auto forged
            = papo::testing::identifyVisitor(*m_chat, *m_accounts, key, "forged-token", "pt-BR");
        QVERIFY(forged->visitorId != created->visitorId);
        QVERIFY(forged->token != "forged-token");
        // The same token on another website of the account is somebody new there.
        m_accounts->createWebsite("Outra loja", "other-website-key");
        const auto elsewhere = papo::testing::identifyVisitor(
            *m_chat, *m_accounts, "other-website-key", created->token, "pt-BR");
        QVERIFY(elsewhere);
        QVERIFY(elsewhere->visitorId != created->visitorId);
        QVERIFY(elsewhere->token != created->token);
    }

    void firstReplyTakesOwnershipExactlyOnce()
    {
        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const qint64 ana = m_accounts->operatorByEmail("dona@loja.example")->id;
        const qint64 bia = m_accounts->createOperator("bia@loja.example", "Bia",
                                                      Secrets::hashPassword("y"), "operator");
        const auto visitor = papo::testing::identifyVisitor(
            *m_chat, *m_accounts, m_accounts->websites().first().widgetKey, {}, "pt-BR");
        const auto question
            = postVisitor(visitor->visitorId, "cid-question", "Oi?", "https://loja.example/");
        QVERIFY(question.ok());
        const qint64 conversationId = question.message.conversationId;
        QCOMPARE(m_conversations->conversation(conversationId)->state,
                 papo::common::ConversationState::Queued);

        QSignalSpy posted(m_chat.get(), &ChatService::messagePosted);
        const auto fromAna
            = postOperator(*m_accounts->operatorById(ana), conversationId, "cid-ana-1", "Olá!");
        const auto fromBia
            = postOperator(*m_accounts->operatorById(bia), conversationId, "cid-bia-1", "Oi!");
        const auto nowhere = postOperator(*m_accounts->operatorById(bia), 999, "cid-bia-2", "Oi?");
        QCOMPARE(nowhere.error, papo::common::ErrorCode::NotFound);
        QVERIFY(fromAna.ok());
        QCOMPARE(fromBia.error, papo::common::ErrorCode::ConversationTaken);
        QCOMPARE(posted.count(), 1);
        const auto summary = m_conversations->conversation(conversationId);
        QCOMPARE(summary->ownerId, ana);
        QCOMPARE(summary->state, papo::common::ConversationState::Open);
        QCOMPARE(summary->lastMessage.text, QString("Olá!"));
        QVERIFY(!m_conversations->takeOwnership(conversationId, bia));
    }

    void duplicatesAreStoredOnceAndNotAnnounced()
    {
        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const auto visitor = papo::testing::identifyVisitor(
            *m_chat, *m_accounts, m_accounts->websites().first().widgetKey, {}, "en");
        QSignalSpy posted(m_chat.get(), &ChatService::messagePosted);
        const auto first = postVisitor(visitor->visitorId, "same-cid-1", "hello", {});
        const auto second = postVisitor(visitor->visitorId, "same-cid-1", "hello", {});
        QVERIFY(!first.duplicate);
        QVERIFY(second.duplicate);
        QCOMPARE(second.message.id, first.message.id);
        QCOMPARE(posted.count(), 1);
        QCOMPARE(m_conversations->lastVisitorMessages(visitor->visitorId, 50).size(), 1);
    }

    // CHT-8 on either database: accents and case ignored, a word's start enough, and a
    // snippet of the words around the match with "…" where the message goes on.
    void searchIgnoresAccentsAndShowsSnippets()
    {
        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const auto visitor = papo::testing::identifyVisitor(
            *m_chat, *m_accounts, m_accounts->websites().first().widgetKey, {}, "pt-BR");
        const QString longText
            = "Bom dia, comprei ontem uma camiseta na loja de vocês e depois de lavar uma vez a "
              "estampa descascou toda, gostaria de saber como funciona a troca ou a devolução "
              "do dinheiro, porque preciso resolver isso antes da viagem do fim de semana";
        QVERIFY(postVisitor(visitor->visitorId, "cid-search-1", longText, {}).ok());
        QVERIFY(postVisitor(visitor->visitorId, "cid-search-2", "Ação rápida, por favor", {}).ok());

        const auto accents = m_conversations->search("ACAO rap", 10, VisibilityScope::all());
        QCOMPARE(accents.size(), 1);
        QCOMPARE(accents.first().snippet, QString("Ação rápida, por favor"));
        const auto middle = m_conversations->search("devolucao", 10, VisibilityScope::all());
        QCOMPARE(middle.size(), 1);
        const QString snippet = middle.first().snippet;
        QVERIFY2(snippet.contains("devolução") && snippet.startsWith("…") && snippet.endsWith("…")
                     && snippet.size() < longText.size(),
                 qPrintable(snippet));
        QCOMPARE(m_conversations->search("troca devolução", 10, VisibilityScope::all()).size(),
                 1); // every word
        QVERIFY(m_conversations->search("troca inexistente", 10, VisibilityScope::all()).isEmpty());
        QVERIFY(m_conversations->search("' & | ! ( ) : * \\", 10, VisibilityScope::all())
                    .isEmpty()); // no syntax
    }

    void historyPagesBackwards()
    {
        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const auto visitor = papo::testing::identifyVisitor(
            *m_chat, *m_accounts, m_accounts->websites().first().widgetKey, {}, "en");
        qint64 conversationId = 0;
        for (int i = 1; i <= 5; ++i)
            conversationId = postVisitor(visitor->visitorId, QString("cid-%1-xyz").arg(i),
                                         QString::number(i), {})
                                 .message.conversationId;
        const auto newest = m_conversations->history(conversationId, 0, 2);
        QCOMPARE(newest.messages.size(), 2);
        QCOMPARE(newest.messages.at(0).text, QString("4"));
        QCOMPARE(newest.messages.at(1).text, QString("5"));
        QVERIFY(newest.hasMore);
        const auto older = m_conversations->history(conversationId, newest.messages.first().id, 10);
        QCOMPARE(older.messages.size(), 3);
        QCOMPARE(older.messages.first().text, QString("1"));
        QVERIFY(!older.hasMore);
    }

    void unansweredMessagesReturnToTheQueueOnTime()
    {
        TestClocks clocks;
        ChatService chat(*m_db, *m_accounts, *m_conversations, [&] { return clocks.wall; });
        DeadlineScheduler deadlines([&] { return clocks.monotonic; });
        QueueReturner returner(chat, deadlines, 120 * 1000, [&] { return clocks.wall; });
        QSignalSpy changed(&chat, &ChatService::conversationChanged);

        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const auto ana = *m_accounts->operatorByEmail("dona@loja.example");
        const auto visitor = papo::testing::identifyVisitor(
            chat, *m_accounts, m_accounts->websites().first().widgetKey, {}, "pt-BR");
        const qint64 conversationId = openConversation(chat, visitor->visitorId, "cid-q-1", "Oi?");
        QVERIFY(!returner.isWaiting(conversationId)); // nobody owns it: it is in the queue already
        postAndWait([&](auto done) {
            chat.postOperatorMessage(ana, conversationId, "cid-q-2", "Olá!", done);
        });
        clocks.advance(10);
        postAndWait([&](auto done) {
            chat.postVisitorMessage(visitor->visitorId, "cid-q-3", "E o frete?", {}, done);
        });
        QVERIFY(returner.isWaiting(conversationId));
        clocks.advance(60);
        postAndWait([&](auto done) {
            chat.postVisitorMessage(visitor->visitorId, "cid-q-4", "Alô?", {}, done);
        });

        clocks.advance(59); // 119 s after the first unanswered message
        deadlines.runDue();
        QVERIFY(returner.isWaiting(conversationId));
        QCOMPARE(m_conversations->conversation(conversationId)->ownerId, ana.id);

        clocks.advance(1);
        verifyReturnedToQueue(deadlines, changed);
        QVERIFY(!returner.isWaiting(conversationId));

        // An answer in time stops the clock.
        postAndWait([&](auto done) {
            chat.postOperatorMessage(ana, conversationId, "cid-q-5", "Voltei", done);
        });
        postAndWait([&](auto done) {
            chat.postVisitorMessage(visitor->visitorId, "cid-q-6", "Ok", {}, done);
        });
        QVERIFY(returner.isWaiting(conversationId));
        postAndWait([&](auto done) {
            chat.postOperatorMessage(ana, conversationId, "cid-q-7", "Certo", done);
        });
        QVERIFY(!returner.isWaiting(conversationId));

        // After a restart the waiting conversations are picked up again.
        postAndWait([&](auto done) {
            chat.postVisitorMessage(visitor->visitorId, "cid-q-8", "Mais uma", {}, done);
        });
        clocks.advance(300);
        QueueReturner restarted(chat, deadlines, 120 * 1000, [&] { return clocks.wall; });
        restarted.restore();
        QVERIFY(restarted.isWaiting(conversationId));
    }

    // Several nodes, QUE-3: the owner answers through another node, whose change this node's
    // clock never hears of; when that clock comes due the chat stays with its owner.
    void anAnswerStoredElsewhereKeepsTheChatWithItsOwner()
    {
        TestClocks clocks;
        ChatService chat(*m_db, *m_accounts, *m_conversations, [&] { return clocks.wall; });
        ChatService otherNode(*m_db, *m_accounts, *m_conversations, [&] { return clocks.wall; });
        DeadlineScheduler deadlines([&] { return clocks.monotonic; });
        QueueReturner returner(chat, deadlines, 120 * 1000, [&] { return clocks.wall; });
        QSignalSpy returned(&chat, &ChatService::returnedToQueue);

        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const auto ana = *m_accounts->operatorByEmail("dona@loja.example");
        const auto visitor = papo::testing::identifyVisitor(
            chat, *m_accounts, m_accounts->websites().first().widgetKey, {}, "pt-BR");
        const qint64 conversationId = openConversation(chat, visitor->visitorId, "cid-e-1", "Oi?");
        postAndWait([&](auto done) {
            chat.postOperatorMessage(ana, conversationId, "cid-e-2", "Olá!", done);
        });
        postAndWait([&](auto done) {
            chat.postVisitorMessage(visitor->visitorId, "cid-e-3", "E o frete?", {}, done);
        });
        QVERIFY(returner.isWaiting(conversationId));
        postAndWait([&](auto done) {
            otherNode.postOperatorMessage(ana, conversationId, "cid-e-4", "Grátis!", done);
        });
        QVERIFY(returner.isWaiting(conversationId)); // it did not hear of it

        clocks.advance(120);
        QCOMPARE(deadlines.runDue(), 1);
        // The refused return is a write like any other: wait for the queue to be empty.
        postAndWait([&](auto done) {
            chat.postOperatorMessage(ana, conversationId, "cid-e-5", "Mais algo?", done);
        });
        QCOMPARE(returned.count(), 0);
        const auto summary = m_conversations->conversation(conversationId);
        QCOMPARE(summary->ownerId, ana.id);
        QCOMPARE(summary->state, papo::common::ConversationState::Open);

        // Told of the other node's change, the clock stops (ChatService::followChangeElsewhere).
        postAndWait([&](auto done) {
            chat.postVisitorMessage(visitor->visitorId, "cid-e-6", "Obrigado", {}, done);
        });
        QVERIFY(returner.isWaiting(conversationId));
        postAndWait([&](auto done) {
            otherNode.postOperatorMessage(ana, conversationId, "cid-e-7", "De nada", done);
        });
        chat.followChangeElsewhere(conversationId);
        QVERIFY(!returner.isWaiting(conversationId));
    }

    // CHT-2, QUE-3: a chat handed over while its visitor waits is the new owner's to answer,
    // with the full time, and returns to the queue from them.
    void aHandedOverChatGivesTheNewOwnerTheFullTime()
    {
        TestClocks clocks;
        ChatService chat(*m_db, *m_accounts, *m_conversations, [&] { return clocks.wall; });
        DeadlineScheduler deadlines([&] { return clocks.monotonic; });
        QueueReturner returner(chat, deadlines, 120 * 1000, [&] { return clocks.wall; });
        QSignalSpy changed(&chat, &ChatService::conversationChanged);

        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const auto ana = *m_accounts->operatorByEmail("dona@loja.example");
        const qint64 bia = m_accounts->createOperator("bia@loja.example", "Bia",
                                                      Secrets::hashPassword("y"), "operator");
        const auto visitor = papo::testing::identifyVisitor(
            chat, *m_accounts, m_accounts->websites().first().widgetKey, {}, "pt-BR");
        const qint64 conversationId = openConversation(chat, visitor->visitorId, "cid-h-1", "Oi?");
        postAndWait([&](auto done) {
            chat.postOperatorMessage(ana, conversationId, "cid-h-2", "Olá!", done);
        });
        postAndWait([&](auto done) {
            chat.postVisitorMessage(visitor->visitorId, "cid-h-3", "E o frete?", {}, done);
        });
        clocks.advance(100); // Ana leaves it unanswered, then hands it to Bia

        std::optional<papo::common::ErrorCode> handed;
        chat.handOver(ana.id, conversationId, bia,
                      [&](papo::common::ErrorCode error, const QString &) { handed = error; });
        QVERIFY(QTest::qWaitFor([&] { return handed.has_value(); }, 10000));
        QCOMPARE(*handed, papo::common::ErrorCode::None);
        QCOMPARE(m_conversations->conversation(conversationId)->ownerId, bia);
        QVERIFY(returner.isWaiting(conversationId));

        clocks.advance(119); // Ana's time is long over; Bia's is not
        QCOMPARE(deadlines.runDue(), 0);
        QCOMPARE(m_conversations->conversation(conversationId)->ownerId, bia);

        clocks.advance(1);
        verifyReturnedToQueue(deadlines, changed);
    }

    void presenceDecidesTheWidgetMode()
    {
        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const qint64 ana = m_accounts->operatorByEmail("dona@loja.example")->id;
        PresenceService presence(*m_accounts);
        QSignalSpy live(&presence, &PresenceService::liveChanged);
        QVERIFY(presence.setStatus(ana, OperatorStatus::Online));
        QVERIFY(!presence.isLive()); // online but no app connected
        presence.clientConnected(ana);
        presence.clientConnected(ana);
        QVERIFY(presence.isLive());
        presence.clientDisconnected(ana);
        QVERIFY(presence.isLive()); // the second client still counts
        QVERIFY(presence.setStatus(ana, OperatorStatus::Invisible));
        QVERIFY(!presence.isLive());
        QCOMPARE(live.count(), 2);
        QCOMPARE(live.at(0).at(0).toBool(), true);
        QCOMPARE(live.at(1).at(0).toBool(), false);
        QCOMPARE(m_accounts->operatorById(ana)->status, OperatorStatus::Invisible); // persisted
    }

    // REP-1 with several nodes: an operator with a client here and one on another node is
    // connected until both are gone, whichever node sees the last one go (or the other node
    // die) writes it.
    void statusHistorySeesTheOperatorOnEveryNode()
    {
        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const qint64 ana = m_accounts->operatorByEmail("dona@loja.example")->id;
        PresenceService presence(*m_accounts);
        StatusHistoryRepository history(m_db->connection());
        const auto lastConnected = [&] {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const auto changes = history.changes(now.addSecs(-3600), now.addSecs(3600), ana);
            return changes.isEmpty() ? QString("none")
                                     : QString(changes.last().connected ? "yes" : "no");
        };
        QVERIFY(presence.setStatus(ana, OperatorStatus::Online));
        presence.setConnectedElsewhere({ana}); // her laptop, on node B
        QCOMPARE(lastConnected(), QString("yes"));
        presence.clientConnected(ana); // her phone, here
        presence.clientDisconnected(ana);
        QCOMPARE(lastConnected(), QString("yes")); // the laptop is still connected
        presence.setConnectedElsewhere({});        // the laptop left, or node B died
        QCOMPARE(lastConnected(), QString("no"));
    }

    // VIS: the next page's hello often comes before the last page's arrival is committed (it
    // is on the write path). It must count the same visit, not read "no visit yet" from the
    // database and start a second one: the action conditions (ACT) count pages per visit, and
    // a split visit never reached "3 pages" (e2e_targeted failed so under load).
    void aVisitIsCountedOnceWhileItsArrivalIsStillBeingWritten()
    {
        bootstrapAccount(*m_accounts, "dona@loja.example", "x");
        const QString key = m_accounts->websites().first().widgetKey;
        const qint64 visitor
            = papo::testing::identifyVisitor(*m_chat, *m_accounts, key, {}, "pt-BR")->visitorId;
        VisitorRepository repository(m_db->connection());
        VisitorService visitors(repository, *m_conversations, *m_accounts);
        // The write path, held back until the test lets it run (as a busy writer would).
        QList<std::pair<std::function<bool(QSqlDatabase &)>, std::function<void(bool)>>> queued;
        visitors.storeArrivalsThrough([&queued](auto work, auto done) {
            queued.append({std::move(work), std::move(done)});
        });
        const ClientHello hello{QHostAddress::LocalHost, {}, "Mozilla/5.0", "pt-BR", {}, {}};
        QCOMPARE(visitors.arrive(visitor, hello), 1); // the demo's home page
        QCOMPARE(visitors.arrive(visitor, hello), 1); // Products, before the first is written
        for (auto &[work, done] : queued) {
            QSqlDatabase db = m_db->connection();
            done(work(db));
        }
        QCOMPARE(repository.profile(visitor)->visits, 1);
        QCOMPARE(visitors.arrive(visitor, hello), 1); // Cart: still the first visit
    }

private:
    // Posting completes asynchronously, once the write is durable; tests wait for it.
    static PostResult waitFor(const std::function<void(ChatService::PostCallback)> &post)
    {
        std::optional<PostResult> result;
        post([&result](const PostResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qWarning("the post did not complete");
        return result.value_or(
            PostResult{papo::common::ErrorCode::Internal, "timed out", {}, false});
    }
    PostResult postVisitor(qint64 visitorId, const QString &cid, const QString &text,
                           const QString &url)
    {
        return waitFor(
            [&](auto done) { m_chat->postVisitorMessage(visitorId, cid, text, url, done); });
    }
    PostResult postOperator(const OperatorRecord &author, qint64 conversationId, const QString &cid,
                            const QString &text)
    {
        return waitFor([&](auto done) {
            m_chat->postOperatorMessage(author, conversationId, cid, text, done);
        });
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
