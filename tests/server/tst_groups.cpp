#include "scratchopen.h"
#include <accountrepository.h>
#include <conversationaccess.h>
#include <conversationrepository.h>
#include <database.h>
#include <groupassigner.h>
#include <groupservice.h>
#include <secrets.h>
#include <testdatabase.h>
#include <visitorrepository.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace papo::server;

// The groups' core against a real SQLite database: keys made from names, the four (six)
// sources of a visitor's group with the later one winning, and ConversationAccess's rule —
// the one the queries apply (VisibilityScope) and the one the live events apply (maySee)
// giving the same answer for every operator and chat.
class TestGroups final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Secrets::initialize()); }

    void init()
    {
        m_db = std::make_unique<Database>();
        const QString error = papo::testing::openScratch(m_scratch, *m_db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_accounts = std::make_unique<AccountRepository>(m_db->connection());
        m_conversations = std::make_unique<ConversationRepository>(m_db->connection());
        m_visitors = std::make_unique<VisitorRepository>(m_db->connection());
        m_website = m_accounts->createWebsite("Loja", "key-1");
        for (const char *role : {"owner", "admin", "operator", "operator", "operator"})
            m_operators.append(m_accounts->createOperator(
                QString("%1%2@papo.test").arg(role).arg(m_operators.size()), "X", "hash", role));
        m_groups = std::make_unique<GroupService>(GroupRepository(m_db->connection()), *m_accounts);
        m_assigner = std::make_unique<GroupAssigner>(GroupRepository(m_db->connection()), *m_groups,
                                                     [this] { return m_now; });
        m_access = std::make_unique<ConversationAccess>(*m_accounts, *m_groups, *m_conversations,
                                                        *m_visitors);
    }

    void cleanup()
    {
        m_access.reset();
        m_assigner.reset();
        m_groups.reset();
        m_visitors.reset();
        m_conversations.reset();
        m_accounts.reset();
        m_db.reset();
        m_operators.clear();
    }

    void keysComeFromNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << "Vendas"
                               << "vendas";
        QTest::newRow("accents and spaces") << "Pós-venda São Paulo"
                                            << "pos-venda-sao-paulo";
        QTest::newRow("symbols") << "  **Suporte** técnico!! "
                                 << "suporte-tecnico";
        QTest::newRow("only symbols") << "???"
                                      << "";
    }

    void keysComeFromNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(GroupService::keyFromName(name), key);
    }

    void aTakenKeyGetsANumber()
    {
        QVERIFY(m_groups->create(m_website, "Vendas", {}).ok());
        const GroupResult second = m_groups->create(m_website, "Vendas!", {});
        QVERIFY(second.ok());
        QCOMPARE(second.group.key, QString("vendas-2"));
        QCOMPARE(m_groups->create(m_website, "???", {}).group.key, QString("group"));
        QCOMPARE(m_groups->create(m_website, "VENDAS", {}).error,
                 papo::common::ErrorCode::InvalidField); // the name, whatever its case
    }

    void theLaterSourceWins()
    {
        const qint64 vendas = m_groups->create(m_website, "Vendas", {}).group.id;
        const qint64 suporte = m_groups->create(m_website, "Suporte", {}).group.id;
        const qint64 visitor = m_conversations->createVisitor(m_website, "digest", "pt-BR");
        QSignalSpy assigned(m_assigner.get(), &GroupAssigner::assigned);
        const auto check = [&](qint64 group, const QString &source, qint64 by) {
            const auto stored = GroupRepository(m_db->connection()).visitorGroup(visitor);
            QCOMPARE(stored->groupId, group);
            QCOMPARE(stored->source, source);
            QCOMPARE(stored->setAt, m_now);
            QCOMPARE(stored->setBy, by);
        };
        const struct
        {
            qint64 group;
            GroupSource source;
            QString name;
            qint64 by;
        } steps[] = {{vendas, GroupSource::Page, "page", 0},
                     {suporte, GroupSource::Api, "api", 0},
                     {vendas, GroupSource::Action, "action", 0},
                     {suporte, GroupSource::TargetedMessage, "targeted", 0},
                     {vendas, GroupSource::Operator, "operator", m_operators.at(2)},
                     {0, GroupSource::Visitor, "visitor", 0}};
        for (const auto &step : steps) {
            m_now = m_now.addSecs(60);
            QVERIFY(m_assigner->assign(visitor, step.group, step.source, step.by).ok());
            check(step.group, step.name, step.by);
        }
        QCOMPARE(assigned.size(), 6);
        QCOMPARE(assigned.at(1).at(1).toLongLong(), vendas);  // from
        QCOMPARE(assigned.at(1).at(2).toLongLong(), suporte); // to

        // A group of another website, or none at all, is refused and changes nothing.
        const qint64 other = m_accounts->createWebsite("Outra", "key-2");
        const qint64 foreign = m_groups->create(other, "Vendas", {}).group.id;
        QCOMPARE(m_assigner->assign(visitor, foreign, GroupSource::Operator).error,
                 papo::common::ErrorCode::NotFound);
        QCOMPARE(m_assigner->assign(visitor, 999, GroupSource::Operator).error,
                 papo::common::ErrorCode::NotFound);
        QCOMPARE(m_assigner->assign(999, vendas, GroupSource::Operator).error,
                 papo::common::ErrorCode::NotFound);
        check(0, "visitor", 0);
    }

    // Every operator × every kind of chat: the SQL of the lists and the predicate of the
    // events agree.
    void theQueriesAndTheEventsApplyOneRule()
    {
        const qint64 vendas = m_groups->create(m_website, "Vendas", {}).group.id;
        const qint64 suporte = m_groups->create(m_website, "Suporte", {}).group.id;
        const qint64 temporary = m_groups->create(m_website, "Temporário", {}).group.id;
        const qint64 owner = m_operators.at(0), admin = m_operators.at(1), bia = m_operators.at(2),
                     caio = m_operators.at(3), dani = m_operators.at(4);
        QVERIFY(m_groups->setMembers(vendas, {bia}).ok());
        QVERIFY(m_groups->setMembers(suporte, {caio, bia}).ok());
        QList<qint64> chats;
        for (qint64 group : {vendas, suporte, qint64(0), vendas, suporte, temporary}) {
            const qint64 visitor
                = m_conversations->createVisitor(m_website, QByteArray::number(chats.size()), "pt");
            if (group > 0)
                QVERIFY(m_assigner->assign(visitor, group, GroupSource::Page).ok());
            chats.append(m_conversations->createConversation(visitor, {}));
        }
        m_conversations->takeOwnership(chats.at(3), caio);  // Caio answers a Vendas chat
        m_conversations->addParticipant(chats.at(4), dani); // Dani was added to a Suporte one
        QVERIFY(m_groups->remove(temporary).ok());          // its chat: everyone's now

        // Dani is in no group: the ungrouped chats and the one she takes part in.
        const QHash<qint64, QList<bool>> expected = {
            {owner, {true, true, true, true, true, true}},
            {admin, {true, true, true, true, true, true}},
            {bia, {true, true, true, true, true, true}},
            {caio, {false, true, true, true, true, true}},
            {dani, {false, false, true, false, true, true}},
        };
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const VisibilityScope scope = m_access->scope(it.key());
            const auto listed = m_conversations->conversations(100, scope);
            for (int i = 0; i < chats.size(); ++i) {
                const auto summary = m_conversations->conversation(chats.at(i));
                QVERIFY(summary);
                const bool inList = std::any_of(listed.cbegin(), listed.cend(),
                                                [&](const auto &c) { return c.id == chats.at(i); });
                const QString what = QString("operator %1, chat %2").arg(it.key()).arg(i);
                QVERIFY2(m_access->maySee(it.key(), *summary) == it->at(i), qPrintable(what));
                QVERIFY2(inList == it->at(i), qPrintable(what));
                QVERIFY2(m_conversations->isVisible(chats.at(i), scope) == it->at(i),
                         qPrintable(what));
                QVERIFY2(m_access->maySee(it.key(), *m_access->audienceOf(chats.at(i)))
                             == it->at(i),
                         qPrintable(what));
                QVERIFY2(m_access->maySeeVisitor(it.key(), summary->visitorId) == it->at(i),
                         qPrintable(what));
            }
        }
    }

private:
    papo::testing::ScratchDatabase m_scratch;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountRepository> m_accounts;
    std::unique_ptr<ConversationRepository> m_conversations;
    std::unique_ptr<VisitorRepository> m_visitors;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<GroupAssigner> m_assigner;
    std::unique_ptr<ConversationAccess> m_access;
    QList<qint64> m_operators;
    qint64 m_website = 0;
    QDateTime m_now{QDate(2026, 11, 27), QTime(14, 0), Qt::UTC};
};

QTEST_GUILESS_MAIN(TestGroups)
#include "tst_groups.moc"
