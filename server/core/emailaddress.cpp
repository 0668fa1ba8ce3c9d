#include "emailaddress.h"

#include <QStringList>

namespace papo::server {

namespace {

bool isNameCharacter(QChar c)
{
    // Letters and digits of any script, and what RFC 5322 allows unquoted.
    static const QString allowed = QStringLiteral("!#$%&'*+-/=?^_`{|}~.");
    return c.isLetterOrNumber() || allowed.contains(c);
}

bool isDomainLabel(const QString &label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
        || label.endsWith(QLatin1Char('-')))
        return false;
    return std::all_of(label.cbegin(), label.cend(),
                       [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('-'); });
}

} // namespace

EmailProblem emailProblem(const QString &address)
{
    if (address.isEmpty())
        return EmailProblem::Empty;
    if (address.size() > 254)
        return EmailProblem::TooLong;
    if (std::any_of(address.cbegin(), address.cend(), [](QChar c) { return c.isSpace(); }))
        return EmailProblem::Spaces;
    if (address.count(QLatin1Char('@')) != 1)
        return EmailProblem::NoAt;
    const QString name = address.section(QLatin1Char('@'), 0, 0);
    const QString domain = address.section(QLatin1Char('@'), 1);
    if (name.isEmpty() || name.size() > 64 || name.startsWith(QLatin1Char('.'))
        || name.endsWith(QLatin1Char('.')) || name.contains(QLatin1String(".."))
        || !std::all_of(name.cbegin(), name.cend(), isNameCharacter))
        return EmailProblem::NoName;
    const QStringList labels = domain.split(QLatin1Char('.'));
    const QString top = labels.last();
    const bool topIsName = top.size() >= 2 && std::any_of(top.cbegin(), top.cend(), [](QChar c) {
                               return c.isLetter();
                           });
    if (labels.size() < 2 || !topIsName
        || !std::all_of(labels.cbegin(), labels.cend(), isDomainLabel))
        return EmailProblem::NoDomain;
    return EmailProblem::None;
}

} // namespace papo::server
