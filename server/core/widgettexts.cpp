#include "widgettexts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace papo::server {

const WidgetTexts &WidgetTexts::builtIn()
{
    static const WidgetTexts texts = [] {
        QFile file(QStringLiteral(":/widget/texts.json"));
        return WidgetTexts(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }();
    return texts;
}

WidgetTexts::WidgetTexts(const QByteArray &json)
    : m_languages{QStringLiteral("en"), QStringLiteral("pt"), QStringLiteral("es")}
{
    QHash<QString, QJsonObject> byLanguage;
    const QJsonArray entries = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        const QString key = object.value(QLatin1String("key")).toString();
        if (key.isEmpty() || m_keys.contains(key))
            continue;
        m_keys << key;
        for (const QString &language : std::as_const(m_languages))
            byLanguage[language].insert(key, object.value(language).toString());
    }
    for (const QString &language : std::as_const(m_languages))
        m_defaults.insert(language, byLanguage.value(language));
}

QString WidgetTexts::pickLanguage(const QString &pageChoice, const QString &browserLanguage,
                                  const QString &websiteDefault) const
{
    if (isLanguage(pageChoice))
        return pageChoice;
    const QString primary = browserLanguage.section(QLatin1Char('-'), 0, 0).toLower();
    if (isLanguage(primary))
        return primary;
    return isLanguage(websiteDefault) ? websiteDefault : m_languages.first();
}

QJsonObject WidgetTexts::effective(const QString &language, const QJsonObject &custom) const
{
    QJsonObject texts = m_defaults.value(language).toObject();
    const QJsonObject own = custom.value(language).toObject();
    for (auto it = own.constBegin(); it != own.constEnd(); ++it) {
        if (texts.contains(it.key()) && it.value().isString())
            texts.insert(it.key(), it.value());
    }
    return texts;
}

QJsonObject WidgetTexts::known(const QJsonObject &custom) const
{
    QJsonObject result;
    for (const QString &language : m_languages) {
        QJsonObject own;
        const QJsonObject given = custom.value(language).toObject();
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            if (m_keys.contains(it.key()) && it.value().isString())
                own.insert(it.key(), it.value());
        }
        if (!own.isEmpty())
            result.insert(language, own);
    }
    return result;
}

QString WidgetTexts::validate(const QJsonObject &texts, QJsonObject *checked) const
{
    for (auto language = texts.constBegin(); language != texts.constEnd(); ++language) {
        if (!isLanguage(language.key()))
            return QStringLiteral("\"texts\" has no language \"%1\"; use %2.")
                .arg(language.key().left(20), m_languages.join(QLatin1String(", ")));
        if (!language.value().isObject())
            return QStringLiteral("\"texts.%1\" must be an object of key: text.")
                .arg(language.key());
        QJsonObject own;
        const QJsonObject given = language.value().toObject();
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            if (!m_keys.contains(it.key()))
                return QStringLiteral("\"texts.%1\" has no text \"%2\".")
                    .arg(language.key(), it.key().left(40));
            const QString text = it.value().toString().trimmed();
            if (!it.value().isString() || text.isEmpty() || text.size() > MaxTextChars)
                return QStringLiteral("\"texts.%1.%2\" must have 1 to %3 characters.")
                    .arg(language.key(), it.key())
                    .arg(MaxTextChars);
            own.insert(it.key(), text);
        }
        checked->insert(language.key(), own);
    }
    return {};
}

} // namespace papo::server
