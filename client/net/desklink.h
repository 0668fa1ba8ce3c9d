#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace papo::desk {

// A link that opens papo-desk on something: `papo://login?server=URL&email=EMAIL` (the join
// and password pages link it) or an invite link, `http(s)://HOST[/BASE]/invite#TOKEN`, as a
// teammate pastes it. papo-desk reads the link from its command line (its .desktop file
// registers the papo: scheme on Linux; a second start hands the link to the running copy,
// DeskInstance) or from what is pasted. papo://reports links are ReportFilters'.
struct DeskLink
{
    enum class Kind { Login, Invite };

    Kind kind = Kind::Login;
    QUrl serverUrl; // http(s)://host[:port][/base], without a trailing slash
    QString email;  // Login: the account to fill in (may be empty)
    QString token;  // Invite: the one-time token

    // Surrounding spaces and quotes are ignored; nullopt for anything else.
    static std::optional<DeskLink> parse(const QString &text);
};

} // namespace papo::desk
