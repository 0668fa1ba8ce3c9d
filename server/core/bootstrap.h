#pragma once

#include <accountrepository.h>

#include <QLocale>
#include <QString>

namespace papo::server {

struct BootstrapResult
{
    bool ok = true;
    QString error;
    QString generatedPassword; // set only when the owner was created with a generated password
    QString ownerEmail;
};

// First start on an empty data dir: the owner account and a default website with a widget key,
// named in the server's language (LANG, as Debian's installer set it).
// The owner is called `ownerName` (PAPO_OWNER_NAME), else a name made from the email; visitors
// see it as the name of whoever answers.
BootstrapResult bootstrapAccount(AccountRepository &accounts, const QString &ownerEmail,
                                 const QString &ownerPassword, const QString &ownerName = {});

// "Meu site" in Portuguese, "Mi sitio web" in Spanish, else "My website".
QString defaultWebsiteName(const QLocale &locale);

// "ana.souza@loja.example" → "Ana Souza": the local part's words, capitalised.
QString nameFromEmail(const QString &email);

} // namespace papo::server
