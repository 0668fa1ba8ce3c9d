#include <accountrepository.h>
#include <websitechange.h>
#include <widgettexts.h>

#include <QJsonArray>
#include <QTest>

using papo::server::WebsiteChange;
using papo::server::WidgetSettings;
using papo::server::WidgetTexts;

// WID-3: the widget's texts from the compiled-in texts.json, the choice of language and
// custom texts over the defaults; WebsiteChange's merge of a language's custom texts.
class TestWidgetTexts final : public QObject
{
    Q_OBJECT

private slots:
    void everyKeyHasEveryLanguage()
    {
        const WidgetTexts &texts = WidgetTexts::builtIn();
        QCOMPARE(texts.languages(), (QStringList{"en", "pt", "es"}));
        QVERIFY(texts.keys().size() >= 25);
        for (const QString &language : texts.languages()) {
            const QJsonObject defaults = texts.defaults().value(language).toObject();
            for (const QString &key : texts.keys())
                QVERIFY2(!defaults.value(key).toString().trimmed().isEmpty(),
                         qPrintable(language + QLatin1Char('.') + key));
        }
    }

    void pickLanguage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("browser");
        QTest::addColumn<QString>("website");
        QTest::addColumn<QString>("picked");
        QTest::newRow("browser pt-BR") << ""
                                       << "pt-BR"
                                       << "en"
                                       << "pt";
        QTest::newRow("browser ES upper case") << ""
                                               << "ES-mx"
                                               << "pt"
                                               << "es";
        QTest::newRow("browser lacks: website") << ""
                                                << "de-DE"
                                                << "pt"
                                                << "pt";
        QTest::newRow("no browser: website") << ""
                                             << ""
                                             << "es"
                                             << "es";
        QTest::newRow("page wins") << "es"
                                   << "pt-BR"
                                   << "en"
                                   << "es";
        QTest::newRow("unknown page choice") << "fr"
                                             << "pt-BR"
                                             << "en"
                                             << "pt";
        QTest::newRow("broken website default") << ""
                                                << "de"
                                                << "xx"
                                                << "en";
    }

    void pickLanguage()
    {
        QFETCH(QString, page);
        QFETCH(QString, browser);
        QFETCH(QString, website);
        QFETCH(QString, picked);
        QCOMPARE(WidgetTexts::builtIn().pickLanguage(page, browser, website), picked);
    }

    void customTextsGoOverTheDefaults()
    {
        const WidgetTexts &texts = WidgetTexts::builtIn();
        const QJsonObject custom{{"pt", QJsonObject{{"title", "Fale com a Loja"}, {"gone", "x"}}}};
        const QJsonObject effective = texts.effective("pt", custom);
        QCOMPARE(effective.value("title").toString(), QString("Fale com a Loja"));
        QCOMPARE(effective.value("send").toString(), QString("Enviar mensagem"));
        QVERIFY(!effective.contains("gone")); // a key the widget no longer has
        QCOMPARE(texts.known(custom),
                 (QJsonObject{{"pt", QJsonObject{{"title", "Fale com a Loja"}}}}));
        QCOMPARE(effective.size(), texts.keys().size());
        QCOMPARE(texts.effective("es", custom).value("title").toString(),
                 QString("Chatea con nosotros"));
    }

    void aChangeReplacesOnlyTheLanguagesItNames()
    {
        WidgetSettings stored;
        stored.texts = QJsonObject{{"pt", QJsonObject{{"title", "A"}, {"send", "B"}}},
                                   {"es", QJsonObject{{"title", "C"}}}};
        WebsiteChange change;
        QCOMPARE(change.read({{"texts", QJsonObject{{"pt", QJsonObject{{"send", " D "}}},
                                                    {"en", QJsonObject()}}},
                              {"color", "#ABCDEF"}},
                             WidgetTexts::builtIn()),
                 QString());
        const WidgetSettings updated = change.appliedTo(stored);
        QCOMPARE(updated.color, QString("#abcdef"));
        QCOMPARE(updated.position, stored.position);
        QCOMPARE(updated.texts.value("pt").toObject(), (QJsonObject{{"send", "D"}}));
        QCOMPARE(updated.texts.value("es").toObject(), (QJsonObject{{"title", "C"}}));
        QVERIFY(!updated.texts.contains("en"));
    }
};

QTEST_GUILESS_MAIN(TestWidgetTexts)
#include "tst_widgettexts.moc"
