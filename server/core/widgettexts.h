#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace papo::server {

// WID-3: every widget text with its default in each language. The defaults live in one
// resource, widget/texts.json (one entry per key: {"key", "en", "pt", "es"}), which the
// server injects into widget.js, sends to papo-desk's Texts pane and merges custom texts
// over. Custom texts are {language: {key: text}}.
class WidgetTexts final
{
public:
    static constexpr int MaxTextChars = 500;

    // The texts of the compiled-in resource, read once.
    static const WidgetTexts &builtIn();
    explicit WidgetTexts(const QByteArray &json);

    QStringList languages() const { return m_languages; }
    QStringList keys() const { return m_keys; }
    bool isLanguage(const QString &language) const { return m_languages.contains(language); }
    // {language: {key: default}}, as the widget and papo-desk receive it.
    QJsonObject defaults() const { return m_defaults; }

    // The language of the widget's texts: the page's PapoSetup.language, else the visitor's
    // browser language ("pt-BR" counts as "pt"), else the website's default.
    QString pickLanguage(const QString &pageChoice, const QString &browserLanguage,
                         const QString &websiteDefault) const;
    // Every key's text in that language: the custom one where there is one, else the default.
    QJsonObject effective(const QString &language, const QJsonObject &custom) const;
    // The custom texts of languages and keys the widget still has (a key may go away in a
    // newer version; its stored text is then left out).
    QJsonObject known(const QJsonObject &custom) const;
    // Checks update_website's `texts`; returns what is wrong (empty when all is well) and
    // puts the trimmed texts into *checked.
    QString validate(const QJsonObject &texts, QJsonObject *checked) const;

private:
    QStringList m_languages;
    QStringList m_keys;
    QJsonObject m_defaults;
};

} // namespace papo::server
