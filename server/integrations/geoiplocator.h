#pragma once

#include "geolocation.h"

#include <QHostAddress>
#include <QString>

#include <memory>

struct MMDB_s;

namespace papo::server {

// Looks up visitor addresses in a MaxMind DB file (GeoLite2-City, GeoIP2-City,
// DB-IP City Lite, or their Country editions). The file is memory-mapped once by open();
// after that locate() is safe to call from any number of threads.
//
// Without a database, and for private, loopback and link-local addresses, every
// answer is unknown.
class GeoIpLocator final
{
public:
    GeoIpLocator();
    ~GeoIpLocator();
    GeoIpLocator(const GeoIpLocator &) = delete;
    GeoIpLocator &operator=(const GeoIpLocator &) = delete;

    // Opens an .mmdb file, replacing any database opened before. On failure the locator
    // has no database and errorString() says why in a sentence fit for the console.
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString errorString() const { return m_errorString; }

    QString path() const { return m_path; }
    QString databaseType() const { return m_databaseType; } // "GeoLite2-City", …

    GeoLocation locate(const QHostAddress &address) const;

    // Private, loopback, link-local, CGNAT, unspecified and multicast addresses: never
    // in a GeoIP database, so they are not looked up.
    static bool isLocalAddress(const QHostAddress &address);

private:
    std::unique_ptr<MMDB_s> m_db;
    QString m_path;
    QString m_databaseType;
    QString m_errorString;
};

} // namespace papo::server
