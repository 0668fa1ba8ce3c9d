#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace papo::common {

// One of the form's own questions after the name and the email (FRM-7), e.g. "Empresa".
// The answer is stored as the visitor's custom field of that label; a phone question fills
// the visitor's phone instead.
struct ContactFormField
{
    QString label;
    bool required = false;
    bool phone = false;

    bool operator==(const ContactFormField &) const = default;
};

// Settings → Contact form (FRM-1…8), per website, as update_website's `contactForm` carries
// it: the server checks and stores it, papo-desk edits it.
struct ContactFormSettings
{
    enum class Online { Off, Always, Slow }; // FRM-5; offline the form is always on
    static constexpr int MaxFields = 5;
    static constexpr int MaxLabelChars = 40; // a visitor custom field's name (WID-6)
    static constexpr int MinSlowSeconds = 10;
    static constexpr int MaxSlowSeconds = 3600;

    bool enabled = false; // the bot asks at all; off, messenger mode's email card asks instead
    Online online = Online::Off;
    int slowSeconds = 60; // Slow: how long operators may take before the form is asked
    bool nameRequired = false;
    bool emailRequired = false;
    QList<ContactFormField> fields; // in the order they are asked
    bool consent = false;           // FRM-7: the marketing-consent box
    // FRM-6: the visitor's messages wait on the server until the form is filled.
    bool holdLive = false;
    bool holdMessenger = false;

    // update_website's `contactForm`, every field required; returns the first problem.
    static std::optional<ContactFormSettings> read(const QJsonObject &wire, QString *problem);
    // What is stored (never refused: an unreadable row reads as the defaults).
    static ContactFormSettings fromStored(const QJsonObject &stored);
    QJsonObject toJson() const;

    // Whether a visitor who writes now is asked at once (live: the team is online).
    bool asksAtOnce(bool live) const { return enabled && (!live || online == Online::Always); }
    bool asksWhenSlow(bool live) const { return enabled && live && online == Online::Slow; }
    bool holds(bool live) const { return enabled && (live ? holdLive : holdMessenger); }
    // Holding means the team waits for an address: the email is then always required.
    bool emailNeeded(bool live) const { return emailRequired || holds(live); }

    bool operator==(const ContactFormSettings &) const = default;
};

} // namespace papo::common
