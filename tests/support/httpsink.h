#pragma once

#include "pythonsink.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace papo::testing {

// One request as the test's HTTP server received it.
struct ReceivedRequest
{
    QString method;
    QString path;
    QHash<QString, QString> headers; // names in lower case
    QByteArray body;
    int status = 0; // what the sink answered; 0: it held the connection without answering
};

// A real HTTP server (tests/support/httpsink.py on Debian's /usr/bin/python3) on loopback,
// writing each request it receives to a directory the test reads. The path picks the answer:
// /fail-once… (500 then 200), /fail… (500), /hang… (none), /redirect… (302), /helpscout/v2/…
// (Help Scout's token and conversation endpoints, checking the documented fields), else 200.
class HttpSink final
{
public:
    HttpSink();
    ~HttpSink();

    // `port` 0: a free one; another: come back on that one after stop().
    bool start(quint16 port = 0);
    void stop();
    quint16 port() const { return m_sink.port(); }
    QString url(const QString &path) const;
    QList<ReceivedRequest> requests() const;
    // The requests whose path starts with `prefix`.
    QList<ReceivedRequest> requests(const QString &prefix) const;
    // Waits until at least `n` requests with that prefix arrived (an upper bound, not a pace).
    bool waitForCount(const QString &prefix, int n, int timeoutMs = 30000) const;

private:
    QTemporaryDir m_dir;
    PythonSink m_sink;
};

} // namespace papo::testing
