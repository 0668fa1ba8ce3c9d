#pragma once

#include <accountrepository.h>

#include <QString>

namespace papo::server {

struct BootstrapResult
{
    bool ok = true;
    QString error;
    QString generatedPassword; // set only when the owner was created with a generated password
    QString ownerEmail;
};

// First start on an empty data dir: the owner account and a default website with a widget key.
BootstrapResult bootstrapAccount(AccountRepository &accounts, const QString &ownerEmail,
                                 const QString &ownerPassword);

} // namespace papo::server
