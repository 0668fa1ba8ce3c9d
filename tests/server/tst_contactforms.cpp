#include "scratchopen.h"
#include <accountrepository.h>
#include <contactformrepository.h>
#include <conversationrepository.h>
#include <database.h>

#include <QTest>

using namespace papo::server;

// The contact form's state in the store (FRM-1, FRM-6), on SQLite and PostgreSQL: a visitor is
// asked once (a second "asked" loses, as when two tabs or nodes race), answered states keep
// the time, and held messages come back in the order written, each client id once, until
// they are released.
class TestContactForms final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_db = std::make_unique<Database>();
        const QString error = papo::testing::openScratch(m_scratch, *m_db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const qint64 website = AccountRepository(m_db->connection()).createWebsite("Loja", "key-1");
        m_visitor
            = ConversationRepository(m_db->connection()).createVisitor(website, "t1", "pt-BR");
        QVERIFY(m_visitor > 0);
    }

    void cleanup() { m_db.reset(); }

    void askedOnceThenAnswered()
    {
        ContactFormRepository forms(m_db->connection());
        QVERIFY(!forms.progress(m_visitor));
        const QDateTime asked = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(forms.markAsked(m_visitor, asked));
        QVERIFY(!forms.markAsked(m_visitor, asked.addSecs(5))); // the first one stands
        auto progress = forms.progress(m_visitor);
        QCOMPARE(progress->state, QString("asked"));
        QCOMPARE(progress->askedAt.toSecsSinceEpoch(), asked.toSecsSinceEpoch());
        QVERIFY(!progress->answeredAt.isValid());
        const QDateTime filled = asked.addSecs(30);
        QVERIFY(forms.markAnswered(m_visitor, "filled", filled));
        progress = forms.progress(m_visitor);
        QCOMPARE(progress->state, QString("filled"));
        QCOMPARE(progress->answeredAt.toSecsSinceEpoch(), filled.toSecsSinceEpoch());
        QVERIFY(!forms.markAnswered(m_visitor + 1, "filled", filled)); // never asked
    }

    void heldMessagesKeepTheirOrderOnce()
    {
        ContactFormRepository forms(m_db->connection());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const char *text : {"Oi", "Meu pedido atrasou", "É o 4521"})
            QVERIFY(forms.hold(m_visitor, {QString("cid-") + text, text, {}, now}));
        QVERIFY(forms.hold(m_visitor, {"cid-Oi", "Oi", {}, now})); // sent again: held once
        const auto held = forms.held(m_visitor);
        QCOMPARE(held.size(), 3);
        QCOMPARE(held[0].text, QString("Oi"));
        QCOMPARE(held[1].clientId, QString("cid-Meu pedido atrasou"));
        QCOMPARE(held[2].text, QString("É o 4521"));
        QVERIFY(held[0].attachmentId.isEmpty());
        QVERIFY(forms.releaseHeld(m_visitor));
        QVERIFY(forms.held(m_visitor).isEmpty());
    }

private:
    papo::testing::ScratchDatabase m_scratch;
    std::unique_ptr<Database> m_db;
    qint64 m_visitor = 0;
};

QTEST_GUILESS_MAIN(TestContactForms)
#include "tst_contactforms.moc"
