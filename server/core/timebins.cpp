#include "timebins.h"

#include <algorithm>
#include <limits>

namespace papo::server {

namespace {

void writeVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(0x80 | (value & 0x7f)));
        value >>= 7;
    }
    out.append(char(value));
}

bool readVarint(const QByteArray &in, qsizetype &at, quint64 *value)
{
    quint64 result = 0;
    for (int shift = 0; shift < 64 && at < in.size(); shift += 7) {
        const auto byte = quint8(in[at++]);
        result |= quint64(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0) {
            *value = result;
            return true;
        }
    }
    return false;
}

} // namespace

quint32 TimeBins::secondsOf(qint64 milliseconds)
{
    const qint64 seconds = std::max<qint64>(milliseconds, 0) / 1000;
    return quint32(std::min<qint64>(seconds, std::numeric_limits<quint32>::max()));
}

void TimeBins::addToBin(quint32 seconds, qint64 howMany)
{
    auto at = std::lower_bound(bins.begin(), bins.end(), seconds,
                               [](const auto &bin, quint32 value) { return bin.first < value; });
    if (at == bins.end() || at->first != seconds)
        at = bins.insert(at, {seconds, 0});
    at->second += howMany;
    if (at->second == 0)
        bins.erase(at);
}

void TimeBins::add(qint64 milliseconds, int sign)
{
    count += sign;
    sumMs += sign * milliseconds;
    addToBin(secondsOf(milliseconds), sign);
}

void TimeBins::add(const TimeBins &other, int sign)
{
    count += sign * other.count;
    sumMs += sign * other.sumMs;
    for (const auto &[seconds, howMany] : other.bins)
        addToBin(seconds, sign * howMany);
}

QByteArray TimeBins::encode() const
{
    QByteArray out;
    out.reserve(qsizetype(bins.size()) * 3);
    quint32 previous = 0;
    for (const auto &[seconds, howMany] : bins) {
        writeVarint(out, seconds - previous);
        writeVarint(out, quint64(std::max<qint64>(howMany, 0)));
        previous = seconds;
    }
    return out;
}

bool TimeBins::decode(qint64 count, qint64 sumMs, const QByteArray &bytes, TimeBins *into)
{
    into->count = count;
    into->sumMs = sumMs;
    into->bins.clear();
    quint64 seconds = 0;
    for (qsizetype at = 0; at < bytes.size();) {
        quint64 gap = 0;
        quint64 howMany = 0;
        if (!readVarint(bytes, at, &gap) || !readVarint(bytes, at, &howMany))
            return false;
        seconds += gap;
        if (seconds > std::numeric_limits<quint32>::max())
            return false;
        into->bins.emplace_back(quint32(seconds), qint64(howMany));
    }
    return true;
}

} // namespace papo::server
