#include "models/messagemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace papo::desk;
using papo::common::AuthorKind;
using papo::common::ChatMessage;

namespace {

ChatMessage message(qint64 id, qint64 conversationId = 7, AuthorKind kind = AuthorKind::Visitor,
                    const QString &clientId = {})
{
    ChatMessage m;
    m.id = id;
    m.clientId = clientId.isEmpty() ? QStringLiteral("visitor-cid-%1").arg(id) : clientId;
    m.conversationId = conversationId;
    m.authorKind = kind;
    m.authorId = kind == AuthorKind::Visitor ? 50 : 1;
    m.authorName
        = kind == AuthorKind::Visitor ? QStringLiteral("Visitor 50") : QStringLiteral("Ana");
    m.text = QStringLiteral("text %1").arg(id);
    m.createdAt = QDateTime(QDate(2026, 11, 27), QTime(15, 0), Qt::UTC).addSecs(id);
    return m;
}

QList<qint64> ids(const MessageModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data(MessageModel::IdRole).toLongLong());
    return result;
}

} // namespace

class TestMessageModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<MessageModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setOwnOperator(1, QStringLiteral("Ana"));
        m_model->setConversationId(7);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void liveMessagesAreAppendedOnce()
    {
        QVERIFY(m_model->addMessage(message(10)));
        QVERIFY(m_model->addMessage(message(11)));
        QVERIFY(!m_model->addMessage(message(11)));    // the same event twice
        QVERIFY(!m_model->addMessage(message(12, 8))); // another conversation
        QVERIFY(!m_model->addMessage(message(0)));     // no id
        QCOMPARE(ids(*m_model), (QList<qint64>{10, 11}));
        QCOMPARE(m_model->index(0).data(MessageModel::AuthorNameRole).toString(),
                 QStringLiteral("Visitor 50"));
        QVERIFY(!m_model->index(0).data(MessageModel::IsOwnRole).toBool());
    }

    // BOT-1, ACT-3: the bot's and a group's messages say so; neither is the operator's own,
    // even with the same id as the operator's.
    void botAndGroupAuthorsAreMarked()
    {
        ChatMessage bot = message(10, 7, AuthorKind::Bot);
        bot.authorName = QStringLiteral("Loja Exemplo");
        ChatMessage group = message(11, 7, AuthorKind::Group);
        group.authorName = QStringLiteral("Vendas <b>");
        QVERIFY(m_model->addMessage(bot));
        QVERIFY(m_model->addMessage(group));
        QCOMPARE(m_model->index(0).data(MessageModel::AuthorNameRole).toString(),
                 QStringLiteral("Loja Exemplo (bot)"));
        QCOMPARE(m_model->index(1).data(MessageModel::AuthorNameRole).toString(),
                 QStringLiteral("Vendas <b> (group)"));
        QVERIFY(!m_model->index(0).data(MessageModel::IsOwnRole).toBool());
        QVERIFY(!m_model->index(1).data(MessageModel::IsOwnRole).toBool());
    }

    void historyPagesGoOnTopWithoutDuplicates()
    {
        m_model->addMessage(message(20));
        m_model->addMessage(message(21));
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        // A page that overlaps what is there, in any order.
        QCOMPARE(
            m_model->addMessages({message(18), message(20), message(17), message(19), message(19)}),
            3);
        QCOMPARE(inserted.count(), 1); // one block
        QCOMPARE(ids(*m_model), (QList<qint64>{17, 18, 19, 20, 21}));
        QCOMPARE(m_model->oldestId(), 17);
        // Out-of-order arrivals still end up sorted.
        QCOMPARE(m_model->addMessages({message(25), message(16), message(23)}), 3);
        QCOMPARE(ids(*m_model), (QList<qint64>{16, 17, 18, 19, 20, 21, 23, 25}));
        m_model->setHasMore(true);
        QVERIFY(m_model->hasMore());
    }

    void pendingReplyIsReplacedByTheStoredMessage()
    {
        m_model->addMessage(message(30));
        m_model->addPending(QStringLiteral("d-own-reply-1"), QStringLiteral("Olá!"),
                            QDateTime::currentDateTimeUtc());
        QCOMPARE(m_model->rowCount(), 2);
        const QModelIndex pending = m_model->index(1);
        QCOMPARE(pending.data(MessageModel::DeliveryRole).toInt(),
                 int(MessageModel::Delivery::Pending));
        QVERIFY(pending.data(MessageModel::IsOwnRole).toBool());
        QCOMPARE(pending.data(MessageModel::AuthorNameRole).toString(), QStringLiteral("Ana"));

        // The ack (or the echo event) arrives: same row, now delivered.
        QVERIFY(m_model->addMessage(
            message(31, 7, AuthorKind::Operator, QStringLiteral("d-own-reply-1"))));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->index(1).data(MessageModel::DeliveryRole).toInt(),
                 int(MessageModel::Delivery::Delivered));
        QCOMPARE(m_model->index(1).data(MessageModel::IdRole).toLongLong(), 31);
        QVERIFY(m_model->index(1).data(MessageModel::IsOwnRole).toBool());
        // ... and the other one of the pair is a duplicate.
        QVERIFY(!m_model->addMessage(
            message(31, 7, AuthorKind::Operator, QStringLiteral("d-own-reply-1"))));
        QCOMPARE(m_model->rowCount(), 2);
    }

    void pendingRepliesStayBelowNewVisitorMessages()
    {
        m_model->addPending(QStringLiteral("d-own-reply-a"), QStringLiteral("first"),
                            QDateTime::currentDateTimeUtc());
        m_model->addPending(QStringLiteral("d-own-reply-b"), QStringLiteral("second"),
                            QDateTime::currentDateTimeUtc());
        m_model->addMessage(message(40));
        QCOMPARE(m_model->deliveredCount(), 1);
        QCOMPARE(m_model->index(0).data(MessageModel::IdRole).toLongLong(), 40);
        // The second reply is acknowledged first: it moves above the first pending one.
        m_model->addMessage(message(42, 7, AuthorKind::Operator, QStringLiteral("d-own-reply-b")));
        QCOMPARE(ids(*m_model), (QList<qint64>{40, 42, 0}));
        QCOMPARE(m_model->index(2).data(MessageModel::ClientIdRole).toString(),
                 QStringLiteral("d-own-reply-a"));
        m_model->addMessage(message(41, 7, AuthorKind::Operator, QStringLiteral("d-own-reply-a")));
        QCOMPARE(ids(*m_model), (QList<qint64>{40, 41, 42}));
    }

    void failedRepliesAreMarked()
    {
        m_model->addPending(QStringLiteral("d-own-reply-x"), QStringLiteral("oops"),
                            QDateTime::currentDateTimeUtc());
        m_model->markFailed(QStringLiteral("d-own-reply-x"), QStringLiteral("not_found"));
        QCOMPARE(m_model->index(0).data(MessageModel::DeliveryRole).toInt(),
                 int(MessageModel::Delivery::Failed));
        QCOMPARE(m_model->index(0).data(MessageModel::ErrorRole).toString(),
                 QStringLiteral("not_found"));
        m_model->removePending(QStringLiteral("d-own-reply-x"));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void htmlIsEscapedAndFormatted()
    {
        ChatMessage hostile = message(50);
        hostile.text = QStringLiteral("<img src=x onerror=alert(1)> **bold** https://papo.example");
        m_model->addMessage(hostile);
        const QString html = m_model->index(0).data(MessageModel::HtmlRole).toString();
        QVERIFY2(!html.contains(QStringLiteral("<img")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("&lt;img")));
        QVERIFY(html.contains(QStringLiteral("<b>bold</b>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://papo.example\"")));
        QCOMPARE(m_model->index(0).data(Qt::DisplayRole).toString(), hostile.text);
    }

    void editsChangeTheTextInPlace()
    {
        m_model->addMessages({message(1), message(2, 7, AuthorKind::Operator)});
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        ChatMessage edited = message(2, 7, AuthorKind::Operator);
        edited.text = QStringLiteral("**new** text");
        edited.editedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_model->applyEdit(edited));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        const QModelIndex row = m_model->index(1);
        QCOMPARE(row.data(MessageModel::TextRole).toString(), QStringLiteral("**new** text"));
        QCOMPARE(row.data(MessageModel::HtmlRole).toString(), QStringLiteral("<b>new</b> text"));
        QVERIFY(row.data(MessageModel::EditedRole).toBool());
        QVERIFY(!m_model->index(0).data(MessageModel::EditedRole).toBool());
        QVERIFY(!m_model->applyEdit(message(99, 7, AuthorKind::Operator))); // not here
        ChatMessage elsewhere = edited;
        elsewhere.conversationId = 8;
        QVERIFY(!m_model->applyEdit(elsewhere));
    }

    void receiptsFollowTheVisitorsReadMark()
    {
        m_model->addMessages(
            {message(1), message(2, 7, AuthorKind::Operator), message(3, 7, AuthorKind::Operator)});
        m_model->addPending(QStringLiteral("pending-cid-1"), QStringLiteral("later"),
                            QDateTime::currentDateTimeUtc());
        const auto receipt = [this](int row) {
            return MessageModel::Receipt(
                m_model->index(row).data(MessageModel::ReceiptRole).toInt());
        };
        QCOMPARE(receipt(0), MessageModel::Receipt::None); // the visitor's own
        QCOMPARE(receipt(1), MessageModel::Receipt::Sent);
        QCOMPARE(receipt(2), MessageModel::Receipt::Sent);
        QCOMPARE(receipt(3), MessageModel::Receipt::None); // not acknowledged yet
        m_model->setVisitorReadUpTo(2);
        QCOMPARE(receipt(1), MessageModel::Receipt::Seen);
        QCOMPARE(receipt(2), MessageModel::Receipt::Sent);
        m_model->setVisitorReadUpTo(1); // never back
        QCOMPARE(receipt(1), MessageModel::Receipt::Seen);
        QCOMPARE(m_model->lastOwnMessageId(), 3);
        QCOMPARE(m_model->lastVisitorMessageId(), 1);
        QCOMPARE(m_model->findMessage(2)->text, QStringLiteral("text 2"));
        QVERIFY(!m_model->findMessage(4));
        m_model->setConversationId(8);
        QCOMPARE(m_model->visitorReadUpTo(), 0);
        QCOMPARE(m_model->lastOwnMessageId(), 0);
    }

    void anotherConversationStartsEmpty()
    {
        m_model->addMessage(message(60));
        m_model->setHasMore(true);
        m_model->setConversationId(8);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->hasMore());
        QVERIFY(!m_model->containsMessage(60));
        QVERIFY(m_model->addMessage(message(60, 8)));
    }

private:
    std::unique_ptr<MessageModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestMessageModel)
#include "tst_messagemodel.moc"
