#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace papo::desk {

// Counts the records of an RFC 4180 CSV file as its bytes arrive, a piece at a time: a record
// ends at a line break outside quotes, so a visitor's custom field holding a line break still
// counts once. The progress bar of a download shows records, the server says how many follow.
class CsvRecordCounter final
{
public:
    void add(const QByteArray &piece);
    // Records that have ended so far, the column names included.
    qint64 records() const { return m_records; }
    void reset() { *this = {}; }

private:
    qint64 m_records = 0;
    bool m_quoted = false;
};

} // namespace papo::desk
