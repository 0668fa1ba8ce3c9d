#include "children.h"

#include "benchclock.h"
#include "controlchannel.h"
#include "operatorfleet.h"
#include "visitorfleet.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QJsonObject>

namespace papo::bench {

QString dispatcherName()
{
    const QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    return dispatcher ? QString::fromLatin1(dispatcher->metaObject()->className()) : QString();
}

int runVisitorChild(const Options &options)
{
    VisitorFleet::Config config;
    config.url = options.webSocketUrl(QStringLiteral("/ws/visitor"));
    config.key = options.websiteKey;
    config.count = options.visitors;
    config.window = options.window;
    config.index = options.childIndex;
    config.connectTimeoutMs = options.connectTimeoutSeconds * 1000;
    config.batches = options.batches;
    VisitorFleet fleet(config);
    ControlChannel control;

    QObject::connect(&fleet, &VisitorFleet::connectingFinished, &fleet, [](int ready, int failed) {
        ControlChannel::send(QStringLiteral("connected"),
                             {{QLatin1String("ready"), ready},
                              {QLatin1String("failed"), failed},
                              {QLatin1String("doneNs"), monotonicNs()}});
    });
    QObject::connect(&fleet, &VisitorFleet::trafficFinished, &fleet, [](qint64 sent) {
        ControlChannel::send(QStringLiteral("traffic_done"), {{QLatin1String("sent"), sent}});
    });
    QObject::connect(&fleet, &VisitorFleet::stormBack, &fleet, [](int back) {
        ControlChannel::send(
            QStringLiteral("storm_back"),
            {{QLatin1String("back"), back}, {QLatin1String("backNs"), monotonicNs()}});
    });
    QObject::connect(&fleet, &VisitorFleet::browsingFinished, &fleet, [](qint64 sent) {
        ControlChannel::send(QStringLiteral("browse_done"), {{QLatin1String("sent"), sent}});
    });
    QObject::connect(
        &control, &ControlChannel::commandReceived, &fleet, [&](const QStringList &words) {
            const QString command = words.value(0);
            if (command == QLatin1String("connect"))
                fleet.connectAll();
            else if (command == QLatin1String("traffic"))
                fleet.startTraffic(words.value(1).toDouble(), words.value(2).toLongLong());
            else if (command == QLatin1String("arm"))
                fleet.armReconnect();
            else if (command == QLatin1String("browse"))
                fleet.startBrowsing(words.value(1).toDouble(), words.value(2).toLongLong());
            else if (command == QLatin1String("report"))
                ControlChannel::send(QStringLiteral("report"), fleet.report());
            else if (command == QLatin1String("quit"))
                QCoreApplication::quit();
        });
    QObject::connect(&control, &ControlChannel::closed, &fleet, &QCoreApplication::quit);
    ControlChannel::send(QStringLiteral("ready"),
                         {{QLatin1String("dispatcher"), dispatcherName()}});
    return QCoreApplication::exec();
}

int runOperatorChild(const Options &options)
{
    OperatorFleet::Config config;
    config.baseUrl = options.serverUrl;
    config.socketUrl = options.webSocketUrl(QStringLiteral("/ws/operator"));
    config.email = options.email;
    config.password = options.password;
    for (int account = 0; account < options.operators; ++account)
        config.clientsPerAccount.append(options.clientsOf(account));
    config.tag = options.runTag;
    OperatorFleet fleet(config);
    ControlChannel control;

    QObject::connect(&fleet, &OperatorFleet::ready, &fleet, [](int online) {
        ControlChannel::send(
            QStringLiteral("ready"),
            {{QLatin1String("online"), online}, {QLatin1String("dispatcher"), dispatcherName()}});
    });
    QObject::connect(&fleet, &OperatorFleet::stormBack, &fleet, [] {
        ControlChannel::send(QStringLiteral("storm_back"),
                             {{QLatin1String("backNs"), monotonicNs()}});
    });
    QObject::connect(&fleet, &OperatorFleet::failed, &fleet, [](const QString &reason) {
        qCritical("papo-loadgen operators: %s", qPrintable(reason));
        QCoreApplication::exit(1); // the coordinator sees the child end and gives up
    });
    QObject::connect(&control, &ControlChannel::commandReceived, &fleet,
                     [&](const QStringList &words) {
                         const QString command = words.value(0);
                         if (command == QLatin1String("report"))
                             ControlChannel::send(QStringLiteral("report"), fleet.report());
                         else if (command == QLatin1String("arm"))
                             fleet.armReconnect();
                         else if (command == QLatin1String("count_start"))
                             fleet.startCounting();
                         else if (command == QLatin1String("count_stop"))
                             fleet.stopCounting();
                         else if (command == QLatin1String("quit"))
                             QCoreApplication::quit();
                     });
    QObject::connect(&control, &ControlChannel::closed, &fleet, &QCoreApplication::quit);
    fleet.start();
    return QCoreApplication::exec();
}

} // namespace papo::bench
