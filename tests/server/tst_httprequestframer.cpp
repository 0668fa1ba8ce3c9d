#include <httprequestframer.h>

#include <QTest>

using papo::server::HttpRequestFramer;
using State = HttpRequestFramer::State;

namespace {

// Login-like routes take 1000 bytes; /upload needs a token and takes 5000.
HttpRequestFramer framer()
{
    return HttpRequestFramer([](const HttpRequestFramer::Head &head) -> qint64 {
        if (head.path == "/upload")
            return head.hasAuthorization ? 5000 : -1;
        return 1000;
    });
}

// Feeds `bytes` in pieces of `piece` bytes; the first refusal, or 0.
int feedInPieces(HttpRequestFramer &framer, const QByteArray &bytes, qsizetype piece)
{
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        if (const int status
            = framer.feed(QByteArrayView(bytes).sliced(at).first(qMin(piece, bytes.size() - at))))
            return status;
    }
    return 0;
}

} // namespace

// The guard in front of QtHttpServer: a head is judged whole however it arrives, and only heads
// QtHttpServer reads the same way pass.
class TestHttpRequestFramer final : public QObject
{
    Q_OBJECT

private slots:
    void heads_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("completed");
        QTest::newRow("small body") << QByteArray("POST /api/login HTTP/1.1\r\nContent-Length: "
                                                  "5\r\n\r\nhello")
                                    << 0 << 1;
        QTest::newRow("at the limit")
            << QByteArray("POST /x HTTP/1.1\r\ncontent-length: 1000\r\n\r\n")
                   + QByteArray(1000, 'a')
            << 0 << 1;
        QTest::newRow("over the limit")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length:  1001\r\n\r\n") << 413 << 0;
        QTest::newRow("the stranger's 200 MB") << QByteArray(
            "POST /api/login HTTP/1.1\r\nHost: x\r\nContent-Length: 209715200\r\n\r\n")
                                               << 413 << 0;
        QTest::newRow("not a number")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 1e9\r\n\r\n") << 400 << 0;
        QTest::newRow("negative") << QByteArray("POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n")
                                  << 400 << 0;
        QTest::newRow("two lengths")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nab")
            << 400 << 0;
        QTest::newRow("chunked") << QByteArray(
            "POST /x HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n")
                                 << 411 << 0;
        QTest::newRow("folded line hides a length")
            << QByteArray("POST /x HTTP/1.1\r\nX-A: b\r\n Content-Length: 5\r\n\r\n") << 400 << 0;
        QTest::newRow("space before the colon")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length : 5\r\n\r\n") << 400 << 0;
        QTest::newRow("line without a colon")
            << QByteArray("POST /x HTTP/1.1\r\nHello\r\nContent-Length: 5\r\n\r\n") << 400 << 0;
        QTest::newRow("not http") << QByteArray("\x89PNG\r\nContent-Length: 99\r\n\r\n") << 400
                                  << 0;
        QTest::newRow("bad version") << QByteArray("GET / HTTP/11\r\n\r\n") << 400 << 0;
        QTest::newRow("a get") << QByteArray("GET /widget.js HTTP/1.1\r\nHost: x\r\n\r\n") << 0
                               << 1;
        QTest::newRow("bare line feeds") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 0 << 1;
        QTest::newRow("blank lines first")
            << QByteArray("\r\n\r\nGET / HTTP/1.1\r\n\r\n") << 0 << 1;
        QTest::newRow("upload without a token")
            << QByteArray("POST /upload HTTP/1.1\r\nContent-Length: 10\r\n\r\n") << 401 << 0;
        QTest::newRow("upload with a token")
            << QByteArray("POST /upload?name=a.png HTTP/1.1\r\nAuthorization: Bearer t\r\n"
                          "Content-Length: 4\r\n\r\nabcd")
            << 0 << 1;
        QTest::newRow("upload over its limit")
            << QByteArray("POST /upload HTTP/1.1\r\nAuthorization: Bearer t\r\n"
                          "Content-Length: 5001\r\n\r\n")
            << 413 << 0;
        QTest::newRow("pipelined: the second is over")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 2\r\n\r\nokPOST /x HTTP/1.1\r\n"
                          "Content-Length: 2000\r\n\r\n")
            << 413 << 1;
        QTest::newRow("keep-alive, three requests")
            << QByteArray("GET / HTTP/1.1\r\n\r\nPOST /x HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"
                          "GET /y HTTP/1.1\r\n\r\n")
            << 0 << 3;
        QTest::newRow("head too large")
            << QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(20000, 'a') << 431 << 0;
    }
    void heads()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, status);
        QFETCH(int, completed);
        // Whole, in three writes (the stranger's way), and a byte at a time.
        for (const qsizetype piece : {stream.size(), stream.size() / 3 + 1, qsizetype(1)}) {
            HttpRequestFramer guard = framer();
            QCOMPARE(feedInPieces(guard, stream, piece), status);
            QCOMPARE(guard.completed(), completed);
            if (status != 0)
                QCOMPARE(guard.state(), State::Refused);
        }
    }

    void bodyIsCountedOff()
    {
        HttpRequestFramer guard = framer();
        QCOMPARE(guard.feed("POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\n1234"), 0);
        QCOMPARE(guard.state(), State::Body);
        QCOMPARE(guard.bodyRemaining(), 6);
        QCOMPARE(guard.head().path, QByteArray("/x"));
        QCOMPARE(guard.feed("567890"), 0);
        QCOMPARE(guard.state(), State::Idle);
        // A body may hold what looks like a head: it is still body.
        QCOMPARE(guard.feed("POST /y HTTP/1.1\r\nContent-Length: 40\r\n\r\n"), 0);
        QCOMPARE(guard.state(), State::Body);
        QCOMPARE(guard.feed("Content-Length: 999999999\r\n\r\n12345678901"), 0);
        QCOMPARE(guard.state(), State::Idle);
        QCOMPARE(guard.completed(), 2);
    }

    void upgradeEndsTheHttpStream()
    {
        HttpRequestFramer guard = framer();
        QCOMPARE(
            guard.feed("GET /ws/visitor HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                       "Sec-WebSocket-Key: x\r\n\r\n\x81\xfe\xff\xff"),
            0);
        QCOMPARE(guard.state(), State::Upgraded);
        QCOMPARE(guard.feed("Content-Length: 99999999999\r\n\r\n"), 0); // frames, not a head
        // An "upgrade" QtHttpServer would not upgrade stays HTTP.
        HttpRequestFramer plain = framer();
        QCOMPARE(plain.feed("GET / HTTP/1.1\r\nUpgrade: websocket\r\n\r\n"), 0);
        QCOMPARE(plain.state(), State::Idle);
        QCOMPARE(plain.feed("POST / HTTP/1.1\r\nContent-Length: 5000\r\n\r\n"), 413);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestFramer)
#include "tst_httprequestframer.moc"
