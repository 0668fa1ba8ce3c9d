#pragma once

#include <QByteArray>
#include <QString>

namespace papo::server::Secrets {

// libsodium must be initialised once before any other call here.
bool initialize();

// A random URL-safe token of `bytes` random bytes (visitor and bearer tokens, widget keys).
QString randomToken(int bytes = 32);

// What the database keeps instead of a token: its BLAKE2b-256 digest.
QByteArray tokenDigest(const QString &token);

// Argon2id password hashing (crypto_pwhash_str).
QString hashPassword(const QString &password);
bool verifyPassword(const QString &hash, const QString &password);

} // namespace papo::server::Secrets
