#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace papo::server {

// One POST to a webhook, Slack or Help Scout: the body and its headers, and which otherwise
// refused addresses an admin allowed (DestinationGuard).
struct HttpPostRequest
{
    QByteArray url;
    QByteArray body;
    QList<QByteArray> headers; // "Name: value"
    QList<QHostAddress> allowedAddresses;
    int timeoutSeconds = 10;
};

struct HttpPostResult
{
    bool ok = false;           // a 2xx answer
    bool permanent = false;    // refused here (address, scheme): no point retrying by itself
    int status = 0;            // the HTTP status, 0 when no server answered
    QString reply;             // "HTTP 200", "HTTP 500: <the start of the body>", or why none came
    QByteArray body;           // the answer's body, its first MaxKeptBody bytes
    QList<QByteArray> headers; // the answer's header lines, "Name: value"

    static constexpr qsizetype MaxKeptBody = 64 * 1024;
    // The value of the answer's header `name` (any case), or an empty text.
    QByteArray header(const QByteArray &name) const;
};

// POSTs with libcurl on a small thread pool of its own (the answer comes back on this
// object's thread): http and https only, no proxy, no redirects (a 3xx is a failure), a
// timeout for the whole exchange, and every socket's address checked by DestinationGuard
// before it connects (docs/integrations.md).
class HttpPoster final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const HttpPostResult &result)>;

    explicit HttpPoster(QObject *parent = nullptr);
    ~HttpPoster() override;

    void post(const HttpPostRequest &request, Done done);
    // Runs `exchange` (blocking calls of postNow) on the same threads; `done` gets its result.
    void run(std::function<HttpPostResult()> exchange, Done done);
    // The blocking exchange itself (on the calling thread).
    static HttpPostResult postNow(const HttpPostRequest &request);
    // Why `url` can never be posted to (not http or https, no host), or an empty text.
    static QString urlProblem(const QString &url);

private:
    QThreadPool m_pool;
};

} // namespace papo::server
