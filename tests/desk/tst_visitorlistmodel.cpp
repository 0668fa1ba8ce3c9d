#include "models/visitorlistmodel.h"
#include "net/visitorinfo.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace papo::desk;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 27), QTime(15, 0), Qt::UTC);

VisitorInfo visitor(qint64 id, int startedSecondsBeforeT0 = 600)
{
    VisitorInfo v;
    v.id = id;
    v.online = true;
    v.locationText = QStringLiteral("São Paulo, Brazil");
    v.country = QStringLiteral("Brazil");
    v.countryCode = QStringLiteral("BR");
    v.city = QStringLiteral("São Paulo");
    v.deviceType = VisitorInfo::DeviceType::Desktop;
    v.browser = QStringLiteral("Chrome 131");
    v.os = QStringLiteral("Windows 10");
    v.deviceSummary = QStringLiteral("Chrome 131 on Windows 10");
    v.language = QStringLiteral("pt-BR");
    v.screen = QStringLiteral("1920x1080");
    v.hasCurrentPage = true;
    v.currentUrl = QStringLiteral("https://loja.example/p/%1").arg(id);
    v.currentTitle = QStringLiteral("Produto %1").arg(id);
    v.visitStartedAt = T0.addSecs(-startedSecondsBeforeT0);
    v.currentSince = v.visitStartedAt;
    v.referrer = QStringLiteral("https://www.google.com/");
    v.visits = 1;
    v.pagesThisVisit = 1;
    return v;
}

QList<VisitorInfo> visitors(qint64 firstId, int count)
{
    QList<VisitorInfo> list;
    for (int i = 0; i < count; ++i)
        list.append(visitor(firstId + i));
    return list;
}

QList<qint64> rowIds(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(VisitorListModel::IdRole).toLongLong());
    return ids;
}

// Every row is a distinct visitor, found again by id at its own row.
void checkIndex(const VisitorListModel &model)
{
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.index(row, 0).data(VisitorListModel::IdRole).toLongLong();
        QVERIFY2(!seen.contains(id), qPrintable(QStringLiteral("visitor %1 twice").arg(id)));
        seen.insert(id);
        QCOMPARE(model.indexOf(id).row(), row);
        QVERIFY(model.find(id));
        QCOMPARE(model.find(id)->id, id);
    }
}

} // namespace

class TestVisitorListModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<VisitorListModel>();
        m_proxy = std::make_unique<QSortFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        m_proxy->setSortRole(VisitorListModel::SortRole);
        m_proxy->setDynamicSortFilter(true);
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    void cleanup()
    {
        m_testers.clear();
        m_proxy.reset();
        m_model.reset();
    }

    void showsTheColumnsOfVis2()
    {
        VisitorInfo ana = visitor(1);
        ana.name = QStringLiteral("Ana <b>Souza</b>");
        ana.email = QStringLiteral("ana@example.com");
        ana.phone = QStringLiteral("+55 11 5555-0000");
        ana.visits = 3;
        ana.pagesThisVisit = 4;
        ana.chatting = true;
        ana.chattedBefore = true;
        VisitorInfo bruno = visitor(2, 3 * 3600 + 300);
        bruno.email = QStringLiteral("bruno@example.com");
        bruno.chattedBefore = true;
        bruno.deviceType = VisitorInfo::DeviceType::Mobile;
        bruno.currentTitle.clear();
        VisitorInfo anonymous = visitor(3, 45);
        anonymous.visits = 2;
        anonymous.locationText = QStringLiteral("unknown"); // no GeoIP on the server
        m_model->setVisitors({ana, bruno, anonymous}, 3, 1);
        m_model->setReferenceTime(T0);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(VisitorListModel::ColumnCount));
        QCOMPARE(m_model->total(), 3);
        QCOMPARE(m_model->moreCount(), 0);
        QCOMPARE(m_model->capacity(), 10);

        const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
            return m_model->index(row, column).data(role);
        };
        // Visitor text comes back as it was typed (the view shows it as plain text).
        QCOMPARE(cell(0, VisitorListModel::NameColumn).toString(),
                 QStringLiteral("Ana <b>Souza</b> · ana@example.com"));
        QVERIFY(cell(0, VisitorListModel::NameColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("+55 11 5555-0000")));
        // Tooltips would read markup as rich text: the name is escaped in one.
        QVERIFY(cell(0, VisitorListModel::NameColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Ana &lt;b&gt;Souza&lt;/b&gt;")));
        QCOMPARE(cell(1, VisitorListModel::NameColumn).toString(),
                 QStringLiteral("bruno@example.com"));
        QCOMPARE(cell(2, VisitorListModel::NameColumn).toString(), QStringLiteral("Visitor 3"));
        QCOMPARE(cell(0, VisitorListModel::LocationColumn).toString(),
                 QStringLiteral("São Paulo, Brazil"));
        QCOMPARE(cell(2, VisitorListModel::LocationColumn).toString(), QStringLiteral("Unknown"));
        QCOMPARE(cell(0, VisitorListModel::CurrentPageColumn).toString(),
                 QStringLiteral("Produto 1"));
        QCOMPARE(cell(1, VisitorListModel::CurrentPageColumn).toString(),
                 QStringLiteral("https://loja.example/p/2")); // no title: the URL
        QCOMPARE(cell(0, VisitorListModel::ReferrerColumn).toString(),
                 QStringLiteral("https://www.google.com/"));
        QCOMPARE(cell(0, VisitorListModel::BrowserColumn).toString(),
                 QStringLiteral("Windows 10 / Chrome 131"));
        QCOMPARE(cell(0, VisitorListModel::DeviceColumn).toString(), QStringLiteral("Desktop"));
        QCOMPARE(cell(1, VisitorListModel::DeviceColumn).toString(), QStringLiteral("Mobile"));
        QCOMPARE(cell(0, VisitorListModel::TimeOnSiteColumn).toString(), QStringLiteral("10 min"));
        QCOMPARE(cell(1, VisitorListModel::TimeOnSiteColumn).toString(),
                 QStringLiteral("3 h 5 min"));
        QCOMPARE(cell(2, VisitorListModel::TimeOnSiteColumn).toString(), QStringLiteral("45 s"));
        QCOMPARE(cell(0, VisitorListModel::PagesViewedColumn).toInt(), 4);
        QCOMPARE(cell(0, VisitorListModel::VisitsColumn).toInt(), 3);
        QCOMPARE(cell(0, VisitorListModel::LanguageColumn).toString(), QStringLiteral("pt-BR"));

        // VIS-3: light green while chatting, grey after; a status text and dot.
        QCOMPARE(cell(0, 0, Qt::BackgroundRole).value<QColor>(), QColor(0x2d, 0xa4, 0x4e, 0x38));
        QCOMPARE(cell(1, 0, Qt::BackgroundRole).value<QColor>(), QColor(0x8c, 0x95, 0x9f, 0x30));
        QVERIFY(!cell(2, 0, Qt::BackgroundRole).isValid());
        QVERIFY(cell(1, 0, Qt::ForegroundRole).isValid());
        QCOMPARE(cell(0, VisitorListModel::StatusColumn).toString(),
                 QStringLiteral("Chatting now"));
        QCOMPARE(cell(1, VisitorListModel::StatusColumn).toString(),
                 QStringLiteral("Chatted before"));
        QCOMPARE(cell(2, VisitorListModel::StatusColumn).toString(), QStringLiteral("Returning"));
        QVERIFY(cell(0, VisitorListModel::StatusColumn, Qt::DecorationRole).canConvert<QColor>());
        QVERIFY(!cell(2, VisitorListModel::StatusColumn, Qt::DecorationRole).isValid());
        QVERIFY(cell(0, 0, VisitorListModel::ChattingRole).toBool());

        // Sorting by time on site, ascending: the shortest visit first.
        m_proxy->sort(VisitorListModel::TimeOnSiteColumn, Qt::AscendingOrder);
        QCOMPARE(rowIds(*m_proxy), (QList<qint64>{3, 1, 2})); // shortest first
        m_proxy->sort(VisitorListModel::VisitsColumn, Qt::DescendingOrder);
        QCOMPARE(rowIds(*m_proxy).first(), 1);

        for (int column = 0; column < VisitorListModel::ColumnCount; ++column) {
            QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
            QCOMPARE(VisitorListModel::columnForKey(VisitorListModel::columnKey(column)), column);
        }
    }

    void readsGroupAndFlagsFromJson()
    {
        // Servers before these fields: empty group, no flags.
        const VisitorInfo old = VisitorInfo::fromJson(
            QJsonDocument::fromJson(R"({"id":5,"chatting":false,"chattedBefore":true})").object());
        QCOMPARE(old.id, 5);
        QVERIFY(old.chattedBefore);
        QCOMPARE(old.group, QString());
        QVERIFY(!old.chatWindowOpened);
        QVERIFY(!old.invited);

        const VisitorInfo current = VisitorInfo::fromJson(
            QJsonDocument::fromJson(R"({"id":6,"group":"vendas-sp","chatWindowOpened":true,)"
                                    R"("invited":true,"chattedBefore":false})")
                .object());
        QCOMPARE(current.group, QStringLiteral("vendas-sp"));
        QVERIFY(current.chatWindowOpened);
        QVERIFY(current.invited);
        QVERIFY(!current.chattedBefore);
    }

    void showsTheGroupAndTheIndicatorsOfVis3()
    {
        VisitorInfo flagged = visitor(1);
        flagged.group = QStringLiteral("vendas <b>SP</b>");
        flagged.chattedBefore = true;
        flagged.invited = true;
        flagged.chatWindowOpened = true;
        VisitorInfo plain = visitor(2);
        VisitorInfo invitedOnly = visitor(3);
        invitedOnly.group = QStringLiteral("suporte");
        invitedOnly.invited = true;
        m_model->setVisitors({flagged, plain, invitedOnly}, 3, 1);

        const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
            return m_model->index(row, column).data(role);
        };
        // VIS-2: the group, as plain text; escaped in the tooltip.
        QCOMPARE(cell(0, VisitorListModel::GroupColumn).toString(),
                 QStringLiteral("vendas <b>SP</b>"));
        QVERIFY(cell(0, VisitorListModel::GroupColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("vendas &lt;b&gt;SP&lt;/b&gt;")));
        QCOMPARE(cell(1, VisitorListModel::GroupColumn).toString(), QString());
        QVERIFY(!cell(1, VisitorListModel::GroupColumn, Qt::ToolTipRole).isValid());
        QCOMPARE(cell(0, 0, VisitorListModel::GroupRole).toString(),
                 QStringLiteral("vendas <b>SP</b>"));

        // VIS-3: one symbol per flag that applies, each explained in the tooltip.
        const QString all = cell(0, VisitorListModel::IndicatorsColumn).toString();
        QCOMPARE(all.split(QLatin1Char(' ')).size(), 3);
        QCOMPARE(all, VisitorListModel::indicatorSymbols(flagged));
        QVERIFY(cell(1, VisitorListModel::IndicatorsColumn).toString().isEmpty());
        const QString invitedSymbol = cell(2, VisitorListModel::IndicatorsColumn).toString();
        QCOMPARE(invitedSymbol.size(), 1);
        QVERIFY(all.contains(invitedSymbol));

        const QString allTip
            = cell(0, VisitorListModel::IndicatorsColumn, Qt::ToolTipRole).toString();
        QVERIFY2(allTip.contains(QStringLiteral("Has past conversations")), qPrintable(allTip));
        QVERIFY(allTip.contains(QStringLiteral("Received an invitation from an operator")));
        QVERIFY(allTip.contains(QStringLiteral("Opened the chat window")));
        QCOMPARE(VisitorListModel::indicatorDescriptions(flagged).size(), 3);
        const QString invitedTip
            = cell(2, VisitorListModel::IndicatorsColumn, Qt::ToolTipRole).toString();
        QVERIFY(invitedTip.contains(QStringLiteral("Received an invitation from an operator")));
        QVERIFY(!invitedTip.contains(QStringLiteral("Has past conversations")));
        QVERIFY(!invitedTip.contains(QStringLiteral("Opened the chat window")));
        QVERIFY(VisitorListModel::indicatorDescriptions(plain).isEmpty());
        QVERIFY(cell(1, VisitorListModel::IndicatorsColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("No past conversations")));
        QVERIFY(cell(0, VisitorListModel::IndicatorsColumn, Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("Opened the chat window")));
        QVERIFY(
            !m_model
                 ->headerData(VisitorListModel::IndicatorsColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());

        QVERIFY(cell(0, 0, VisitorListModel::InvitedRole).toBool());
        QVERIFY(cell(0, 0, VisitorListModel::ChatWindowOpenedRole).toBool());
        QVERIFY(!cell(1, 0, VisitorListModel::InvitedRole).toBool());
        QVERIFY(!cell(1, 0, VisitorListModel::ChatWindowOpenedRole).toBool());
        QVERIFY(cell(2, 0, VisitorListModel::InvitedRole).toBool());

        // Sorting: the most indicators (past conversations first) on top when descending.
        m_proxy->sort(VisitorListModel::IndicatorsColumn, Qt::DescendingOrder);
        QCOMPARE(rowIds(*m_proxy), (QList<qint64>{1, 3, 2}));
        m_proxy->sort(VisitorListModel::GroupColumn, Qt::AscendingOrder);
        QCOMPARE(rowIds(*m_proxy), (QList<qint64>{2, 3, 1}));

        // A flag that changes repaints its row.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        plain.chatWindowOpened = true;
        m_model->upsert(plain);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->indexOf(2, VisitorListModel::IndicatorsColumn).data().toString(),
                 VisitorListModel::indicatorSymbols(plain));
        QVERIFY(
            !m_model->indexOf(2, VisitorListModel::IndicatorsColumn).data().toString().isEmpty());

        QCOMPARE(VisitorListModel::columnForKey(QStringLiteral("group")),
                 int(VisitorListModel::GroupColumn));
        QCOMPARE(VisitorListModel::columnForKey(QStringLiteral("indicators")),
                 int(VisitorListModel::IndicatorsColumn));
    }

    void aChangeRepaintsOnlyItsRow()
    {
        m_model->setVisitors(visitors(1, 50), 50, 5);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);

        VisitorInfo moved = *m_model->find(17);
        moved.currentUrl = QStringLiteral("https://loja.example/carrinho");
        moved.currentTitle = QStringLiteral("Carrinho");
        moved.pagesThisVisit = 2;
        m_model->upsert(moved);
        QCOMPARE(changed.count(), 1);
        const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
        const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
        QCOMPARE(topLeft.row(), 16);
        QCOMPARE(bottomRight.row(), 16);
        QCOMPARE(m_model->indexOf(17, VisitorListModel::CurrentPageColumn).data().toString(),
                 QStringLiteral("Carrinho"));

        // The same data again changes nothing.
        m_model->upsert(moved);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(layout.count(), 0);
    }

    void arrivalsAppendAndDeparturesRemove()
    {
        m_model->setVisitors(visitors(1, 5), 5, 1);
        QSignalSpy countsChanged(m_model.get(), &VisitorListModel::countsChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        VisitorInfo newcomer = visitor(99, -5); // started after the ack
        m_model->upsert(newcomer);
        QCOMPARE(rowIds(*m_model), (QList<qint64>{1, 2, 3, 4, 5, 99}));
        QCOMPARE(m_model->total(), 6);

        m_model->applyChanges({}, {2, 4});
        QCOMPARE(rowIds(*m_model), (QList<qint64>{1, 3, 5, 99}));
        checkIndex(*m_model);
        QCOMPARE(m_model->total(), 4);
        QVERIFY(!m_model->find(2));

        // Left and came back in the same batch: still here.
        m_model->applyChanges({visitor(3)}, {3});
        QVERIFY(m_model->find(3));
        checkIndex(*m_model);
        QCOMPARE(reset.count(), 0);
        QVERIFY(countsChanged.count() >= 2);

        m_model->remove(12345); // never seen: nothing to do
        QCOMPARE(m_model->rowCount(), 4);
    }

    void tenPerSeatAndTheRestCounted()
    {
        // VIS-4: one seat shows ten; the ack said 40 are online and described 10.
        m_model->setVisitors(visitors(1, 10), 40, 1);
        QCOMPARE(m_model->rowCount(), 10);
        QCOMPARE(m_model->total(), 40);
        QCOMPARE(m_model->moreCount(), 30);

        // One of the 30 moves to another page: it is known now, kept aside, still 40.
        VisitorInfo hidden = visitor(500);
        hidden.currentSince = T0.addSecs(30);
        m_model->upsert(hidden);
        QCOMPARE(m_model->rowCount(), 10);
        QCOMPARE(m_model->total(), 40);
        QVERIFY(m_model->isKnown(500));
        QVERIFY(!m_model->indexOf(500).isValid());

        // A new visitor arrives: 41, kept aside too.
        m_model->upsert(visitor(600, -60));
        QCOMPARE(m_model->total(), 41);
        QCOMPARE(m_model->rowCount(), 10);

        // A shown visitor leaves: the most recently active one kept aside takes the row.
        m_model->remove(3);
        QCOMPARE(m_model->total(), 40);
        QCOMPARE(m_model->rowCount(), 10);
        QVERIFY(m_model->indexOf(600).isValid());
        QVERIFY(!m_model->indexOf(500).isValid());
        checkIndex(*m_model);

        // Someone we never saw leaves: one fewer.
        m_model->remove(777);
        QCOMPARE(m_model->total(), 39);
        QCOMPARE(m_model->moreCount(), 29);

        // A later ack corrects the count and gives two seats: room for the one kept aside.
        m_model->setTotal(25, 2);
        QCOMPARE(m_model->capacity(), 20);
        QCOMPARE(m_model->rowCount(), 11);
        QCOMPARE(m_model->total(), 25);
        QVERIFY(m_model->indexOf(500).isValid());

        // Fewer seats again: the newest rows step aside, nobody is lost.
        m_model->setTotal(25, 1);
        QCOMPARE(m_model->rowCount(), 10);
        QCOMPARE(m_model->total(), 25);
        QVERIFY(m_model->isKnown(500));
        checkIndex(*m_model);
    }

    void timeOnSiteFollowsTheClock()
    {
        m_model->setVisitors(visitors(1, 3), 3, 0);
        m_model->setReferenceTime(T0);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setReferenceTime(T0.addSecs(300));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(),
                 int(VisitorListModel::TimeOnSiteColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(m_model->index(0, VisitorListModel::TimeOnSiteColumn).data().toString(),
                 QStringLiteral("15 min"));
    }

    void twoThousandVisitorsMovingEverySecond_data()
    {
        QTest::addColumn<int>("seats");
        QTest::addColumn<int>("ticks");
        QTest::addColumn<bool>("watchEverySignal");
        // The tester checks the whole model on every signal: with 2,000 rows it watches
        // a few ticks, then checks the model once per tick.
        QTest::newRow("2,000 rows, tester on every signal") << 200 << 3 << true;
        QTest::newRow("2,000 rows") << 200 << 40 << false;
        QTest::newRow("five seats: 50 rows, the rest counted") << 5 << 40 << true;
    }

    // A simulated site: 2,000 visitors, and every tick hundreds move, some leave and some
    // arrive, applied as the controller batches them. The model must always hold exactly the
    // online visitors it was told about (as many as fit), with their latest data, findable
    // by id, without ever resetting.
    void twoThousandVisitorsMovingEverySecond()
    {
        QFETCH(int, seats);
        QFETCH(int, ticks);
        QFETCH(bool, watchEverySignal);
        constexpr int Visitors = 2000;
        if (!watchEverySignal)
            m_testers.clear();
        QRandomGenerator random(20261127);

        QHash<qint64, VisitorInfo> online; // the server's truth
        QSet<qint64> told;                 // what the model was told about
        QList<VisitorInfo> all;
        for (qint64 id = 1; id <= Visitors; ++id) {
            VisitorInfo v = visitor(id, int(random.bounded(3600)) + 1);
            online.insert(id, v);
            all.append(v);
        }
        // Like the server: the ack describes at most 10 per seat, most recent first.
        std::sort(all.begin(), all.end(), [](const VisitorInfo &a, const VisitorInfo &b) {
            return a.currentSince > b.currentSince;
        });
        const QList<VisitorInfo> ack = all.mid(0, qMin<qsizetype>(all.size(), seats * 10));
        for (const VisitorInfo &v : ack)
            told.insert(v.id);
        m_model->setVisitors(ack, Visitors, seats);

        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        qint64 nextId = Visitors + 1;
        for (int tick = 1; tick <= ticks; ++tick) {
            const QDateTime now = T0.addSecs(tick);
            QList<qint64> ids = online.keys();
            QHash<qint64, VisitorInfo> changes;
            QSet<qint64> left;
            for (int i = 0; i < 300; ++i) { // page views
                VisitorInfo v = online.value(ids.at(random.bounded(int(ids.size()))));
                v.currentUrl = QStringLiteral("https://loja.example/p/%1").arg(random.bounded(999));
                v.currentSince = now;
                ++v.pagesThisVisit;
                v.chatting = random.bounded(20) == 0;
                online.insert(v.id, v);
                changes.insert(v.id, v);
            }
            for (int i = 0; i < 25; ++i) { // departures
                const qint64 id = ids.at(random.bounded(int(ids.size())));
                if (online.remove(id)) {
                    changes.remove(id);
                    left.insert(id);
                    told.remove(id);
                }
            }
            for (int i = 0; i < 25; ++i) { // arrivals
                VisitorInfo v = visitor(nextId++);
                v.visitStartedAt = now;
                v.currentSince = now;
                online.insert(v.id, v);
                changes.insert(v.id, v);
            }
            for (auto it = changes.cbegin(); it != changes.cend(); ++it)
                told.insert(it.key());
            const int changedBefore = int(changed.count());
            m_model->applyChanges(changes.values(), left.values());

            QCOMPARE(m_model->total(), online.size());
            QCOMPARE(m_model->rowCount(), qMin(seats * 10, int(told.size())));
            QVERIFY(changed.count() - changedBefore <= changes.size());
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const qint64 id
                    = m_model->index(row, 0).data(VisitorListModel::IdRole).toLongLong();
                QVERIFY2(online.contains(id), qPrintable(QStringLiteral("%1 left").arg(id)));
                QVERIFY(*m_model->find(id) == online.value(id));
            }
            checkIndex(*m_model);
            if (!watchEverySignal) {
                // A fresh tester checks everything once.
                QAbstractItemModelTester modelTester(
                    m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
                QAbstractItemModelTester proxyTester(
                    m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            }
            if (QTest::currentTestFailed())
                return;
        }
        for (qint64 id : std::as_const(told))
            QVERIFY(m_model->isKnown(id));
        QCOMPARE(reset.count(), 0);
    }

    void clearEmptiesEverything()
    {
        m_model->setVisitors(visitors(1, 20), 30, 1);
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->total(), 0);
        QVERIFY(!m_model->isKnown(15));
    }

private:
    std::unique_ptr<VisitorListModel> m_model;
    std::unique_ptr<QSortFilterProxyModel> m_proxy;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(TestVisitorListModel)
#include "tst_visitorlistmodel.moc"
