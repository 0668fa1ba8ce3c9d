#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace papo::common {

// CSV that spreadsheet programs open right and safely (REP-3, EXP-1): UTF-8 after a byte order
// mark (so Excel reads accents), RFC 4180 quoting, CRLF line ends, and no formulas: a cell
// that starts with = + - @ (or a tab or carriage return) gets a leading apostrophe, so a
// visitor's name like =HYPERLINK(…) stays text (OWASP's advice against CSV injection).
namespace Csv {

QByteArray byteOrderMark();
// A cell as written: neutralised, then quoted when it holds a comma, quote or line break.
QString cell(const QString &text);
// One record, its cells written as above, ending in CRLF, in UTF-8.
QByteArray row(const QStringList &cells);
// Reads records back (a byte order mark first is skipped). The apostrophe that neutralised a
// cell stays: the file says what a spreadsheet shows.
QList<QStringList> parse(const QByteArray &bytes);

} // namespace Csv

} // namespace papo::common
