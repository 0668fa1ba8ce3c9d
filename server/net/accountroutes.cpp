#include "accountroutes.h"

#include "securityheaders.h"

#include <authservice.h>
#include <isotime.h>
#include <passwordrules.h>
#include <passwordservice.h>
#include <protocollimits.h>
#include <teamservice.h>
#include <visitorservice.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

namespace papo::server {

using StatusCode = QHttpServerResponse::StatusCode;
using State = OneTimeLink::State;

namespace {

QHttpServerResponse jsonError(const QString &code, StatusCode status, QJsonObject details = {})
{
    details.insert(QLatin1String("error"), code);
    return QHttpServerResponse(details, status);
}

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    return header.startsWith("Bearer ") ? QString::fromLatin1(header.mid(7)).trimmed() : QString();
}

// The JSON object of a small request body; nullopt for anything else.
std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request)
{
    if (request.body().size() > common::Limits::MaxFrameBytes)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(request.body());
    return document.isObject() ? std::optional(document.object()) : std::nullopt;
}

QJsonObject passwordRules()
{
    return {{QLatin1String("minCharacters"), PasswordRules::MinCharacters},
            {QLatin1String("maxBytes"), PasswordRules::MaxBytes}};
}

QString stateCode(const QString &kind, State state)
{
    switch (state) {
    case State::Used:
        return kind + QLatin1String("_used");
    case State::Expired:
        return kind + QLatin1String("_expired");
    case State::Valid:
    case State::Unknown:
        break;
    }
    return kind + QLatin1String("_invalid");
}

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// account.js with texts.json written in as {language: {key: text}}: one file to translate.
QByteArray pageScript()
{
    QJsonObject byLanguage;
    const QJsonArray texts
        = QJsonDocument::fromJson(resource(QStringLiteral(":/pages/texts.json"))).array();
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("pt"), QStringLiteral("es")}) {
        QJsonObject entries;
        for (const QJsonValue &text : texts)
            entries.insert(text[QLatin1String("key")].toString(), text[language].toString());
        byLanguage.insert(language, entries);
    }
    return resource(QStringLiteral(":/pages/account.js"))
        .replace("__PAPO_PAGE_TEXTS__", QJsonDocument(byLanguage).toJson(QJsonDocument::Compact));
}

// Nothing from elsewhere, no framing, no referrer: the token is in the fragment.
void secure(QHttpServerResponse &response)
{
    response.setHeader("Content-Security-Policy",
                       "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                       "connect-src 'self'; base-uri 'none'; form-action 'none'; "
                       "frame-ancestors 'none'");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
}

QHttpServerResponse noStore(QHttpServerResponse response)
{
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse loginAnswer(const LoginResult &result)
{
    switch (result.outcome) {
    case LoginResult::Outcome::Throttled:
        return jsonError(QStringLiteral("too_many_attempts"), StatusCode::TooManyRequests);
    case LoginResult::Outcome::Busy: {
        // Password checks are capped (docs/security.md): beyond the queue, come back soon.
        QHttpServerResponse busy
            = jsonError(QStringLiteral("busy"), StatusCode::ServiceUnavailable);
        busy.setHeader("Retry-After", "2");
        return busy;
    }
    case LoginResult::Outcome::InvalidCredentials:
        return jsonError(QStringLiteral("invalid_credentials"), StatusCode::Unauthorized);
    case LoginResult::Outcome::Ok:
        break;
    }
    const OperatorRecord &account = result.account;
    return QHttpServerResponse(QJsonObject{
        {QLatin1String("token"), result.token},
        {QLatin1String("operator"), QJsonObject{{QLatin1String("id"), account.id},
                                                {QLatin1String("name"), account.name},
                                                {QLatin1String("email"), account.email},
                                                {QLatin1String("role"), account.role}}}});
}

// Written by hand, so the headers every answer gets are added here.
void writeLoginAnswer(QHttpServerResponder &responder, QHttpServerResponse response)
{
    response = noStore(std::move(response));
    SecurityHeaders::addTo(response);
    response.write(std::move(responder));
}

} // namespace

AccountRoutes::AccountRoutes(ServerContext context)
    : m_context(context)
    , m_page(QStringLiteral(":/pages/account.html"), "text/html; charset=utf-8")
    , m_script(pageScript(), "text/javascript; charset=utf-8")
    , m_style(QStringLiteral(":/pages/account.css"), "text/css; charset=utf-8")
    , m_logo(QStringLiteral(":/pages/papo.svg"), "image/svg+xml")
{}

void AccountRoutes::addTo(QHttpServer &http)
{
    using Method = QHttpServerRequest::Method;
    const auto post = [this, &http](const QString &path, auto handler) {
        http.route(path, Method::Post, [this, handler](const QHttpServerRequest &request) {
            return noStore((this->*handler)(request));
        });
    };
    // The password is checked on another thread: the answer is written when it is known.
    http.route(QStringLiteral("/api/login"), Method::Post,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   login(request, std::move(responder));
               });
    post(QStringLiteral("/api/logout"), &AccountRoutes::logout);
    post(QStringLiteral("/api/invite-info"), &AccountRoutes::inviteInfo);
    post(QStringLiteral("/api/accept-invite"), &AccountRoutes::acceptInvite);
    post(QStringLiteral("/api/reset-info"), &AccountRoutes::resetInfo);
    post(QStringLiteral("/api/reset-password"), &AccountRoutes::resetPassword);
    for (const QString &path : {QStringLiteral("/invite"), QStringLiteral("/reset")})
        http.route(path, Method::Get,
                   [this](const QHttpServerRequest &request) { return page(request); });
    const auto asset = [&http](const QString &path, const StaticAsset &file) {
        http.route(path, Method::Get, [&file](const QHttpServerRequest &request) {
            QHttpServerResponse response = file.response(request);
            secure(response);
            return response;
        });
    };
    asset(QStringLiteral("/account.js"), m_script);
    asset(QStringLiteral("/account.css"), m_style);
    asset(QStringLiteral("/papo.svg"), m_logo);
}

QString AccountRoutes::clientAddress(const QHttpServerRequest &request) const
{
    return m_context.visitors
        .clientAddress(request.remoteAddress(),
                       QString::fromLatin1(request.value("X-Forwarded-For")))
        .toString();
}

QHttpServerResponse AccountRoutes::page(const QHttpServerRequest &request) const
{
    QHttpServerResponse response = m_page.response(request);
    secure(response);
    return response;
}

void AccountRoutes::login(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const auto body = jsonBody(request);
    const QJsonValue email = body ? body->value(QLatin1String("email")) : QJsonValue();
    const QJsonValue password = body ? body->value(QLatin1String("password")) : QJsonValue();
    if (!email.isString() || !password.isString() || email.toString().isEmpty()
        || email.toString().size() > 254
        || password.toString().toUtf8().size() > PasswordRules::MaxBytes) {
        writeLoginAnswer(responder,
                         jsonError(QStringLiteral("bad_request"), StatusCode::BadRequest));
        return;
    }
    // The answer goes out if the client is still there when the check ends.
    const QPointer<QTcpSocket> client = responder.socket();
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    m_context.auth.login(email.toString(), password.toString(), clientAddress(request),
                         body->value(QLatin1String("device")).toString(),
                         [client, pending](const LoginResult &result) {
                             if (client && client->state() == QAbstractSocket::ConnectedState)
                                 writeLoginAnswer(*pending, loginAnswer(result));
                         });
}

QHttpServerResponse AccountRoutes::logout(const QHttpServerRequest &request)
{
    if (!m_context.auth.logout(bearerToken(request)))
        return jsonError(QStringLiteral("unauthorized"), StatusCode::Unauthorized);
    return QHttpServerResponse(StatusCode::NoContent);
}

QHttpServerResponse AccountRoutes::inviteInfo(const QHttpServerRequest &request)
{
    const auto body = jsonBody(request);
    if (!body)
        return jsonError(QStringLiteral("bad_request"), StatusCode::BadRequest);
    const InviteLinkInfo info
        = m_context.team.inviteInfo(body->value(QLatin1String("token")).toString());
    if (info.state == State::Unknown)
        return jsonError(stateCode(QStringLiteral("invite"), info.state), StatusCode::Gone);
    QJsonObject answer{{QLatin1String("email"), info.email},
                       {QLatin1String("role"), info.role},
                       {QLatin1String("inviter"), info.inviterName},
                       {QLatin1String("team"), info.teamName},
                       {QLatin1String("expiresAt"), common::toIsoTime(info.expiresAt)}};
    if (info.state != State::Valid)
        return jsonError(stateCode(QStringLiteral("invite"), info.state), StatusCode::Gone, answer);
    answer.insert(QLatin1String("passwordRules"), passwordRules());
    return QHttpServerResponse(answer);
}

QHttpServerResponse AccountRoutes::acceptInvite(const QHttpServerRequest &request)
{
    const auto body = jsonBody(request);
    const QString token = body ? body->value(QLatin1String("token")).toString() : QString();
    const QString name
        = body ? body->value(QLatin1String("name")).toString().simplified() : QString();
    const QString password = body ? body->value(QLatin1String("password")).toString() : QString();
    if (!body || token.isEmpty() || name.isEmpty() || name.size() > 100)
        return jsonError(QStringLiteral("bad_request"), StatusCode::BadRequest);
    const InviteLinkInfo info = m_context.team.inviteInfo(token);
    if (info.state != State::Valid)
        return jsonError(stateCode(QStringLiteral("invite"), info.state), StatusCode::Gone,
                         {{QLatin1String("inviter"), info.inviterName},
                          {QLatin1String("team"), info.teamName},
                          {QLatin1String("expiresAt"), common::toIsoTime(info.expiresAt)}});
    if (const QString problem = PasswordRules::problem(password); !problem.isEmpty())
        return jsonError(QStringLiteral("password_rules"), StatusCode::BadRequest,
                         {{QLatin1String("message"), problem}});
    OperatorRecord created;
    const ServiceResult result = m_context.team.acceptInvite(token, name, password, &created);
    if (result.error == common::ErrorCode::NotFound)
        return jsonError(QStringLiteral("invite_invalid"), StatusCode::Gone);
    if (result.error == common::ErrorCode::Forbidden)
        return jsonError(QStringLiteral("email_taken"), StatusCode::Conflict);
    if (!result.ok())
        return jsonError(QStringLiteral("internal"), StatusCode::InternalServerError,
                         {{QLatin1String("message"), result.message}});
    QJsonObject answer{
        {QLatin1String("operator"), QJsonObject{{QLatin1String("id"), created.id},
                                                {QLatin1String("name"), created.name},
                                                {QLatin1String("email"), created.email},
                                                {QLatin1String("role"), created.role}}}};
    // papo-desk joins and logs in at once; the join page only joins.
    if (const QJsonValue device = body->value(QLatin1String("device")); device.isString())
        answer.insert(QLatin1String("token"), m_context.auth.issueToken(created, device.toString(),
                                                                        clientAddress(request)));
    return QHttpServerResponse(answer);
}

QHttpServerResponse AccountRoutes::resetInfo(const QHttpServerRequest &request)
{
    const auto body = jsonBody(request);
    if (!body)
        return jsonError(QStringLiteral("bad_request"), StatusCode::BadRequest);
    const ResetLinkInfo info
        = m_context.passwords.resetInfo(body->value(QLatin1String("token")).toString());
    if (info.state == State::Unknown)
        return jsonError(stateCode(QStringLiteral("reset"), info.state), StatusCode::Gone);
    QJsonObject answer{{QLatin1String("email"), info.email},
                       {QLatin1String("name"), info.name},
                       {QLatin1String("issuer"), info.issuerName},
                       {QLatin1String("expiresAt"), common::toIsoTime(info.expiresAt)}};
    if (info.state != State::Valid)
        return jsonError(stateCode(QStringLiteral("reset"), info.state), StatusCode::Gone, answer);
    answer.insert(QLatin1String("passwordRules"), passwordRules());
    return QHttpServerResponse(answer);
}

QHttpServerResponse AccountRoutes::resetPassword(const QHttpServerRequest &request)
{
    const auto body = jsonBody(request);
    const QString token = body ? body->value(QLatin1String("token")).toString() : QString();
    const QString password = body ? body->value(QLatin1String("password")).toString() : QString();
    if (!body || token.isEmpty())
        return jsonError(QStringLiteral("bad_request"), StatusCode::BadRequest);
    const ResetLinkInfo info = m_context.passwords.resetInfo(token);
    if (info.state != State::Valid)
        return jsonError(stateCode(QStringLiteral("reset"), info.state), StatusCode::Gone,
                         {{QLatin1String("issuer"), info.issuerName},
                          {QLatin1String("expiresAt"), common::toIsoTime(info.expiresAt)}});
    if (const QString problem = PasswordRules::problem(password); !problem.isEmpty())
        return jsonError(QStringLiteral("password_rules"), StatusCode::BadRequest,
                         {{QLatin1String("message"), problem}});
    OperatorRecord account;
    const ServiceResult result = m_context.passwords.completeReset(token, password, &account);
    if (result.error == common::ErrorCode::NotFound)
        return jsonError(QStringLiteral("reset_invalid"), StatusCode::Gone);
    if (!result.ok())
        return jsonError(QStringLiteral("internal"), StatusCode::InternalServerError,
                         {{QLatin1String("message"), result.message}});
    return QHttpServerResponse(QJsonObject{{QLatin1String("email"), account.email}});
}

} // namespace papo::server
