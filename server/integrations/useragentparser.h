#pragma once

#include "clientinfo.h"

#include <QCache>
#include <QMutex>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace papo::server {

// Reads browser, OS and device from User-Agent strings with uap-core's regexes.yaml
// (the rules every ua-parser implementation shares). load() once at start; then parse()
// may be called from any thread. Results are kept in a bounded LRU cache per string,
// since a chat server sees the same few hundred UAs over and over.
class UserAgentParser final
{
public:
    explicit UserAgentParser(int cacheCapacity = 10000);
    ~UserAgentParser();
    UserAgentParser(const UserAgentParser &) = delete;
    UserAgentParser &operator=(const UserAgentParser &) = delete;

    static QString defaultRegexesPath(); // Debian's uap-core package

    // Replaces the rules. Returns false, keeping the old rules, when the file cannot be
    // read or is not a uap-core regexes.yaml; errorString() says why. A rule whose
    // regex PCRE2 does not accept is skipped and counted, not fatal.
    bool load(const QString &regexesPath = defaultRegexesPath());
    QString errorString() const { return m_errorString; }
    bool isLoaded() const { return m_loaded; }
    int ruleCount() const;
    int skippedRuleCount() const { return int(m_skippedRules.size()); }
    QStringList skippedRules() const { return m_skippedRules; } // "pattern: PCRE2 error"

    // Without rules (not loaded) every field is "Other" and the type desktop.
    ClientInfo parse(const QString &userAgent) const;

    int cachedCount() const;

    // Longer headers are cut here before matching: real ones are a few hundred
    // characters, and the cut bounds the work a hostile header can cause.
    static constexpr qsizetype maxUserAgentLength = 1024;

private:
    struct Rule
    {
        QRegularExpression regex;
        // UA: family, v1..v4; OS: os, os_v1..os_v4; device: device, brand, model.
        std::array<std::optional<QString>, 5> replacements;
    };

    ClientInfo parseUncached(const QString &userAgent) const;
    SoftwareInfo matchSoftware(const std::vector<Rule> &rules, const QString &userAgent) const;
    DeviceInfo matchDevice(const QString &userAgent) const;

    std::vector<Rule> m_browserRules;
    std::vector<Rule> m_osRules;
    std::vector<Rule> m_deviceRules;
    QStringList m_skippedRules;
    QString m_errorString;
    bool m_loaded = false;

    mutable QMutex m_cacheMutex;
    mutable QCache<QString, ClientInfo> m_cache;
};

} // namespace papo::server
