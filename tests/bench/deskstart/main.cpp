// papo-bench-desk-start: how long papo-desk takes from its start to a usable main window
// (issue 17: ≤ 500 ms with 500 conversations, before the server answers). A saved account
// whose server does not answer (127.0.0.1:1 refuses) and a local cache of 500 conversations
// are seeded; then papo-desk's DeskApp starts in a fresh process, several times, and each run
// reports when the window was on screen with the list filled and the composer focused:
// from the process start (measured by the parent around fork/exec) and from main().
//
// It needs a Secret Service for the saved token, so it runs itself under dbus-run-session
// with a throw-away gnome-keyring, and in throw-away XDG directories. Use a display:
//   xvfb-run -a build/deskstart/tests/bench/deskstart/papo-bench-desk-start [--runs 7]
// or QT_QPA_PLATFORM=offscreen.

#include "app/accountsettings.h"
#include "app/chatcontroller.h"
#include "app/deskapp.h"
#include "app/tokenstore.h"
#include "cache/cachekeys.h"
#include "cache/localcache.h"
#include "models/conversationlistmodel.h"
#include "views/composeredit.h"
#include "views/conversationview.h"
#include "views/mainwindow.h"

#include <protocol/chatmessage.h>

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <utility>

namespace {

using namespace papo::desk;
using papo::common::AuthorKind;
using papo::common::ChatMessage;
using papo::common::ConversationState;
using papo::common::ConversationSummary;

const QUrl ServerUrl(QStringLiteral("http://127.0.0.1:1")); // nothing listens there
const QString Email = QStringLiteral("bench@papo.test");
constexpr qint64 OperatorId = 1;
constexpr int OpenChatMessages = 50;

void nameApplication()
{
    // As papo-desk's main.cpp: the same settings, keychain entry and cache location.
    QCoreApplication::setOrganizationName(QStringLiteral("Papo"));
    QCoreApplication::setApplicationName(QStringLiteral("papo-desk"));
}

bool hasFlag(int argc, char *argv[], const char *flag)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], flag) == 0)
            return true;
    }
    return false;
}

int intOption(int argc, char *argv[], const char *flag, int fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], flag) == 0)
            return std::atoi(argv[i + 1]);
    }
    return fallback;
}

ChatMessage message(qint64 id, qint64 conversationId, AuthorKind author, const QString &text,
                    const QDateTime &at)
{
    ChatMessage m;
    m.id = id;
    m.clientId = QStringLiteral("c%1").arg(id);
    m.conversationId = conversationId;
    m.authorKind = author;
    m.authorId = author == AuthorKind::Operator ? OperatorId : conversationId;
    m.authorName = author == AuthorKind::Operator ? QStringLiteral("Bench") : QString();
    m.text = text;
    m.createdAt = at;
    return m;
}

// The cache an earlier run of papo-desk would have left: `count` conversations, the newest
// one open with its last messages, a team of 12 and the resume position.
bool seedCache(int count)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    LocalCache cache(LocalCache::pathFor(ServerUrl, Email),
                     LocalCache::accountFor(ServerUrl, Email));
    if (!LocalCache::remove(cache.path()) || !cache.open())
        return false;
    qint64 nextId = 1;
    QList<CachedConversation> conversations;
    for (int i = 0; i < count; ++i) {
        ConversationSummary conversation;
        conversation.id = count - i;
        conversation.visitorId = 1000 + conversation.id;
        conversation.visitorName = i % 4 == 0 ? QString() : QStringLiteral("Cliente %1").arg(i);
        conversation.state = i % 3 == 0 ? ConversationState::Queued : ConversationState::Open;
        conversation.ownerId = conversation.state == ConversationState::Open ? OperatorId : 0;
        if (conversation.ownerId)
            conversation.participants = {OperatorId};
        conversation.pageUrl = QStringLiteral("https://loja.example/produto/%1").arg(i);
        conversation.updatedAt = now.addSecs(-60 * i);
        conversation.hasLastMessage = true;
        conversation.lastMessage
            = message(nextId++, conversation.id, AuthorKind::Visitor,
                      QStringLiteral("Olá, o pedido %1 já saiu?").arg(i), conversation.updatedAt);
        conversations.append({conversation.toJson(), i % 5 == 0 ? 2 : 0});
    }
    const qint64 open = conversations.isEmpty() ? 0 : count;
    QList<QJsonObject> messages;
    for (int i = 0; i < OpenChatMessages; ++i)
        messages.append(message(nextId++, open, i % 2 ? AuthorKind::Operator : AuthorKind::Visitor,
                                QStringLiteral("Mensagem %1 de uma conversa longa").arg(i),
                                now.addSecs(-30 * (OpenChatMessages - i)))
                            .toJson());
    QJsonArray team;
    for (int i = 0; i < 12; ++i)
        team.append(QJsonObject{
            {QLatin1String("id"), OperatorId + i},
            {QLatin1String("name"), QStringLiteral("Operador %1").arg(i)},
            {QLatin1String("title"), QStringLiteral("Atendimento")},
            {QLatin1String("email"), QStringLiteral("op%1@papo.test").arg(i)},
            {QLatin1String("role"), i == 0 ? QStringLiteral("owner") : QStringLiteral("operator")},
            {QLatin1String("status"), QStringLiteral("offline")},
            {QLatin1String("active"), true},
            {QLatin1String("avatarUrl"), QString()}});
    cache.beginWrite();
    cache.replaceConversations(conversations);
    cache.saveChat(open, messages, true);
    cache.setValue(CacheKey::Team,
                   QJsonObject{{QLatin1String("operators"), team},
                               {QLatin1String("teamName"), QStringLiteral("Loja")}});
    cache.setValue(CacheKey::Profile,
                   QJsonObject{{QLatin1String("id"), OperatorId},
                               {QLatin1String("name"), QStringLiteral("Bench")},
                               {QLatin1String("email"), Email},
                               {QLatin1String("role"), QStringLiteral("owner")}});
    cache.setValue(CacheKey::LastSeq, nextId - 1);
    cache.setValue(CacheKey::OpenConversation, open);
    return cache.commitWrite();
}

int seed(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    nameApplication();
    AccountSettings settings;
    settings.setServerUrl(ServerUrl);
    settings.setEmail(Email);
    TokenStore tokens;
    QEventLoop loop;
    bool stored = false;
    tokens.write(TokenStore::keyFor(ServerUrl, Email), QStringLiteral("bench-token"), &app,
                 [&](bool ok, const QString &error) {
                     if (!ok)
                         std::fprintf(stderr, "keychain: %s\n", qPrintable(error));
                     stored = ok;
                     loop.quit();
                 });
    loop.exec();
    const int count = intOption(argc, argv, "--conversations", 500);
    if (!stored || !seedCache(count)) {
        std::fprintf(stderr, "could not seed the token and the cache\n");
        return 1;
    }
    return 0;
}

// One start of papo-desk: prints "ready <ms since main()>" once the window is usable.
int measure(int argc, char *argv[], const QElapsedTimer &sinceMain)
{
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setQuitOnLastWindowClosed(false);
    QLoggingCategory::setFilterRules(QStringLiteral("papo.*.debug=false"));
    const int expected = intOption(argc, argv, "--conversations", 500);
    // Where the time goes: printed to stderr as "phases" with each run.
    QStringList phases{QStringLiteral("QApplication %1").arg(sinceMain.elapsed())};
    DeskApp desk;
    phases << QStringLiteral("DeskApp %1").arg(sinceMain.elapsed());
    // The token came from the keychain and the cache is being shown.
    QObject::connect(desk.controller()->conversations(), &QAbstractItemModel::modelAboutToBeReset,
                     &app, [&] {
                         if (phases.size() == 3)
                             phases << QStringLiteral("token read %1").arg(sinceMain.elapsed());
                     });
    desk.start();
    phases << QStringLiteral("start() %1").arg(sinceMain.elapsed());
    bool filled = false, shown = false;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        MainWindow *window = desk.mainWindow();
        const bool rows = desk.controller()->conversations()->rowCount() == expected;
        if (rows && !std::exchange(filled, true))
            phases << QStringLiteral("list filled %1").arg(sinceMain.elapsed());
        const bool exposed
            = window->isVisible() && window->windowHandle() && window->windowHandle()->isExposed();
        if (exposed && !std::exchange(shown, true))
            phases << QStringLiteral("exposed %1").arg(sinceMain.elapsed());
        if (rows && exposed
            && QApplication::focusWidget() == window->conversationView()->composer()) {
            std::fprintf(stderr, "phases (ms since main): %s\n",
                         qPrintable(phases.join(QStringLiteral(", "))));
            // CPU time too: on a busy machine the wall clock also counts other processes.
            std::printf("ready %lld %lld\n", static_cast<long long>(sinceMain.elapsed()),
                        static_cast<long long>(std::clock() * 1000.0 / CLOCKS_PER_SEC));
            std::fflush(stdout);
            app.quit();
        } else if (sinceMain.elapsed() > 20000) {
            std::printf("timeout visible=%d rows=%d focus=%s\n", window->isVisible(),
                        desk.controller()->conversations()->rowCount(),
                        QApplication::focusWidget()
                            ? QApplication::focusWidget()->metaObject()->className()
                            : "none");
            std::fflush(stdout);
            app.exit(1);
        }
    });
    poll.start();
    return app.exec();
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? double(values[n / 2]) : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Seeds, then starts papo-desk `runs` times and prints each figure and the medians.
int coordinate(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString self = QCoreApplication::applicationFilePath();
    const int runs = intOption(argc, argv, "--runs", 7);
    const QString conversations = QString::number(intOption(argc, argv, "--conversations", 500));
    if (QProcess::execute(
            self, {QStringLiteral("--seed"), QStringLiteral("--conversations"), conversations})
        != 0)
        return 1;
    std::printf("papo-desk start with %s cached conversations, server not reachable\n",
                qPrintable(conversations));
    std::printf("run  process start → usable (ms)  main() → usable (ms)  CPU time (ms)\n");
    QList<qint64> fromStart, fromMain, cpu;
    for (int run = 1; run <= runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer clock;
        clock.start();
        child.start(
            self, {QStringLiteral("--measure"), QStringLiteral("--conversations"), conversations});
        QByteArray line;
        while (!line.endsWith('\n') && child.waitForReadyRead(30000))
            line += child.readLine();
        const qint64 wall = clock.elapsed();
        child.waitForFinished(30000);
        if (!line.startsWith("ready ")) {
            std::printf("run %d failed: %s\n", run, line.constData());
            return 1;
        }
        const QList<QByteArray> figures = line.mid(6).trimmed().split(' ');
        const qint64 inMain = figures.value(0).toLongLong();
        fromStart.append(wall);
        fromMain.append(inMain);
        cpu.append(figures.value(1).toLongLong());
        std::printf("%3d  %29lld  %20lld  %13lld\n", run, static_cast<long long>(wall),
                    static_cast<long long>(inMain), static_cast<long long>(cpu.last()));
    }
    std::printf("median %26.1f  %20.1f  %13.1f\n", median(fromStart), median(fromMain),
                median(cpu));
    return 0;
}

// The keychain and the settings of a throw-away user: our own D-Bus session with an unlocked
// gnome-keyring (as tests/desk does), in temporary XDG directories.
int inThrowAwaySession(int argc, char *argv[])
{
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
        qputenv(name, QFile::encodeName(home.path() + QLatin1Char('/') + QLatin1String(name)));
    qputenv("PAPO_BENCH_SESSION", "1");
    QStringList arguments{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("echo -n bench | gnome-keyring-daemon --unlock "
                                         "--components=secrets >/dev/null; exec \"$0\" \"$@\"")};
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QProcess session;
    session.setProcessChannelMode(QProcess::ForwardedChannels);
    session.start(QStringLiteral("dbus-run-session"), arguments);
    if (!session.waitForFinished(-1) || session.exitStatus() != QProcess::NormalExit)
        return 1;
    return session.exitCode();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (hasFlag(argc, argv, "--measure"))
        return measure(argc, argv, sinceMain);
    if (hasFlag(argc, argv, "--seed"))
        return seed(argc, argv);
    if (qEnvironmentVariable("PAPO_BENCH_SESSION") != QLatin1String("1"))
        return inThrowAwaySession(argc, argv);
    return coordinate(argc, argv);
}
