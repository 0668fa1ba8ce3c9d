#pragma once

#include <accountrepository.h>
#include <contactformsettings.h>

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace papo::server {

class WidgetTexts;

// The fields of one update_website request (INS-3, RAT-1, WID-2, WID-3), each checked, to be
// applied over the website's current settings. Absent fields stay as they are.
struct WebsiteChange
{
    std::optional<QStringList> allowedOrigins;
    std::optional<bool> ratingsEnabled;
    std::optional<QString> color;    // #rrggbb, lower case
    std::optional<QString> position; // right | left
    std::optional<QString> language; // one of the widget's languages
    // Each language given replaces that language's custom texts; {} restores its defaults.
    std::optional<QJsonObject> texts;
    std::optional<bool> askGroup;     // GRP-3
    std::optional<bool> groupNotSure; // GRP-3: offer "Not sure"
    std::optional<QString> botName;   // BOT-1: trimmed, ≤ 60 characters; "": the website's name
    std::optional<common::ContactFormSettings> contactForm; // FRM-1…8: replaces the form's settings

    // Reads the fields present in `data`; returns the first problem, empty when none.
    static constexpr int MaxBotNameChars = 60;

    QString read(const QJsonObject &data, const WidgetTexts &widgetTexts);
    WidgetSettings appliedTo(WidgetSettings widget) const;
    GroupQuestionSettings appliedTo(GroupQuestionSettings question) const;
};

} // namespace papo::server
