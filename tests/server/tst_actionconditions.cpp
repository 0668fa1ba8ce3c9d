// ACT-1: every condition type, with matches and near misses; compiled once, checked often.
#include <actioncondition.h>
#include <compiledaction.h>

#include <QTest>
#include <QTimeZone>

using namespace papo::server;

namespace {

VisitorFacts shopper()
{
    VisitorFacts facts;
    facts.url = QStringLiteral("https://shop.example/cart/");
    facts.title = QStringLiteral("Seu carrinho – Loja");
    facts.referrer = QStringLiteral("https://www.google.com/search?q=skate");
    facts.country = QStringLiteral("Brazil");
    facts.countryCode = QStringLiteral("BR");
    facts.city = QStringLiteral("São Paulo");
    facts.language = QStringLiteral("pt-BR");
    facts.msOnPage = 12000;
    facts.msOnSite = 95000;
    facts.pagesThisVisit = 3;
    facts.returning = true;
    facts.chattedBefore = false;
    facts.windowOpen = false;
    facts.live = true;
    facts.groupId = 7;
    facts.fields = {{QStringLiteral("cart value"), QStringLiteral("1.234,50")},
                    {QStringLiteral("plan"), QStringLiteral("Pro")}};
    // Wednesday 2026-03-04 14:30 in São Paulo.
    facts.localTime = QDateTime(QDate(2026, 3, 4), QTime(14, 30),
                                QTimeZone(QByteArrayLiteral("America/Sao_Paulo")));
    facts.fold();
    return facts;
}

} // namespace

class TestActionConditions : public QObject
{
    Q_OBJECT

private slots:
    void condition_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("expected"); // -1 never, 0 now, N: in N ms

        const auto row = [](const char *tag, const char *field, const char *op, const char *value,
                            qint64 expected, const char *name = "") {
            QTest::newRow(tag) << QString::fromUtf8(field) << QString::fromUtf8(op)
                               << QString::fromUtf8(value) << QString::fromUtf8(name) << expected;
        };
        row("url is, slash and case aside", "url", "is", "https://SHOP.example/cart", 0);
        row("url is, another page", "url", "is", "https://shop.example/cart/2", -1);
        row("url contains", "url", "contains", "/cart", 0);
        row("url contains, miss", "url", "contains", "/checkout", -1);
        row("url not_contains", "url", "not_contains", "/checkout", 0);
        row("url wildcard", "url", "matches", "https://shop.example/*", 0);
        row("url wildcard middle", "url", "matches", "https://*.example/cart", 0);
        row("url wildcard, miss", "url", "matches", "https://shop.example/produtos/*", -1);
        row("url wildcard is literal but for *", "url", "matches", "https://shop.example/car.", -1);
        row("title contains", "title", "contains", "carrinho", 0);
        row("title contains, miss", "title", "contains", "checkout", -1);
        row("time on page reached", "time_on_page", "at_least", "10", 0);
        row("time on page later", "time_on_page", "at_least", "30", 18000);
        row("time on page less than", "time_on_page", "less_than", "10", -1);
        row("no page change later", "no_page_change", "at_least", "40", 28000);
        row("time on site reached", "time_on_site", "at_least", "60", 0);
        row("time on site later", "time_on_site", "at_least", "120", 25000);
        row("pages at least", "pages", "at_least", "3", 0);
        row("pages at least, miss", "pages", "at_least", "4", -1);
        row("pages at most", "pages", "at_most", "3", 0);
        row("pages equals, miss", "pages", "equals", "2", -1);
        row("referrer contains", "referrer", "contains", "google", 0);
        row("referrer contains, miss", "referrer", "contains", "bing", -1);
        row("country by code", "country", "is", "br", 0);
        row("country by name", "country", "is", "Brazil", 0);
        row("country is_not", "country", "is_not", "PT", 0);
        row("country, miss", "country", "is", "Portugal", -1);
        row("city", "city", "is", "são paulo", 0);
        row("city, miss", "city", "is", "Rio de Janeiro", -1);
        row("language family", "language", "is", "pt", 0);
        row("language exact", "language", "is", "pt-br", 0);
        row("language, near miss", "language", "is", "pt-pt", -1);
        row("language prefix is not a family", "language", "is", "p", -1);
        row("returning visitor", "visitor", "is", "returning", 0);
        row("new visitor, miss", "visitor", "is", "new", -1);
        row("has not chatted", "chatted", "is", "no", 0);
        row("has chatted, miss", "chatted", "is", "yes", -1);
        row("window closed", "window", "is", "closed", 0);
        row("window open, miss", "window", "is", "open", -1);
        row("live mode", "mode", "is", "live", 0);
        row("messenger mode, miss", "mode", "is", "messenger", -1);
        row("group", "group", "is", "7", 0);
        row("group, miss", "group", "is", "8", -1);
        row("group is_not", "group", "is_not", "8", 0);
        row("field equals, any case", "field", "equals", "pro", 0, "plan");
        row("field contains", "field", "contains", "r", 0, "plan");
        row("field equals, miss", "field", "equals", "Basic", -1, "plan");
        row("field number from text, more", "field", "more_than", "200", 0, "cart value");
        row("field number from text, less", "field", "less_than", "1234.5", -1, "cart value");
        row("field number equals", "field", "number_equals", "1234.5", 0, "cart value");
        row("field number, absent field", "field", "more_than", "0", -1, "coupon");
        row("field number, not a number", "field", "more_than", "0", -1, "plan");
        row("weekday Wednesday", "weekday", "in", "1,2,3", 0);
        row("weekday weekend, miss", "weekday", "in", "6,7", -1);
        row("time of day", "time_of_day", "between", "09:00-18:00", 0);
        row("time of day, end excluded", "time_of_day", "between", "09:00-14:30", -1);
        row("time of day over midnight, miss", "time_of_day", "between", "22:00-06:00", -1);
    }

    void condition()
    {
        QFETCH(QString, field);
        QFETCH(QString, op);
        QFETCH(QString, value);
        QFETCH(QString, name);
        QFETCH(qint64, expected);
        QString error;
        const auto compiled = CompiledCondition::compile({field, op, value, name}, &error);
        QVERIFY2(compiled, qPrintable(error));
        QCOMPARE(compiled->check(shopper()), expected);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown field") << "mood"
                                       << "is"
                                       << "happy"
                                       << ""
                                       << "mood";
        QTest::newRow("url with spaces cannot match") << "url"
                                                      << "matches"
                                                      << "https://shop.example/my cart*"
                                                      << ""
                                                      << "url";
        QTest::newRow("empty url") << "url"
                                   << "is"
                                   << " "
                                   << ""
                                   << "url";
        QTest::newRow("seconds not a number") << "time_on_page"
                                              << "at_least"
                                              << "soon"
                                              << ""
                                              << "time_on_page";
        QTest::newRow("seconds over a day") << "time_on_site"
                                            << "at_least"
                                            << "90000"
                                            << ""
                                            << "time_on_site";
        QTest::newRow("unknown operator") << "title"
                                          << "sounds_like"
                                          << "x"
                                          << ""
                                          << "title";
        QTest::newRow("custom field without name") << "field"
                                                   << "equals"
                                                   << "x"
                                                   << ""
                                                   << "field";
        QTest::newRow("number compare with text") << "field"
                                                  << "more_than"
                                                  << "lots"
                                                  << "cart"
                                                  << "number";
        QTest::newRow("weekday 8") << "weekday"
                                   << "in"
                                   << "1,8"
                                   << ""
                                   << "weekday";
        QTest::newRow("time of day backwards nothing") << "time_of_day"
                                                       << "between"
                                                       << "10:00-10:00"
                                                       << ""
                                                       << "time_of_day";
        QTest::newRow("choice out of range") << "visitor"
                                             << "is"
                                             << "maybe"
                                             << ""
                                             << "visitor";
    }

    void refused()
    {
        QFETCH(QString, field);
        QFETCH(QString, op);
        QFETCH(QString, value);
        QFETCH(QString, name);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!CompiledCondition::compile({field, op, value, name}, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    // The website's time zone decides day and time, also on the day clocks move.
    void timeZones_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<bool>("holds");              // between 02:00 and 03:00 local
        const QDate lisbonSpringForward(2026, 3, 29); // 01:00 UTC: 01:00 WET -> 02:00 WEST
        QTest::newRow("Lisbon before the change")
            << "Europe/Lisbon" << QDateTime(lisbonSpringForward, QTime(0, 30), QTimeZone::utc())
            << false;
        QTest::newRow("Lisbon after the change")
            << "Europe/Lisbon" << QDateTime(lisbonSpringForward, QTime(1, 30), QTimeZone::utc())
            << true;
        QTest::newRow("São Paulo, UTC-3 all year")
            << "America/Sao_Paulo" << QDateTime(lisbonSpringForward, QTime(5, 30), QTimeZone::utc())
            << true;
        QTest::newRow("UTC itself")
            << "UTC" << QDateTime(lisbonSpringForward, QTime(5, 30), QTimeZone::utc()) << false;
    }

    void timeZones()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, utc);
        QFETCH(bool, holds);
        QString error;
        const auto compiled = CompiledCondition::compile({QStringLiteral("time_of_day"),
                                                          QStringLiteral("between"),
                                                          QStringLiteral("02:00-03:00"),
                                                          {}},
                                                         &error);
        QVERIFY(compiled);
        VisitorFacts facts = shopper();
        facts.localTime = utc.toTimeZone(QTimeZone(zone.toLatin1()));
        QCOMPARE(compiled->check(facts) == 0, holds);
    }

    // An action waits for its slowest condition and its delay; one miss and it never fires.
    void actionDueTime()
    {
        ActionDefinition cart;
        cart.id = 1;
        cart.name = QStringLiteral("Cart page");
        cart.delaySeconds = 15;
        cart.conditions = {
            {QStringLiteral("url"), QStringLiteral("contains"), QStringLiteral("/cart"), {}},
            {QStringLiteral("time_on_page"), QStringLiteral("at_least"), QStringLiteral("30"), {}}};
        QString error;
        const auto compiled = CompiledAction::compile(cart, &error);
        QVERIFY2(compiled, qPrintable(error));
        VisitorFacts facts = shopper();
        QCOMPARE(compiled->dueInMs(facts), 18000);
        facts.msOnPage = 30000;
        QCOMPARE(compiled->dueInMs(facts), 0);
        facts.url = QStringLiteral("https://shop.example/produtos");
        facts.fold();
        QCOMPARE(compiled->dueInMs(facts), CompiledCondition::Never);

        cart.conditions.append(
            {QStringLiteral("weekday"), QStringLiteral("in"), QStringLiteral("9"), {}});
        QVERIFY(!CompiledAction::compile(cart, &error));
        QVERIFY2(error.startsWith(QLatin1String("conditions[2]")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestActionConditions)
#include "tst_actionconditions.moc"
