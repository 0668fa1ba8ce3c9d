#include "useragentparser.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>

#include <yaml-cpp/yaml.h>

#include <exception>

#ifndef PAPO_UAP_REGEXES_PATH
#define PAPO_UAP_REGEXES_PATH "/usr/share/uap-core/regexes.yaml"
#endif

namespace papo::server {

namespace {

Q_LOGGING_CATEGORY(lcUserAgent, "papo.integrations.useragent")

using FieldKeys = std::array<const char *, 5>;

// The keys that may override each capture group, per section of regexes.yaml.
constexpr FieldKeys browserKeys{"family_replacement", "v1_replacement", "v2_replacement",
                                "v3_replacement", "v4_replacement"};
constexpr FieldKeys osKeys{"os_replacement", "os_v1_replacement", "os_v2_replacement",
                           "os_v3_replacement", "os_v4_replacement"};
constexpr FieldKeys deviceKeys{"device_replacement", "brand_replacement", "model_replacement",
                               nullptr, nullptr};

std::optional<QString> scalar(const YAML::Node &map, const char *key)
{
    if (!key)
        return std::nullopt;
    const YAML::Node value = map[key];
    if (!value || !value.IsScalar())
        return std::nullopt;
    return QString::fromStdString(value.Scalar());
}

// uap-core templates: "$1 for ArcGIS", "Samsung $1"; a group that did not take part
// expands to nothing.
QString expand(const QString &templ, const QRegularExpressionMatch &match)
{
    if (!templ.contains(u'$'))
        return templ;
    QString result;
    result.reserve(templ.size() + 16);
    for (qsizetype i = 0; i < templ.size(); ++i) {
        const QChar c = templ.at(i);
        if (c == u'$' && i + 1 < templ.size() && templ.at(i + 1).isDigit()) {
            const int group = templ.at(i + 1).digitValue();
            if (group <= match.lastCapturedIndex())
                result += match.capturedView(group);
            ++i;
        } else {
            result += c;
        }
    }
    return result;
}

// A field is its replacement template if the rule has one, else the given capture group.
QString field(const std::optional<QString> &replacement, const QRegularExpressionMatch &match,
              int group)
{
    QString value;
    if (replacement)
        value = expand(*replacement, match);
    else if (group > 0 && group <= match.lastCapturedIndex())
        value = match.captured(group);
    value = value.trimmed();
    return value.isEmpty() ? QString() : value;
}

bool containsAny(const QString &text, std::initializer_list<const char *> needles,
                 Qt::CaseSensitivity cs = Qt::CaseInsensitive)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), cs))
            return true;
    }
    return false;
}

// uap-core names things but does not classify them; this is the usual reading of its
// answers plus the "Mobi" convention browsers follow.
DeviceType deviceTypeOf(const ClientInfo &info, const QString &userAgent)
{
    const QString &device = info.device.family;
    if (device == QLatin1String("Spider")
        || containsAny(info.browser.family, {"bot", "spider", "crawler"}))
        return DeviceType::Bot;
    if (containsAny(device, {"iPad", "Tablet", "Kindle"})
        || info.device.model.startsWith(QLatin1String("iPad"))
        || userAgent.contains(QLatin1String("Tablet"), Qt::CaseInsensitive))
        return DeviceType::Tablet;
    // Android phones say "Mobile"; Android tablets leave it out (Google's guidance).
    if (info.os.family == QLatin1String("Android") && !userAgent.contains(QLatin1String("Mobi")))
        return DeviceType::Tablet;
    if (containsAny(device, {"iPhone", "iPod", "Smartphone", "Feature Phone"})
        || containsAny(info.os.family, {"iOS", "Android", "Windows Phone", "BlackBerry", "KaiOS",
                                        "Firefox OS", "Symbian", "HarmonyOS"})
        || userAgent.contains(QLatin1String("Mobi")))
        return DeviceType::Mobile;
    return DeviceType::Desktop;
}

} // namespace

UserAgentParser::UserAgentParser(int cacheCapacity)
    : m_cache(qMax(1, cacheCapacity))
{}

UserAgentParser::~UserAgentParser() = default;

QString UserAgentParser::defaultRegexesPath()
{
    return QStringLiteral(PAPO_UAP_REGEXES_PATH);
}

int UserAgentParser::ruleCount() const
{
    return int(m_browserRules.size() + m_osRules.size() + m_deviceRules.size());
}

bool UserAgentParser::load(const QString &regexesPath)
{
    m_errorString.clear();
    QFile file(regexesPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorString = QStringLiteral("cannot read user-agent rules %1: %2")
                            .arg(QFileInfo(regexesPath).absoluteFilePath(), file.errorString());
        return false;
    }
    const QByteArray text = file.readAll();

    std::vector<Rule> sections[3];
    QStringList skipped;
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        const char *names[3] = {"user_agent_parsers", "os_parsers", "device_parsers"};
        const FieldKeys *keys[3] = {&browserKeys, &osKeys, &deviceKeys};
        for (int s = 0; s < 3; ++s) {
            const YAML::Node list = root.IsMap() ? root[names[s]] : YAML::Node();
            if (!list || !list.IsSequence()) {
                m_errorString
                    = QStringLiteral("%1 is not a uap-core regexes.yaml: no %2 list")
                          .arg(QFileInfo(regexesPath).absoluteFilePath(), QLatin1String(names[s]));
                return false;
            }
            sections[s].reserve(list.size());
            for (const YAML::Node &item : list) {
                const std::optional<QString> pattern
                    = item.IsMap() ? scalar(item, "regex") : std::nullopt;
                if (!pattern) {
                    skipped.append(QStringLiteral("%1: an entry without a regex")
                                       .arg(QLatin1String(names[s])));
                    continue;
                }
                QRegularExpression::PatternOptions options;
                if (scalar(item, "regex_flag").value_or(QString()).contains(u'i'))
                    options |= QRegularExpression::CaseInsensitiveOption;
                Rule rule{QRegularExpression(*pattern, options), {}};
                // isValid() compiles (and JIT-compiles) now, not on the first visitor.
                if (!rule.regex.isValid()) {
                    skipped.append(
                        QStringLiteral("%1: %2").arg(*pattern, rule.regex.errorString()));
                    continue;
                }
                for (std::size_t k = 0; k < rule.replacements.size(); ++k)
                    rule.replacements[k] = scalar(item, (*keys[s])[k]);
                sections[s].push_back(std::move(rule));
            }
        }
    } catch (const std::exception &e) {
        m_errorString
            = QStringLiteral("%1 is not valid YAML: %2")
                  .arg(QFileInfo(regexesPath).absoluteFilePath(), QString::fromUtf8(e.what()));
        return false;
    }

    if (!skipped.isEmpty())
        qCWarning(lcUserAgent, "skipped %lld unusable user-agent rules in %s",
                  qlonglong(skipped.size()), qPrintable(regexesPath));

    m_browserRules = std::move(sections[0]);
    m_osRules = std::move(sections[1]);
    m_deviceRules = std::move(sections[2]);
    m_skippedRules = skipped;
    m_loaded = true;
    const QMutexLocker lock(&m_cacheMutex);
    m_cache.clear();
    return true;
}

int UserAgentParser::cachedCount() const
{
    const QMutexLocker lock(&m_cacheMutex);
    return int(m_cache.size());
}

ClientInfo UserAgentParser::parse(const QString &userAgent) const
{
    const QString key = userAgent.left(maxUserAgentLength);
    if (key.trimmed().isEmpty())
        return {};
    {
        const QMutexLocker lock(&m_cacheMutex);
        if (const ClientInfo *cached = m_cache.object(key))
            return *cached;
    }
    // Two threads may parse the same new string at once; both get the same answer.
    ClientInfo info = parseUncached(key);
    const QMutexLocker lock(&m_cacheMutex);
    m_cache.insert(key, new ClientInfo(info));
    return info;
}

ClientInfo UserAgentParser::parseUncached(const QString &userAgent) const
{
    ClientInfo info;
    info.browser = matchSoftware(m_browserRules, userAgent);
    info.os = matchSoftware(m_osRules, userAgent);
    info.device = matchDevice(userAgent);
    info.deviceType = deviceTypeOf(info, userAgent);
    return info;
}

SoftwareInfo UserAgentParser::matchSoftware(const std::vector<Rule> &rules,
                                            const QString &userAgent) const
{
    SoftwareInfo software;
    for (const Rule &rule : rules) {
        const QRegularExpressionMatch match = rule.regex.match(userAgent);
        if (!match.hasMatch())
            continue;
        const QString family = field(rule.replacements[0], match, 1);
        if (!family.isEmpty())
            software.family = family;
        software.major = field(rule.replacements[1], match, 2);
        software.minor = field(rule.replacements[2], match, 3);
        software.patch = field(rule.replacements[3], match, 4);
        software.patchMinor = field(rule.replacements[4], match, 5);
        break; // the first matching rule wins
    }
    return software;
}

DeviceInfo UserAgentParser::matchDevice(const QString &userAgent) const
{
    DeviceInfo device;
    for (const Rule &rule : m_deviceRules) {
        const QRegularExpressionMatch match = rule.regex.match(userAgent);
        if (!match.hasMatch())
            continue;
        const QString family = field(rule.replacements[0], match, 1);
        if (!family.isEmpty())
            device.family = family;
        device.brand = field(rule.replacements[1], match, 0);
        device.model = field(rule.replacements[2], match, 1);
        break;
    }
    return device;
}

} // namespace papo::server
