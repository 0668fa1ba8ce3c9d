#include <useragentparser.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

#include <atomic>
#include <thread>
#include <vector>

using papo::server::ClientInfo;
using papo::server::DeviceType;
using papo::server::UserAgentParser;

namespace {

// Current (2024–2025) User-Agent strings, copied from the browsers themselves.
const QString chromeWindows = QStringLiteral(
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36");
const QString firefoxLinux
    = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0");
const QString firefoxUbuntu = QStringLiteral(
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0");
const QString safariIphone17 = QStringLiteral(
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
    "like Gecko) Version/17.6 Mobile/15E148 Safari/604.1");
const QString safariIphone18 = QStringLiteral(
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
    "like Gecko) Version/18.1.1 Mobile/15E148 Safari/604.1");
const QString safariIpad = QStringLiteral(
    "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.7 Mobile/15E148 Safari/604.1");
const QString safariMac = QStringLiteral(
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.1 Safari/605.1.15");
const QString edgeWindows = QStringLiteral(
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0");
const QString samsungInternet = QStringLiteral(
    "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36");
const QString samsungInternetReduced
    = QStringLiteral("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                     "SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36");
const QString chromeAndroidPhone
    = QStringLiteral("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                     "Chrome/131.0.0.0 Mobile Safari/537.36");
const QString chromeAndroidTablet
    = QStringLiteral("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                     "Chrome/131.0.0.0 Safari/537.36");
const QString firefoxAndroid
    = QStringLiteral("Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0");
const QString googlebot
    = QStringLiteral("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
const QString googlebotSmartphone = QStringLiteral(
    "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; "
    "+http://www.google.com/bot.html)");

QString uapCoreDir()
{
    const QString dir = qEnvironmentVariable("PAPO_UAP_CORE_DIR");
    return dir.isEmpty() ? QFileInfo(UserAgentParser::defaultRegexesPath()).path() : dir;
}

QString nodeText(const YAML::Node &node)
{
    if (!node || node.IsNull() || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar());
}

} // namespace

class TestUserAgentParser final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString path = QDir(uapCoreDir()).filePath(QStringLiteral("regexes.yaml"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(m_parser.load(path), qPrintable(m_parser.errorString()));
        const qint64 elapsed = timer.elapsed();
        // Reported, not asserted: the figure depends on the machine.
        qInfo("loaded %d uap-core rules from %s in %lld ms (%d skipped)", m_parser.ruleCount(),
              qPrintable(path), elapsed, m_parser.skippedRuleCount());
        for (const QString &skipped : m_parser.skippedRules())
            qInfo("skipped: %s", qPrintable(skipped));
        QVERIFY(m_parser.isLoaded());
        QVERIFY(m_parser.ruleCount() > 1000);
    }

    void currentBrowsers_data()
    {
        QTest::addColumn<QString>("userAgent");
        QTest::addColumn<QString>("browser");
        QTest::addColumn<QString>("browserMajor");
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("osMajor");
        QTest::addColumn<QString>("device");
        QTest::addColumn<DeviceType>("deviceType");

        QTest::newRow("Chrome on Windows") << chromeWindows << "Chrome"
                                           << "131"
                                           << "Windows"
                                           << "10"
                                           << "Other" << DeviceType::Desktop;
        QTest::newRow("Firefox on Linux") << firefoxLinux << "Firefox"
                                          << "133"
                                          << "Linux"
                                          << ""
                                          << "Other" << DeviceType::Desktop;
        QTest::newRow("Firefox on Ubuntu") << firefoxUbuntu << "Firefox"
                                           << "133"
                                           << "Ubuntu"
                                           << ""
                                           << "Other" << DeviceType::Desktop;
        QTest::newRow("Safari on iPhone, iOS 17") << safariIphone17 << "Mobile Safari"
                                                  << "17"
                                                  << "iOS"
                                                  << "17"
                                                  << "iPhone" << DeviceType::Mobile;
        QTest::newRow("Safari on iPhone, iOS 18") << safariIphone18 << "Mobile Safari"
                                                  << "18"
                                                  << "iOS"
                                                  << "18"
                                                  << "iPhone" << DeviceType::Mobile;
        QTest::newRow("Safari on iPad") << safariIpad << "Mobile Safari"
                                        << "17"
                                        << "iOS"
                                        << "17"
                                        << "iPad" << DeviceType::Tablet;
        QTest::newRow("Safari on macOS") << safariMac << "Safari"
                                         << "18"
                                         << "Mac OS X"
                                         << "10"
                                         << "Mac" << DeviceType::Desktop;
        QTest::newRow("Edge on Windows") << edgeWindows << "Edge"
                                         << "131"
                                         << "Windows"
                                         << "10"
                                         << "Other" << DeviceType::Desktop;
        QTest::newRow("Samsung Internet on a Galaxy S23")
            << samsungInternet << "Samsung Internet"
            << "26"
            << "Android"
            << "14"
            << "Samsung SM-S918B" << DeviceType::Mobile;
        QTest::newRow("Samsung Internet, reduced UA")
            << samsungInternetReduced << "Samsung Internet"
            << "26"
            << "Android"
            << "10"
            << "K" << DeviceType::Mobile;
        QTest::newRow("Chrome on an Android phone") << chromeAndroidPhone << "Chrome Mobile"
                                                    << "131"
                                                    << "Android"
                                                    << "10"
                                                    << "K" << DeviceType::Mobile;
        QTest::newRow("Chrome on an Android tablet") << chromeAndroidTablet << "Chrome"
                                                     << "131"
                                                     << "Android"
                                                     << "10"
                                                     << "K" << DeviceType::Tablet;
        QTest::newRow("Firefox on Android") << firefoxAndroid << "Firefox Mobile"
                                            << "133"
                                            << "Android"
                                            << "14"
                                            << "Generic Smartphone" << DeviceType::Mobile;
        QTest::newRow("Googlebot") << googlebot << "Googlebot"
                                   << "2"
                                   << "Other"
                                   << ""
                                   << "Spider" << DeviceType::Bot;
        QTest::newRow("Googlebot smartphone") << googlebotSmartphone << "Googlebot"
                                              << "2"
                                              << "Android"
                                              << "6"
                                              << "Spider" << DeviceType::Bot;
    }

    void currentBrowsers()
    {
        QFETCH(QString, userAgent);
        QFETCH(QString, browser);
        QFETCH(QString, browserMajor);
        QFETCH(QString, os);
        QFETCH(QString, osMajor);
        QFETCH(QString, device);
        QFETCH(DeviceType, deviceType);

        const ClientInfo info = m_parser.parse(userAgent);
        QCOMPARE(info.browser.family, browser);
        QCOMPARE(info.browser.major, browserMajor);
        QCOMPARE(info.os.family, os);
        QCOMPARE(info.os.major, osMajor);
        QCOMPARE(info.device.family, device);
        QCOMPARE(ClientInfo::deviceTypeName(info.deviceType),
                 ClientInfo::deviceTypeName(deviceType));
    }

    void versionsAndSummary()
    {
        const ClientInfo iphone = m_parser.parse(safariIphone18);
        QCOMPARE(iphone.browser.version(), "18.1.1");
        QCOMPARE(iphone.os.version(), "18.1.1");
        QCOMPARE(iphone.device.brand, "Apple");
        QCOMPARE(iphone.device.model, "iPhone");
        QCOMPARE(iphone.summary(), "Mobile Safari 18 on iOS 18.1.1");

        const ClientInfo samsung = m_parser.parse(samsungInternet);
        QCOMPARE(samsung.browser.version(), "26.0");
        QCOMPARE(samsung.device.brand, "Samsung");
        QCOMPARE(samsung.device.model, "SM-S918B");

        QCOMPARE(m_parser.parse(chromeWindows).summary(), "Chrome 131 on Windows 10");
        QCOMPARE(m_parser.parse(googlebot).summary(), "Googlebot 2");
    }

    void cacheReturnsIdenticalResults()
    {
        UserAgentParser parser(3);
        QVERIFY(parser.load(QDir(uapCoreDir()).filePath(QStringLiteral("regexes.yaml"))));
        QCOMPARE(parser.cachedCount(), 0);

        const ClientInfo first = parser.parse(edgeWindows);
        QCOMPARE(parser.cachedCount(), 1);
        const ClientInfo second = parser.parse(edgeWindows);
        QCOMPARE(parser.cachedCount(), 1);
        QVERIFY(first == second);
        QCOMPARE(second.browser.family, "Edge");

        // The cache is bounded; evicted strings are parsed again, to the same answer.
        for (const QString &ua : {chromeWindows, firefoxLinux, safariIphone17, googlebot})
            QVERIFY(parser.parse(ua) == m_parser.parse(ua));
        QCOMPARE(parser.cachedCount(), 3);
        QVERIFY(parser.parse(edgeWindows) == first);
        QCOMPARE(parser.cachedCount(), 3);
    }

    void garbage_data()
    {
        QTest::addColumn<QString>("userAgent");

        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << "   \t ";
        QTest::newRow("control characters") << QString::fromUtf8("\x01\x02\x7f\x1b[31m");
        QTest::newRow("words") << "not a browser at all";
        QTest::newRow("emoji") << QString::fromUtf8("\xF0\x9F\x98\x80 \xF0\x9F\x8C\x8D");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800));
        QTest::newRow("JSON") << "{\"ua\": [1, 2, 3]}";
        QTest::newRow("100 KB") << QString(100 * 1024, u'a');
        QTest::newRow("uap-core ReDoS probe") << "AppleWebKit/1." + QString(10000, u'0') + "!";
    }

    void garbage()
    {
        QFETCH(QString, userAgent);

        const ClientInfo info = m_parser.parse(userAgent);
        QCOMPARE(info.browser.family, "Other");
        QCOMPARE(info.os.family, "Other");
        QCOMPARE(info.device.family, "Other");
        QCOMPARE(info.deviceType, DeviceType::Desktop);
        QVERIFY(info.browser.major.isEmpty());
    }

    void notLoadedAnswersOther()
    {
        UserAgentParser parser;
        QVERIFY(!parser.isLoaded());
        const ClientInfo info = parser.parse(chromeWindows);
        QCOMPARE(info.browser.family, "Other");
        QCOMPARE(info.os.family, "Other");
    }

    void badRuleFiles_data()
    {
        QTest::addColumn<QByteArray>("content"); // null: no file
        QTest::addColumn<QString>("expectedError");

        QTest::newRow("missing") << QByteArray() << "cannot read user-agent rules";
        QTest::newRow("not YAML") << QByteArray("user_agent_parsers: [\n  - {regex: 'a'\n")
                                  << "is not valid YAML";
        QTest::newRow("YAML, but not uap-core")
            << QByteArray("name: papo\nversion: 1\n") << "no user_agent_parsers list";
        QTest::newRow("a list missing")
            << QByteArray("user_agent_parsers: []\nos_parsers: []\n") << "no device_parsers list";
        QTest::newRow("a scalar document") << QByteArray("42\n") << "is not a uap-core";
    }

    void badRuleFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedError);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regexes.yaml"));
        if (!content.isNull()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        UserAgentParser parser;
        QVERIFY(!parser.load(path));
        QVERIFY(!parser.isLoaded());
        QVERIFY2(parser.errorString().contains(expectedError), qPrintable(parser.errorString()));
        QVERIFY2(parser.errorString().contains(path), qPrintable(parser.errorString()));
    }

    // uap-core semantics on a small rule file: order, flags, templates, bad regexes.
    void ruleSemantics_data()
    {
        QTest::addColumn<QString>("userAgent");
        QTest::addColumn<QString>("browser");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("os");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("brand");
        QTest::addColumn<QString>("model");

        QTest::newRow("first match wins") << "Papo/1.2.3 Other/9"
                                          << "Papo"
                                          << "1.2.3"
                                          << "Other"
                                          << "Other"
                                          << ""
                                          << "";
        QTest::newRow("family template with $1") << "Widget-Desk/4.5"
                                                 << "Desk for Papo"
                                                 << "4.5"
                                                 << "Other"
                                                 << "Other"
                                                 << ""
                                                 << "";
        QTest::newRow("literal version replacement") << "LegacyThing"
                                                     << "Legacy"
                                                     << "7"
                                                     << "Other"
                                                     << "Other"
                                                     << ""
                                                     << "";
        QTest::newRow("OS template with two groups") << "PapoOS 3_1"
                                                     << "Other"
                                                     << ""
                                                     << "Papo OS"
                                                     << "Other"
                                                     << ""
                                                     << "";
        QTest::newRow("case-insensitive device rule") << "PAPOPHONE-X200"
                                                      << "Other"
                                                      << ""
                                                      << "Other"
                                                      << "PapoPhone X200"
                                                      << "Papo"
                                                      << "X200";
        QTest::newRow("templates copy the text as written") << "papophone-x200"
                                                            << "Other"
                                                            << ""
                                                            << "Other"
                                                            << "PapoPhone x200"
                                                            << "Papo"
                                                            << "x200";
        QTest::newRow("case matters without the flag") << "TABLETPAPO"
                                                       << "Other"
                                                       << ""
                                                       << "Other"
                                                       << "Other"
                                                       << ""
                                                       << "";
        QTest::newRow("device defaults: family and model from group 1") << "tabletpapo 9"
                                                                        << "Other"
                                                                        << ""
                                                                        << "Other"
                                                                        << "9"
                                                                        << ""
                                                                        << "9";
        QTest::newRow("unmatched group expands to nothing") << "Gadget"
                                                            << "Other"
                                                            << ""
                                                            << "Other"
                                                            << "Gadget"
                                                            << "Acme"
                                                            << "";
    }

    void ruleSemantics()
    {
        QFETCH(QString, userAgent);
        QFETCH(QString, browser);
        QFETCH(QString, version);
        QFETCH(QString, os);
        QFETCH(QString, device);
        QFETCH(QString, brand);
        QFETCH(QString, model);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regexes.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(user_agent_parsers:
  - regex: '(Papo)/(\d+)\.(\d+)\.(\d+)'
  - regex: '(Other)/(\d+)'
  - regex: 'Widget-(Desk)/(\d+)\.(\d+)'
    family_replacement: '$1 for Papo'
  - regex: '(unclosed'
  - regex: 'LegacyThing'
    family_replacement: 'Legacy'
    v1_replacement: '7'
os_parsers:
  - regex: '(PapoOS) (\d+)_(\d+)'
    os_replacement: 'Papo OS'
    os_v1_replacement: '$2'
    os_v2_replacement: '$3'
  - regex: '[invalid'
device_parsers:
  - regex: 'papophone-(x\d+)'
    regex_flag: 'i'
    device_replacement: 'PapoPhone $1'
    brand_replacement: 'Papo'
    model_replacement: '$1'
  - regex: 'tabletpapo (\d+)'
  - regex: 'Gadget(?:-(\w+)|)'
    device_replacement: 'Gadget $1'
    brand_replacement: 'Acme'
    model_replacement: '$1'
)");
        file.close();

        UserAgentParser parser;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression("skipped 2 unusable user-agent rules in "));
        QVERIFY2(parser.load(path), qPrintable(parser.errorString()));
        QCOMPARE(parser.ruleCount(), 8);
        QCOMPARE(parser.skippedRuleCount(), 2);
        QVERIFY(parser.skippedRules().first().startsWith("(unclosed: "));

        const ClientInfo info = parser.parse(userAgent);
        QCOMPARE(info.browser.family, browser);
        QCOMPARE(info.browser.version(), version);
        QCOMPARE(info.os.family, os);
        QCOMPARE(info.device.family, device);
        QCOMPARE(info.device.brand, brand);
        QCOMPARE(info.device.model, model);
        if (os == QLatin1String("Papo OS"))
            QCOMPARE(info.os.version(), "3.1");
    }

    void concurrentParsing()
    {
        UserAgentParser parser(4);
        QVERIFY(parser.load(QDir(uapCoreDir()).filePath(QStringLiteral("regexes.yaml"))));
        const QStringList agents{chromeWindows, firefoxLinux,    safariIphone17, edgeWindows,
                                 googlebot,     samsungInternet, safariIpad};
        QList<ClientInfo> expected;
        for (const QString &ua : agents)
            expected.append(m_parser.parse(ua));

        std::atomic<int> wrong{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 200; ++i) {
                    const int k = (i * 3 + t) % agents.size();
                    if (!(parser.parse(agents.at(k)) == expected.at(k)))
                        ++wrong;
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
    }

    // uap-core's own conformance suites, shipped by the Debian package next to the rules.
    void uapCoreConformance_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("part"); // "ua", "os" or "device"

        QTest::newRow("tests/test_ua.yaml") << "tests/test_ua.yaml"
                                            << "ua";
        QTest::newRow("firefox_user_agent_strings.yaml")
            << "test_resources/firefox_user_agent_strings.yaml"
            << "ua";
        QTest::newRow("opera_mini_user_agent_strings.yaml")
            << "test_resources/opera_mini_user_agent_strings.yaml"
            << "ua";
        QTest::newRow("podcasting_user_agent_strings.yaml")
            << "test_resources/podcasting_user_agent_strings.yaml"
            << "ua";
        QTest::newRow("tests/test_os.yaml") << "tests/test_os.yaml"
                                            << "os";
        QTest::newRow("additional_os_tests.yaml") << "test_resources/additional_os_tests.yaml"
                                                  << "os";
        QTest::newRow("tests/test_device.yaml") << "tests/test_device.yaml"
                                                << "device";
    }

    void uapCoreConformance()
    {
        QFETCH(QString, file);
        QFETCH(QString, part);

        const QString path = QDir(uapCoreDir()).filePath(file);
        if (!QFile::exists(path))
            QSKIP(qPrintable(path + " is not installed (Debian package uap-core)"));

        const YAML::Node cases
            = YAML::LoadFile(QFile::encodeName(path).toStdString())["test_cases"];
        QVERIFY(cases.IsSequence());
        // A fresh parser each time, so the cache never hides a rule.
        UserAgentParser parser(1);
        QVERIFY(parser.load(QDir(uapCoreDir()).filePath(QStringLiteral("regexes.yaml"))));

        int checked = 0;
        QStringList failures;
        for (const YAML::Node &testCase : cases) {
            const QString ua = nodeText(testCase["user_agent_string"]);
            const ClientInfo info = parser.parse(ua);
            QStringList expected;
            QStringList actual;
            if (part == QLatin1String("ua")) {
                expected << nodeText(testCase["family"]) << nodeText(testCase["major"])
                         << nodeText(testCase["minor"]) << nodeText(testCase["patch"]);
                actual << info.browser.family << info.browser.major << info.browser.minor
                       << info.browser.patch;
            } else if (part == QLatin1String("os")) {
                expected << nodeText(testCase["family"]) << nodeText(testCase["major"])
                         << nodeText(testCase["minor"]) << nodeText(testCase["patch"])
                         << nodeText(testCase["patch_minor"]);
                actual << info.os.family << info.os.major << info.os.minor << info.os.patch
                       << info.os.patchMinor;
            } else {
                expected << nodeText(testCase["family"]) << nodeText(testCase["brand"])
                         << nodeText(testCase["model"]);
                actual << info.device.family << info.device.brand << info.device.model;
            }
            ++checked;
            if (actual != expected && failures.size() < 20) {
                failures.append(QStringLiteral("%1\n    expected %2\n    got      %3")
                                    .arg(ua, expected.join(u'|'), actual.join(u'|')));
            } else if (actual != expected) {
                failures.append(QString());
            }
        }
        qInfo("%s: %d cases, %lld differ", qPrintable(file), checked, qlonglong(failures.size()));
        QVERIFY(checked > 0);
        QVERIFY2(failures.isEmpty(),
                 qPrintable(failures.mid(0, 20).join(u'\n')
                            + QStringLiteral("\n(%1 in all)").arg(failures.size())));
    }

private:
    UserAgentParser m_parser;
};

QTEST_GUILESS_MAIN(TestUserAgentParser)
#include "tst_useragentparser.moc"
