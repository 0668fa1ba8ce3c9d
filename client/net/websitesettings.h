#pragma once

#include <protocol/contactformsettings.h>

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace papo::desk {

// A website's install and widget settings, as the `websites` ack lists them (INS-1, INS-3,
// RAT-1, WID-2, WID-3).
struct WebsiteSettings
{
    using Texts = QHash<QString, QString>; // key -> custom text

    qint64 id = 0;
    QString name;
    QString key;
    QStringList allowedOrigins;
    bool ratingsEnabled = true;
    QString color;
    QString position;
    QString language;
    QHash<QString, Texts> texts; // language -> its custom texts
    bool askGroup = false;       // GRP-3: ask visitors to choose a group with their first message
    bool groupNotSure = true;    // ... offering "Not sure"
    QString botName;             // BOT-1: the bot's name; "": the website's name
    QString botAvatarUrl;        // ... its picture, relative to the server; "": none
    common::ContactFormSettings contactForm; // FRM-1…8: Settings → Contact form's own request

    static WebsiteSettings fromJson(const QJsonObject &object);
    // `stored`, with the texts of `keys` as in `edited`: each Settings page edits its own keys
    // and keeps the others as the server last said.
    static QHash<QString, Texts> withTexts(const QHash<QString, Texts> &stored,
                                           const QHash<QString, Texts> &edited,
                                           const QStringList &keys);
    // update_website's `texts`: every language, so a text removed here is removed there too.
    static QJsonObject textsJson(const QHash<QString, Texts> &texts, const QStringList &languages);
    // The fields of an update_website request: every setting of Settings → Widget, every
    // language's texts (the group question and the contact form have their own pages).
    QJsonObject toUpdateJson(const QStringList &languages) const;
    // INS-1: the two lines to paste into the site, for a server at serverUrl.
    QString installSnippet(const QUrl &serverUrl) const;
    bool operator==(const WebsiteSettings &other) const = default;
};

// WID-3: the widget's languages, its text keys (in order) and their defaults, from the
// server (`widgetTexts` of the `websites` ack), so the desk never keeps a copy of them.
struct WidgetTextDefaults
{
    QStringList languages;
    QStringList keys;
    QHash<QString, WebsiteSettings::Texts> defaults; // language -> key -> text

    static WidgetTextDefaults fromJson(const QJsonObject &object);
    // The same with only the keys `keep` says yes to.
    WidgetTextDefaults only(bool (*keep)(const QString &key)) const;
    QString defaultText(const QString &language, const QString &key) const
    {
        return defaults.value(language).value(key);
    }
};

// FRM-8: the contact-form bot's words are widget texts too, edited in Settings → Contact form.
inline bool isContactFormText(const QString &key)
{
    return key.startsWith(QLatin1String("form"));
}
inline bool isWidgetText(const QString &key)
{
    return !isContactFormText(key);
}

} // namespace papo::desk
