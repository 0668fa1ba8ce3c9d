#include "websitesettings.h"

#include <QJsonArray>

namespace papo::desk {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

// {language: {key: text}}
QHash<QString, WebsiteSettings::Texts> textsByLanguage(const QJsonObject &object)
{
    QHash<QString, WebsiteSettings::Texts> result;
    for (auto language = object.constBegin(); language != object.constEnd(); ++language) {
        const QJsonObject texts = language.value().toObject();
        for (auto it = texts.constBegin(); it != texts.constEnd(); ++it)
            result[language.key()].insert(it.key(), it.value().toString());
    }
    return result;
}

} // namespace

WebsiteSettings WebsiteSettings::fromJson(const QJsonObject &object)
{
    WebsiteSettings settings;
    settings.id = object.value(QLatin1String("id")).toInteger();
    settings.name = object.value(QLatin1String("name")).toString();
    settings.key = object.value(QLatin1String("key")).toString();
    settings.allowedOrigins = stringList(object.value(QLatin1String("allowedOrigins")));
    settings.ratingsEnabled = object.value(QLatin1String("ratingsEnabled")).toBool(true);
    settings.color = object.value(QLatin1String("color")).toString();
    settings.position = object.value(QLatin1String("position")).toString();
    settings.language = object.value(QLatin1String("language")).toString();
    settings.texts = textsByLanguage(object.value(QLatin1String("texts")).toObject());
    settings.askGroup = object.value(QLatin1String("askGroup")).toBool();
    settings.groupNotSure = object.value(QLatin1String("groupNotSure")).toBool(true);
    settings.botName = object.value(QLatin1String("botName")).toString();
    settings.botAvatarUrl = object.value(QLatin1String("botAvatarUrl")).toString();
    settings.contactForm = common::ContactFormSettings::fromStored(
        object.value(QLatin1String("contactForm")).toObject());
    return settings;
}

QHash<QString, WebsiteSettings::Texts>
WebsiteSettings::withTexts(const QHash<QString, Texts> &stored, const QHash<QString, Texts> &edited,
                           const QStringList &keys)
{
    QHash<QString, Texts> result = stored;
    for (Texts &texts : result)
        for (const QString &key : keys)
            texts.remove(key);
    for (auto language = edited.constBegin(); language != edited.constEnd(); ++language)
        for (auto it = language->constBegin(); it != language->constEnd(); ++it)
            if (keys.contains(it.key()))
                result[language.key()].insert(it.key(), it.value());
    return result;
}

QJsonObject WebsiteSettings::textsJson(const QHash<QString, Texts> &texts,
                                       const QStringList &languages)
{
    QJsonObject allTexts;
    for (const QString &language : languages) {
        QJsonObject own;
        const Texts custom = texts.value(language);
        for (auto it = custom.constBegin(); it != custom.constEnd(); ++it)
            own.insert(it.key(), it.value());
        allTexts.insert(language, own);
    }
    return allTexts;
}

QJsonObject WebsiteSettings::toUpdateJson(const QStringList &languages) const
{
    return {{QLatin1String("websiteId"), id},
            {QLatin1String("allowedOrigins"), QJsonArray::fromStringList(allowedOrigins)},
            {QLatin1String("ratingsEnabled"), ratingsEnabled},
            {QLatin1String("color"), color},
            {QLatin1String("position"), position},
            {QLatin1String("language"), language},
            {QLatin1String("botName"), botName},
            {QLatin1String("texts"), textsJson(texts, languages)}};
}

QString WebsiteSettings::installSnippet(const QUrl &serverUrl) const
{
    QUrl script = serverUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = script.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    script.setPath(path + QLatin1String("widget.js"));
    return QStringLiteral("<script>window.PapoID='%1'; /* optional: window.PapoGroupID='sales'; "
                          "window.PapoSetup={...} */</script>\n"
                          "<script async src=\"%2\"></script>")
        .arg(key, script.toString());
}

WidgetTextDefaults WidgetTextDefaults::fromJson(const QJsonObject &object)
{
    WidgetTextDefaults result;
    result.languages = stringList(object.value(QLatin1String("languages")));
    result.keys = stringList(object.value(QLatin1String("keys")));
    result.defaults = textsByLanguage(object.value(QLatin1String("defaults")).toObject());
    return result;
}

WidgetTextDefaults WidgetTextDefaults::only(bool (*keep)(const QString &key)) const
{
    WidgetTextDefaults result = *this;
    result.keys.removeIf([keep](const QString &key) { return !keep(key); });
    return result;
}

} // namespace papo::desk
