#pragma once

// What every fuzz target here needs: the input as bytes, a QCoreApplication-free Qt (the
// targets use only value types), and a check that aborts like a sanitizer would, so a broken
// invariant is a crash libFuzzer keeps.

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

namespace papo::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace papo::fuzz
