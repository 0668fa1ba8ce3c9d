#include "websitechange.h"

#include "originpolicy.h"
#include "widgettexts.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace papo::server {

namespace {

QString readOrigins(const QJsonValue &value, QStringList *origins)
{
    if (!value.isArray() || value.toArray().size() > 50)
        return QStringLiteral("\"allowedOrigins\" must be a list of at most 50 origins.");
    const QJsonArray list = value.toArray();
    for (const QJsonValue &origin : list) {
        if (!origin.isString() || !OriginPolicy::isValid(origin.toString()))
            return QStringLiteral("\"%1\" is not an origin like https://shop.example.")
                .arg(origin.toString().left(100));
        *origins << OriginPolicy::normalized(origin.toString());
    }
    origins->removeDuplicates();
    return {};
}

} // namespace

QString WebsiteChange::read(const QJsonObject &data, const WidgetTexts &widgetTexts)
{
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (data.contains(QLatin1String("allowedOrigins"))) {
        allowedOrigins = QStringList();
        const QString problem
            = readOrigins(data.value(QLatin1String("allowedOrigins")), &*allowedOrigins);
        if (!problem.isEmpty())
            return problem;
    }
    if (data.contains(QLatin1String("ratingsEnabled"))) {
        if (!data.value(QLatin1String("ratingsEnabled")).isBool())
            return QStringLiteral("\"ratingsEnabled\" must be true or false.");
        ratingsEnabled = data.value(QLatin1String("ratingsEnabled")).toBool();
    }
    for (auto [name, field] : {std::pair(QLatin1String("askGroup"), &askGroup),
                               std::pair(QLatin1String("groupNotSure"), &groupNotSure)}) {
        if (!data.contains(name))
            continue;
        if (!data.value(name).isBool())
            return QStringLiteral("\"%1\" must be true or false.").arg(name);
        *field = data.value(name).toBool();
    }
    if (data.contains(QLatin1String("color"))) {
        color = data.value(QLatin1String("color")).toString().toLower();
        if (!colorPattern.match(*color).hasMatch())
            return QStringLiteral("\"color\" must be a colour like #1f6feb.");
    }
    if (data.contains(QLatin1String("position"))) {
        position = data.value(QLatin1String("position")).toString();
        if (*position != QLatin1String("right") && *position != QLatin1String("left"))
            return QStringLiteral("\"position\" must be right or left.");
    }
    if (data.contains(QLatin1String("language"))) {
        language = data.value(QLatin1String("language")).toString();
        if (!widgetTexts.isLanguage(*language))
            return QStringLiteral("\"language\" must be one of %1.")
                .arg(widgetTexts.languages().join(QLatin1String(", ")));
    }
    if (data.contains(QLatin1String("contactForm"))) {
        QString problem;
        if (!data.value(QLatin1String("contactForm")).isObject())
            return QStringLiteral("\"contactForm\" must be an object.");
        contactForm = common::ContactFormSettings::read(
            data.value(QLatin1String("contactForm")).toObject(), &problem);
        if (!contactForm)
            return problem;
    }
    if (data.contains(QLatin1String("botName"))) {
        if (!data.value(QLatin1String("botName")).isString())
            return QStringLiteral("\"botName\" must be text.");
        botName = data.value(QLatin1String("botName")).toString().simplified();
        if (botName->size() > MaxBotNameChars)
            return QStringLiteral("\"botName\" may be at most %1 characters.").arg(MaxBotNameChars);
    }
    if (data.contains(QLatin1String("texts"))) {
        if (!data.value(QLatin1String("texts")).isObject())
            return QStringLiteral("\"texts\" must be an object of language: {key: text}.");
        texts = QJsonObject();
        const QString problem
            = widgetTexts.validate(data.value(QLatin1String("texts")).toObject(), &*texts);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

WidgetSettings WebsiteChange::appliedTo(WidgetSettings widget) const
{
    widget.color = color.value_or(widget.color);
    widget.position = position.value_or(widget.position);
    widget.language = language.value_or(widget.language);
    if (texts) {
        for (auto it = texts->constBegin(); it != texts->constEnd(); ++it) {
            if (it.value().toObject().isEmpty())
                widget.texts.remove(it.key());
            else
                widget.texts.insert(it.key(), it.value());
        }
    }
    return widget;
}

GroupQuestionSettings WebsiteChange::appliedTo(GroupQuestionSettings question) const
{
    question.ask = askGroup.value_or(question.ask);
    question.notSure = groupNotSure.value_or(question.notSure);
    return question;
}

} // namespace papo::server
