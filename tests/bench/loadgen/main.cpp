// papo-loadgen: visitors and operators over real WebSockets against papo-server or the
// reference relay; see tests/bench/README.md.
#include "children.h"
#include "coordinator.h"
#include "options.h"
#include "resulttable.h"

#include <QCoreApplication>

// Qt's stock event dispatcher polls every socket on each wake-up; with thousands of sockets
// per process the generator would measure itself. Use the server's epoll dispatcher when the
// tree has it (common/net/epolleventdispatcher.h).
#if __has_include(<epolleventdispatcher.h>)
#include <epolleventdispatcher.h>
#define PAPO_BENCH_EPOLL 1
#elif __has_include(<net/epolleventdispatcher.h>)
#include <net/epolleventdispatcher.h>
#define PAPO_BENCH_EPOLL 1
#endif

int main(int argc, char *argv[])
{
#ifdef PAPO_BENCH_EPOLL
    papo::common::installEpollEventDispatcher(); // before the application object
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("papo-loadgen"));
    const papo::bench::Options options = papo::bench::parseOptions(QCoreApplication::arguments());

    using Role = papo::bench::Options::Role;
    switch (options.role) {
    case Role::Visitors:
        return papo::bench::runVisitorChild(options);
    case Role::Operators:
        return papo::bench::runOperatorChild(options);
    case Role::Compare:
        return papo::bench::printComparison(options.compareFiles.at(0), options.compareFiles.at(1));
    case Role::Coordinator:
        break;
    }
    return papo::bench::Coordinator(options).run();
}
