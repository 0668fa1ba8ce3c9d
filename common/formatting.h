#pragma once

#include <QString>

namespace papo::common {

// WID-4: escapes everything, then turns **bold**, _italic_ and http(s) links into HTML.
// The widget's formatText() in server/widget/js/10-core.js follows the same rules.
QString formatMessageHtml(const QString &text);
// The same text without the ** and _ markers, for one-line previews shown as plain text.
QString formatMessagePlain(const QString &text);

} // namespace papo::common
