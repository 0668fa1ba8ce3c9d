#include <epolleventdispatcher.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sys/socket.h>
#include <unistd.h>

// One suite, built twice: against Qt's default dispatcher and against EpollEventDispatcher
// (PAPO_TEST_EPOLL). Whatever passes with Qt's must pass with ours.
class TestEventDispatcher final : public QObject
{
    Q_OBJECT

private slots:
    void dispatcherInUse()
    {
        const bool epoll = qobject_cast<papo::common::EpollEventDispatcher *>(
                               QAbstractEventDispatcher::instance())
                           != nullptr;
#ifdef PAPO_TEST_EPOLL
        QVERIFY(epoll);
#else
        QVERIFY(!epoll);
#endif
    }

    void singleShotTimersOfEveryType_data()
    {
        QTest::addColumn<Qt::TimerType>("type");
        QTest::addColumn<int>("interval");
        QTest::newRow("precise") << Qt::PreciseTimer << 30;
        QTest::newRow("coarse") << Qt::CoarseTimer << 30;
        QTest::newRow("very coarse") << Qt::VeryCoarseTimer << 1000;
        QTest::newRow("zero") << Qt::CoarseTimer << 0;
    }
    void singleShotTimersOfEveryType()
    {
        QFETCH(Qt::TimerType, type);
        QFETCH(int, interval);
        QTimer timer;
        timer.setSingleShot(true);
        timer.setTimerType(type);
        QSignalSpy fired(&timer, &QTimer::timeout);
        QElapsedTimer clock;
        clock.start();
        timer.start(interval);
        QVERIFY(fired.wait(5000));
        if (type == Qt::PreciseTimer)
            QVERIFY2(clock.elapsed() >= interval, "a precise timer never fires early");
        QTest::qWait(interval + 50);
        QCOMPARE(fired.count(), 1);
    }

    void repeatingTimerKeepsFiringUntilStopped()
    {
        QTimer timer;
        int count = 0;
        connect(&timer, &QTimer::timeout, this, [&] {
            if (++count == 5)
                timer.stop();
        });
        timer.start(5);
        QTRY_COMPARE_WITH_TIMEOUT(count, 5, 5000);
        QTest::qWait(50);
        QCOMPARE(count, 5);
    }

    void killedTimerNeverFires()
    {
        QTimer timer;
        QSignalSpy fired(&timer, &QTimer::timeout);
        timer.start(10);
        timer.stop();
        QTest::qWait(60);
        QCOMPARE(fired.count(), 0);
    }

    void timerBookkeeping()
    {
        QObject owner;
        const int id = owner.startTimer(10000, Qt::PreciseTimer);
        QVERIFY(id > 0);
        auto *dispatcher = QAbstractEventDispatcher::instance();
        const auto timers = dispatcher->registeredTimers(&owner);
        QCOMPARE(timers.size(), 1);
        QCOMPARE(timers.first().timerId, id);
        QCOMPARE(timers.first().interval, 10000);
        const int remaining = dispatcher->remainingTime(id);
        QVERIFY(remaining > 9000 && remaining <= 10000);
        owner.killTimer(id);
        QCOMPARE(dispatcher->remainingTime(id), -1);
        QVERIFY(dispatcher->registeredTimers(&owner).isEmpty());
    }

    void timerStoppedByAnotherTimerDoesNotFire()
    {
        QTimer victim;
        QSignalSpy victimFired(&victim, &QTimer::timeout);
        QTimer killer;
        killer.setSingleShot(true);
        connect(&killer, &QTimer::timeout, &victim, &QTimer::stop);
        victim.start(20);
        killer.start(10);
        QTest::qWait(80);
        QCOMPARE(victimFired.count(), 0);
    }

    void nestedLoopInsideTimerEvent()
    {
        // A timer whose handler spins a nested loop is not re-entered, while others still run.
        QTimer outer;
        QTimer inner;
        int outerCalls = 0;
        int innerCalls = 0;
        connect(&inner, &QTimer::timeout, this, [&] { ++innerCalls; });
        connect(&outer, &QTimer::timeout, this, [&] {
            ++outerCalls;
            outer.stop();
            QEventLoop loop;
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            loop.exec();
        });
        inner.start(5);
        outer.start(5);
        QTRY_VERIFY_WITH_TIMEOUT(outerCalls == 1 && innerCalls >= 3, 5000);
    }

    void postedEventsAndDeleteLater()
    {
        bool invoked = false;
        QMetaObject::invokeMethod(
            this, [&] { invoked = true; }, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(invoked, 5000);

        QPointer<QObject> doomed = new QObject;
        doomed->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(doomed.isNull(), 5000);
    }

    void wakeUpFromAnotherThread()
    {
        // The main loop blocks with no timer due; only a cross-thread post may wake it.
        bool delivered = false;
        QThread *thread = QThread::create([this, &delivered] {
            QThread::msleep(100);
            QMetaObject::invokeMethod(
                this, [&delivered] { delivered = true; }, Qt::QueuedConnection);
        });
        thread->start();
        QEventLoop loop;
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(10000);
        QMetaObject::invokeMethod(
            this, [&] {}, Qt::QueuedConnection);
        QElapsedTimer clock;
        clock.start();
        while (!delivered && guard.isActive())
            loop.processEvents(QEventLoop::WaitForMoreEvents);
        QVERIFY(delivered);
        QVERIFY2(clock.elapsed() < 9000, "woken by the post, not by the guard timer");
        thread->wait();
        delete thread;
    }

    void interruptStopsAnExecutingLoop()
    {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, [&loop] { loop.exit(7); });
        QCOMPARE(loop.exec(), 7);
    }

    void socketNotifiers()
    {
        int fds[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
        {
            QSocketNotifier readable(fds[0], QSocketNotifier::Read);
            QSocketNotifier writable(fds[1], QSocketNotifier::Write);
            QSignalSpy readSpy(&readable, &QSocketNotifier::activated);
            QSignalSpy writeSpy(&writable, &QSocketNotifier::activated);
            QVERIFY(writeSpy.wait(5000)); // an empty socket is writable at once
            writable.setEnabled(false);
            QCOMPARE(readSpy.count(), 0);

            QCOMPARE(::write(fds[1], "x", 1), 1);
            QVERIFY(readSpy.wait(5000));
            char byte;
            QCOMPARE(::read(fds[0], &byte, 1), 1);

            // Disabled notifiers stay quiet even while data waits.
            readable.setEnabled(false);
            QCOMPARE(::write(fds[1], "y", 1), 1);
            const int before = readSpy.count();
            QTest::qWait(50);
            QCOMPARE(readSpy.count(), before);
            readable.setEnabled(true);
            QVERIFY(readSpy.wait(5000));

            // A hang-up wakes the reader.
            QCOMPARE(::read(fds[0], &byte, 1), 1);
            ::close(fds[1]);
            QVERIFY(readSpy.wait(5000));
        }
        ::close(fds[0]);
    }

    void tcpEcho()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket *peer = server.nextPendingConnection();
            connect(peer, &QTcpSocket::readyRead, peer, [peer] { peer->write(peer->readAll()); });
        });
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(client.waitForConnected(5000));
        QByteArray payload(256 * 1024, 'p'); // bigger than one socket buffer
        client.write(payload);
        QByteArray echoed;
        QDeadlineTimer deadline(10000);
        while (echoed.size() < payload.size() && !deadline.hasExpired()) {
            QSignalSpy ready(&client, &QTcpSocket::readyRead);
            if (client.bytesAvailable() == 0)
                ready.wait(1000);
            echoed += client.readAll();
        }
        QCOMPARE(echoed, payload);
    }

    void manyWebSockets()
    {
        QWebSocketServer server(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QWebSocketServer::newConnection, this, [&server] {
            QWebSocket *peer = server.nextPendingConnection();
            connect(peer, &QWebSocket::textMessageReceived, peer,
                    [peer](const QString &text) { peer->sendTextMessage(text); });
        });
        std::vector<std::unique_ptr<QWebSocket>> clients;
        int echoes = 0;
        for (int i = 0; i < 200; ++i) {
            auto client = std::make_unique<QWebSocket>();
            QWebSocket *raw = client.get();
            connect(raw, &QWebSocket::connected, this,
                    [raw, i] { raw->sendTextMessage(QString::number(i)); });
            connect(raw, &QWebSocket::textMessageReceived, this, [&echoes, i](const QString &text) {
                if (text == QString::number(i))
                    ++echoes;
            });
            raw->open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())));
            clients.push_back(std::move(client));
        }
        QTRY_COMPARE_WITH_TIMEOUT(echoes, 200, 30000);
    }
};

int main(int argc, char *argv[])
{
#ifdef PAPO_TEST_EPOLL
    papo::common::installEpollEventDispatcher();
#endif
    QCoreApplication app(argc, argv);
    TestEventDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_eventdispatcher.moc"
