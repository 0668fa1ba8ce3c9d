#include "models/conversationfiltermodel.h"
#include "models/conversationlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace papo::desk;
using papo::common::AuthorKind;
using papo::common::ChatMessage;
using papo::common::ConversationState;
using papo::common::ConversationSummary;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 27), QTime(15, 0), Qt::UTC);

ConversationSummary conversation(qint64 id, int minutes,
                                 ConversationState state = ConversationState::Queued,
                                 qint64 ownerId = 0)
{
    ConversationSummary summary;
    summary.id = id;
    summary.visitorId = 100 + id;
    summary.visitorName = QStringLiteral("Visitor %1").arg(100 + id);
    summary.state = state;
    summary.ownerId = ownerId;
    summary.pageUrl = QStringLiteral("https://shop.example/%1").arg(id);
    summary.updatedAt = T0.addSecs(60 * minutes);
    return summary;
}

ChatMessage message(qint64 id, qint64 conversationId, int minutes,
                    AuthorKind kind = AuthorKind::Visitor)
{
    ChatMessage m;
    m.id = id;
    m.clientId = QStringLiteral("cid-%1-xyz").arg(id);
    m.conversationId = conversationId;
    m.authorKind = kind;
    m.authorId = kind == AuthorKind::Visitor ? 100 + conversationId : 1;
    m.authorName = kind == AuthorKind::Visitor ? QStringLiteral("Visitor") : QStringLiteral("Ana");
    m.text = QStringLiteral("message %1").arg(id);
    m.createdAt = T0.addSecs(60 * minutes);
    return m;
}

QList<qint64> ids(const QAbstractItemModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(ConversationListModel::IdRole).toLongLong());
    return result;
}

} // namespace

class TestConversationListModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<ConversationListModel>();
        m_queue = std::make_unique<ConversationFilterModel>(ConversationFilterModel::Filter::Queue);
        m_mine = std::make_unique<ConversationFilterModel>(ConversationFilterModel::Filter::Mine);
        m_queue->setSourceModel(m_model.get());
        m_mine->setSourceModel(m_model.get());
        m_mine->setOperatorId(1);
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_model.get()),
                                          static_cast<QAbstractItemModel *>(m_queue.get()),
                                          static_cast<QAbstractItemModel *>(m_mine.get())})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    void cleanup()
    {
        m_testers.clear();
        m_mine.reset();
        m_queue.reset();
        m_model.reset();
    }

    void snapshotFillsTheListsSortedByActivity()
    {
        m_model->setConversations({conversation(1, 5), conversation(2, 9),
                                   conversation(3, 7, ConversationState::Open, 1),
                                   conversation(4, 1, ConversationState::Open, 2),
                                   conversation(5, 3, ConversationState::Open, 1)});
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(ids(*m_queue), (QList<qint64>{2, 1}));
        QCOMPARE(ids(*m_mine), (QList<qint64>{3, 5}));
        QCOMPARE(m_model->index(0).data(Qt::DisplayRole).toString(), QStringLiteral("Visitor 101"));
        QCOMPARE(m_model->index(0).data(ConversationListModel::PageUrlRole).toString(),
                 QStringLiteral("https://shop.example/1"));
    }

    void duplicatesInTheSnapshotAreIgnored()
    {
        m_model->setConversations({conversation(1, 5), conversation(1, 6), conversation(0, 1)});
        QCOMPARE(m_model->rowCount(), 1);
    }

    void upsertAddsThenUpdates()
    {
        QVERIFY(m_model->upsert(conversation(1, 1)));
        QVERIFY(m_model->upsert(conversation(2, 2)));
        QCOMPARE(ids(*m_queue), (QList<qint64>{2, 1}));
        QVERIFY(m_mine->rowCount() == 0);

        // Operator 1 takes conversation 1: it leaves the queue and becomes Mine.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(!m_model->upsert(conversation(1, 3, ConversationState::Open, 1)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(ids(*m_queue), (QList<qint64>{2}));
        QCOMPARE(ids(*m_mine), (QList<qint64>{1}));

        // Someone else takes conversation 2: in neither list.
        m_model->upsert(conversation(2, 4, ConversationState::Open, 7));
        QCOMPARE(m_queue->rowCount(), 0);
        QCOMPARE(ids(*m_mine), (QList<qint64>{1}));
    }

    void dismissedChatsLeaveTheQueueUntilTheVisitorWrites()
    {
        m_model->upsert(conversation(1, 1));
        m_model->upsert(conversation(2, 2));
        ConversationSummary dismissed = conversation(1, 3);
        dismissed.dismissed = true;
        m_model->upsert(dismissed);
        QCOMPARE(ids(*m_queue), (QList<qint64>{2}));
        QCOMPARE(m_model->rowCount(), 2);    // still known, only not queued
        m_model->upsert(conversation(1, 4)); // the visitor wrote again: dismissed is false
        QCOMPARE(ids(*m_queue), (QList<qint64>{1, 2}));
    }

    void closedChatsHaveTheirOwnList()
    {
        ConversationFilterModel closed(ConversationFilterModel::Filter::Closed);
        QAbstractItemModelTester tester(&closed,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        closed.setSourceModel(m_model.get());
        m_model->upsert(conversation(1, 1, ConversationState::Open, 1));
        m_model->upsert(conversation(2, 2));
        ConversationSummary resolved = conversation(1, 3, ConversationState::Open, 1);
        resolved.closed = true;
        m_model->upsert(resolved);
        ConversationSummary queuedClosed = conversation(2, 4);
        queuedClosed.closed = true;
        m_model->upsert(queuedClosed);
        QCOMPARE(ids(closed), (QList<qint64>{2, 1}));
        QCOMPARE(m_mine->rowCount(), 0);
        QCOMPARE(m_queue->rowCount(), 0);
        m_model->upsert(conversation(1, 5, ConversationState::Open, 1)); // reopened
        QCOMPARE(ids(closed), (QList<qint64>{2}));
        QCOMPARE(ids(*m_mine), (QList<qint64>{1}));
    }

    void mineHoldsChatsImAddedTo()
    {
        ConversationSummary joined = conversation(3, 1, ConversationState::Open, 7);
        joined.participants = {7, 1};
        m_model->upsert(joined);
        m_model->upsert(conversation(4, 2, ConversationState::Open, 7));
        QCOMPARE(ids(*m_mine), (QList<qint64>{3}));
        QCOMPARE(m_model->indexOf(3)
                     .data(ConversationListModel::ParticipantsRole)
                     .value<QList<qint64>>(),
                 (QList<qint64>{7, 1}));
    }

    void readMarksAndEditsOnlyMoveForward()
    {
        ConversationSummary summary = conversation(5, 1);
        summary.hasLastMessage = true;
        summary.lastMessage = message(40, 5, 1);
        m_model->upsert(summary);
        m_model->applyReadMark(5, true, 40);
        m_model->applyReadMark(5, true, 30);
        m_model->applyReadMark(5, false, 38);
        QCOMPARE(m_model->find(5)->visitorReadUpTo, 40);
        QCOMPARE(m_model->find(5)->operatorReadUpTo, 38);
        ChatMessage edited = message(40, 5, 1);
        edited.text = QStringLiteral("new text");
        edited.editedAt = T0.addSecs(600);
        m_model->applyEdit(edited);
        QCOMPARE(m_model->indexOf(5).data(ConversationListModel::LastMessageTextRole).toString(),
                 QStringLiteral("new text"));
        ChatMessage older = message(39, 5, 1);
        older.text = QStringLiteral("not the last");
        m_model->applyEdit(older);
        QCOMPARE(m_model->find(5)->lastMessage.text, QStringLiteral("new text"));
    }

    void messagesMoveTheirConversationToTheTop()
    {
        m_model->setConversations({conversation(1, 1), conversation(2, 2), conversation(3, 3)});
        QCOMPARE(ids(*m_queue), (QList<qint64>{3, 2, 1}));
        m_model->applyMessage(message(40, 1, 10));
        QCOMPARE(ids(*m_queue), (QList<qint64>{1, 3, 2}));
        const QModelIndex first = m_queue->index(0, 0);
        QCOMPARE(first.data(ConversationListModel::LastMessageTextRole).toString(),
                 QStringLiteral("message 40"));
        QCOMPARE(first.data(ConversationListModel::LastMessageAuthorKindRole).toInt(),
                 int(AuthorKind::Visitor));

        // An older message (a late duplicate) changes nothing.
        m_model->applyMessage(message(39, 1, 11));
        QCOMPARE(m_queue->index(0, 0).data(ConversationListModel::LastMessageTextRole).toString(),
                 QStringLiteral("message 40"));
        // A message of an unknown conversation is ignored (its `conversation` event follows).
        m_model->applyMessage(message(41, 99, 12));
        QCOMPARE(m_model->rowCount(), 3);
    }

    void previewsShowWordsNotMarkdown() // WID-4 markers are for the message view only
    {
        m_model->setConversations({conversation(1, 1)});
        ChatMessage formatted = message(50, 1, 10);
        formatted.text = QStringLiteral("O frete é **grátis** e _rápido_");
        m_model->applyMessage(formatted);
        QCOMPARE(m_model->indexOf(1).data(ConversationListModel::LastMessageTextRole).toString(),
                 QStringLiteral("O frete é grátis e rápido"));
    }

    void aStaleSnapshotKeepsTheNewerLastMessage()
    {
        m_model->upsert(conversation(1, 1));
        m_model->applyMessage(message(50, 1, 5));
        ConversationSummary stale = conversation(1, 1);
        stale.hasLastMessage = true;
        stale.lastMessage = message(48, 1, 2);
        m_model->upsert(stale);
        QCOMPARE(m_model->find(1)->lastMessage.id, 50);
    }

    void unreadCounts()
    {
        m_model->setConversations({conversation(1, 1), conversation(2, 2)});
        m_model->incrementUnread(1);
        m_model->incrementUnread(1);
        m_model->incrementUnread(42); // unknown: nothing
        QCOMPARE(m_model->indexOf(1).data(ConversationListModel::UnreadCountRole).toInt(), 2);
        // A new snapshot (reconnection) keeps the counts.
        m_model->setConversations({conversation(2, 2), conversation(1, 1)});
        QCOMPARE(m_model->indexOf(1).data(ConversationListModel::UnreadCountRole).toInt(), 2);
        m_model->clearUnread(1);
        QCOMPARE(m_model->indexOf(1).data(ConversationListModel::UnreadCountRole).toInt(), 0);
    }

    void mineNeedsToKnowWhoIAm()
    {
        ConversationFilterModel mine(ConversationFilterModel::Filter::Mine);
        QAbstractItemModelTester tester(&mine,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        mine.setSourceModel(m_model.get());
        m_model->setConversations({conversation(1, 1, ConversationState::Open, 3)});
        QCOMPARE(mine.rowCount(), 0);
        mine.setOperatorId(3);
        QCOMPARE(mine.rowCount(), 1);
    }

    void clearEmptiesEverything()
    {
        m_model->setConversations({conversation(1, 1), conversation(2, 2)});
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_queue->rowCount(), 0);
        QVERIFY(!m_model->contains(1));
        QVERIFY(m_model->upsert(conversation(1, 1)));
    }

private:
    std::unique_ptr<ConversationListModel> m_model;
    std::unique_ptr<ConversationFilterModel> m_queue;
    std::unique_ptr<ConversationFilterModel> m_mine;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
