#pragma once

#include "httpposter.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

namespace papo::server {

// One chat to copy into Help Scout: where its Mailbox API 2.0 lives, the OAuth app's client
// credentials, and the body of POST /v2/conversations.
struct HelpScoutExportRequest
{
    QString apiBase; // "https://api.helpscout.net", or a test's server
    QString appId;
    QString appSecret;
    QByteArray conversation;
    QList<QHostAddress> allowedAddresses; // DestinationGuard's exceptions, as for webhooks
};

// Help Scout's access tokens (client credentials grant), kept until shortly before they
// expire; shared by the threads that post.
class HelpScoutTokens final
{
public:
    QByteArray take(const QByteArray &key, qint64 nowMs);
    void keep(const QByteArray &key, const QByteArray &token, qint64 expiresAtMs);
    void forget(const QByteArray &key);

private:
    struct Token
    {
        QByteArray value;
        qint64 expiresAtMs = 0;
    };
    QMutex m_mutex;
    QHash<QByteArray, Token> m_tokens;
};

// Exports a chat through Help Scout's Mailbox API 2.0 (INT-3, docs/integrations.md): an
// access token from POST /v2/oauth2/token, then POST /v2/conversations, both through
// HttpPoster (no redirects, no proxy, the SSRF check on every socket). A refused token
// request is a permanent failure (the app's ID or secret is wrong); a refused token on the
// conversation is forgotten and asked for again next time.
class HelpScoutClient final
{
public:
    explicit HelpScoutClient(HttpPoster &http);

    void exportConversation(const HelpScoutExportRequest &request, HttpPoster::Done done);
    // The blocking exchange itself (on the calling thread).
    static HttpPostResult exportNow(const HelpScoutExportRequest &request, HelpScoutTokens &tokens);

private:
    HttpPoster &m_http;
    std::shared_ptr<HelpScoutTokens> m_tokens = std::make_shared<HelpScoutTokens>();
};

} // namespace papo::server
