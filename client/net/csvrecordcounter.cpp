#include "csvrecordcounter.h"

namespace papo::desk {

void CsvRecordCounter::add(const QByteArray &piece)
{
    // A doubled quote inside a quoted cell toggles twice: the state comes out right without
    // looking ahead, even when the two quotes arrive in different pieces.
    for (const char byte : piece) {
        if (byte == '"')
            m_quoted = !m_quoted;
        else if (byte == '\n' && !m_quoted)
            ++m_records;
    }
}

} // namespace papo::desk
