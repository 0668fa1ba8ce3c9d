#include "models/durationtext.h"
#include "models/visitornotemodel.h"
#include "models/visitorpagemodel.h"
#include "net/visitordetails.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace papo::desk;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 27), QTime(15, 0), Qt::UTC);

VisitorPageView page(int n, qint64 seconds = 30)
{
    VisitorPageView view;
    view.url = QStringLiteral("https://loja.example/p/%1").arg(n);
    view.title = QStringLiteral("Página %1").arg(n);
    view.at = T0.addSecs(60 * n);
    view.visit = 1;
    view.seconds = seconds;
    return view;
}

VisitorNote note(qint64 id, const QString &text = QStringLiteral("nota"))
{
    VisitorNote n;
    n.id = id;
    n.authorId = 1;
    n.authorName = QStringLiteral("Ana");
    n.text = text;
    n.createdAt = T0.addSecs(id);
    return n;
}

// The visitor object of docs/protocol.md, with the additions of the `visitor` ack.
// (single quotes stand for double quotes, to keep the literal readable)
const char *const DocVisitor
    = "{"
      "  'id':5, 'name':'', 'email':'', 'phone':'', 'online':true,"
      "  'location':{'text':'São Paulo, Brazil', 'country':'Brazil', 'countryCode':'BR', "
      "'city':'São Paulo'},"
      "  'device':{'type':'mobile', 'browser':'Chrome 131', 'os':'Android 14',"
      "            'summary':'Chrome 131 on Android 14'},"
      "  'language':'pt-BR', 'screen':'390x844',"
      "  'currentPage':{'url':'https://loja.example/carrinho', 'title':'Carrinho', "
      "'since':'2026-11-27T15:04:05.123Z'},"
      "  'referrer':'https://www.google.com/', 'visits':3, "
      "'visitStartedAt':'2026-11-27T15:00:00.000Z',"
      "  'pagesThisVisit':2, 'chatting':true, 'chattedBefore':true,"
      "  "
      "'pages':[{'url':'https://loja.example/','title':'Início','referrer':'https://www.google.com/"
      "',"
      "            'at':'2026-11-27T15:00:00.000Z','visit':3,'seconds':245},"
      "           {'url':'https://loja.example/carrinho','title':'Carrinho','referrer':'',"
      "            'at':'2026-11-27T15:04:05.123Z','visit':3,'seconds':null}],"
      "  'notes':[{'id':7,'authorId':2,'authorName':'Bia','text':'Quer frete "
      "grátis','createdAt':'2026-11-26T10:00:00.000Z'}],"
      "  'conversations':[{'id':3,'visitorId':5,'visitorName':'','state':'open','ownerId':2,"
      "                    "
      "'dismissed':false,'lastMessage':null,'updatedAt':'2026-11-27T15:05:00.000Z','pageUrl':''}]"
      "}";

} // namespace

// The visitor panel's lists (PAN-1, PAN-2) and the wire objects they are made of.
class TestVisitorDetailModels : public QObject
{
    Q_OBJECT

private slots:
    void readsTheVisitorObjectOfTheProtocol()
    {
        const QJsonObject object
            = QJsonDocument::fromJson(QByteArray(DocVisitor).replace('\'', '"')).object();
        QVERIFY(!object.isEmpty());
        const VisitorDetails details = VisitorDetails::fromJson(object);
        const VisitorInfo &visitor = details.visitor;
        QCOMPARE(visitor.id, 5);
        QVERIFY(visitor.online);
        QCOMPARE(visitor.locationText, QStringLiteral("São Paulo, Brazil"));
        QCOMPARE(visitor.countryCode, QStringLiteral("BR"));
        QCOMPARE(visitor.deviceType, VisitorInfo::DeviceType::Mobile);
        QCOMPARE(visitor.deviceSummary, QStringLiteral("Chrome 131 on Android 14"));
        QCOMPARE(visitor.screen, QStringLiteral("390x844"));
        QVERIFY(visitor.hasCurrentPage);
        QCOMPARE(visitor.currentTitle, QStringLiteral("Carrinho"));
        QCOMPARE(visitor.currentSince,
                 QDateTime(QDate(2026, 11, 27), QTime(15, 4, 5, 123), Qt::UTC));
        QCOMPARE(visitor.visits, 3);
        QCOMPARE(visitor.pagesThisVisit, 2);
        QVERIFY(visitor.chatting);
        QVERIFY(visitor.chattedBefore);
        QCOMPARE(details.pages.size(), 2);
        QCOMPARE(details.pages.at(0).seconds, 245);
        QCOMPARE(details.pages.at(1).seconds, -1); // null: the page they are on
        QCOMPARE(details.notes.size(), 1);
        QCOMPARE(details.notes.at(0).authorName, QStringLiteral("Bia"));
        QCOMPARE(details.conversations.size(), 1);
        QCOMPARE(details.conversations.at(0).visitorId, 5);

        // No current page: null.
        QJsonObject away = object;
        away.insert(QStringLiteral("currentPage"), QJsonValue::Null);
        QVERIFY(!VisitorInfo::fromJson(away).hasCurrentPage);
    }

    void pagesGrowWithoutResetting()
    {
        VisitorPageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPages({page(1), page(2, -1)});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.index(1).data(VisitorPageModel::IsCurrentRole).toBool()); // not online
        model.setVisitorOnline(true);
        QVERIFY(model.index(1).data(VisitorPageModel::IsCurrentRole).toBool());
        QVERIFY(model.index(1).data().toString().contains(QStringLiteral("now")));
        QVERIFY(model.index(0).data().toString().startsWith(QStringLiteral("Página 1 · 30 s")));
        QVERIFY(
            model.index(0).data().toString().contains(QStringLiteral("https://loja.example/p/1")));

        // The visitor moves on: page 2 gets its time, page 3 is appended.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setPages({page(1), page(2, 95), page(3, -1)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        // Row 1 got its time and lost "now", row 2 became the current page; row 0 untouched.
        QVERIFY(!changed.isEmpty());
        for (const QList<QVariant> &signal : std::as_const(changed))
            QVERIFY(signal.at(0).toModelIndex().row() >= 1);
        QVERIFY(model.index(2).data(VisitorPageModel::IsCurrentRole).toBool());
        QVERIFY(!model.index(1).data(VisitorPageModel::IsCurrentRole).toBool());
        QCOMPARE(model.index(1).data(VisitorPageModel::SecondsRole).toLongLong(), 95);

        // Only the last 100 are kept: the oldest one drops off the front.
        model.setPages({page(2, 95), page(3, 12), page(4, -1)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(VisitorPageModel::UrlRole).toString(),
                 QStringLiteral("https://loja.example/p/2"));

        // A new visit: the last page of the previous one has no known time, and is not "now".
        VisitorPageView nextVisit = page(9, -1);
        nextVisit.visit = 2;
        model.setPages({page(2, 95), page(3, 12), page(4, -1), nextVisit});
        QVERIFY(!model.index(2).data(VisitorPageModel::IsCurrentRole).toBool());
        QVERIFY(!model.index(2).data().toString().contains(QStringLiteral("now")));
        QVERIFY(model.index(3).data(VisitorPageModel::IsCurrentRole).toBool());
        model.setVisitorOnline(false);
        QVERIFY(!model.index(3).data(VisitorPageModel::IsCurrentRole).toBool());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void notesKeepEachIdOnce()
    {
        VisitorNoteModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNotes({note(1), note(3)});
        QVERIFY(model.addNote(note(4, QStringLiteral("<i>not html</i>"))));
        QVERIFY(!model.addNote(note(4))); // the event after our own ack
        QVERIFY(model.addNote(note(2)));  // late: goes in its place
        QCOMPARE(model.rowCount(), 4);
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row).data(VisitorNoteModel::IdRole).toLongLong();
        QCOMPARE(ids, (QList<qint64>{1, 2, 3, 4}));
        QCOMPARE(model.index(3).data(VisitorNoteModel::TextRole).toString(),
                 QStringLiteral("<i>not html</i>"));
        QVERIFY(model.index(3).data().toString().contains(QStringLiteral("Ana")));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setNotes({note(1), note(2), note(3), note(4), note(5)});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(reset.count(), 0);
        model.setNotes({note(2), note(5)}); // deleted elsewhere
        QCOMPARE(model.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.containsNote(2));
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("negative") << qint64(-5) << QStringLiteral("0 s");
        QTest::newRow("seconds") << qint64(45) << QStringLiteral("45 s");
        QTest::newRow("minutes") << qint64(12 * 60 + 30) << QStringLiteral("12 min");
        QTest::newRow("hours") << qint64(2 * 3600) << QStringLiteral("2 h");
        QTest::newRow("hours and minutes")
            << qint64(2 * 3600 + 5 * 60) << QStringLiteral("2 h 5 min");
        QTest::newRow("days") << qint64(50 * 3600) << QStringLiteral("2 d 2 h");
    }

    void durations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(DurationText::format(seconds), text);
    }
};

QTEST_MAIN(TestVisitorDetailModels)
#include "tst_visitordetailmodels.moc"
