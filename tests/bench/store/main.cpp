// papo-bench-store: durable messages per second through the server's write path alone —
// ChatService::postVisitorMessage on a real database (SQLite in a temporary directory, or
// --database postgresql://…), with no sockets — so the database's share of the relay's cost shows
// on its own. Keeps a fixed number of messages in flight, as that many visitors typing at once
// would.
#include <accountrepository.h>
#include <bootstrap.h>
#include <chatservice.h>
#include <conversationrepository.h>
#include <database.h>
#include <secrets.h>

#include "../loadgen/benchclock.h"
#include "../loadgen/latencyhistogram.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>

using namespace papo::server;
using papo::bench::monotonicNs;

namespace {

int intOption(const QCommandLineParser &parser, const QString &name)
{
    return qMax(1, parser.value(name).toInt());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Durable messages per second through ChatService."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("messages"), QStringLiteral("Messages to store (default 20000)."),
         QStringLiteral("N"), QStringLiteral("20000")},
        {QStringLiteral("visitors"), QStringLiteral("Visitors writing them (default 1000)."),
         QStringLiteral("N"), QStringLiteral("1000")},
        {QStringLiteral("in-flight"),
         QStringLiteral("Messages posted but not yet durable (default 1000)."), QStringLiteral("N"),
         QStringLiteral("1000")},
        {QStringLiteral("max-seconds"),
         QStringLiteral("Stop posting after this long (default 60)."), QStringLiteral("S"),
         QStringLiteral("60")},
        {QStringLiteral("dir"), QStringLiteral("Data directory (default: a temporary one)."),
         QStringLiteral("DIR")},
        {QStringLiteral("database"),
         QStringLiteral("sqlite:PATH or postgresql://… (default: SQLite in the data directory)."),
         QStringLiteral("URL")},
    });
    parser.process(app);
    const int messages = intOption(parser, QStringLiteral("messages"));
    const int visitorCount = intOption(parser, QStringLiteral("visitors"));
    const int window = intOption(parser, QStringLiteral("in-flight"));
    const qint64 maxNs = intOption(parser, QStringLiteral("max-seconds")) * 1'000'000'000LL;

    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                            : temporary.path();
    QString error;
    auto url = parser.isSet(QStringLiteral("database"))
                   ? DatabaseUrl::parse(parser.value(QStringLiteral("database")), &error)
                   : DatabaseUrl::sqlite(QDir(dir).filePath(QStringLiteral("papo.sqlite")));
    Database database;
    if (!url || !Secrets::initialize() || !database.open(*url, &error)) {
        std::fprintf(stderr, "papo-bench-store: %s\n", qPrintable(error));
        return 1;
    }
    AccountRepository accounts(database.connection());
    ConversationRepository conversations(database.connection());
    ChatService chat(database, accounts, conversations);
    const BootstrapResult bootstrap = bootstrapAccount(accounts, QStringLiteral("bench@papo.test"),
                                                       QStringLiteral("bench-password-123"));
    const qint64 websiteId = accounts.websites().value(0).id;
    QList<qint64> visitors;
    int identified = 0;
    for (int i = 0; bootstrap.ok && i < visitorCount; ++i) {
        chat.identifyVisitor(websiteId, QString(), QStringLiteral("en"), {},
                             [&](const std::optional<VisitorIdentity> &identity) {
                                 ++identified;
                                 if (identity)
                                     visitors.append(identity->visitorId);
                             });
    }
    while (bootstrap.ok && identified < visitorCount)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (visitors.size() < visitorCount) {
        std::fprintf(stderr, "papo-bench-store: could not create the visitors\n");
        return 1;
    }

    papo::bench::LatencyHistogram latency;
    int posted = 0, durable = 0, failed = 0;
    const qint64 startNs = monotonicNs();
    std::function<void()> postMore = [&] {
        while (posted - durable - failed < window && posted < messages
               && monotonicNs() - startNs < maxNs) {
            const qint64 postedAt = monotonicNs();
            const int number = posted++;
            chat.postVisitorMessage(
                visitors.at(number % visitorCount), QStringLiteral("store-%1").arg(number),
                QStringLiteral("Message number %1 of the write-path benchmark").arg(number),
                QStringLiteral("https://shop.example/products/1"),
                [&, postedAt](const PostResult &result) {
                    if (result.ok() && !result.duplicate) {
                        ++durable;
                        latency.add((monotonicNs() - postedAt) / 1000);
                    } else {
                        ++failed;
                    }
                    postMore();
                });
        }
        if (durable + failed == posted)
            QCoreApplication::quit();
    };
    postMore();
    QCoreApplication::exec();

    const double seconds = double(monotonicNs() - startNs) / 1e9;
    std::printf("write path: %d durable messages in %.2f s = %.0f messages/s, %d failed "
                "(%d in flight; post to durable p50 %.2f ms, p99 %.2f ms)\n",
                durable, seconds, durable / seconds, failed, window,
                double(latency.percentile(50)) / 1000.0, double(latency.percentile(99)) / 1000.0);
    return failed == 0 ? 0 : 1;
}
