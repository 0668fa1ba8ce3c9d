#pragma once

#include <QByteArray>
#include <QString>

namespace papo::server::AttachmentType {

// CHT-9: the MIME type of a file we accept, read from its first bytes (zip and OLE
// containers, and plain text, also need a matching file name); empty when it is refused.
// Images (PNG, JPEG, GIF, WebP), PDF, plain text, zip and office / OpenDocument files pass;
// anything that a browser could run (HTML, SVG, scripts, executables) does not.
QString detect(const QByteArray &content, const QString &fileName);

// The name to store: no path, no control characters, at most 200 characters, and an
// extension that matches `type` (one is appended when it does not).
QString cleanName(const QString &fileName, const QString &type);

} // namespace papo::server::AttachmentType
