#include "passwordrules.h"

#include <QList>

namespace papo::server::PasswordRules {

QString problem(const QString &password)
{
    // Characters as people count them: "ação" is four, whatever its bytes.
    if (password.toUcs4().size() < MinCharacters)
        return QStringLiteral("The password needs at least %1 characters.").arg(MinCharacters);
    if (password.toUtf8().size() > MaxBytes)
        return QStringLiteral("The password may have at most %1 bytes.").arg(MaxBytes);
    return {};
}

} // namespace papo::server::PasswordRules
