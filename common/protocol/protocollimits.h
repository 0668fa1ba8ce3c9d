#pragma once

#include <QtGlobal>

// Limits of docs/protocol.md, "Limits".
namespace papo::common::Limits {

inline constexpr qint64 MaxFrameBytes = 64 * 1024;
inline constexpr int MaxRequestIdChars = 64;
inline constexpr int MaxMessageChars = 5000;
inline constexpr int MaxUrlChars = 2048;
inline constexpr int MaxTitleChars = 512;
inline constexpr int MaxLanguageChars = 35;
inline constexpr int MinClientIdChars = 8;
inline constexpr int MaxClientIdChars = 64;
inline constexpr int DefaultHistoryPage = 50;
inline constexpr int MaxHistoryPage = 100;
inline constexpr int MaxContactChars = 200; // a visitor's name, email or phone
inline constexpr int MaxGroupChars = 64;
inline constexpr int MaxFieldNameChars = 40; // custom visitor fields (WID-6)
inline constexpr int MaxFieldValueChars = 500;
// Argon2id hashes any length, but a long one costs memory and time to copy and check.
inline constexpr int MaxPasswordChars = 1024;

} // namespace papo::common::Limits
