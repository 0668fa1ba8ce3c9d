#include "csv.h"

#include <algorithm>

namespace papo::common::Csv {

QByteArray byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QString cell(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const bool formula = !text.isEmpty() && formulaStarts.contains(text.front());
    const bool quote = std::any_of(text.begin(), text.end(), [](QChar c) {
        return c == u',' || c == u'"' || c == u'\n' || c == u'\r';
    });
    if (!formula && !quote)
        return text; // most cells: shared, not copied
    QString value = formula ? QLatin1Char('\'') + text : text;
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray row(const QStringList &cells)
{
    QString line;
    line.reserve(128);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += cell(cells[i]);
    }
    line += QLatin1String("\r\n");
    return line.toUtf8();
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
