#include "messagepreview.h"

#include <formatting.h>

namespace papo::desk {

QString MessagePreview::of(const QString &text, const QString &attachmentName)
{
    if (text.isEmpty() && !attachmentName.isEmpty())
        return tr("File: %1").arg(attachmentName);
    return papo::common::formatMessagePlain(text);
}

QString MessagePreview::of(const papo::common::ChatMessage &message)
{
    return of(message.text, message.attachment.name);
}

} // namespace papo::desk
