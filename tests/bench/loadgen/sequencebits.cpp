#include "sequencebits.h"

#include <algorithm>
#include <bit>

namespace papo::bench {

void SequenceBits::set(qint64 sequence)
{
    if (sequence < 0)
        return;
    const qint64 byte = sequence / 8;
    if (byte >= m_bits.size())
        m_bits.append(byte + 1 - m_bits.size(), '\0');
    m_bits[byte] = char(quint8(m_bits[byte]) | (1u << (sequence % 8)));
}

bool SequenceBits::contains(qint64 sequence) const
{
    const qint64 byte = sequence / 8;
    return sequence >= 0 && byte < m_bits.size() && (quint8(m_bits[byte]) & (1u << (sequence % 8)));
}

qint64 SequenceBits::count() const
{
    qint64 total = 0;
    for (const char byte : m_bits)
        total += std::popcount(quint8(byte));
    return total;
}

qint64 SequenceBits::countMissingFrom(const SequenceBits &other) const
{
    qint64 missing = 0;
    for (qint64 i = 0; i < m_bits.size(); ++i) {
        const quint8 theirs = i < other.m_bits.size() ? quint8(other.m_bits[i]) : 0;
        missing += std::popcount(quint8(quint8(m_bits[i]) & ~theirs));
    }
    return missing;
}

void SequenceBits::unite(const SequenceBits &other)
{
    if (other.m_bits.size() > m_bits.size())
        m_bits.append(other.m_bits.size() - m_bits.size(), '\0');
    for (qint64 i = 0; i < other.m_bits.size(); ++i)
        m_bits[i] = char(quint8(m_bits[i]) | quint8(other.m_bits[i]));
}

SequenceBits SequenceBits::from(qint64 first) const
{
    SequenceBits later = *this;
    const qint64 firstByte = qBound<qint64>(0, first / 8, later.m_bits.size());
    std::fill(later.m_bits.begin(), later.m_bits.begin() + firstByte, '\0');
    if (first > 0 && firstByte < later.m_bits.size())
        later.m_bits[firstByte]
            = char(quint8(later.m_bits[firstByte]) & quint8(0xff << (first % 8)));
    return later;
}

QString SequenceBits::toBase64() const
{
    return QString::fromLatin1(m_bits.toBase64());
}

SequenceBits SequenceBits::fromBase64(const QString &text)
{
    SequenceBits bits;
    bits.m_bits = QByteArray::fromBase64(text.toLatin1());
    return bits;
}

} // namespace papo::bench
