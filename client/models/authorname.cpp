#include "authorname.h"

namespace papo::desk {

using papo::common::AuthorKind;

QString AuthorName::of(AuthorKind kind, const QString &name)
{
    switch (kind) {
    case AuthorKind::Bot:
        return name.isEmpty() ? tr("Bot") : tr("%1 (bot)").arg(name);
    case AuthorKind::Group:
        return tr("%1 (group)").arg(name);
    case AuthorKind::Visitor:
    case AuthorKind::Operator:
        break;
    }
    return name;
}

} // namespace papo::desk
