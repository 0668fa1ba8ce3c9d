#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace papo::server {

// --tls-cert and --tls-key: a PEM certificate chain (the server's certificate first, then
// its intermediates) and its PEM private key (RSA or EC). HTTPS and WSS accept TLS 1.2 and
// newer only.
class TlsCredentials final
{
public:
    static std::optional<QSslConfiguration> load(const QString &certificatePath,
                                                 const QString &keyPath, QString *error);
};

} // namespace papo::server
