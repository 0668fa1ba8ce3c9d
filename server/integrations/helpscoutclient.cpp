#include "helpscoutclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QUrl>

namespace papo::server {

namespace {

constexpr qint64 ExpiryMarginMs = 60'000; // a token this close to expiring is not used

// Which app at which API a token belongs to; the secret is in it only as a hash.
QByteArray tokenKey(const HelpScoutExportRequest &request)
{
    return request.apiBase.toUtf8() + ' ' + request.appId.toUtf8() + ' '
           + QCryptographicHash::hash(request.appSecret.toUtf8(), QCryptographicHash::Sha256)
                 .toHex();
}

QByteArray endpoint(const HelpScoutExportRequest &request, const char *path)
{
    QString base = request.apiBase;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base.toUtf8() + path;
}

HttpPostRequest post(const HelpScoutExportRequest &request, const char *path)
{
    HttpPostRequest post;
    post.url = endpoint(request, path);
    post.allowedAddresses = request.allowedAddresses;
    post.timeoutSeconds = 20;
    return post;
}

// A 4xx other than "timed out" or "too many requests" will not change by trying again.
bool refusedForGood(int status)
{
    return status >= 400 && status < 500 && status != 408 && status != 429;
}

// The token, or an empty one with `failure` saying why.
QByteArray requestToken(const HelpScoutExportRequest &request, HelpScoutTokens &tokens,
                        HttpPostResult *failure)
{
    const QByteArray key = tokenKey(request);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QByteArray token = tokens.take(key, now);
    if (!token.isEmpty())
        return token;
    HttpPostRequest ask = post(request, "/v2/oauth2/token");
    ask.headers = {"Content-Type: application/x-www-form-urlencoded"};
    ask.body = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(request.appId)
               + "&client_secret=" + QUrl::toPercentEncoding(request.appSecret);
    HttpPostResult answer = HttpPoster::postNow(ask);
    if (!answer.ok) {
        if (refusedForGood(answer.status)) {
            answer.permanent = true;
            answer.reply = QStringLiteral("Help Scout refused the app ID and secret (%1).")
                               .arg(answer.reply);
        }
        *failure = answer;
        return {};
    }
    const QJsonObject granted = QJsonDocument::fromJson(answer.body).object();
    token = granted.value(QLatin1String("access_token")).toString().toUtf8();
    if (token.isEmpty()) {
        failure->reply = QStringLiteral("Help Scout's token answer had no access_token.");
        return {};
    }
    const qint64 lifetimeMs
        = qint64(granted.value(QLatin1String("expires_in")).toInteger(7200)) * 1000;
    tokens.keep(key, token, now + lifetimeMs - ExpiryMarginMs);
    return token;
}

} // namespace

QByteArray HelpScoutTokens::take(const QByteArray &key, qint64 nowMs)
{
    const QMutexLocker lock(&m_mutex);
    const auto found = m_tokens.constFind(key);
    return found != m_tokens.cend() && found->expiresAtMs > nowMs ? found->value : QByteArray();
}

void HelpScoutTokens::keep(const QByteArray &key, const QByteArray &token, qint64 expiresAtMs)
{
    const QMutexLocker lock(&m_mutex);
    m_tokens.insert(key, {token, expiresAtMs});
}

void HelpScoutTokens::forget(const QByteArray &key)
{
    const QMutexLocker lock(&m_mutex);
    m_tokens.remove(key);
}

HelpScoutClient::HelpScoutClient(HttpPoster &http)
    : m_http(http)
{}

void HelpScoutClient::exportConversation(const HelpScoutExportRequest &request,
                                         HttpPoster::Done done)
{
    // The tokens are shared, not borrowed: a post still running outlives nothing it needs.
    m_http.run([request, tokens = m_tokens] { return exportNow(request, *tokens); },
               std::move(done));
}

HttpPostResult HelpScoutClient::exportNow(const HelpScoutExportRequest &request,
                                          HelpScoutTokens &tokens)
{
    HttpPostResult failure;
    const QByteArray token = requestToken(request, tokens, &failure);
    if (token.isEmpty())
        return failure;
    HttpPostRequest create = post(request, "/v2/conversations");
    create.headers
        = {"Content-Type: application/json; charset=utf-8", "Authorization: Bearer " + token};
    create.body = request.conversation;
    HttpPostResult result = HttpPoster::postNow(create);
    if (result.ok) {
        const QByteArray id = result.header("Resource-ID");
        if (!id.isEmpty())
            result.reply
                += QStringLiteral(": Help Scout conversation %1").arg(QString::fromUtf8(id));
    } else if (result.status == 401) {
        tokens.forget(tokenKey(request)); // expired or revoked: a new one next time
    } else if (refusedForGood(result.status)) {
        result.permanent = true;
    }
    return result;
}

} // namespace papo::server
