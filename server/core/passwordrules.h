#pragma once

#include <QString>

namespace papo::server::PasswordRules {

// Stated up front wherever a password is chosen (the join and reset pages, papo-desk).
inline constexpr int MinCharacters = 8;
// Argon2id hashes whatever it is given: a cap keeps one request from costing much more
// than another.
inline constexpr int MaxBytes = 1024;

// Empty when `password` may be used, else why not (English; clients show their own words
// for the codes in docs/protocol.md).
QString problem(const QString &password);

} // namespace papo::server::PasswordRules
