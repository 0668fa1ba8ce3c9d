#include "httpposter.h"

#include "curlworker.h"
#include "destinationguard.h"

#include <QUrl>

#include <sys/socket.h>

namespace papo::server {

namespace {

constexpr qsizetype KeptReply = 300; // of the answer's body, for Deliveries' last error

struct Exchange
{
    QList<QHostAddress> allowed;
    QStringList refusals; // each address DestinationGuard refused
    QByteArray answer;
    QList<QByteArray> headers;
};

// libcurl's socket factory: the one place a connection's address is known for sure (after
// resolution, before connect), so it is checked here and nowhere earlier.
curl_socket_t openCheckedSocket(void *userData, curlsocktype, curl_sockaddr *address)
{
    auto *exchange = static_cast<Exchange *>(userData);
    const QHostAddress target(&address->addr);
    const QString why = DestinationGuard::refusal(target, exchange->allowed);
    if (!why.isEmpty()) {
        exchange->refusals.append(why);
        return CURL_SOCKET_BAD;
    }
    return socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
}

size_t keepAnswer(char *data, size_t size, size_t count, void *userData)
{
    auto *exchange = static_cast<Exchange *>(userData);
    const size_t n = size * count;
    const qsizetype room = HttpPostResult::MaxKeptBody - exchange->answer.size();
    if (room > 0)
        exchange->answer.append(data, qsizetype(std::min<size_t>(n, size_t(room))));
    return n;
}

size_t keepHeader(char *data, size_t size, size_t count, void *userData)
{
    auto *exchange = static_cast<Exchange *>(userData);
    const size_t n = size * count;
    const QByteArray line = QByteArray(data, qsizetype(n)).trimmed();
    if (line.startsWith("HTTP/"))
        exchange->headers.clear(); // a new answer (after a 100 Continue) starts over
    else if (!line.isEmpty() && exchange->headers.size() < 100)
        exchange->headers.append(line.left(1000));
    return n;
}

QString describe(long status, const QByteArray &answer, const QByteArray &location)
{
    QString reply = QStringLiteral("HTTP %1").arg(status);
    if (status >= 300 && status < 400)
        return reply
               + QStringLiteral(": a redirect (not followed) to %1")
                     .arg(QString::fromUtf8(location.left(200)));
    const QString text = QString::fromUtf8(answer.left(KeptReply)).simplified();
    return text.isEmpty() ? reply : reply + QStringLiteral(": ") + text;
}

} // namespace

QByteArray HttpPostResult::header(const QByteArray &name) const
{
    for (const QByteArray &line : headers) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

HttpPoster::HttpPoster(QObject *parent)
    : QObject(parent)
{
    curlworker::initialiseOnce();
    m_pool.setMaxThreadCount(4);
}

HttpPoster::~HttpPoster()
{
    m_pool.waitForDone();
}

QString HttpPoster::urlProblem(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (url.size() > 2000 || !parsed.isValid())
        return QStringLiteral("The URL is not valid.");
    if (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
        return QStringLiteral("The URL must start with https:// or http://.");
    if (parsed.host().isEmpty())
        return QStringLiteral("The URL has no host.");
    return {};
}

void HttpPoster::post(const HttpPostRequest &request, Done done)
{
    curlworker::run(
        this, m_pool, [request] { return postNow(request); }, std::move(done));
}

void HttpPoster::run(std::function<HttpPostResult()> exchange, Done done)
{
    curlworker::run(this, m_pool, std::move(exchange), std::move(done));
}

HttpPostResult HttpPoster::postNow(const HttpPostRequest &request)
{
    curlworker::initialiseOnce();
    HttpPostResult result;
    const QString problem = urlProblem(QString::fromUtf8(request.url));
    if (!problem.isEmpty()) {
        result.permanent = true;
        result.reply = problem;
        return result;
    }
    CURL *curl = curl_easy_init();
    if (!curl) {
        result.reply = QStringLiteral("libcurl could not start.");
        return result;
    }
    Exchange exchange;
    exchange.allowed = request.allowedAddresses;
    curl_slist *headers = nullptr;
    for (const QByteArray &header : request.headers)
        headers = curl_slist_append(headers, header.constData());
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
    char errorText[CURL_ERROR_SIZE] = {};
    const long timeout = request.timeoutSeconds;

    curl_easy_setopt(curl, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_PROXY, ""); // never through a proxy from the environment
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, timeout);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETFUNCTION, openCheckedSocket);
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "Papo-Webhooks/1");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, keepAnswer);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &exchange);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, keepHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &exchange);

    const CURLcode code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    char *location = nullptr;
    curl_easy_getinfo(curl, CURLINFO_REDIRECT_URL, &location);
    const QByteArray redirect(location ? location : "");
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);

    result.status = int(status);
    if (code == CURLE_OK) {
        result.ok = status >= 200 && status < 300;
        result.reply = describe(status, exchange.answer, redirect);
        result.body = exchange.answer;
        result.headers = exchange.headers;
    } else if (!exchange.refusals.isEmpty()) {
        result.permanent = true;
        result.reply = QStringLiteral("Refused: ") + exchange.refusals.join(QStringLiteral("; "));
    } else {
        result.reply = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(code));
    }
    return result;
}

} // namespace papo::server
