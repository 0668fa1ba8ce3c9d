#include "geoiplocator.h"

#include "hostaddress.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <maxminddb.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>

namespace papo::server {

namespace {

// Reads a string at a path such as {"city", "names", "en"}; empty when absent.
template<std::size_t N>
QString stringAt(MMDB_entry_s &entry, const std::array<const char *, N> &path)
{
    static_assert(N > 0);
    MMDB_entry_data_s data{};
    if (MMDB_aget_value(&entry, &data, path.data()) != MMDB_SUCCESS || !data.has_data
        || data.type != MMDB_DATA_TYPE_UTF8_STRING)
        return {};
    return QString::fromUtf8(data.utf8_string, qsizetype(data.data_size));
}

template<std::size_t N>
bool numberAt(MMDB_entry_s &entry, const std::array<const char *, N> &path, double *value)
{
    MMDB_entry_data_s data{};
    if (MMDB_aget_value(&entry, &data, path.data()) != MMDB_SUCCESS || !data.has_data)
        return false;
    if (data.type == MMDB_DATA_TYPE_DOUBLE)
        *value = data.double_value;
    else if (data.type == MMDB_DATA_TYPE_FLOAT)
        *value = double(data.float_value);
    else
        return false;
    return true;
}

QString openErrorText(const QString &path, int status, int savedErrno)
{
    const QString file = QFileInfo(path).absoluteFilePath();
    switch (status) {
    case MMDB_FILE_OPEN_ERROR:
        return QStringLiteral("GeoIP database %1 cannot be opened: %2")
            .arg(file, qt_error_string(savedErrno));
    case MMDB_INVALID_METADATA_ERROR:
    case MMDB_UNKNOWN_DATABASE_FORMAT_ERROR:
    case MMDB_CORRUPT_SEARCH_TREE_ERROR:
    case MMDB_INVALID_DATA_ERROR:
        return QStringLiteral("%1 is not a MaxMind DB (.mmdb) file (%2); use a GeoLite2 or "
                              "DB-IP City/Country .mmdb file")
            .arg(file, QString::fromUtf8(MMDB_strerror(status)));
    default:
        return QStringLiteral("GeoIP database %1 cannot be read: %2")
            .arg(file, QString::fromUtf8(MMDB_strerror(status)));
    }
}

} // namespace

GeoIpLocator::GeoIpLocator() = default;

GeoIpLocator::~GeoIpLocator()
{
    close();
}

bool GeoIpLocator::open(const QString &path)
{
    close();
    m_errorString.clear();

    const QFileInfo info(path);
    if (path.isEmpty()) {
        m_errorString = QStringLiteral("no GeoIP database path given");
        return false;
    }
    if (!info.exists()) {
        m_errorString
            = QStringLiteral("GeoIP database %1 does not exist").arg(info.absoluteFilePath());
        return false;
    }
    if (!info.isFile()) {
        m_errorString
            = QStringLiteral("GeoIP database %1 is not a file").arg(info.absoluteFilePath());
        return false;
    }

    if (info.size() == 0) {
        m_errorString = QStringLiteral("%1 is not a MaxMind DB (.mmdb) file: it is empty")
                            .arg(info.absoluteFilePath());
        return false;
    }

    auto db = std::make_unique<MMDB_s>();
    errno = 0;
    const int status = MMDB_open(QFile::encodeName(path).constData(), MMDB_MODE_MMAP, db.get());
    const int savedErrno = errno;
    if (status != MMDB_SUCCESS) {
        // MMDB_open releases what it allocated when it fails.
        m_errorString = openErrorText(path, status, savedErrno);
        return false;
    }
    m_db = std::move(db);
    m_path = path;
    m_databaseType = QString::fromUtf8(m_db->metadata.database_type);
    return true;
}

void GeoIpLocator::close()
{
    if (m_db)
        MMDB_close(m_db.get());
    m_db.reset();
    m_path.clear();
    m_databaseType.clear();
}

GeoLocation GeoIpLocator::locate(const QHostAddress &address) const
{
    GeoLocation location;
    const QHostAddress host = unmapped(address);
    if (!m_db || host.isNull() || isLocalAddress(host))
        return location;

    sockaddr_storage storage{};
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_addr.s_addr = qToBigEndian(host.toIPv4Address());
    } else if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        const Q_IPV6ADDR bytes = host.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
    } else {
        return location;
    }

    int status = MMDB_SUCCESS;
    MMDB_lookup_result_s result
        = MMDB_lookup_sockaddr(m_db.get(), reinterpret_cast<const sockaddr *>(&storage), &status);
    // An IPv6 address in an IPv4-only database is simply not in it.
    if (status != MMDB_SUCCESS || !result.found_entry)
        return location;

    MMDB_entry_s &entry = result.entry;
    using Path3 = std::array<const char *, 3>;
    using Path4 = std::array<const char *, 4>;
    using Path5 = std::array<const char *, 5>;
    location.countryCode = stringAt(entry, Path3{"country", "iso_code", nullptr});
    location.country = stringAt(entry, Path4{"country", "names", "en", nullptr});
    // Anonymous proxies and satellite providers have no "country", only where the
    // block is registered.
    if (location.countryCode.isEmpty() && location.country.isEmpty()) {
        location.countryCode = stringAt(entry, Path3{"registered_country", "iso_code", nullptr});
        location.country = stringAt(entry, Path4{"registered_country", "names", "en", nullptr});
    }
    location.region = stringAt(entry, Path5{"subdivisions", "0", "names", "en", nullptr});
    location.city = stringAt(entry, Path4{"city", "names", "en", nullptr});
    location.hasCoordinates
        = numberAt(entry, Path3{"location", "latitude", nullptr}, &location.latitude)
          && numberAt(entry, Path3{"location", "longitude", nullptr}, &location.longitude);
    if (!location.hasCoordinates) {
        location.latitude = 0.0;
        location.longitude = 0.0;
    }
    location.known = !location.countryCode.isEmpty() || !location.country.isEmpty()
                     || !location.city.isEmpty();
    return location;
}

bool GeoIpLocator::isLocalAddress(const QHostAddress &address)
{
    static const QList<QPair<QHostAddress, int>> localNetworks = [] {
        QList<QPair<QHostAddress, int>> networks;
        for (const char *cidr :
             {"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
              "172.16.0.0/12", "192.168.0.0/16", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128",
              "fc00::/7", "fe80::/10", "ff00::/8"})
            networks.append(QHostAddress::parseSubnet(QString::fromLatin1(cidr)));
        return networks;
    }();
    const QHostAddress host = unmapped(address);
    for (const auto &network : localNetworks) {
        if (host.isInSubnet(network))
            return true;
    }
    return false;
}

} // namespace papo::server
