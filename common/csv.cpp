#include "csv.h"

namespace papo::common::Csv {

QByteArray byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QString cell(const QString &text)
{
    QString value = text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                       || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray row(const QStringList &cells)
{
    QStringList written;
    written.reserve(cells.size());
    for (const QString &text : cells)
        written.append(cell(text));
    return written.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QList<QStringList> parse(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(
        bytes.startsWith(byteOrderMark()) ? bytes.mid(byteOrderMark().size()) : bytes);
    QList<QStringList> records;
    QStringList record;
    QString value;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                value += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                value += c;
            }
            continue;
        }
        any = true;
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(value);
            value.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
                   && text[i + 1] == QLatin1Char('\n')) {
            record.append(value);
            records.append(record);
            record.clear();
            value.clear();
            any = false;
            ++i;
        } else {
            value += c;
        }
    }
    if (any || !value.isEmpty() || !record.isEmpty()) {
        record.append(value);
        records.append(record);
    }
    return records;
}

} // namespace papo::common::Csv
