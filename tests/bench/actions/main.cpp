// papo-bench-actions: automatic actions at scale (ACT, issue point 6).
// 1. Evaluation per page view: every enabled action (default 50, a mix of URL patterns, texts,
//    times, pages, custom-field numbers, language, country, weekday) checked against one
//    visitor's facts, as ActionEngine does at each page view; the median and 99th percentile
//    per page view, in nanoseconds.
// 2. Idle cost of armed visitors: N visitors (default 15,000) each with a deadline armed on the
//    one DeadlineScheduler by the real ActionEngine over a real database, then the process's CPU
//    time while the event loop idles for some seconds, as a share of one core.
#include <accountrepository.h>
#include <actionengine.h>
#include <database.h>
#include <deadlinescheduler.h>
#include <groupassigner.h>
#include <groupservice.h>
#include <secrets.h>

#include "../loadgen/benchclock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimer>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace papo::server;
using papo::bench::monotonicNs;

namespace {

ActionCondition condition(const char *field, const char *op, const QString &value,
                          const char *name = "")
{
    return {QLatin1String(field), QLatin1String(op), value, QLatin1String(name)};
}

// Action i of a realistic list: most look at a page of their own, so most miss.
ActionDefinition sampleAction(int i)
{
    ActionDefinition action;
    action.id = i + 1;
    action.name = QStringLiteral("Action %1").arg(i);
    action.liveText = QStringLiteral("Posso ajudar?");
    action.sender = SenderKind::Bot;
    action.delaySeconds = 5;
    const QString page = QStringLiteral("https://shop.example/page-%1").arg(i);
    switch (i % 5) {
    case 0:
        action.conditions = {condition("url", "is", page),
                             condition("time_on_page", "at_least", QStringLiteral("30"))};
        break;
    case 1:
        action.conditions = {condition("url", "matches", page + QStringLiteral("/*")),
                             condition("pages", "at_least", QStringLiteral("2"))};
        break;
    case 2:
        action.conditions
            = {condition("url", "contains", QStringLiteral("/cart")),
               condition("field", "more_than", QString::number(100 + i), "cart value"),
               condition("language", "is", QStringLiteral("pt"))};
        break;
    case 3:
        action.conditions = {condition("title", "contains", QStringLiteral("Checkout %1").arg(i)),
                             condition("country", "is", QStringLiteral("BR")),
                             condition("weekday", "in", QStringLiteral("1,2,3,4,5"))};
        break;
    default:
        action.conditions = {condition("referrer", "contains", QStringLiteral("google")),
                             condition("visitor", "is", QStringLiteral("returning")),
                             condition("time_of_day", "between", QStringLiteral("09:00-18:00"))};
        break;
    }
    return action;
}

VisitorFacts sampleFacts(int i)
{
    VisitorFacts facts;
    facts.url = QStringLiteral("https://shop.example/cart/%1").arg(i % 100);
    facts.title = QStringLiteral("Carrinho — Loja");
    facts.referrer = QStringLiteral("https://www.google.com/search?q=skate");
    facts.countryCode = QStringLiteral("BR");
    facts.country = QStringLiteral("Brazil");
    facts.language = QStringLiteral("pt-BR");
    facts.msOnPage = 1000;
    facts.msOnSite = 60000;
    facts.pagesThisVisit = 1 + i % 5;
    facts.returning = i % 2;
    facts.fields = {{QStringLiteral("cart value"), QString::number(50 + i % 300)}};
    facts.localTime = QDateTime::currentDateTimeUtc().toTimeZone(
        QTimeZone(QByteArrayLiteral("America/Sao_Paulo")));
    facts.fold();
    return facts;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Automatic actions: evaluation and idle cost."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("actions"), QStringLiteral("Enabled actions (default 50)."),
         QStringLiteral("N"), QStringLiteral("50")},
        {QStringLiteral("page-views"), QStringLiteral("Page views to evaluate (default 200000)."),
         QStringLiteral("N"), QStringLiteral("200000")},
        {QStringLiteral("visitors"), QStringLiteral("Armed visitors (default 15000)."),
         QStringLiteral("N"), QStringLiteral("15000")},
        {QStringLiteral("idle-seconds"), QStringLiteral("Idle time measured (default 10)."),
         QStringLiteral("S"), QStringLiteral("10")},
    });
    parser.process(app);
    const int actionCount = qMax(1, parser.value(QStringLiteral("actions")).toInt());
    const int pageViews = qMax(1, parser.value(QStringLiteral("page-views")).toInt());
    const int visitors = qMax(1, parser.value(QStringLiteral("visitors")).toInt());
    const int idleSeconds = qMax(1, parser.value(QStringLiteral("idle-seconds")).toInt());

    // 1. Evaluation per page view.
    QList<CompiledAction> actions;
    for (int i = 0; i < actionCount; ++i) {
        QString error;
        const auto compiled = CompiledAction::compile(sampleAction(i), &error);
        if (!compiled) {
            std::fprintf(stderr, "papo-bench-actions: %s\n", qPrintable(error));
            return 1;
        }
        actions << *compiled;
    }
    std::vector<VisitorFacts> facts;
    for (int i = 0; i < 1000; ++i)
        facts.push_back(sampleFacts(i));
    std::vector<qint64> perPageView;
    perPageView.reserve(pageViews);
    qint64 due = 0; // keeps the work from being optimised away
    for (int view = 0; view < pageViews; ++view) {
        VisitorFacts visitor = facts[view % facts.size()];
        const qint64 start = monotonicNs();
        visitor.fold(); // part of each page view's evaluation
        for (const CompiledAction &action : std::as_const(actions))
            due += action.dueInMs(visitor);
        perPageView.push_back(monotonicNs() - start);
    }
    std::sort(perPageView.begin(), perPageView.end());
    std::printf(
        "evaluation: %d actions, %d page views: median %.2f µs, p99 %.2f µs (checksum %lld)\n",
        actionCount, pageViews, perPageView[perPageView.size() / 2] / 1000.0,
        perPageView[perPageView.size() * 99 / 100] / 1000.0, due);

    // 2. Idle cost of armed visitors: the real engine, database and scheduler.
    QTemporaryDir dir;
    Database database;
    QString error;
    if (!Secrets::initialize()
        || !database.open(
            DatabaseUrl::sqlite(QDir(dir.path()).filePath(QStringLiteral("papo.sqlite"))),
            &error)) {
        std::fprintf(stderr, "papo-bench-actions: %s\n", qPrintable(error));
        return 1;
    }
    AccountRepository accounts(database.connection());
    GroupService groups(GroupRepository(database.connection()), accounts);
    GroupAssigner assigner(GroupRepository(database.connection()), groups);
    DeadlineScheduler deadlines;
    ActionEngine engine(ActionRepository(database.connection()), deadlines, assigner);
    ActionDefinition hourOnPage = sampleAction(0);
    hourOnPage.conditions = {condition("time_on_page", "at_least", QStringLiteral("3600"))};
    engine.repository().save({0, hourOnPage.name, true, hourOnPage.definitionJson()});
    engine.reload();
    const VisitorFacts visitor = sampleFacts(0);
    engine.setSurroundings({[&](qint64, const QDateTime &) { return std::optional(visitor); },
                            [](qint64) { return true; }, [](qint64) { return true; }});
    const qint64 armStart = monotonicNs();
    for (int id = 1; id <= visitors; ++id)
        engine.pageViewed(id, 1);
    const double armMs = (monotonicNs() - armStart) / 1e6;
    const double cpuBefore = cpuSeconds();
    const qint64 idleStart = monotonicNs();
    QTimer::singleShot(idleSeconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    const double wall = (monotonicNs() - idleStart) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    std::printf("idle: %d visitors armed (%d deadlines, armed in %.0f ms), %.1f s idle: "
                "%.3f%% of a core\n",
                visitors, deadlines.pending(), armMs, wall, 100.0 * cpu / wall);
    return 0;
}
