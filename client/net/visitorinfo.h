#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace papo::desk {

// A visitor as the server describes them ("Visitor object" in docs/protocol.md): who they
// are, where they are and what they are looking at. Everything in it came from the
// visitor's browser or was typed by a person: plain text, never markup.
struct VisitorInfo
{
    enum class DeviceType { Unknown, Desktop, Mobile, Tablet, Bot };

    qint64 id = 0;
    QString name;
    QString email;
    QString phone;
    bool online = false;

    QString locationText; // "São Paulo, Brazil"; the server says "unknown" without GeoIP
    QString country;
    QString countryCode;
    QString city;

    DeviceType deviceType = DeviceType::Unknown;
    QString browser; // "Chrome 131"
    QString os;      // "Android 14"
    QString deviceSummary;

    QString language; // "pt-BR"
    QString screen;   // "390x844"

    bool hasCurrentPage = false;
    QString currentUrl;
    QString currentTitle;
    QDateTime currentSince;

    QString referrer;
    int visits = 0;
    QDateTime visitStartedAt;
    int pagesThisVisit = 0;
    bool chatting = false;
    bool chattedBefore = false;
    QString group;                 // GRP-1: the name of their group; empty when none
    qint64 groupId = 0;            // 0: no group
    QString groupSource;           // GRP-2: page, api, action, targeted, operator, visitor
    QDateTime groupSetAt;          // when it was set
    qint64 groupSetBy = 0;         // the operator who chose it in papo-desk
    qint64 websiteId = 0;          // the website they are on (groups are per website)
    bool chatWindowOpened = false; // opened the chat window during this visit
    bool invited = false;          // an operator wrote to them first (ACT-7)
    // PAN-3: the contact form: asked | filled | skipped; empty when never asked.
    QString contactFormState;
    QDateTime contactFormAskedAt;
    QDateTime contactFormAnsweredAt;
    QDateTime marketingConsentAt; // FRM-7, EXP-1: when they agreed; invalid: they did not
    // What the website said about them (WID-6 setVisitorData), e.g. {"plan", "Pro"}, by name.
    QList<std::pair<QString, QString>> customFields;

    bool isValid() const { return id > 0; }
    static VisitorInfo fromJson(const QJsonObject &object);
    static QList<VisitorInfo> listFromJson(const QJsonArray &array);
    static DeviceType parseDeviceType(const QString &name);
    bool operator==(const VisitorInfo &other) const = default;
};

} // namespace papo::desk
