#pragma once

#include <QByteArray>
#include <QString>

namespace papo::bench {

// A set of message sequence numbers (0, 1, 2, ...) as a bit array: which messages were
// acknowledged, which were received. Travels between processes as base64, so the coordinator
// can name every acknowledged message that never arrived.
class SequenceBits final
{
public:
    void set(qint64 sequence);
    bool contains(qint64 sequence) const;
    qint64 count() const;
    // How many members of this set are not in other.
    qint64 countMissingFrom(const SequenceBits &other) const;
    void unite(const SequenceBits &other);
    // The members from `first` on: the messages of a later phase.
    SequenceBits from(qint64 first) const;

    QString toBase64() const;
    static SequenceBits fromBase64(const QString &text);

private:
    QByteArray m_bits;
};

} // namespace papo::bench
