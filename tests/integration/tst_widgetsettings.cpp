#include "integrationfixture.h"
#include "operatoraccounts.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace papo::testing;
using papo::common::Envelope;

// WID-2, WID-3: the widget's colour, side, default language and texts per website, changed
// by admins through update_website and received by the widget in its hello ack.
class TestWidgetSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(addOperator(m_server, "bia@papo.test", "Bia", "senha-da-bia"));
        m_owner = connectOperator(m_server, m_server.login());
        QVERIFY(m_owner);
    }

    void websitesListTheSettingsAndTheDefaults()
    {
        const auto list = m_owner->request("websites");
        QCOMPARE(codeOf(list), QString("ack"));
        const QJsonObject website = list->data.value("websites").toArray().first().toObject();
        QCOMPARE(website.value("color").toString(), QString("#1f6feb"));
        QCOMPARE(website.value("position").toString(), QString("right"));
        QCOMPARE(website.value("language").toString(), QString("en"));
        QCOMPARE(website.value("texts").toObject(), QJsonObject());
        const QJsonObject texts = list->data.value("widgetTexts").toObject();
        QCOMPARE(texts.value("languages").toArray(), (QJsonArray{"en", "pt", "es"}));
        const QJsonArray keys = texts.value("keys").toArray();
        QCOMPARE(keys.first().toString(), QString("title")); // the resource's order
        QVERIFY(keys.contains(QJsonValue("greetLive")));
        const QJsonObject defaults = texts.value("defaults").toObject();
        QCOMPARE(defaults.value("pt").toObject().value("title").toString(),
                 QString("Fale conosco"));
        QCOMPARE(defaults.value("es").toObject().value("title").toString(),
                 QString("Chatea con nosotros"));
        for (const QString language : {"en", "pt", "es"})
            QCOMPARE(defaults.value(language).toObject().size(), keys.size());
    }

    void badSettingsAreRefusedClearly_data()
    {
        QTest::addColumn<QJsonObject>("change");
        QTest::addColumn<QString>("named");
        QTest::newRow("colour without #") << QJsonObject{{"color", "1f6feb"}} << "color";
        QTest::newRow("short colour") << QJsonObject{{"color", "#fff"}} << "color";
        QTest::newRow("colour as css") << QJsonObject{{"color", "red;x:y"}} << "color";
        QTest::newRow("colour not a string") << QJsonObject{{"color", 3}} << "color";
        QTest::newRow("position") << QJsonObject{{"position", "top"}} << "position";
        QTest::newRow("language") << QJsonObject{{"language", "de"}} << "language";
        QTest::newRow("texts not an object") << QJsonObject{{"texts", "hi"}} << "texts";
        QTest::newRow("unknown language")
            << QJsonObject{{"texts", QJsonObject{{"fr", QJsonObject{{"title", "Salut"}}}}}} << "fr";
        QTest::newRow("unknown key")
            << QJsonObject{{"texts", QJsonObject{{"pt", QJsonObject{{"nope", "x"}}}}}} << "nope";
        QTest::newRow("empty text")
            << QJsonObject{{"texts", QJsonObject{{"pt", QJsonObject{{"title", "   "}}}}}}
            << "title";
        QTest::newRow("text not a string")
            << QJsonObject{{"texts", QJsonObject{{"pt", QJsonObject{{"title", 5}}}}}} << "title";
        QTest::newRow("text too long")
            << QJsonObject{{"texts",
                            QJsonObject{{"pt", QJsonObject{{"title", QString(501, 'a')}}}}}}
            << "title";
        QTest::newRow("language not an object")
            << QJsonObject{{"texts", QJsonObject{{"pt", "Olá"}}}} << "pt";
        QTest::newRow("ratings not a bool")
            << QJsonObject{{"ratingsEnabled", "yes"}} << "ratingsEnabled";
    }

    void badSettingsAreRefusedClearly()
    {
        QFETCH(QJsonObject, change);
        QFETCH(QString, named);
        change.insert("websiteId", 1);
        const auto reply = m_owner->request("update_website", change);
        QCOMPARE(codeOf(reply), QString("invalid_field"));
        QVERIFY2(reply->data.value("message").toString().contains(named),
                 qPrintable(reply->data.value("message").toString()));
        // Nothing of a refused change is kept.
        const QJsonObject website
            = m_owner->request("websites")->data.value("websites").toArray().first().toObject();
        QCOMPARE(website.value("color").toString(), QString("#1f6feb"));
        QCOMPARE(website.value("texts").toObject(), QJsonObject());
    }

    void operatorsMayNotChangeTheWidget()
    {
        auto bia = connectOperator(m_server, m_server.login("bia@papo.test", "senha-da-bia"));
        QVERIFY(bia);
        QCOMPARE(codeOf(bia->request("update_website", {{"websiteId", 1}, {"color", "#ff0000"}})),
                 QString("forbidden"));
        QCOMPARE(codeOf(bia->request(
                     "update_website",
                     {{"websiteId", 1},
                      {"texts", QJsonObject{{"pt", QJsonObject{{"title", "Hackeado"}}}}}})),
                 QString("forbidden"));
        QCOMPARE(widgetOf("pt-BR").value("texts").toObject().value("title").toString(),
                 QString("Fale conosco"));
    }

    void theWidgetGetsTheCustomTextsOfItsLanguage()
    {
        // A visitor before the change: the next ones must not get this look again.
        QCOMPARE(widgetOf("pt-BR").value("color").toString(), QString("#1f6feb"));
        const auto updated = m_owner->request(
            "update_website",
            {{"websiteId", 1},
             {"color", "#C0FFEE"},
             {"position", "left"},
             {"texts", QJsonObject{{"pt", QJsonObject{{"title", "  Fale com a Loja  "},
                                                      {"greetLive", "Oi! Posso ajudar?"}}}}}});
        QCOMPARE(codeOf(updated), QString("ack"));
        const QJsonObject website = updated->data.value("website").toObject();
        QCOMPARE(website.value("color").toString(), QString("#c0ffee"));
        QCOMPARE(website.value("texts").toObject().value("pt").toObject().value("title"),
                 QJsonValue("Fale com a Loja"));

        const QJsonObject portuguese = widgetOf("pt-BR");
        QCOMPARE(portuguese.value("language").toString(), QString("pt"));
        QCOMPARE(portuguese.value("color").toString(), QString("#c0ffee"));
        QCOMPARE(portuguese.value("position").toString(), QString("left"));
        const QJsonObject texts = portuguese.value("texts").toObject();
        QCOMPARE(texts.value("title").toString(), QString("Fale com a Loja"));
        QCOMPARE(texts.value("greetLive").toString(), QString("Oi! Posso ajudar?"));
        QCOMPARE(texts.value("send").toString(), QString("Enviar mensagem")); // a default

        // Other languages keep their defaults.
        const QJsonObject spanish = widgetOf("es-MX");
        QCOMPARE(spanish.value("language").toString(), QString("es"));
        QCOMPARE(spanish.value("texts").toObject().value("title").toString(),
                 QString("Chatea con nosotros"));
        // The page's PapoSetup.language wins over the browser's.
        QCOMPARE(widgetOf("es-MX", "pt").value("texts").toObject().value("title").toString(),
                 QString("Fale com a Loja"));
    }

    void otherLanguagesFallBackToTheWebsiteDefault()
    {
        QCOMPARE(widgetOf("de-DE").value("language").toString(), QString("en"));
        QCOMPARE(codeOf(m_owner->request("update_website", {{"websiteId", 1}, {"language", "pt"}})),
                 QString("ack"));
        const QJsonObject german = widgetOf("de-DE");
        QCOMPARE(german.value("language").toString(), QString("pt"));
        QCOMPARE(german.value("texts").toObject().value("title").toString(),
                 QString("Fale com a Loja"));
        QCOMPARE(widgetOf("").value("language").toString(), QString("pt"));
        QCOMPARE(widgetOf("en-US").value("language").toString(), QString("en"));
        // An unknown page choice is ignored, not an error.
        QCOMPARE(widgetOf("de-DE", "xx").value("language").toString(), QString("pt"));
    }

    void deletingACustomTextRestoresTheDefault()
    {
        // A language's object replaces its custom texts: without greetLive, it is the default.
        QCOMPARE(
            codeOf(m_owner->request(
                "update_website",
                {{"websiteId", 1},
                 {"texts", QJsonObject{{"pt", QJsonObject{{"title", "Fale com a Loja"}}},
                                       {"es", QJsonObject{{"title", "Habla con nosotros"}}}}}})),
            QString("ack"));
        QJsonObject texts = widgetOf("pt-BR").value("texts").toObject();
        QCOMPARE(texts.value("title").toString(), QString("Fale com a Loja"));
        QCOMPARE(texts.value("greetLive").toString(), QString("Olá! Como podemos ajudar?"));

        // {} restores every default of that language; the others are kept.
        QCOMPARE(codeOf(m_owner->request(
                     "update_website",
                     {{"websiteId", 1}, {"texts", QJsonObject{{"pt", QJsonObject()}}}})),
                 QString("ack"));
        QCOMPARE(widgetOf("pt-BR").value("texts").toObject().value("title").toString(),
                 QString("Fale conosco"));
        QCOMPARE(widgetOf("es").value("texts").toObject().value("title").toString(),
                 QString("Habla con nosotros"));
        const QJsonObject stored
            = m_owner->request("websites")->data.value("websites").toArray().first().toObject();
        QCOMPARE(stored.value("texts").toObject().keys(), QStringList{"es"});
    }

    void settingsSurviveARestart()
    {
        QVERIFY(m_server.restart());
        m_owner = connectOperator(m_server, m_server.login());
        QVERIFY(m_owner);
        const QJsonObject widget = widgetOf("es");
        QCOMPARE(widget.value("color").toString(), QString("#c0ffee"));
        QCOMPARE(widget.value("position").toString(), QString("left"));
        QCOMPARE(widget.value("texts").toObject().value("title").toString(),
                 QString("Habla con nosotros"));
    }

    // WID-2: the stylesheet asked for with the website's key carries its colour and side, so a
    // new visitor's launcher is drawn in them before the hello; other keys get the plain one.
    void widgetStyleCarriesTheWebsitesLook()
    {
        const auto styled = m_server.get("/widget.css?k=" + m_server.websiteKey());
        QCOMPARE(styled.status, 200);
        QVERIFY(styled.body.endsWith(":host{--papo-site-color:#c0ffee;--papo-site-side:left}\n"));
        const auto plain = m_server.get("/widget.css?k=no-such-website");
        QCOMPARE(plain.status, 200);
        QVERIFY(!plain.body.contains("--papo-site-color:#"));
        QVERIFY(styled.body.startsWith(plain.body));
    }

    void widgetScriptCarriesEveryDefault()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_server.httpUrl("/widget.js"));
        request.setRawHeader("Accept-Encoding", "identity");
        auto *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        const QString script = QString::fromUtf8(reply->readAll());
        reply->deleteLater();
        QVERIFY(!script.contains("__PAPO_TEXTS__"));
        QVERIFY(script.contains("\"greetMessenger\":\"Ahora no estamos disponibles."));
    }

private:
    QJsonObject widgetOf(const QString &browserLanguage, const QString &pageChoice = {})
    {
        WsClient visitor;
        if (!visitor.open(m_server.wsUrl("/ws/visitor")))
            return {};
        QJsonObject hello = visitorHello(m_server.websiteKey());
        hello.insert("lang", browserLanguage);
        if (!pageChoice.isEmpty())
            hello.insert("textLanguage", pageChoice);
        const auto reply = visitor.request("hello", hello);
        return reply ? reply->data.value("widget").toObject() : QJsonObject();
    }

    ServerProcess m_server;
    std::unique_ptr<WsClient> m_owner;
};

QTEST_GUILESS_MAIN(TestWidgetSettings)
#include "tst_widgetsettings.moc"
