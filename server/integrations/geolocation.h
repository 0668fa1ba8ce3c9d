#pragma once

#include <QString>

namespace papo::server {

// Where an IP address is, as far as the GeoIP database knows. Empty fields are unknown.
struct GeoLocation
{
    bool known = false;
    QString countryCode; // ISO 3166-1 alpha-2, "BR"
    QString country;     // English name, "Brazil"
    QString region;      // first subdivision, "São Paulo"
    QString city;        // "São Paulo"
    bool hasCoordinates = false;
    double latitude = 0.0;
    double longitude = 0.0;

    static QString unknownText() { return QStringLiteral("unknown"); }

    // "São Paulo, Brazil", "Argentina" or "unknown".
    QString displayText() const
    {
        if (!known)
            return unknownText();
        const QString place = country.isEmpty() ? countryCode : country;
        if (city.isEmpty())
            return place.isEmpty() ? unknownText() : place;
        return place.isEmpty() ? city : city + QStringLiteral(", ") + place;
    }
};

} // namespace papo::server
