#pragma once

#include <QString>

namespace papo::server {

// A browser or operating system as uap-core names it: family "Chrome", major "131", …
struct SoftwareInfo
{
    QString family = QStringLiteral("Other");
    QString major;
    QString minor;
    QString patch;
    QString patchMinor;

    // "131.0.6778" — the parts that are known, up to the first missing one.
    QString version() const;
    bool operator==(const SoftwareInfo &) const = default;
};

struct DeviceInfo
{
    QString family = QStringLiteral("Other"); // "iPhone", "Samsung SM-S918B", "Spider"
    QString brand;                            // "Apple", "Samsung"; often empty
    QString model;                            // "iPhone", "SM-S918B"; often empty
    bool operator==(const DeviceInfo &) const = default;
};

enum class DeviceType { Desktop, Mobile, Tablet, Bot };

// What a User-Agent header says about the visitor's browser, system and device.
struct ClientInfo
{
    SoftwareInfo browser;
    SoftwareInfo os;
    DeviceInfo device;
    DeviceType deviceType = DeviceType::Desktop;

    // "Chrome 131 on Windows 10"
    QString summary() const;
    bool operator==(const ClientInfo &) const = default;

    static QString deviceTypeName(DeviceType type); // "desktop", "mobile", "tablet", "bot"
};

} // namespace papo::server
