#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace papo::server {

// Invites (7 days) and password reset links (1 hour): a random token shown once, of which
// the database keeps only the digest; each works once.
namespace OneTimeLink {

enum class State { Valid, Used, Expired, Unknown };

inline constexpr int InviteDays = 7;
inline constexpr int ResetSeconds = 60 * 60;

inline const QString InvitePage = QStringLiteral("invite");
inline const QString ResetPage = QStringLiteral("reset");

// The page on the server at `base` with the token in the fragment, which browsers never send
// to a server: BASE/invite#TOKEN. A ws(s):// base (the operator's socket) becomes http(s)://.
QUrl url(const QUrl &base, const QString &page, const QString &token);

} // namespace OneTimeLink

struct IssuedLink
{
    QString token; // shown once; only its digest is stored
    QDateTime expiresAt;
};

} // namespace papo::server
