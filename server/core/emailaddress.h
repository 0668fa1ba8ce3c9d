#pragma once

#include <QString>

namespace papo::server {

// What is wrong with an email address a person typed, as a person would see it: the contact
// form tells the visitor which (FRM, in their language); Settings → Email says the address is
// not one. "ana@loja.com.br" and "ana+pedidos@loja.example" are fine.
enum class EmailProblem {
    None,
    Empty,
    Spaces,   // "ana @loja.com"
    NoAt,     // "ana.loja.com", or two @
    NoName,   // "@loja.com", "ana.@loja.com", "ana..b@loja.com"
    NoDomain, // "ana@loja", "ana@loja.c", "ana@-loja.com"
    TooLong,  // more than 254 characters
};

EmailProblem emailProblem(const QString &address);
inline bool isEmailAddress(const QString &address)
{
    return emailProblem(address) == EmailProblem::None;
}

} // namespace papo::server
